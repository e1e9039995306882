// The user's event layers in the window: a dated point file becomes a time-aware layer, a
// large one loads in the background with progress and can be cancelled
// (leaving the window exactly as it was), the layer panel changes
// visibility, opacity, order and removes, layers come back on the next run
// (a missing file skipped), the density rendering draws the events, and a
// layer coloured by a field lists its categories.

#include "AtlasLoader.h"
#include "LayerPanel.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapExporter.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "Projection.h"
#include "DetailsPanel.h"
#include "TimeCursor.h"

#include <QTreeWidget>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "WindowFixture.h"
#include "TestSupport.h"

namespace {

// n events as a GeoJSON FeatureCollection, dated over 2021 around 78E 34N.
void writeEvents(const QString &path, int n)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < n; ++i) {
        const QDate d = QDate(2021, 1, 1).addDays(i % 365);
        f.write(QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"id\":\"e%2\",\"date\":\"%3\","
                               "\"title\":\"Event %2\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%4,%5]}}\n")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(i)
                    .arg(d.toString(Qt::ISODate))
                    .arg(77.5 + (i % 100) * 0.01, 0, 'f', 5)
                    .arg(33.5 + (i / 100 % 100) * 0.01, 0, 'f', 5)
                    .toUtf8());
    }
    f.write("]}\n");
}

