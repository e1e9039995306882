// The window: wheel and drag move the view; the flashpoint list frames a
// flashpoint; the canvas paints what the renderer draws.

#include "AtlasLoader.h"
#include "StatusPanel.h"
#include "TimelinePlot.h"
#include "LayerReader.h"
#include "LayerPanel.h"
#include "Projection.h"
#include "MapExporter.h"
#include "Geodesic.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapRenderer.h"
#include "MapLabels.h"
#include "MapStyle.h"
#include "WindowFixture.h"
#include "TestSupport.h"
#include "TimeCursor.h"

#include <QClipboard>
#include <QSettings>
#include <QStatusBar>
#include <QAction>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QtTest>

#include "TestSupport.h"

class TestMainWindow : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    std::unique_ptr<Document> m_document;   // shared by the shown windows

    static void waitForRender(MapCanvas *c)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!c->isRenderPending() && !c->renderedImage().isNull(), 10000);
    }

    // A window as of 2024-11-20, shown, its first render done (null if it
    // was never exposed).
    std::unique_ptr<MainWindow> shownWindow(TimeCursor *time) const
    {
        time->setDate(QDate(2024, 11, 20));
        auto w = std::make_unique<MainWindow>(m_document.get(), time);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        waitForRender(w->canvas());
        return w;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
        m_document = std::make_unique<Document>(m_atlas);
    }

    void wheelZoomsAboutCursor()
    {
        WindowFixture fixture(m_atlas, {}, {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        MapCanvas *c = w.canvas();
        waitForRender(c);
        const double before = c->settings().metresPerPixel;
        const QPointF at(c->width() * 0.3, c->height() * 0.4);
        const QPointF mapBefore = c->settings().transform().toMap(at);
        QWheelEvent wheel(at, c->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(c, &wheel);
        QVERIFY(c->settings().metresPerPixel < before);
        // The point under the cursor stays under the cursor.
        const QPointF mapAfter = c->settings().transform().toMap(at);
        QVERIFY(QLineF(mapBefore, mapAfter).length() < c->settings().metresPerPixel);
    }

    void dragPans()
    {
        WindowFixture fixture(m_atlas, {}, {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        MapCanvas *c = w.canvas();
        waitForRender(c);
        const QPointF centre = c->settings().center;
        const QPoint start(200, 200);
        QTest::mousePress(c, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(300, 250), c->mapToGlobal(QPointF(300, 250)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(c, &move);
        QTest::mouseRelease(c, Qt::LeftButton, {}, QPoint(300, 250));
        const double mpp = c->settings().metresPerPixel;
        // Dragging right by 100 px moves the view's centre west by 100 px.
        QVERIFY(qAbs((centre.x() - c->settings().center.x()) - 100 * mpp) < 1e-6 * mpp * 100);
        QVERIFY(qAbs((c->settings().center.y() - centre.y()) - 50 * mpp) < 1e-6 * mpp * 100);
        waitForRender(c);
    }

    void keysPanAndZoom()
    {
        WindowFixture fixture(m_atlas, {}, {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        MapCanvas *c = w.canvas();
        const MapSettings s0 = c->settings();
        QTest::keyClick(c, Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(c->settings().center.x() > s0.center.x());
        QTest::keyClick(c, Qt::Key_Up);
        QVERIFY(c->settings().center.y() > s0.center.y());
        QTest::keyClick(c, Qt::Key_Plus);
        QVERIFY(c->settings().metresPerPixel < s0.metresPerPixel);
    }

    void statusRowFramesFlashpoint()
    {
        WindowFixture fixture(m_atlas, {}, {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        QTreeWidget *tree = w.statusPanel()->tree();
        QCOMPARE(tree->topLevelItemCount(), 7);
        QTreeWidgetItem *galwan = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("galwan"))
                galwan = tree->topLevelItem(i);
        QVERIFY(galwan);
        const double before = w.canvas()->settings().metresPerPixel;
        // A real click on the row.
        const QRect row = tree->visualItemRect(galwan);
        // On the name, inside the visible part of the row.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(20, row.center().y()));
        const MapSettings s = w.canvas()->settings();
        QVERIFY2(s.metresPerPixel < before / 4, qPrintable(QStringLiteral("%1 %2").arg(before).arg(s.metresPerPixel)));
        const Flashpoint *f = m_atlas->flashpoint(QStringLiteral("galwan"));
        QVERIFY(s.transform().visibleMapRect().contains(f->markerXY));
        QCOMPARE(s.selection, QStringLiteral("galwan"));
    }

    void canvasShowsRendererOutput()
    {
        TimeCursor time;
        const auto w = shownWindow(&time);
        QVERIFY(w);
        MapCanvas *c = w->canvas();
        const QImage shown = c->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage direct = MapRenderer(m_atlas).renderImage(c->settings(), c->devicePixelRatioF())
                                  .convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(shown.size(), direct.size());
        if (shown != direct) {
            shown.save(QStringLiteral("canvas-shown.png"));
            direct.save(QStringLiteral("canvas-direct.png"));
        }
        QVERIFY(shown == direct);
    }

    // The map is map to its edges: at the default size, zoomed out as far as
    // the window allows and panned far beyond the region, no edge pixel is
    // the plain background the renderer paints where the basemap ends.
    void noViewShowsTheEndOfTheBasemap()
    {
        TimeCursor time;
        const auto w = shownWindow(&time);
        QVERIFY(w);
        MapCanvas *c = w->canvas();
        c->setLegendVisible(false);
        waitForRender(c);
        QCOMPARE(TestSupport::backgroundEdgePixels(c->renderedImage(), MapStyle::background().rgb()), 0);
        for (int i = 0; i < 20; ++i)
            c->zoomOut();
        waitForRender(c);
        const QRectF region = Atlas::fullExtent();
        const MapSettings out = c->settings();
        QVERIFY(out.metresPerPixel * out.size.width() <= region.width() + 1);
        QVERIFY(out.metresPerPixel * out.size.height() <= region.height() + 1);
        QCOMPARE(TestSupport::backgroundEdgePixels(c->renderedImage(), MapStyle::background().rgb()), 0);
        for (const QPointF &drag : {QPointF(5000, 0), QPointF(0, 5000), QPointF(-9000, -9000)}) {
            c->panByPixels(drag);
            waitForRender(c);
            QCOMPARE(TestSupport::backgroundEdgePixels(c->renderedImage(), MapStyle::background().rgb()), 0);
        }
        // A window made larger than the region at this scale zooms in.
        w->resize(w->width() + 400, w->height() + 200);
        waitForRender(c);
        QCOMPARE(TestSupport::backgroundEdgePixels(c->renderedImage(), MapStyle::background().rgb()), 0);
    }

    // The window's labels (the placer's boxes for the canvas's own view)
    // cover no other label and no marker, at the default view and three zooms.
    void windowLabelsClearOfMarkers()
    {
        TimeCursor time;
        const auto w = shownWindow(&time);
        QVERIFY(w);
        MapCanvas *c = w->canvas();
        for (int step = 0; step < 4; ++step) {
            if (step > 0)
                c->zoomBy(step == 1 ? 0.5 : 2.0, QPointF(c->width() / 2.0, c->height() / 2.0));
            waitForRender(c);
            const MapLabels::Layout layout =
                MapLabels::layout(*c->atlas(), MapRenderer::withUserLegend(*c->atlas(), c->settings()));
            QVERIFY(!layout.labels.isEmpty());
            for (int i = 0; i < layout.labels.size(); ++i) {
                for (int j = i + 1; j < layout.labels.size(); ++j)
                    QVERIFY(!layout.labels[i].box.intersects(layout.labels[j].box));
                for (const QRectF &o : layout.obstacles)
                    QVERIFY2(!layout.labels[i].box.intersects(o), qPrintable(layout.labels[i].text));
            }
        }
    }

    // The window's legend folds to a small "Legend" tab with a click on its
    // header: its entries are gone from the map, which shows through where
    // they were. View › Legend opens it again, and the next window
    // remembers how it was left.
    void legendFoldsAway()
    {
        QSettings().remove(QStringLiteral("view/legend"));
        TimeCursor time;
        auto w = shownWindow(&time);
        QVERIFY(w);
        MapCanvas *c = w->canvas();
        auto *action = w->findChild<QAction *>(QStringLiteral("legendAction"));
        QVERIFY(action && action->isChecked());
        const MapSettings open = MapRenderer::withUserLegend(*m_atlas, c->settings());
        const QRect whole = MapLegend::rect(open).toAlignedRect();
        const QRectF header = MapLegend::headerRect(open);
        QVERIFY(!header.isEmpty() && QRectF(whole).contains(header));
        MapSettings bare = c->settings();
        bare.legend = false;
        const QImage map = MapRenderer(m_atlas).renderImage(bare);
        // How many pixels of the legend's place, outside the rectangle
        // skip, differ from the map alone.
        auto covered = [&](const QImage &image, const QRect &skip) {
            int n = 0, all = 0;
            for (int y = whole.top(); y <= whole.bottom(); ++y)
                for (int x = whole.left(); x <= whole.right(); ++x) {
                    if (skip.contains(x, y))
                        continue;
                    ++all;
                    n += image.pixel(x, y) != map.pixel(x, y);
                }
            return double(n) / all;
        };
        QVERIFY(covered(c->renderedImage(), QRect()) > 0.5);
        QSignalSpy clicked(c, &MapCanvas::featuresClicked);
        QTest::mouseClick(c, Qt::LeftButton, {}, header.center().toPoint());
        QVERIFY(c->isLegendCollapsed());
        QVERIFY(clicked.isEmpty());
        QVERIFY(!action->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("view/legend")).toBool(), false);
        waitForRender(c);
        const QRect tab = MapLegend::rect(MapRenderer::withUserLegend(*m_atlas, c->settings())).toAlignedRect();
        QVERIFY(tab.width() < whole.width() / 2 && tab.height() < whole.height() / 4);
        QVERIFY2(covered(c->renderedImage(), tab.adjusted(-2, -2, 2, 2)) < 0.01,
                 qPrintable(QString::number(covered(c->renderedImage(), tab.adjusted(-2, -2, 2, 2)))));
        int tabPixels = 0;
        for (int y = tab.top(); y <= tab.bottom(); ++y)
            for (int x = tab.left(); x <= tab.right(); ++x)
                tabPixels += c->renderedImage().pixel(x, y) != map.pixel(x, y);
        QVERIFY(tabPixels > tab.width() * tab.height() / 2);
        action->trigger();
        QVERIFY(!c->isLegendCollapsed());
        waitForRender(c);
        QVERIFY(covered(c->renderedImage(), QRect()) > 0.5);
        action->trigger();
        w->close();
        w.reset();
        const auto again = shownWindow(&time);
        QVERIFY(again);
        QVERIFY(again->canvas()->isLegendCollapsed());
        QSettings().remove(QStringLiteral("view/legend"));
    }

    void badLayerKeepsWhatWasLoaded()
    {
        TimeCursor time;
        Document doc(m_atlas);
        MainWindow w(&doc, &time);
        QVERIFY(!TestSupport::openLayerAndWait(w, QStringLiteral(LAC_TEST_DATA "/broken/truncated.geojson")));
        QCOMPARE(w.canvas()->atlas()->flashpoints.size(), 7);
        QCOMPARE(w.document()->layerCount(), 0);
        QVERIFY(TestSupport::openLayerAndWait(w, QStringLiteral(LAC_GEODATA "/basemap/lakes.geojson")));
        QCOMPARE(w.document()->layerCount(), 1);
    }

    // What the command line asks for (--view, --window, --hide-layer,
    // --select) the window does too, also while the record is still loading.
    void commandLineViewAppliesInTheWindow()
    {
        QSettings().clear();
        TimeCursor time;
        time.setDate(QDate(2024, 11, 20));
        Document doc;   // empty until the record is in, as at start-up
        MainWindow w(&doc, &time);
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ViewRequest r;
        r.view = QStringLiteral("galwan");
        r.viewSet = true;
        r.windowSet = true;
        r.window = TimeCursor::Window::LastDays;
        r.windowDays = 30;
        r.hiddenLayers = {QStringLiteral("roads")};
        r.selection = QStringLiteral("galwan");
        w.applyRequest(r);
        QCOMPARE(time.window(), TimeCursor::Window::LastDays);
        QCOMPARE(time.windowDays(), 30);
        QVERIFY(w.canvas()->settings().hiddenLayers.contains(QStringLiteral("roads")));
        QSignalSpy loaded(&w, &MainWindow::recordLoadFinished);
        w.openRecord(QStringLiteral(LAC_GEODATA));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.front().front().toBool(), true);
        QCOMPARE(w.selection(), QStringLiteral("galwan"));
        const Flashpoint *galwan = doc.record()->flashpoint(QStringLiteral("galwan"));
        const QRectF shown = w.canvas()->settings().transform().visibleMapRect();
        QVERIFY(shown.contains(galwan->markerXY));
        QVERIFY(shown.width() < doc.record()->flashpointExtent().width() / 2);   // framed on Galwan, not all
        // The layer tree says so too.
        QTreeWidget *tree = w.layerPanel()->bundledTree();
        bool roadsUnchecked = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("roads"))
                roadsUnchecked = tree->topLevelItem(i)->checkState(0) == Qt::Unchecked;
        QVERIFY(roadsUnchecked);
    }

    // Tools › Measure: clicks put ruler points where they fall; the legs are
    // the ellipsoid's geodesics between them; a click on the first point
    // closes a ring; the ruler is drawn on the map and in an export of the
    // view; Copy Measurement gives the figures as text.
    void rulerMeasuresOnTheMap()
    {
        QSettings().clear();
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        MapCanvas *c = w.canvas();
        const Place *dbo = m_atlas->place(QStringLiteral("dbo"));
        const Place *pp14 = m_atlas->place(QStringLiteral("pp14"));
        QVERIFY(dbo && pp14);
        c->setView((dbo->xy + pp14->xy) / 2, 150.0);
        waitForRender(c);
        auto *measure = w.findChild<QAction *>(QStringLiteral("measureAction"));
        QVERIFY(measure);
        measure->trigger();
        QVERIFY(c->isMeasuring());
        const ViewTransform t = c->settings().transform();
        const QPoint a = t.toScreen(dbo->xy).toPoint(), b = t.toScreen(pp14->xy).toPoint();
        QTest::mouseClick(c, Qt::LeftButton, {}, a);
        QTest::mouseClick(c, Qt::LeftButton, {}, b);
        QCOMPARE(c->measurePoints().size(), 2);
        QCOMPARE(w.selection(), QString());   // measuring clicks select nothing
        // Where the clicks fell (within a pixel of DBO and PP14) and the
        // geodesic between those points, as the status bar and the copy say.
        GeoPoint ga, gb;
        QVERIFY(Projection::instance().inverse(t.toMap(QPointF(a)), &ga));
        QVERIFY(Projection::instance().inverse(t.toMap(QPointF(b)), &gb));
        const Geodesic::Leg leg = Geodesic::inverse(ga, gb);
        QVERIFY(std::abs(leg.metres - Geodesic::inverse(dbo->position, pp14->position).metres) < 2 * 150.0);
        QVERIFY2(w.statusBar()->currentMessage().contains(Geodesic::distanceText(leg.metres)),
                 qPrintable(w.statusBar()->currentMessage()));
        w.findChild<QAction *>(QStringLiteral("copyMeasureAction"))->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("(%1 m)").arg(leg.metres, 0, 'f', 1)), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("bearing %1°").arg(leg.bearing, 0, 'f', 1)));
        // Drawn in the window and in what the window exports.
        waitForRender(c);
        QVERIFY(TestSupport::pixelsNear(c->renderedImage(), MapStyle::measureColor(), 30) > 40);
        QVERIFY(TestSupport::pixelsNear(MapExporter(m_atlas).image(c->settings()), MapStyle::measureColor(), 30) > 40);
        // A third point, then the first again: a closed ring with an area.
        const QPoint third = (a + b) / 2 + QPoint(120, 0);
        QTest::mouseClick(c, Qt::LeftButton, {}, third);
        QTest::mouseClick(c, Qt::LeftButton, {}, a + QPoint(2, 1));
        QVERIFY(c->measureClosed());
        QCOMPARE(c->measurePoints().size(), 3);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("km²")));
        // Backspace opens it again; Escape ends measuring, the ruler stays.
        QTest::keyClick(c, Qt::Key_Backspace);
        QVERIFY(!c->measureClosed());
        QTest::keyClick(c, Qt::Key_Escape);
        QVERIFY(!c->isMeasuring());
        QVERIFY(!measure->isChecked());
        QCOMPARE(c->measurePoints().size(), 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
