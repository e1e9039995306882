// Terrain from the user's DEM: a synthetic hill written with GDAL, read back
// warped to the map's projection (elevation under a point), shaded under the
// map (a lit north-west flank, a shadowed south-east one) in the renderer
// and in a command-line export; a missing file or an image that is not an
// elevation raster is a clear error, exit code 1.

#include "Atlas.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "TimeCursor.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "Projection.h"
#include "Terrain.h"

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <gdal_priv.h>

#include "WindowFixture.h"
#include "TestSupport.h"

namespace {

// A Gaussian hill 3,000 m high (about 6 km wide) on a 4,000 m plateau over
// lon 78-79, lat 34-35.
void writeHill(const QString &path, const char *driver = "GTiff")
{
    GDALAllRegister();
    GDALDriver *d = GetGDALDriverManager()->GetDriverByName(driver);
    QVERIFY(d);
    const int n = 240;
    GDALDataset *ds = d->Create(path.toUtf8().constData(), n, n, 1, GDT_Float32, nullptr);
    QVERIFY(ds);
    double gt[6] = {78.0, 1.0 / n, 0, 35.0, 0, -1.0 / n};
    ds->SetGeoTransform(gt);
    ds->SetProjection(SRS_WKT_WGS84_LAT_LONG);
    std::vector<float> z(size_t(n) * n);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const double dx = (x - n / 2.0) / (n / 20.0), dy = (y - n / 2.0) / (n / 20.0);
            z[size_t(y) * n + x] = float(4000 + 3000 * std::exp(-(dx * dx + dy * dy)));
        }
    QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, n, n, z.data(), n, n, GDT_Float32, 0, 0, nullptr), CE_None);
    GDALClose(ds);
}

double luminance(const QImage &image, const QPointF &at)
{
    return qGray(image.pixel(at.toPoint()));
}

} // namespace

