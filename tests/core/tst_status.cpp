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
        // A clash is an episode: its day or days, then the status that followed.
        row("galwan", QDate(2020, 6, 14), Status::Standoff);
        row("galwan", QDate(2020, 6, 15), Status::Clash);
        row("galwan", QDate(2020, 6, 16), Status::Clash);
        row("galwan", QDate(2020, 6, 17), Status::Standoff);
        row("galwan", QDate(2020, 7, 5), Status::Standoff);
        // Disengagement: disengaging from its start until it is complete.
        row("galwan", QDate(2020, 7, 6), Status::Disengaging);
        row("galwan", QDate(2020, 7, 8), Status::Disengaging);
        row("galwan", QDate(2020, 7, 9), Status::DisengagedBufferZone);
        row("pangong-north", QDate(2020, 5, 4), Status::None);
        row("pangong-north", QDate(2020, 5, 5), Status::Clash);
        row("pangong-north", QDate(2020, 5, 7), Status::Standoff);
        row("pangong-south", QDate(2020, 9, 6), Status::Standoff);
        row("pangong-south", QDate(2020, 9, 7), Status::Clash);
        row("pangong-south", QDate(2020, 9, 8), Status::Standoff);
        // December 2020: no live clash on the south bank.
        row("pangong-south", QDate(2020, 12, 15), Status::Standoff);
        row("pangong-north", QDate(2021, 2, 9), Status::Standoff);
        row("pangong-north", QDate(2021, 2, 10), Status::Disengaging);
        row("pangong-south", QDate(2021, 2, 18), Status::Disengaging);
        row("pangong-north", QDate(2021, 2, 19), Status::DisengagedBufferZone);
        row("pangong-south", QDate(2021, 2, 19), Status::DisengagedBufferZone);
        row("pangong-north", QDate(2021, 3, 1), Status::DisengagedBufferZone);
        row("gogra", QDate(2021, 8, 3), Status::Standoff);
        row("gogra", QDate(2021, 8, 4), Status::Disengaging);
        row("gogra", QDate(2021, 8, 5), Status::DisengagedBufferZone);
        row("hot-springs", QDate(2022, 9, 7), Status::Standoff);
        row("hot-springs", QDate(2022, 9, 8), Status::Disengaging);
        row("hot-springs", QDate(2022, 9, 12), Status::Disengaging);
        row("hot-springs", QDate(2022, 9, 13), Status::DisengagedBufferZone);
        // Demchok: the standoff began in May 2020 (a range), not July 2021.
        row("demchok", QDate(2020, 4, 30), Status::None);
        row("demchok", QDate(2020, 7, 6), Status::Standoff);
        row("demchok", QDate(2021, 6, 30), Status::Standoff);
        // The day before, of and after each change in late October / early November 2024.
        row("depsang", QDate(2024, 10, 21), Status::Standoff);
        row("depsang", QDate(2024, 10, 22), Status::Disengaging);
        row("depsang", QDate(2024, 10, 24), Status::Disengaging);
        row("depsang", QDate(2024, 11, 3), Status::Disengaging);
        row("depsang", QDate(2024, 11, 4), Status::DisengagedPatrollingRestored);
        row("depsang", QDate(2024, 11, 5), Status::DisengagedPatrollingRestored);
        row("demchok", QDate(2024, 10, 21), Status::Standoff);
        row("demchok", QDate(2024, 10, 22), Status::Disengaging);
        row("demchok", QDate(2024, 10, 30), Status::Disengaging);
        // Coordinated patrols resumed on Friday 1 November, not 31 October.
        row("demchok", QDate(2024, 10, 31), Status::Disengaging);
        row("demchok", QDate(2024, 11, 1), Status::DisengagedPatrollingRestored);
        row("demchok", QDate(2024, 11, 2), Status::DisengagedPatrollingRestored);
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

    // A start known only to fall within a window is said as such.
    void uncertainStartsAreRanges()
    {
        const auto demchok = m_atlas->statuses.stateAt(QStringLiteral("demchok"), QDate(2020, 7, 6));
        QCOMPARE(demchok.since, QDate(2020, 5, 1));
        QCOMPARE(demchok.sinceEnd, QDate(2020, 6, 4));
        QCOMPARE(demchok.sinceText(), QStringLiteral("between 2020-05-01 and 2020-06-04"));
        const auto galwan = m_atlas->statuses.stateAt(QStringLiteral("galwan"), QDate(2020, 6, 17));
        QVERIFY(galwan.afterClash);
        QCOMPARE(galwan.since, QDate(2020, 6, 17));
        QVERIFY(!galwan.sinceEnd.isValid());
    }

    void clashEpisodeSynthetic()
    {
        QList<Event> events(2);
        events[0].id = QStringLiteral("clash");
        events[0].type = QStringLiteral("clash");
        events[0].date = QDate(2020, 6, 15);
        events[0].datePrecision = QStringLiteral("range");
        events[0].dateEnd = QDate(2020, 6, 16);
        events[0].setsStatus = {{QStringLiteral("x"), Status::Clash}};
        events[0].statusAfter = {{QStringLiteral("x"), Status::Disengaging}};
        events[1].id = QStringLiteral("later");
        events[1].date = QDate(2020, 7, 1);
        events[1].setsStatus = {{QStringLiteral("x"), Status::DisengagedBufferZone}};
        StatusTimeline t;
        t.build(events);
        QCOMPARE(t.stateAt(QStringLiteral("x"), QDate(2020, 6, 16)).status, Status::Clash);
        QCOMPARE(t.stateAt(QStringLiteral("x"), QDate(2020, 6, 17)).status, Status::Disengaging);
        QCOMPARE(t.stateAt(QStringLiteral("x"), QDate(2020, 7, 1)).status, Status::DisengagedBufferZone);
        // A change inside the episode is not overwritten by the episode's end.
        events[1].date = QDate(2020, 6, 16);
        t.build(events);
        QCOMPARE(t.stateAt(QStringLiteral("x"), QDate(2020, 6, 20)).status, Status::DisengagedBufferZone);
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
