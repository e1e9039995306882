// Status derivation: a flashpoint's status at a date comes from the events
// that set it. Checked on synthetic events and on the bundled data the day
// before, of and after each change the issue names.

#include "AtlasLoader.h"
#include "LayerReader.h"
#include "StatusTimeline.h"

#include <QtTest>

#include "TestSupport.h"

Q_DECLARE_METATYPE(Status)

class TestStatus : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;

private slots:
    void initTestCase()
    {
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void syntheticTimeline()
    {
        QList<Event> events(3);
        events[0].id = QStringLiteral("a");
        events[0].date = QDate(2020, 5, 1);
        events[0].setsStatus = {{QStringLiteral("x"), Status::Standoff}};
        events[1].id = QStringLiteral("b");
        events[1].date = QDate(2020, 6, 1);
        events[1].setsStatus = {{QStringLiteral("x"), Status::Standoff}};
        events[2].id = QStringLiteral("c");
        events[2].date = QDate(2020, 7, 1);
        events[2].setsStatus = {{QStringLiteral("x"), Status::DisengagedBufferZone}};
        StatusTimeline t;
        t.build(events);
        QCOMPARE(t.stateAt(QStringLiteral("x"), QDate(2020, 4, 30)).status, Status::None);
        const auto june = t.stateAt(QStringLiteral("x"), QDate(2020, 6, 15));
        QCOMPARE(june.status, Status::Standoff);
        QCOMPARE(june.since, QDate(2020, 5, 1)); // a repeat does not restart "since"
        QCOMPARE(june.event, 0);
        QCOMPARE(t.stateAt(QStringLiteral("x"), QDate(2020, 7, 1)).status, Status::DisengagedBufferZone);
        QCOMPARE(t.stateAt(QStringLiteral("y"), QDate(2020, 7, 1)).status, Status::None);
    }

    void bundled_data()
    {
        QTest::addColumn<QString>("flashpoint");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<Status>("expected");
        auto row = [](const char *id, QDate d, Status s) {
            QTest::addRow("%s %s", id, qPrintable(d.toString(Qt::ISODate))) << QString::fromLatin1(id) << d << s;
        };
        row("galwan", QDate(2020, 6, 14), Status::Standoff);
        row("galwan", QDate(2020, 6, 15), Status::Clash);
        row("galwan", QDate(2020, 6, 16), Status::Clash);
        row("galwan", QDate(2020, 7, 5), Status::Clash);
        row("galwan", QDate(2020, 7, 6), Status::DisengagedBufferZone);
        row("galwan", QDate(2020, 7, 7), Status::DisengagedBufferZone);
        row("pangong-north", QDate(2021, 3, 1), Status::DisengagedBufferZone);
        row("pangong-south", QDate(2020, 9, 8), Status::Clash);
        // The day before, of and after each change in late October / early November 2024.
        row("depsang", QDate(2024, 10, 22), Status::Standoff);
        row("depsang", QDate(2024, 10, 23), Status::Disengaging);
        row("depsang", QDate(2024, 10, 24), Status::Disengaging);
        row("depsang", QDate(2024, 11, 3), Status::Disengaging);
        row("depsang", QDate(2024, 11, 4), Status::DisengagedPatrollingRestored);
        row("demchok", QDate(2024, 10, 22), Status::Standoff);
        row("demchok", QDate(2024, 10, 23), Status::Disengaging);
        row("demchok", QDate(2024, 10, 30), Status::Disengaging);
        row("demchok", QDate(2024, 10, 31), Status::DisengagedPatrollingRestored);
        row("demchok", QDate(2024, 11, 1), Status::DisengagedPatrollingRestored);
        row("pangong-north", QDate(2021, 2, 9), Status::Standoff);
        row("pangong-north", QDate(2021, 2, 10), Status::DisengagedBufferZone);
        row("gogra", QDate(2021, 8, 3), Status::Standoff);
        row("gogra", QDate(2021, 8, 4), Status::DisengagedBufferZone);
        row("hot-springs", QDate(2022, 9, 12), Status::Disengaging);
        row("hot-springs", QDate(2022, 9, 13), Status::DisengagedBufferZone);
        row("depsang", QDate(2024, 10, 20), Status::Standoff);
        row("depsang", QDate(2024, 10, 28), Status::Disengaging);
        row("depsang", QDate(2024, 11, 5), Status::DisengagedPatrollingRestored);
        row("demchok", QDate(2024, 10, 20), Status::Standoff);
        row("demchok", QDate(2024, 10, 28), Status::Disengaging);
        row("demchok", QDate(2024, 11, 5), Status::DisengagedPatrollingRestored);
        const QDate nov20(2024, 11, 20);
        row("depsang", nov20, Status::DisengagedPatrollingRestored);
        row("demchok", nov20, Status::DisengagedPatrollingRestored);
        for (const char *id : {"galwan", "pangong-north", "pangong-south", "gogra", "hot-springs"})
            row(id, nov20, Status::DisengagedBufferZone);
    }
    void bundled()
    {
        QFETCH(QString, flashpoint);
        QFETCH(QDate, date);
        QFETCH(Status, expected);
        const auto state = m_atlas->statuses.stateAt(flashpoint, date);
        QCOMPARE(StatusInfo::id(state.status), StatusInfo::id(expected));
        if (expected != Status::None) {
            QVERIFY(state.since.isValid() && state.since <= date);
            QVERIFY(state.event >= 0);
            // The event that set it is an event at that flashpoint.
            QVERIFY(m_atlas->events[state.event].flashpoints.contains(flashpoint));
        }
    }

    void frontPhaseIsSeparate()
    {
        const QDate d(2025, 1, 15);
        QCOMPARE(FrontPhaseInfo::id(m_atlas->statuses.frontPhaseAt(d).phase),
                 QStringLiteral("de-escalation-pending"));
        // ...and it does not overwrite any flashpoint's own status.
        QCOMPARE(m_atlas->statuses.stateAt(QStringLiteral("depsang"), d).status,
                 Status::DisengagedPatrollingRestored);
        QCOMPARE(m_atlas->statuses.stateAt(QStringLiteral("galwan"), d).status,
                 Status::DisengagedBufferZone);
    }

    void eventsAreSortedAndIndexed()
    {
        for (int i = 1; i < m_atlas->events.size(); ++i)
            QVERIFY(m_atlas->events[i - 1].date <= m_atlas->events[i].date);
        const auto [b, e] = m_atlas->eventIndex.range(QDate(2024, 10, 1), QDate(2024, 10, 31));
        int brute = 0;
        for (const Event &ev : m_atlas->events)
            brute += ev.date >= QDate(2024, 10, 1) && ev.date <= QDate(2024, 10, 31);
        QCOMPARE(e - b, brute);
        QVERIFY(brute >= 4);
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