class TestTerrain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_hill;
    AtlasPtr m_atlas;

    QPointF project(double lon, double lat)
    {
        QPointF xy;
        Projection::instance().forward(GeoPoint{lon, lat}, &xy);
        return xy;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hill = m_dir.filePath(QStringLiteral("hill.tif"));
        writeHill(m_hill);
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void readsHeightsInTheMapProjection()
    {
        LoadResult read;
        const auto t = Terrain::load(m_hill, &read);
        QVERIFY2(t, qPrintable(read.message()));
        QVERIFY(std::abs(t->at(project(78.5, 34.5)) - 7000.0f) < 60);   // the summit
        QVERIFY(std::abs(t->at(project(78.03, 34.03)) - 4000.0f) < 60); // the plateau
        QVERIFY(std::isnan(t->at(project(76.0, 34.5))));                 // off the raster
    }

    // The north-west flank faces the light, the south-east one is in shadow;
    // without the DEM both are the same country fill.
    void hillshadeShowsRelief()
    {
        LoadResult read;
        LayerStack withTerrain;
        withTerrain.terrain = Terrain::load(m_hill, &read);
        QVERIFY2(withTerrain.terrain, qPrintable(read.message()));
        MapSettings s;
        s.size = QSize(800, 600);
        s.date = QDate(2024, 11, 20);
        s.legend = s.disclaimer = s.scaleBar = s.dateLabel = s.labels = s.events = false;
        s.hiddenLayers = {QStringLiteral("roads"), QStringLiteral("places"), QStringLiteral("lac-india"),
                          QStringLiteral("lac-china"), QStringLiteral("claims"), QStringLiteral("buffer-zones")};
        s.frame(Atlas::projectedBounds(QRectF(78.3, 34.3, 0.4, 0.4)));
        const QImage flat = MapRenderer(m_atlas).renderImage(s);
        MapSettings shaded = s;
        shaded.layers = withTerrain;
        const QImage relief = MapRenderer(m_atlas).renderImage(shaded);
        const QPointF nw = s.transform().toScreen(project(78.46, 34.54));
        const QPointF se = s.transform().toScreen(project(78.54, 34.46));
        QVERIFY2(luminance(relief, nw) > luminance(relief, se) + 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(luminance(relief, nw)).arg(luminance(relief, se))));
        QVERIFY(std::abs(luminance(flat, nw) - luminance(flat, se)) < 3);
        // Hidden, it is gone.
        s.hiddenLayers.insert(QStringLiteral("terrain"));
        shaded.hiddenLayers = s.hiddenLayers;
        QCOMPARE(MapRenderer(m_atlas).renderImage(shaded), MapRenderer(m_atlas).renderImage(s));
    }

    // The window: File › Open Terrain's path reads the DEM, the status bar
    // gives the height under the cursor; a bad file changes nothing.
    void windowShowsElevationUnderCursor()
    {
        WindowFixture fixture(m_atlas, {}, {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        QVERIFY(!w.openTerrain(QStringLiteral("/nonexistent/dem.tif")));
        QVERIFY(!w.document()->layers().terrain);
        QSignalSpy loaded(&w, &MainWindow::terrainLoadFinished);
        QVERIFY(w.openTerrain(m_hill));
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.front().front().toBool());
        QVERIFY(w.document()->layers().terrain);
        MapCanvas *c = w.canvas();
        c->setView(project(78.5, 34.5), 50.0);
        const QPointF at = QRectF(c->rect()).center();
        QMouseEvent move(QEvent::MouseMove, at, c->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(c, &move);
        auto *label = w.findChild<QLabel *>(QStringLiteral("positionLabel"));
        QVERIFY(label);
        QTRY_VERIFY2(label->text().endsWith(QStringLiteral(" m")), qPrintable(label->text()));
        const QString metres = label->text().section(QLatin1Char(' '), -2, -2).remove(QLatin1Char(','));
        QVERIFY2(std::abs(metres.toDouble() - 7000) < 100, qPrintable(label->text()));
    }

    void exportWithDem()
    {
        const QString with = m_dir.filePath(QStringLiteral("with.png")), without = m_dir.filePath(QStringLiteral("without.png"));
        const QStringList view{QStringLiteral("--extent"), QStringLiteral("78.2,34.2,78.8,34.8"), QStringLiteral("--date"),
                               QStringLiteral("2024-11-20"), QStringLiteral("--no-decorations")};
        auto r = TestSupport::lacviewer(QStringList{QStringLiteral("--export"), with, QStringLiteral("--dem"), m_hill} + view);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = TestSupport::lacviewer(QStringList{QStringLiteral("--export"), without} + view);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage a(with), b(without);
        QVERIFY(!a.isNull() && a.size() == b.size());
        int changed = 0;
        for (int y = 0; y < a.height(); y += 4)
            for (int x = 0; x < a.width(); x += 4)
                changed += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 8;
        QVERIFY2(changed > 300, qPrintable(QString::number(changed)));
    }

    void badDemExit1_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/dem.tif") << QStringLiteral("no such file");
        QTest::newRow("not a raster") << QStringLiteral(LAC_GEODATA "/context.geojson") << QStringLiteral("not a raster");
        QTest::newRow("an image") << QStringLiteral("photo.png") << QStringLiteral("not an elevation raster");
    }
    void badDemExit1()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        if (file == QLatin1String("photo.png")) {
            file = m_dir.filePath(file);
            QImage rgb(64, 64, QImage::Format_RGB32);
            rgb.fill(Qt::darkGreen);
            QVERIFY(rgb.save(file));
        }
        const QString out = m_dir.filePath(QStringLiteral("never.png"));
        const auto r = TestSupport::lacviewer({QStringLiteral("--export"), out, QStringLiteral("--dem"), file});
        QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(reason) && r.err.contains(file), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_MAIN(TestTerrain)
#include "tst_terrain.moc"