// The row of a bundled layer (an id of MapSettings::layerIds()) in the Layers panel.
QTreeWidgetItem *bundledItem(LayerPanel *panel, const QString &id)
{
    QTreeWidget *tree = panel->bundledTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestLayerWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lacviewer-layerwindow"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        LayerReader::configureGdal();
        DataErrors errors;
        m_bundled = AtlasPtr(AtlasLoader().load(AtlasLoader::defaultDataDir(), &errors));
        QVERIFY(m_bundled);
        QVERIFY(m_dir.isValid());
        writeEvents(m_dir.filePath(QStringLiteral("small.geojson")), 300);
        writeEvents(m_dir.filePath(QStringLiteral("large.geojson")), 20000);
    }
    void init() { QSettings().clear(); }

    void smallDatedFileIsAnEventLayer()
    {
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        QVERIFY(TestSupport::openLayerAndWait(w, m_dir.filePath(QStringLiteral("small.geojson"))));
        const AtlasPtr a = w.canvas()->atlas();
        QCOMPARE(w.document()->layers().user.size(), size_t(1));
        const LayerEntry &u = w.document()->layers().user.back();
        QVERIFY(u->events);
        QCOMPARE(int(u->events->size()), 300);
        QCOMPARE(u->events->dateField, QStringLiteral("date"));
        QCOMPARE(w.layerPanel()->list()->topLevelItemCount(), 1);
        // The density/dots are drawn: the map differs from the map without the layer.
        MapSettings s;
        s.size = QSize(800, 600);
        s.frame(u->events->bounds().adjusted(-20000, -20000, 20000, 20000));
        s.date = QDate(2021, 12, 31);
        // The legend lists the layer with the events it shows.
        s.layers = w.document()->layers();
        const MapSettings listed = MapRenderer::withUserLegend(*a, s);
        QCOMPARE(listed.userLegend.size(), 1);
        QCOMPARE(listed.userLegend.front().name, QStringLiteral("small.geojson"));
        QCOMPARE(listed.userLegend.front().shown, qint64(300));
        QVERIFY(MapLegend::rect(listed).height() > MapLegend::rect(s).height());
        // Its width does not move with the date (nor the title beside it).
        MapSettings early = s;
        early.date = QDate(2021, 1, 5);
        QCOMPARE(MapLegend::rect(MapRenderer::withUserLegend(*a, early)), MapLegend::rect(listed));
        s.legend = false; // the map itself
        MapSettings bare = s;
        bare.layers = LayerStack();
        const QImage with = MapRenderer(a).renderImage(s);
        const QImage without = MapRenderer(m_bundled).renderImage(bare);
        QVERIFY(with != without);
        // Before the first event, nothing of the layer is drawn.
        s.date = bare.date = QDate(2020, 6, 1);
        QCOMPARE(MapRenderer(a).renderImage(s), MapRenderer(m_bundled).renderImage(bare));
    }

    // Numeric dates no row tells the order of: the window asks, reads the
    // file in the order chosen, and does not ask again for that file.
    void unclearDateOrderIsAskedOnceAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("unclear.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("event_id_cnty,event_date,latitude,longitude\nIND1,03/04/2021,34.5,78.1\nIND2,05/06/2021,34.6,78.2\n");
        f.close();
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!TestSupport::openLayerAndWait(w, path)); // not added: asked
        QMessageBox *box = w.findChild<QMessageBox *>(QStringLiteral("dateOrderDialog"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("\"event_date\" of unclear.csv")), qPrintable(box->text()));
        QCOMPARE(w.document()->layers().user.size(), size_t(0));
        QSignalSpy done(&w, &MainWindow::layerLoadFinished);
        QPushButton *dayFirst = box->findChild<QPushButton *>(QStringLiteral("dayFirst"));
        QVERIFY(dayFirst);
        dayFirst->click();
        QVERIFY(done.wait(60000));
        QVERIFY(done.last().at(0).toBool());
        QCOMPARE(w.document()->layers().user.size(), size_t(1));
        QCOMPARE(w.document()->layers().user.back()->events->firstDate(), QDate(2021, 4, 3));
        QCOMPARE(w.document()->layers().user.back()->events->lastDate(), QDate(2021, 6, 5));
        // Opened again (another run, say): the remembered order, no question.
        TimeCursor time2;
        Document doc2(m_bundled);
        MainWindow w2(&doc2, &time2);
        QVERIFY(TestSupport::openLayerAndWait(w2, path));
        QVERIFY(!w2.findChild<QMessageBox *>(QStringLiteral("dateOrderDialog")));
        QCOMPARE(w2.document()->layers().user.back()->events->firstDate(), QDate(2021, 4, 3));
    }

    // A file added with rows whose dates cannot be read: the window says
    // how many, an example and the line.
    void rowsLeftOutAreShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad-date.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("event_date,latitude,longitude\n15 June 2021,34.5,78.1\n31 June 2021,34.6,78.2\n16 June 2021,34.7,78.3\n");
        f.close();
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(TestSupport::openLayerAndWait(w, path));
        QCOMPARE(w.document()->layers().user.back()->events->size(), size_t(2));
        QMessageBox *box = w.findChild<QMessageBox *>(QStringLiteral("rowsLeftOutBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(path + QStringLiteral(":3: 1 row has a date in \"event_date\""))
                     && box->informativeText().contains(QStringLiteral("\"31 June 2021\"")),
                 qPrintable(box->informativeText()));
        box->close();
    }

    void largeFileLoadsInTheBackground()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        QSignalSpy done(&w, &MainWindow::layerLoadFinished);
        QVERIFY(w.openLayer(m_dir.filePath(QStringLiteral("large.geojson"))));
        QVERIFY(w.isLoadingLayer());
        QVERIFY(w.loadProgress());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.front().front().toBool(), true);
        QVERIFY(!w.isLoadingLayer());
        const LayerEntry &u = w.document()->layers().user.back();
        QVERIFY(u->events);
        QCOMPARE(int(u->events->size()), 20000);
        qunsetenv("LACVIEWER_SMALL_LAYER_MB");
    }

    void cancellingLeavesTheWindowAsItWas()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        // A fresh copy, so no cached conversion exists and the load takes a while.
        const QString path = m_dir.filePath(QStringLiteral("cancel.geojson"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("large.geojson")), path));
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        const AtlasPtr before = w.canvas()->atlas();
        const size_t layersBefore = w.document()->layers().user.size();
        const int rows = w.layerPanel()->list()->topLevelItemCount();
        QSignalSpy done(&w, &MainWindow::layerLoadFinished);
        QVERIFY(w.openLayer(path));
        QVERIFY(w.isLoadingLayer());
        w.cancelLayerLoad();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.front().front().toBool(), false);
        QCOMPARE(w.canvas()->atlas(), before);       // the very same atlas
        QCOMPARE(w.document()->layers().user.size(), layersBefore);
        QCOMPARE(w.layerPanel()->list()->topLevelItemCount(), rows);
        QVERIFY(!w.isLoadingLayer());
        QVERIFY(!w.loadProgress());
        qunsetenv("LACVIEWER_SMALL_LAYER_MB");
    }

    void panelChangesLayers()
    {
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        QVERIFY(TestSupport::openLayerAndWait(w, m_dir.filePath(QStringLiteral("small.geojson"))));
        QVERIFY(TestSupport::openLayerAndWait(w, QStringLiteral(LAC_GEODATA "/basemap/lakes.geojson")));
        LayerPanel *panel = w.layerPanel();
        const auto layers = [&w] { return w.document()->layers().user; };
        QCOMPARE(panel->list()->topLevelItemCount(), 2);
        // Row 0 is the topmost: the lakes, added last.
        QVERIFY(!layers().back()->events);
        panel->list()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(layers().back().visible, false);
        panel->setCurrentRow(1);
        panel->opacitySlider()->setValue(40);
        QCOMPARE(layers().front().opacity, 0.4);
        // Move the events up: now they are last (drawn on top).
        QMetaObject::invokeMethod(panel, [panel] { emit panel->moveRequested(panel->layerIndex(1), +1); });
        QTRY_VERIFY(layers().back()->events);
        QCOMPARE(layers().back().opacity, 0.4);
        // Remove the events.
        panel->setCurrentRow(0);
        panel->findChild<QToolButton *>(QStringLiteral("removeLayer"))->click();
        QCOMPARE(layers().size(), size_t(1));
        QVERIFY(!layers().front()->events);
    }

    // A click on one of the user's events shows its row in the Details panel
    // (the same for a small file, kept in memory, and a large one, re-read
    // from its byte offset); where it lies on a bundled feature, the chooser
    // offers both.
    void clickShowsUserEventInDetails_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("small file") << false;
        QTest::newRow("large file, streamed") << true;
    }
    void clickShowsUserEventInDetails()
    {
        QFETCH(bool, bulk);
        if (bulk)
            qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        const auto restore = qScopeGuard([] { qunsetenv("LACVIEWER_SMALL_LAYER_MB"); });
        // South-west of Galwan, inside Ladakh: nothing bundled there.
        const QPointF empty = m_bundled->flashpoint(QStringLiteral("galwan"))->markerXY - QPointF(70000, 60000);
        const Place &place = m_bundled->places.front();
        GeoPoint a, b;
        QVERIFY(Projection::instance().inverse(empty, &a));
        QVERIFY(Projection::instance().inverse(place.xy, &b));
        const QString path = m_dir.filePath(bulk ? QStringLiteral("click-bulk.geojson") : QStringLiteral("click.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"title":"Patrol seen","date":"2021-03-01","note":"<b>not bold</b>","count":3},"geometry":{"type":"Point","coordinates":[%1,%2]}},
{"type":"Feature","properties":{"title":"At the place","date":"2021-04-01"},"geometry":{"type":"Point","coordinates":[%3,%4]}}]})")
                    .arg(a.lon, 0, 'f', 7).arg(a.lat, 0, 'f', 7).arg(b.lon, 0, 'f', 7).arg(b.lat, 0, 'f', 7).toUtf8());
        f.close();

        TimeCursor time;
        time.setDate(QDate(2021, 12, 31));
        time.setWindow(TimeCursor::Window::Cumulative);
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        w.resize(1500, 950); // the default follows the screen; offscreen's is 800x600
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy done(&w, &MainWindow::layerLoadFinished);
        QVERIFY(w.openLayer(path));
        QVERIFY(done.wait(60000));
        const LayerEntry &u = w.document()->layers().user.back();
        QVERIFY(u->events);
        QCOMPARE(u->events->inlineAttributes.empty(), bulk);

        w.canvas()->setView(empty, 200.0);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, w.canvas()->rect().center());
        QCOMPARE(w.selection(), QString());
        // A streamed layer's row is read on a worker: the panel fills in when it is in.
        QTRY_VERIFY(!w.detailsPanel()->plainText().contains(QStringLiteral("Reading its attributes")));
        const QString text = w.detailsPanel()->plainText();
        QVERIFY2(text.startsWith(QStringLiteral("Patrol seen")), qPrintable(text.left(300)));
        QVERIFY2(text.contains(QStringLiteral("Date: 2021-03-01")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Attributes")));
        QVERIFY(text.contains(QStringLiteral("<b>not bold</b>")));   // shown as text, not markup
        QVERIFY(text.contains(QStringLiteral("count")));
        QVERIFY(text.contains(QStringLiteral("not checked or sourced by LAC Viewer")));
        QVERIFY2(w.detailsPanel()->coordinatesText().startsWith(QString::number(a.lat, 'f', 5)),
                 qPrintable(w.detailsPanel()->coordinatesText()));
        // The map rings it, as it rings a selected place.
        const MapSettings shown = w.canvas()->settings();
        QCOMPARE(shown.userSelectionLayer, w.document()->layerCount() - 1);
        const QPoint ring = shown.transform().toScreen(empty).toPoint() + QPoint(9, 0);
        const QImage image = MapRenderer(w.canvas()->atlas()).renderImage(shown);
        QCOMPARE(QColor(image.pixel(ring)).name(), MapStyle::selectionColor().name());
        // Showing a bundled event instead takes the ring away.
        w.activateEvent(0);
        QCOMPARE(w.canvas()->settings().userSelectionLayer, -1);
        QVERIFY(!w.detailsPanel()->plainText().startsWith(QStringLiteral("Patrol seen")));
        time.setDate(QDate(2021, 12, 31));
        w.canvas()->setView(empty, 200.0);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, w.canvas()->rect().center());
        QCOMPARE(w.canvas()->settings().userSelectionLayer, w.document()->layerCount() - 1);
        // An opacity change keeps it (the layer is the same)...
        w.layerPanel()->setCurrentRow(0);
        w.layerPanel()->opacitySlider()->setValue(70);
        QCOMPARE(w.canvas()->settings().userSelectionLayer, w.document()->layerCount() - 1);
        QVERIFY(w.detailsPanel()->plainText().startsWith(QStringLiteral("Patrol seen")));
        // ...any change to the stack takes it away (indexes may mean other layers then).
        QVERIFY(TestSupport::openLayerAndWait(w, QStringLiteral(LAC_GEODATA "/basemap/lakes.geojson")));
        QCOMPARE(w.canvas()->settings().userSelectionLayer, -1);
        QVERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("Click a flashpoint")));
        w.document()->removeLayer(w.document()->layerCount() - 1);
        // Before its date, the event is not there to click: a click there clears.
        time.setDate(QDate(2021, 2, 1));
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, w.canvas()->rect().center());
        QVERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("Click a flashpoint")));
        QCOMPARE(w.canvas()->settings().userSelectionLayer, -1);

        // On a bundled place: both offered; choosing the user's event shows it.
        time.setDate(QDate(2021, 12, 31));
        w.canvas()->setView(place.xy, 200.0);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, w.canvas()->rect().center());
        QMenu *chooser = w.hitChooser();
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        QStringList labels;
        QAction *mine = nullptr;
        const auto collect = [&] {
            labels.clear();
            for (QAction *action : chooser->actions()) {
                labels << action->text();
                if (action->text().contains(QStringLiteral("At the place")))
                    mine = action;
            }
            return mine != nullptr;
        };
        QTRY_VERIFY(collect());   // a streamed layer's title arrives when its row is read
        QVERIFY2(labels.filter(place.name).size() >= 1, qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(mine, qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(mine->text().startsWith(QStringLiteral("2021-04-01")));
        mine->trigger();
        chooser->hide();
        QVERIFY(w.detailsPanel()->plainText().startsWith(QStringLiteral("At the place")));
    }

    void layersComeBackNextRun()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone.geojson"));
        writeEvents(gone, 10);
        {
            TimeCursor time;
            Document doc(m_bundled);
            MainWindow w(&doc, &time);
            QVERIFY(TestSupport::openLayerAndWait(w, m_dir.filePath(QStringLiteral("small.geojson"))));
            QVERIFY(TestSupport::openLayerAndWait(w, gone));
            w.layerPanel()->setCurrentRow(1);
            w.layerPanel()->opacitySlider()->setValue(55);
            w.close();
        }
        QFile::remove(gone);
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("gone.geojson")));
        QSignalSpy done(&w, &MainWindow::layerLoadFinished);
        w.restoreState(false);
        QVERIFY(done.wait(60000));
        const auto &layers = w.document()->layers().user;
        QCOMPARE(layers.size(), size_t(1));
        QVERIFY(layers.front()->events);
        QCOMPARE(layers.front().opacity, 0.55);
    }

    // Colour by a field: chosen under the layer list, the categories are
    // read in the background, listed under the layer with their counts and
    // colours, drawn on the map and in its legend, and remembered.
    void colourByField()
    {
        const QString path = m_dir.filePath(QStringLiteral("acled-types.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,country,admin1,location,"
                    "latitude,longitude,source,notes\n");
            const char *types[] = {"Battles", "Battles", "Battles", "Protests", "Protests", "Riots", ""};
            for (int i = 0; i < 7; ++i)
                f.write(QStringLiteral("IND%1,2021-0%2-10,2021,%3,,,,India,Ladakh,Place %1,%4,%5,Generated,\n")
                            .arg(i + 1).arg(i + 1).arg(QString::fromLatin1(types[i]))
                            .arg(34.0 + i * 0.08, 0, 'f', 4).arg(78.0 + i * 0.1, 0, 'f', 4).toUtf8());
        }
        {
            TimeCursor time;
            time.setDate(QDate(2021, 12, 31));
            time.setWindow(TimeCursor::Window::Cumulative);
            Document doc(m_bundled);
            MainWindow w(&doc, &time);
            w.resize(1400, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(TestSupport::openLayerAndWait(w, path));
            LayerPanel *panel = w.layerPanel();
            panel->setCurrentRow(0);
            QComboBox *box = panel->colourByBox();
            QVERIFY(box->isEnabled());
            QCOMPARE(box->currentText(), QStringLiteral("One colour"));
            const int choice = box->findText(QStringLiteral("event_type"));
            QVERIFY(choice > 0);
            box->setCurrentIndex(choice);
            emit box->activated(choice);
            QTRY_VERIFY(w.document()->layers().user.front().categories);
            QTreeWidgetItem *layer = panel->list()->topLevelItem(0);
            QVERIFY2(layer->text(0).contains(QStringLiteral("coloured by event_type")), qPrintable(layer->text(0)));
            QStringList rows;
            for (int i = 0; i < layer->childCount(); ++i)
                rows << layer->child(i)->text(0);
            QCOMPARE(rows, QStringList({QStringLiteral("Battles — 3 events"), QStringLiteral("Protests — 2 events"),
                                        QStringLiteral("Riots — 1 event"), QStringLiteral("(no value) — 1 event")}));
            // Each row's swatch is its category's colour.
            const QImage swatch = layer->child(1)->icon(0).pixmap(14, 14).toImage();
            QCOMPARE(swatch.pixelColor(7, 7).rgb(), MapStyle::categoryColor(1).rgb());
            // The map draws each event in its category's colour, and the legend lists them.
            const EventLayer &events = *w.document()->layers().user.front()->events;
            const auto &codes = w.document()->layers().user.front().categories->code;
            w.canvas()->setView(QPointF(events.x[0], events.y[0]), 400.0);
            QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRenderPending(), 10000);
            MapSettings s = w.canvas()->settings();
            s.labels = s.events = false;
            for (const char *id : {"places", "roads", "buffer-zones", "claims", "lac-india", "lac-china"})
                s.hiddenLayers.insert(QString::fromLatin1(id));
            const QImage image = MapRenderer(w.canvas()->atlas()).renderImage(s);
            for (size_t i = 0; i < events.size(); ++i) {
                const QPoint at = s.transform().toScreen(QPointF(events.x[i], events.y[i])).toPoint();
                if (QRect(QPoint(0, 0), s.size).contains(at) && !MapLegend::rect(MapRenderer::withUserLegend(*m_bundled, s)).contains(at))
                    QCOMPARE(image.pixelColor(at).rgb(), MapStyle::categoryColor(codes[i]).rgb());
            }
            const MapSettings legend = MapRenderer::withUserLegend(*m_bundled, w.canvas()->settings());
            QCOMPARE(legend.userLegend.front().colourBy, QStringLiteral("event_type"));
            QCOMPARE(legend.userLegend.front().categories.size(), 4);
            QCOMPARE(legend.userLegend.front().categories.front().label, QStringLiteral("Battles"));
            w.close();
        }
        // The next run colours it again.
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        QSignalSpy done(&w, &MainWindow::layerLoadFinished);
        w.restoreState(false);
        QVERIFY(done.wait(60000));
        QCOMPARE(w.document()->layers().user.front().colourBy.field, QStringLiteral("event_type"));
        QTRY_VERIFY(w.document()->layers().user.front().categories);
        QCOMPARE(w.layerPanel()->list()->topLevelItem(0)->childCount(), 4);
        // One colour again: the rows go.
        QComboBox *box = w.layerPanel()->colourByBox();
        box->setCurrentIndex(0);
        emit box->activated(0);
        QVERIFY(!w.document()->layers().user.front().colourBy.isSet());
        QCOMPARE(w.layerPanel()->list()->topLevelItem(0)->childCount(), 0);
    }

    // The bundled layers are in the same panel: unchecking one hides it in
    // the window, in what the window exports, and again on the next run.
    void bundledLayerToggles()
    {
        QSettings().remove(QStringLiteral("layers/hidden"));
        auto roadPixels = [](const QImage &image) { return TestSupport::pixelsNear(image, MapStyle::contextColor()); };
        {
            WindowFixture fixture(m_bundled, QDate(2024, 11, 20), {1500, 950});
            QVERIFY(fixture.show());
            auto &[time, doc, w] = fixture;
            QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRenderPending() && !w.canvas()->renderedImage().isNull(), 10000);
            QVERIFY(roadPixels(w.canvas()->renderedImage()) > 40);
            QTreeWidgetItem *roads = bundledItem(w.layerPanel(), QStringLiteral("roads"));
            QVERIFY(roads);
            QCOMPARE(w.layerPanel()->bundledTree()->topLevelItemCount(), 9);
            roads->setCheckState(0, Qt::Unchecked);
            QVERIFY(w.canvas()->settings().hiddenLayers.contains(QStringLiteral("roads")));
            QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRenderPending(), 10000);
            QCOMPARE(roadPixels(w.canvas()->renderedImage()), 0);
            QCOMPARE(roadPixels(MapExporter(w.canvas()->atlas()).image(w.canvas()->settings())), 0);
            w.close();
        }
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        w.restoreState(false);
        QVERIFY(w.canvas()->settings().hiddenLayers.contains(QStringLiteral("roads")));
        QSettings().remove(QStringLiteral("layers/hidden"));
    }

    // A bundled layer's opacity is set with the same slider as a user
    // layer's: select it in the panel and move the slider; the window, what
    // it exports and the next run follow. The bundled layers keep their order.
    void bundledLayerOpacity()
    {
        QSettings().remove(QStringLiteral("layers/opacity"));
        auto roadPixels = [](const QImage &image) { return TestSupport::pixelsNear(image, MapStyle::contextColor()); };
        {
            WindowFixture fixture(m_bundled, QDate(2024, 11, 20), {1500, 950});
            QVERIFY(fixture.show());
            auto &[time, doc, w] = fixture;
            QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRenderPending() && !w.canvas()->renderedImage().isNull(), 10000);
            const int opaque = roadPixels(w.canvas()->renderedImage());
            QVERIFY(opaque > 40);
            LayerPanel *panel = w.layerPanel();
            QTreeWidget *tree = panel->bundledTree();
            QTreeWidgetItem *roads = bundledItem(panel, QStringLiteral("roads"));
            QVERIFY(roads);
            tree->setCurrentItem(roads);
            QVERIFY(panel->opacitySlider()->isEnabled());
            QCOMPARE(panel->opacitySlider()->value(), 100);
            for (QToolButton *b : panel->findChildren<QToolButton *>())
                QVERIFY2(!b->isEnabled(), qPrintable(b->text()));   // no order to change, nothing to remove
            panel->opacitySlider()->setValue(0);
            QCOMPARE(w.canvas()->settings().opacityOf(QStringLiteral("roads")), 0.0);
            QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRenderPending(), 10000);
            QCOMPARE(roadPixels(w.canvas()->renderedImage()), 0);
            panel->opacitySlider()->setValue(50);
            QCOMPARE(w.canvas()->settings().opacityOf(QStringLiteral("roads")), 0.5);
            QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRenderPending(), 10000);
            // Half opaque: the road's own colour is gone, but the road is drawn.
            const QImage half = w.canvas()->renderedImage();
            QVERIFY2(roadPixels(half) < opaque / 4, qPrintable(QString::number(roadPixels(half))));
            MapSettings without = w.canvas()->settings();
            without.hiddenLayers.insert(QStringLiteral("roads"));
            QVERIFY(half != MapExporter(w.canvas()->atlas()).image(without));
            QCOMPARE(MapExporter(w.canvas()->atlas()).image(w.canvas()->settings()), half);
            // A user's layer selected, the slider is that layer's again.
            QVERIFY(TestSupport::openLayerAndWait(w, m_dir.filePath(QStringLiteral("small.geojson"))));
            QCOMPARE(panel->currentRow(), 0);
            QVERIFY(!tree->currentItem());
            QCOMPARE(panel->opacitySlider()->value(), 100);
            panel->opacitySlider()->setValue(30);
            QCOMPARE(w.document()->layers().user.front().opacity, 0.3);
            QCOMPARE(w.canvas()->settings().opacityOf(QStringLiteral("roads")), 0.5);
            w.close();
        }
        QSettings().remove(QStringLiteral("layers/list"));
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        w.restoreState(false);
        QCOMPARE(w.canvas()->settings().opacityOf(QStringLiteral("roads")), 0.5);
        w.layerPanel()->bundledTree()->setCurrentItem(bundledItem(w.layerPanel(), QStringLiteral("roads")));
        QCOMPARE(w.layerPanel()->opacitySlider()->value(), 50);
        QSettings().remove(QStringLiteral("layers/opacity"));
    }

private:
    AtlasPtr m_bundled;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLayerWindow)
#include "tst_layerwindow.moc"
