// Inspecting: clicks on the map select what is there and fill the details
// panel; empty map clears; close features open a chooser; tooltips; search;
// keyboard selection; data text is shown inert.

#include "AtlasLoader.h"
#include "DetailsPanel.h"
#include "FeatureDetails.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "SearchBox.h"
#include "TimeCursor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QMenu>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

#include "WindowFixture.h"
#include "TestSupport.h"

class TestInspect : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;

    static void waitForRender(MapCanvas *c)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!c->isRenderPending(), 10000);
    }
    static QPoint markerOf(MainWindow &w, const QString &id)
    {
        const Flashpoint *f = w.canvas()->atlas()->flashpoint(id);
        return MapRenderer::markerPosition(*f, w.canvas()->settings()).toPoint();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void clickSelectsFlashpoint_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("status");
        QTest::newRow("depsang") << "depsang" << "Depsang" << "Status on 2024-11-20: Disengaged (patrolling restored)";
        QTest::newRow("demchok") << "demchok" << "Demchok" << "Status on 2024-11-20: Disengaged (patrolling restored)";
        QTest::newRow("galwan") << "galwan" << "Galwan" << "Status on 2024-11-20: Disengaged (buffer zone)";
    }
    void clickSelectsFlashpoint()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, status);
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        waitForRender(w.canvas());
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, markerOf(w, id));
        // A place may lie under the marker: then the chooser lists both.
        if (w.hitChooser() && w.hitChooser()->isVisible()) {
            for (QAction *a : w.hitChooser()->actions())
                if (a->text() == name + QStringLiteral(" (flashpoint)"))
                    a->trigger();
            w.hitChooser()->hide();
        }
        QCOMPARE(w.selection(), id);
        QCOMPARE(w.canvas()->settings().selection, id);
        const QString text = w.detailsPanel()->plainText();
        QVERIFY2(text.startsWith(name), qPrintable(text.left(200)));
        QVERIFY2(text.contains(status), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("Status history")));
        QVERIFY(text.contains(QStringLiteral("Sources")));
    }

    // The context layer is clickable too: a town's marker shows what it is
    // and who says so; a road under the cursor is offered by name.
    void clickOnContextShowsIt()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        const ContextFeature *leh = m_atlas->contextFeature(QStringLiteral("leh"));
        QVERIFY(leh);
        w.canvas()->setView(leh->xy + QPointF(3000, 2000), 120.0);
        waitForRender(w.canvas());
        const QPoint at = w.canvas()->settings().transform().toScreen(leh->xy).toPoint();
        QVERIFY(w.canvas()->tooltipAt(at).startsWith(QStringLiteral("Leh — town (context)")));
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, at);
        if (w.hitChooser() && w.hitChooser()->isVisible()) {   // a road through the town
            for (QAction *a : w.hitChooser()->actions())
                if (a->text() == QStringLiteral("Leh (town)"))
                    a->trigger();
            w.hitChooser()->hide();
        }
        const QString text = w.detailsPanel()->plainText();
        QVERIFY2(text.startsWith(QStringLiteral("Leh")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("town · context")));
        QVERIFY(text.contains(QStringLiteral("Sources")));
        QVERIFY(text.contains(QStringLiteral("Wikipedia")));
        QVERIFY(!w.detailsPanel()->coordinatesText().isEmpty());
        // A road: somewhere along its course, away from any marker.
        const ContextFeature *road = nullptr;
        for (const ContextFeature &c : m_atlas->context)
            if (c.isRoad() && c.geometry.points.size() > 4 && !road)
                road = &c;
        QVERIFY(road);
        const QPointF mid = (road->geometry.points[1] + road->geometry.points[2]) / 2;
        w.canvas()->setView(mid, 200.0);
        const QList<MapHit> hits = MapHitTester::hitsAt(*m_atlas, w.canvas()->settings(),
                                                        w.canvas()->settings().transform().toScreen(mid));
        bool found = false;
        for (const MapHit &h : hits)
            found |= h.kind == MapHit::Kind::Context && h.id == road->id;
        QVERIFY(found);
        // Hidden with "Roads and towns", nothing of it is hit.
        w.canvas()->setHiddenLayers({QStringLiteral("roads")});
        for (const MapHit &h : MapHitTester::hitsAt(*m_atlas, w.canvas()->settings(),
                                                    w.canvas()->settings().transform().toScreen(mid)))
            QVERIFY(h.kind != MapHit::Kind::Context);
    }

    void clickOnEmptyMapClears()
    {
        WindowFixture fixture(m_atlas);
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.select(QStringLiteral("galwan"));
        // West of Galwan, inside Ladakh, where nothing is drawn but the
        // basemap (the first such spot of a few, away from Leh and its roads).
        const QPointF galwan = m_atlas->flashpoint(QStringLiteral("galwan"))->markerXY;
        QPoint empty(-1, -1);
        for (const QPointF offset : {QPointF(70000, 60000), QPointF(90000, 0), QPointF(110000, 30000),
                                     QPointF(130000, -20000), QPointF(60000, 110000)}) {
            const QPoint p = w.canvas()->settings().transform().toScreen(galwan - offset).toPoint();
            if (w.canvas()->rect().contains(p) && MapHitTester::hitsAt(*m_atlas, w.canvas()->settings(), p).isEmpty()) {
                empty = p;
                break;
            }
        }
        QVERIFY(w.canvas()->rect().contains(empty));
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, empty);
        QCOMPARE(w.selection(), QString());
        QVERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("Click a flashpoint")));
    }

    void closeFeaturesOpenChooser()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        // Zoom so that the two Pangong markers (the closest pair) are 17 px apart.
        const QPointF a = m_atlas->flashpoint(QStringLiteral("pangong-north"))->markerXY;
        const QPointF b = m_atlas->flashpoint(QStringLiteral("pangong-south"))->markerXY;
        w.canvas()->setView((a + b) / 2, QLineF(a, b).length() / 17.0);
        QCOMPARE(w.canvas()->settings().metresPerPixel, QLineF(a, b).length() / 17.0); // within the zoom-out limit
        // Halfway between the two markers as drawn.
        const MapSettings &view = w.canvas()->settings();
        const QPointF pa = MapRenderer::markerPosition(*m_atlas->flashpoint(QStringLiteral("pangong-north")), view);
        const QPointF pb = MapRenderer::markerPosition(*m_atlas->flashpoint(QStringLiteral("pangong-south")), view);
        QVERIFY2(QLineF(pa, pb).length() < 19, qPrintable(QString::number(QLineF(pa, pb).length())));
        const QPoint between = ((pa + pb) / 2).toPoint();
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, between);
        QMenu *chooser = w.hitChooser();
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        QStringList labels;
        for (QAction *action : chooser->actions())
            labels << action->text();
        QVERIFY2(labels.filter(QStringLiteral("north bank")).size() >= 1, qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.filter(QStringLiteral("south bank")).size() >= 1);
        // Choosing one selects it.
        chooser->actions().constFirst()->trigger();
        QVERIFY(!w.selection().isEmpty());
    }

    void tooltipText()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 6, 16));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        const QString tip = w.canvas()->tooltipAt(markerOf(w, QStringLiteral("galwan")));
        QVERIFY2(tip.startsWith(QStringLiteral("Galwan — flashpoint\nClash since 2020-06-15")), qPrintable(tip));
        // A place that is an estimate says so.
        const Place *estimate = nullptr;
        for (const Place &p : m_atlas->places) {
            bool clear = p.estimate;
            for (const Flashpoint &f : m_atlas->flashpoints)
                clear = clear && QLineF(f.markerXY, p.xy).length() > 2000;
            if (clear && !estimate)
                estimate = &p;
        }
        QVERIFY(estimate);
        w.canvas()->setView(estimate->xy, 20);
        const QString placeTip = w.canvas()->tooltipAt(w.canvas()->rect().center());
        QVERIFY2(placeTip.contains(QStringLiteral("±")), qPrintable(placeTip));
    }

    void searchAndEnter()
    {
        WindowFixture fixture(m_atlas);
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        SearchBox *box = w.searchBox();
        QTest::keySequence(&w, QKeySequence::Find);
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClicks(box, QStringLiteral("Daulat"));
        QVERIFY(!box->results().isEmpty());
        QVERIFY(box->results().front().label.startsWith(QStringLiteral("Daulat Beg Oldi")));
        QVERIFY(box->completer()->popup()->isVisible());
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(w.selection(), QStringLiteral("dbo"));
        const Place *dbo = m_atlas->place(QStringLiteral("dbo"));
        QVERIFY(QLineF(w.canvas()->settings().center, dbo->xy).length() < 1.0);
        QVERIFY(w.detailsPanel()->plainText().startsWith(QStringLiteral("Daulat Beg Oldi")));
        // Text inside event summaries is searched too.
        box->clear();
        QTest::keyClicks(box, QStringLiteral("Vientiane"));
        QVERIFY(!box->results().isEmpty());
    }

    void keyboardSelection()
    {
        WindowFixture fixture(m_atlas);
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.canvas()->setFocus();
        QTest::keyClick(w.canvas(), Qt::Key_Tab);
        QCOMPARE(w.selection(), m_atlas->flashpoints[0].id);
        QTest::keyClick(w.canvas(), Qt::Key_Tab);
        QCOMPARE(w.selection(), m_atlas->flashpoints[1].id);
        const double before = w.canvas()->settings().metresPerPixel;
        QTest::keyClick(w.canvas(), Qt::Key_Return);
        QVERIFY(w.canvas()->settings().metresPerPixel < before);
        QTest::keyClick(w.canvas(), Qt::Key_Escape);
        QCOMPARE(w.selection(), QString());
    }

    void hostileTextIsInert()
    {
        auto atlas = std::make_shared<Atlas>(*m_atlas);
        Event &e = atlas->events[0];
        e.summary = QStringLiteral("<b>bold</b> <a href=\"javascript:alert(1)\">click</a> <img src=\"http://127.0.0.1:9/x.png\">");
        e.sources = {SourceRef{QStringLiteral("javascript:alert(1)"), QStringLiteral("<i>pub</i>"), QString(), QString(), QString()},
                     SourceRef{QStringLiteral("https://en.wikipedia.org/wiki/Galwan_River"), QStringLiteral("Wikipedia"), QString(), QString(), QString()}};
        QString coords;
        const QString html = FeatureDetails::html(*atlas, {MapHit::Kind::Event, 0, e.id, {}}, QDate(2025, 1, 1), &coords);
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        QVERIFY(text.contains(QStringLiteral("<b>bold</b>")));           // shown, not interpreted
        QVERIFY(text.contains(QStringLiteral("<a href=\"javascript:alert(1)\">click</a>")));
        QVERIFY(text.contains(QStringLiteral("<i>pub</i>")));
        // The only links are the web source and the panel's own event link.
        QStringList hrefs;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isAnchor())
                    hrefs << it.fragment().charFormat().anchorHref();
        for (const QString &h : hrefs)
            QVERIFY2(h.startsWith(QStringLiteral("https://")) || h.startsWith(QStringLiteral("lac:event/")), qPrintable(h));
        QVERIFY(hrefs.contains(QStringLiteral("https://en.wikipedia.org/wiki/Galwan_River")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
    }

    void detailsMarkFutureEvents()
    {
        TimeCursor time;
        time.setDate(QDate(2020, 6, 20));
        Document doc(m_atlas);
        MainWindow w(&doc, &time);
        w.select(QStringLiteral("galwan"));
        const QString text = w.detailsPanel()->plainText();
        QVERIFY(text.contains(QStringLiteral("after the current date")));
        QVERIFY(text.contains(QStringLiteral("2020-07-06 (future)")));
        // Coordinates in decimal degrees and DMS, with the estimate's radius.
        QVERIFY(w.detailsPanel()->coordinatesText().contains(QStringLiteral("°")));
        QVERIFY(w.detailsPanel()->coordinatesText().contains(QStringLiteral("estimate ±")));
    }

    // A contested event: each government's account, labelled by side, and
    // every source with its kind under the source policy.
    void detailsShowEachSidesAccount()
    {
        int index = -1;
        for (int i = 0; i < m_atlas->events.size(); ++i)
            if (m_atlas->events[i].id == QLatin1String("2020-09-07-pangong-south-shots-fired"))
                index = i;
        QVERIFY(index >= 0);
        const Event &e = m_atlas->events[index];
        DetailsPanel panel;
        panel.setAtlas(m_atlas);
        panel.setDate(QDate(2020, 9, 8));
        panel.show(MapHit{MapHit::Kind::Event, index, e.id, {}});
        const QString text = panel.plainText();
        QVERIFY2(text.contains(QStringLiteral("Each side's account")), qPrintable(text));
        for (const Event::Claim &c : e.claims) {
            // "India" on its own line, then who said it and what.
            QVERIFY2(text.contains(Event::sideLabel(c.side) + QLatin1Char('\n') + c.by), qPrintable(text));
            QVERIFY(text.contains(c.text.left(60)));
        }
        QVERIFY(text.contains(QStringLiteral("(Chinese government)")));
        QVERIFY(text.contains(QStringLiteral("(News outlet (own site))")));
    }
};

QTEST_MAIN(TestInspect)
#include "tst_inspect.moc"
