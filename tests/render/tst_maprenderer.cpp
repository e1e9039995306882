// The renderer draws what a user must see: each flashpoint's marker in its
// status colour at its projected position, the basemap, the decorations.

#include "AtlasLoader.h"
#include "LayerReader.h"
#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapLabels.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "RenderJob.h"

#include <QtTest>

#include "TestSupport.h"

class TestMapRenderer : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;

    // Pixels of exactly colour c (a line's own colour, at its middle).
    static int pixelsOf(const QImage &image, QRgb c)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += (image.pixel(x, y) & 0xffffff) == (c & 0xffffff);
        return n;
    }

    static MapSettings plainSettings(const Atlas &atlas, QSize size = QSize(1200, 900))
    {
        MapSettings s;
        s.size = size;
        s.date = QDate(2024, 11, 20);
        s.legend = s.disclaimer = s.scaleBar = s.dateLabel = false;
        s.frame(atlas.fullExtent(), 150); // leaves a margin of plain background
        return s;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void markersHaveStatusColours_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QColor>("colour");
        const QDate nov20(2024, 11, 20);
        const QColor restored = MapStyle::statusColor(Status::DisengagedPatrollingRestored);
        const QColor buffer = MapStyle::statusColor(Status::DisengagedBufferZone);
        QTest::newRow("depsang 2024-11-20") << "depsang" << nov20 << restored;
        QTest::newRow("demchok 2024-11-20") << "demchok" << nov20 << restored;
        QTest::newRow("galwan 2024-11-20") << "galwan" << nov20 << buffer;
        QTest::newRow("galwan 2020-06-15") << "galwan" << QDate(2020, 6, 15)
                                           << MapStyle::statusColor(Status::Clash);
        // The clash was an episode: a few days later the valley is a standoff again.
        QTest::newRow("galwan 2020-06-20") << "galwan" << QDate(2020, 6, 20)
                                           << MapStyle::statusColor(Status::Standoff);
        QTest::newRow("depsang 2023-01-01") << "depsang" << QDate(2023, 1, 1)
                                            << MapStyle::statusColor(Status::Standoff);
    }
    void markersHaveStatusColours()
    {
        QFETCH(QString, id);
        QFETCH(QDate, date);
        QFETCH(QColor, colour);
        MapSettings s = plainSettings(*m_atlas);
        s.date = date;
        const QImage image = MapRenderer(m_atlas).renderImage(s);
        QCOMPARE(image.size(), s.size);
        const Flashpoint *f = m_atlas->flashpoint(id);
        QVERIFY(f);
        const QPoint at = MapRenderer::markerPosition(*f, s).toPoint();
        QVERIFY(QRect(QPoint(0, 0), s.size).contains(at));
        QCOMPARE(QColor(image.pixel(at)).name(), colour.name());
    }

    void backgroundAwayFromFeatures()
    {
        const MapSettings s = plainSettings(*m_atlas);
        const QImage image = MapRenderer(m_atlas).renderImage(s);
        // Outside the 75–81°E, 31–37°N box there is no data: plain background.
        for (QPoint p : {QPoint(5, 5), QPoint(s.size.width() - 6, 5), QPoint(5, s.size.height() - 6)})
            QCOMPARE(QColor(image.pixel(p)).name(), MapStyle::background().name());
        // Inside, the basemap is drawn: the map centre is not background.
        int nonBackground = 0;
        for (int x = 400; x < 800; x += 10)
            nonBackground += QColor(image.pixel(x, 450)) != MapStyle::background();
        QCOMPARE(nonBackground, 40);
    }

    // No label covers another label, a marker, an event symbol or a
    // decoration: at the default view and three zoom levels, in the window's
    // settings (legend and date) and an export's (every decoration).
    void labelsClearOfEverything_data()
    {
        QTest::addColumn<bool>("exportLike");
        QTest::addColumn<double>("zoom");
        for (bool exportLike : {false, true})
            for (double zoom : {1.0, 0.5, 2.0, 4.0})
                QTest::newRow(qPrintable(QStringLiteral("%1 x%2").arg(exportLike ? "export" : "window").arg(zoom)))
                    << exportLike << zoom;
    }
    void labelsClearOfEverything()
    {
        QFETCH(bool, exportLike);
        QFETCH(double, zoom);
        MapSettings s;
        s.date = QDate(2024, 11, 20);
        s.size = exportLike ? QSize(1600, 1000) : QSize(1100, 640);
        if (exportLike)
            s.setDecorations(true);
        MapDecorations::frameClearOfDecorations(&s, m_atlas->flashpointExtent());
        s.metresPerPixel /= zoom;
        // As the renderer lays them out: with the legend where it goes.
        s = MapRenderer::withUserLegend(*m_atlas, s);
        const MapLabels::Layout layout = MapLabels::layout(*m_atlas, s);
        if (zoom == 1.0)
            QVERIFY(layout.labels.size() >= 7);
        int flashpointLabels = 0;
        for (int i = 0; i < layout.labels.size(); ++i) {
            const PlacedLabel &a = layout.labels[i];
            flashpointLabels += a.rank == PlacedLabel::Rank::Flashpoint;
            QVERIFY(QRectF(QPointF(0, 0), QSizeF(s.size)).contains(a.box));
            for (int j = i + 1; j < layout.labels.size(); ++j)
                QVERIFY2(!a.box.intersects(layout.labels[j].box),
                         qPrintable(a.text + QStringLiteral(" / ") + layout.labels[j].text));
            for (const QRectF &o : layout.obstacles)
                QVERIFY2(!a.box.intersects(o), qPrintable(a.text));
        }
        // Every flashpoint keeps its name at the default view and closer (a
        // label may stand in view for a marker just outside it).
        if (zoom >= 1.0) {
            int inView = 0;
            for (const Flashpoint &f : m_atlas->flashpoints)
                inView += QRectF(QPointF(0, 0), QSizeF(s.size)).contains(MapRenderer::markerPosition(f, s));
            QVERIFY2(flashpointLabels >= inView, qPrintable(QStringLiteral("%1 of %2").arg(flashpointLabels).arg(inView)));
        }
    }

    // A bundled layer's opacity, as the Layers panel sets it: at 0 the layer
    // is gone from the image (exactly as when hidden), at 0.5 what it paints
    // is halfway between the map without it and the map with it. Through
    // the window's basemap cache, so a kept basemap cannot hide the change.
    void bundledLayerOpacity_data()
    {
        QTest::addColumn<QString>("layer");
        for (const char *id : {"lac-china", "roads", "basemap"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void bundledLayerOpacity()
    {
        QFETCH(QString, layer);
        MapSettings s = plainSettings(*m_atlas);
        s.frame(m_atlas->flashpointExtent());
        const MapRenderer r(m_atlas);
        BasemapCache cache;
        const QImage full = r.renderImage(s, 1.0, &cache);
        MapSettings hidden = s;
        hidden.hiddenLayers.insert(layer);
        const QImage without = r.renderImage(hidden);
        MapSettings zero = s;
        zero.layerOpacity.insert(layer, 0.0);
        QVERIFY(!zero.layerShown(layer));
        QVERIFY(r.renderImage(zero, 1.0, &cache) == without);
        MapSettings half = s;
        half.layerOpacity.insert(layer, 0.5);
        const QImage blended = r.renderImage(half, 1.0, &cache);
        // Where the layer changes a pixel plainly, the half-opaque layer
        // moves it about half way: t = 0 is the map without it, 1 with it.
        int strong = 0, halfway = 0;
        for (int y = 0; y < full.height(); ++y)
            for (int x = 0; x < full.width(); ++x) {
                const QColor a = full.pixelColor(x, y), b = without.pixelColor(x, y), c = blended.pixelColor(x, y);
                const double d[3] = {double(a.red() - b.red()), double(a.green() - b.green()),
                                     double(a.blue() - b.blue())};
                const double dd = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                if (dd < 40 * 40)
                    continue;
                ++strong;
                const double t = (d[0] * (c.red() - b.red()) + d[1] * (c.green() - b.green())
                                  + d[2] * (c.blue() - b.blue())) / dd;
                halfway += t > 0.3 && t < 0.7;
            }
        QVERIFY2(strong > 50, qPrintable(QString::number(strong)));
        QVERIFY2(halfway > strong * 0.9, qPrintable(QStringLiteral("%1 of %2").arg(halfway).arg(strong)));
    }

    // The legend stands in the corner where it covers the least: with the
    // flashpoints under the top right corner, where it stands by default,
    // it goes to another, and every flashpoint marker stays in sight, in
    // its status colour, clear of the legend.
    void legendAvoidsMarkers()
    {
        MapSettings s;
        s.size = QSize(1200, 800);
        s.date = QDate(2024, 11, 20);
        s.frame(m_atlas->flashpointExtent(), 60);
        // The flashpoints' north-east towards the top right corner.
        const Flashpoint *depsang = m_atlas->flashpoint(QStringLiteral("depsang"));
        QVERIFY(depsang);
        const QPointF to(s.size.width() - 140, 120);
        s.center -= QPointF((to.x() - MapRenderer::markerPosition(*depsang, s).x()) * s.metresPerPixel,
                            -(to.y() - MapRenderer::markerPosition(*depsang, s).y()) * s.metresPerPixel);
        auto markerBox = [&](const Flashpoint &f) {
            return QRectF(MapRenderer::markerPosition(f, s) - QPointF(11, 11), QSizeF(22, 22));
        };
        QVERIFY(MapLegend::boxAt(s, MapSettings::Corner::TopRight).intersects(markerBox(*depsang)));
        const MapSettings placed = MapRenderer::withUserLegend(*m_atlas, s);
        QVERIFY(placed.legendCorner != MapSettings::Corner::TopRight);
        const QRectF legend = MapLegend::rect(placed);
        const QImage image = MapRenderer(m_atlas).renderImage(s);
        int inView = 0;
        for (const Flashpoint &f : m_atlas->flashpoints) {
            const QPoint at = MapRenderer::markerPosition(f, s).toPoint();
            if (!QRect(QPoint(0, 0), s.size).contains(at))
                continue;
            ++inView;
            QVERIFY2(!legend.intersects(markerBox(f)), qPrintable(f.id));
            const Status st = m_atlas->statuses.stateAt(f.id, s.date).status;
            QCOMPARE(QColor(image.pixel(at)).name(), MapStyle::statusColor(st).name());
        }
        QVERIFY(inView >= 5);
        // Where no corner covers anything the legend stays at the top right.
        MapSettings region = plainSettings(*m_atlas);
        region.legend = true;
        QCOMPARE(MapRenderer::withUserLegend(*m_atlas, region).legendCorner, MapSettings::Corner::TopRight);
    }

    void selectionIsHighlighted()
    {
        MapSettings s = plainSettings(*m_atlas);
        s.labels = false; // a label may sit beside the marker
        const Flashpoint *f = m_atlas->flashpoint(QStringLiteral("galwan"));
        const QPoint at = MapRenderer::markerPosition(*f, s).toPoint() + QPoint(13, 0);
        const QImage plain = MapRenderer(m_atlas).renderImage(s);
        s.selection = QStringLiteral("galwan");
        const QImage selected = MapRenderer(m_atlas).renderImage(s);
        QCOMPARE(QColor(selected.pixel(at)).name(), MapStyle::selectionColor().name());
        QVERIFY(plain.pixel(at) != selected.pixel(at));
    }

    // The user's layers lie under the two sides' lines: a layer covering the
    // whole region leaves every pixel of India's LAC line as it was.
    void userLayersLieUnderTheLines()
    {
        MapSettings s = plainSettings(*m_atlas);
        s.labels = s.events = false;
        s.frame(m_atlas->flashpointExtent());
        auto user = std::make_shared<UserLayer>();
        user->name = QStringLiteral("cover");
        RawFeature f;
        f.geometry.type = Geometry::Type::Polygon;
        const QRectF r = m_atlas->fullExtent();
        f.geometry.points = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft(), r.topLeft()};
        f.geometry.partStarts = {0};
        f.geometry.updateBounds();
        user->layer.features.push_back(f);
        MapSettings coveredSettings = s;
        coveredSettings.layers.user.push_back(LayerEntry{user});
        const QRgb lac = MapStyle::lineStyle(QStringLiteral("lac-india")).pen.color().rgb();
        const QImage without = MapRenderer(m_atlas).renderImage(s);
        const QImage with = MapRenderer(m_atlas).renderImage(coveredSettings);
        QVERIFY(with != without);                 // the layer is drawn
        const int before = pixelsOf(without, lac);
        QVERIFY2(before > 50, qPrintable(QString::number(before)));
        QCOMPARE(pixelsOf(with, lac), before);   // and the line is on top of it
    }

    // Each side's LAC is drawn over the claims and buffer zones, whatever
    // the order of lines.geojson: on the Kailash Range, where the buffer
    // zone runs along both lines, every pixel of either line is there with
    // the zones and claims shown as without them.
    void lacLinesOverZonesAndClaims()
    {
        MapSettings s = plainSettings(*m_atlas);
        s.labels = s.events = false;
        const Flashpoint *f = m_atlas->flashpoint(QStringLiteral("pangong-south"));
        QVERIFY(f);
        s.frame(f->area.bounds, 40);
        MapSettings bare = s;
        bare.hiddenLayers = {QStringLiteral("buffer-zones"), QStringLiteral("claims")};
        const QImage with = MapRenderer(m_atlas).renderImage(s);
        const QImage without = MapRenderer(m_atlas).renderImage(bare);
        QVERIFY(with != without);                 // the zones are drawn here
        for (const char *kind : {"lac-india", "lac-china"}) {
            const QRgb line = MapStyle::lineStyle(QString::fromLatin1(kind)).pen.color().rgb();
            const int n = pixelsOf(without, line);
            QVERIFY2(n > 50, qPrintable(QStringLiteral("%1: %2").arg(kind).arg(n)));
            QCOMPARE(pixelsOf(with, line), n);
        }
    }

    // A render that starts from the cached basemap has exactly the pixels of
    // one that draws it, on a hit and after the view changes.
    void basemapCacheGivesTheSamePixels()
    {
        MapSettings s = plainSettings(*m_atlas);
        s.legend = s.dateLabel = true;
        const MapRenderer r(m_atlas);
        BasemapCache cache;
        QCOMPARE(r.renderImage(s, 1.0, &cache), r.renderImage(s));     // miss: drawn and kept
        QVERIFY(!cache.find(m_atlas, s, 1.0).isNull());
        s.date = QDate(2020, 6, 20);                                   // a scrub step: a hit
        s.selection = QStringLiteral("galwan");
        QCOMPARE(r.renderImage(s, 1.0, &cache), r.renderImage(s));
        s.center += QPointF(5000, 0);                                  // another view: a miss
        QVERIFY(cache.find(m_atlas, s, 1.0).isNull());
        QCOMPARE(r.renderImage(s, 1.0, &cache), r.renderImage(s));
        QCOMPARE(r.renderImage(s, 2.0, &cache), r.renderImage(s, 2.0)); // device pixel ratio
    }

    void scaleBarMatchesGroundDistance()
    {
        MapSettings s = plainSettings(*m_atlas);
        const auto spec = MapDecorations::scaleBar(s);
        QVERIFY(spec.pixels > s.size.width() / 12.0 && spec.pixels <= s.size.width() / 5.0 + 1);
        // The bar's metres over its pixels equals the geodesic ground scale.
        QVERIFY(qAbs(spec.metres / spec.pixels - MapDecorations::groundMetresPerPixel(s))
                < 1e-6 * spec.metres);
        // Near the centre of a conformal projection, ground and map scale agree within 0.5 %.
        QVERIFY(qAbs(MapDecorations::groundMetresPerPixel(s) / s.metresPerPixel - 1.0) < 0.005);
    }

    void renderIsDeterministic()
    {
        MapSettings s = plainSettings(*m_atlas);
        s.legend = s.disclaimer = s.scaleBar = s.dateLabel = true;
        const MapRenderer renderer(m_atlas);
        const QImage first = renderer.renderImage(s);
        for (int i = 0; i < 3; ++i) {
            const QImage next = renderer.renderImage(s);
            if (next != first) {
                first.save(QStringLiteral("det-a.png"));
                next.save(QStringLiteral("det-b.png"));
            }
            QVERIFY(next == first);
        }
    }

    void decorationsAreDrawn()
    {
        MapSettings s = plainSettings(*m_atlas);
        const QImage bare = MapRenderer(m_atlas).renderImage(s);
        s.legend = s.disclaimer = s.scaleBar = s.dateLabel = true;
        const QImage decorated = MapRenderer(m_atlas).renderImage(s);
        // The date stamp sits at the top left, over what was plain background.
        int changed = 0;
        for (int x = 15; x < 150; ++x)
            changed += bare.pixel(x, 25) != decorated.pixel(x, 25);
        QVERIFY(changed > 20);
    }

    // A render job gives the renderer's pixels; cancelled, it gives nothing
    // and an export writes no file.
    void renderJobCancels()
    {
        const MapSettings s = plainSettings(*m_atlas, QSize(600, 400));
        const RenderJob job(m_atlas, s);
        QCOMPARE(job.image(1.0, nullptr).result(), MapRenderer(m_atlas).renderImage(s));
        const RenderJob stale(m_atlas, s);
        stale.cancel();
        QVERIFY(stale.image(1.0, nullptr).result().isNull());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.png"));
        QCOMPARE(stale.exportFile(path, MapExporter::Format::Png, {}).result(), QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(job.exportFile(path, MapExporter::Format::Png, {}).result(), QString());
        QVERIFY(QFileInfo::exists(path));
    }

    // The basemap drawn for a view is reused while only the user's layers
    // change how they are shown: they are drawn over it.
    void basemapCacheOutlivesLayerEdits()
    {
        MapSettings s = plainSettings(*m_atlas, QSize(600, 400));
        auto layer = std::make_shared<UserLayer>();
        layer->name = QStringLiteral("mine");
        s.layers.user.push_back(LayerEntry{layer});
        BasemapCache cache;
        MapRenderer(m_atlas).renderImage(s, 1.0, &cache);
        MapSettings faded = s;
        faded.layers.user.front().opacity = 0.3;
        faded.layers.user.push_back(LayerEntry{std::make_shared<UserLayer>()});
        QVERIFY(!cache.find(m_atlas, faded, 1.0).isNull());
        // A terrain is part of the basemap: another one misses.
        MapSettings shaded = s;
        auto terrain = std::make_shared<Terrain>();
        shaded.layers.terrain = terrain;
        QVERIFY(cache.find(m_atlas, shaded, 1.0).isNull());
    }
};

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
