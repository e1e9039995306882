// The window by keyboard and screen reader: Tab reaches every control, each
// showing where the focus is (its pixels change when it has focus), each
// with a name a screen reader can say; the map moves by keys and is left
// with Ctrl+Tab; its description says the date and the selection's status
// in words; and no status is told by colour alone (legend shapes and words,
// the status panel's words, the timeline's shapes).

#include "DetailsPanel.h"
#include "LayerPanel.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapStyle.h"
#include "SearchBox.h"
#include "StatusPanel.h"
#include "TestSupport.h"
#include "TimelinePlot.h"
#include "WindowFixture.h"

#include <QAccessible>
#include <QDockWidget>
#include <QTreeWidget>
#include <QtTest>
#include <qcustomplot.h>

namespace {

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;

    // Tabs from the search box until the focus comes back to it; the map
    // is left with Ctrl+Tab (Tab there selects flashpoints).
    static QList<QWidget *> tabCycle(MainWindow &w)
    {
        QList<QWidget *> seen;
        w.searchBox()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 400; ++i) {
            QWidget *f = QApplication::focusWidget();
            if (!f || (i > 0 && f == w.searchBox()))
                break;
            if (!seen.contains(f))
                seen << f;
            QTest::keyClick(f, Qt::Key_Tab, f == w.canvas() ? Qt::ControlModifier : Qt::NoModifier);
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lacviewer-a11y"));
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void tabReachesEveryControlAndEachShowsFocus()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 6, 20), {1400, 900});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QList<QWidget *> seen = tabCycle(w);
        // Every control a user can Tab to and sees is in the cycle.
        for (QWidget *c : w.findChildren<QWidget *>()) {
            if (!c->isVisibleTo(&w) || !c->isEnabled() || !(c->focusPolicy() & Qt::TabFocus) || c->focusProxy()
                || !c->window()->isAncestorOf(c) || c->window() != &w)
                continue;
            QVERIFY2(seen.contains(c), qPrintable(QStringLiteral("not reached by Tab: ") + describe(c)));
        }
        for (QWidget *c : {static_cast<QWidget *>(w.canvas()), static_cast<QWidget *>(w.statusPanel()->tree()),
                           static_cast<QWidget *>(w.timeline()->dateField()), static_cast<QWidget *>(w.searchBox())})
            QVERIFY2(seen.contains(c), qPrintable(describe(c)));
        // Each one's pixels differ with the focus on it and away from it,
        // and each has a name for a screen reader.
        QWidget *elsewhere = w.timeline()->dateField();
        for (QWidget *c : seen) {
            QVERIFY2(!accessibleName(c).isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + describe(c)));
            c->setFocus(Qt::TabFocusReason);
            QCoreApplication::processEvents();
            QVERIFY(c->hasFocus());
            const QImage focused = c->grab().toImage();
            (c == elsewhere ? static_cast<QWidget *>(w.searchBox()) : elsewhere)->setFocus(Qt::TabFocusReason);
            QCoreApplication::processEvents();
            const QImage unfocused = c->grab().toImage();
            QVERIFY2(focused != unfocused, qPrintable(QStringLiteral("no visible focus: ") + describe(c)));
        }
    }

    void theMapByKeyboard()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 6, 20), {1400, 900});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        MapCanvas *c = w.canvas();
        c->setFocus(Qt::TabFocusReason);
        const MapSettings before = c->settings();
        QTest::keyClick(c, Qt::Key_Up);
        QVERIFY(c->settings().center.y() > before.center.y());
        QTest::keyClick(c, Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(c->settings().center.x() > before.center.x());
        QTest::keyClick(c, Qt::Key_Plus);
        QVERIFY(c->settings().metresPerPixel < before.metresPerPixel);
        // Tab selects a flashpoint; the description says which, and its status in words.
        QTest::keyClick(c, Qt::Key_Tab);
        QVERIFY(!w.selection().isEmpty());
        const Flashpoint *f = m_atlas->flashpoint(w.selection());
        QVERIFY(f);
        const QString status = StatusInfo::label(m_atlas->statuses.stateAt(f->id, QDate(2020, 6, 20)).status);
        QVERIFY2(c->accessibleDescription().contains(f->name), qPrintable(c->accessibleDescription()));
        QVERIFY2(c->accessibleDescription().contains(status), qPrintable(c->accessibleDescription()));
        QVERIFY(c->accessibleDescription().contains(QStringLiteral("2020-06-20")));
        QVERIFY(c->hasFocus());
        // Ctrl+Tab leaves the map; it is no keyboard trap.
        QTest::keyClick(c, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(!c->hasFocus());
    }

    void panelsHaveNamesAndDescriptions()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        for (QWidget *p : {static_cast<QWidget *>(w.canvas()), static_cast<QWidget *>(w.statusPanel()->tree()),
                           static_cast<QWidget *>(w.timeline()->plot()), static_cast<QWidget *>(w.searchBox())}) {
            QVERIFY2(!accessibleName(p).isEmpty(), qPrintable(describe(p)));
            QVERIFY2(!p->accessibleDescription().isEmpty(), qPrintable(describe(p)));
        }
        QVERIFY(w.timeline()->plot()->accessibleDescription().contains(QStringLiteral("2024-11-20")));
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            QVERIFY2(!accessibleName(dock).isEmpty(), qPrintable(dock->objectName()));
    }

    void statusIsNeverColourAlone()
    {
        // The legend: each status its own shape (and its own words beside it).
        const QList<Status> statuses = MapStyle::legendStatuses();
        QStringList labels;
        for (int i = 0; i < statuses.size(); ++i) {
            labels << StatusInfo::label(statuses[i]);
            for (int j = 0; j < i; ++j)
                QVERIFY2(MapStyle::statusMarker(statuses[i], 6) != MapStyle::statusMarker(statuses[j], 6),
                         qPrintable(labels[i] + QStringLiteral(" and ") + labels[j]));
        }
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), statuses.size());

        WindowFixture fixture(m_atlas, QDate(2020, 6, 20));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        // The status panel says each status in words.
        QTreeWidget *tree = w.statusPanel()->tree();
        QCOMPARE(tree->topLevelItemCount(), int(m_atlas->flashpoints.size()));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QString id = tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
            const QString words = StatusInfo::label(m_atlas->statuses.stateAt(id, QDate(2020, 6, 20)).status);
            QCOMPARE(tree->topLevelItem(i)->text(1), words);
        }
        // The timeline: every status a band shows starts with that status's
        // shape, named in words (the events' markers are graphs of their own).
        QCustomPlot *plot = w.timeline()->plot();
        QSet<QString> shaped, needed;
        for (const Flashpoint &f : m_atlas->flashpoints)
            for (const StatusTimeline::Change &change : m_atlas->statuses.history(f.id))
                needed << StatusInfo::label(change.status);
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph *g = plot->graph(i);
            for (Status st : statuses)
                if (g->name() == StatusInfo::label(st) && g->scatterStyle().shape() == QCPScatterStyle::ssCustom
                    && g->scatterStyle().customPath() == MapStyle::statusMarker(st, 6))
                    shaped << g->name();
        }
        QVERIFY(needed.size() >= 4);
        QCOMPARE(shaped, needed);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
