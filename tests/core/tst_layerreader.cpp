// Reading layers through GDAL: the bundled files load with the right counts,
// coordinates survive the projection round trip, and broken files are named.

#include "TestSupport.h"
#include "AtlasLoader.h"
#include "FormatRegistry.h"
#include "LayerReader.h"
#include "Projection.h"

#include <QTemporaryDir>
#include <QtTest>

class TestLayerReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { LayerReader::configureGdal(); }

    void basemapLayersLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minFeatures");
        QTest::newRow("countries") << "basemap/countries.geojson" << 3;
        QTest::newRow("boundaries") << "basemap/boundaries.geojson" << 3;
        QTest::newRow("lakes") << "basemap/lakes.geojson" << 5;
        QTest::newRow("rivers") << "basemap/rivers.geojson" << 5;
    }
    void basemapLayersLoad()
    {
        QFETCH(QString, file);
        QFETCH(int, minFeatures);
        RawLayer layer;
        DataErrors errors;
        QVERIFY2(TestSupport::readLayer(QStringLiteral(LAC_GEODATA "/") + file, &layer, &errors),
                 qPrintable(errors.value(0).toString()));
        QVERIFY(int(layer.features.size()) >= minFeatures);
        QVERIFY(layer.located);
    }

    void bundledAtlasCounts()
    {
        DataErrors errors;
        auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
        QVERIFY2(atlas, qPrintable(errors.value(0).toString()));
        QCOMPARE(atlas->flashpoints.size(), 7);
        QVERIFY(atlas->places.size() >= 10);
        QVERIFY(atlas->events.size() >= 50);
        QVERIFY(atlas->lines.size() >= 5);
        QCOMPARE(int(atlas->basemap.size()), 4);
        for (const char *id : {"depsang", "demchok", "galwan", "pangong-north", "pangong-south",
                               "gogra", "hot-springs"})
            QVERIFY2(atlas->flashpoint(QString::fromLatin1(id)), id);
        // The countries layer names India and China.
        QStringList names;
        for (const BasemapFeature &f : atlas->basemap.front().features)
            names << f.name;
        QVERIFY(names.contains(QStringLiteral("India")));
        QVERIFY(names.contains(QStringLiteral("China")));
    }

    void knownCoordinateRoundTrip()
    {
        DataErrors errors;
        auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
        QVERIFY(atlas);
        const Place *dbo = atlas->place(QStringLiteral("dbo"));
        QVERIFY(dbo);
        // Daulat Beg Oldi at 35.390°N 77.925°E (Wikipedia).
        QCOMPARE(qRound(dbo->position.lat * 1000), 35390);
        QCOMPARE(qRound(dbo->position.lon * 1000), 77925);
        GeoPoint back;
        QVERIFY(Projection::instance().inverse(dbo->xy, &back));
        QVERIFY(qAbs(back.lat - 35.390) < 1e-7);
        QVERIFY(qAbs(back.lon - 77.925) < 1e-7);
        // West of the 78.5°E central meridian and north of 34°N: x < 0, y > 0.
        QVERIFY(dbo->xy.x() < -40000 && dbo->xy.x() > -60000);
        QVERIFY(dbo->xy.y() > 150000 && dbo->xy.y() < 170000);
    }

    void geodesicDistance()
    {
        // DBO to Tianwendian: about 24 km (fact sheet).
        const double d = Projection::geodesicDistance({77.925, 35.390}, {78.179, 35.331});
        QVERIFY2(d > 23000 && d < 25000, qPrintable(QString::number(d)));
    }

    void missingFileNamesIt()
    {
        RawLayer layer;
        DataErrors errors;
        QVERIFY(!TestSupport::readLayer(QStringLiteral("/nonexistent/missing.geojson"), &layer, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().toString().startsWith(QStringLiteral("/nonexistent/missing.geojson: ")));
    }

    void malformedFileNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": \"Feature\",,\n");
        f.close();
        RawLayer layer;
        DataErrors errors;
        QVERIFY(!TestSupport::readLayer(path, &layer, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().toString().startsWith(path + QStringLiteral(":4: invalid JSON")),
                 qPrintable(errors.front().toString()));
        QVERIFY(layer.features.empty());
    }

    void remotePathsRefused()
    {
        for (const char *p : {"/vsicurl/http://127.0.0.1:9/x.geojson", "http://127.0.0.1:9/x.geojson",
                              "https://example.org/a.geojson"}) {
            RawLayer layer;
            DataErrors errors;
            QVERIFY(!TestSupport::readLayer(QString::fromLatin1(p), &layer, &errors));
            QVERIFY(errors.front().message.contains(QStringLiteral("network")));
        }
    }

    // One table of formats: suffixes (any case), the bulk formats, and the
    // file dialog's filter as the window has always offered it.
    void formatRegistry()
    {
        using F = FormatRegistry::Format;
        QCOMPARE(FormatRegistry::formatOf(QStringLiteral("/a/b.GeoJSON")), F::GeoJson);
        QCOMPARE(FormatRegistry::formatOf(QStringLiteral("b.json")), F::GeoJson);
        for (const char *seq : {"x.geojsonl", "x.geojsons", "x.geojsonseq", "x.ndjson", "x.jsonl"})
            QCOMPARE(FormatRegistry::formatOf(QString::fromLatin1(seq)), F::GeoJsonSeq);
        QCOMPARE(FormatRegistry::formatOf(QStringLiteral("x.tsv")), F::Csv);
        QCOMPARE(FormatRegistry::formatOf(QStringLiteral("x.kmz")), F::Kmz);
        QVERIFY(!FormatRegistry::isVectorFile(QStringLiteral("x.png")));
        QVERIFY(!FormatRegistry::isVectorFile(QStringLiteral("geojson")));
        QVERIFY(FormatRegistry::isBulkFormat(F::Shapefile));
        QVERIFY(!FormatRegistry::isBulkFormat(F::Kml));
        QCOMPARE(FormatRegistry::fileDialogFilter(),
                 QStringLiteral("Vector data (*.geojson *.json *.geojsons *.geojsonl *.ndjson *.gpkg *.fgb "
                                "*.kml *.shp *.csv);;All files (*)"));
        QVERIFY(FormatRegistry::allowedDrivers().contains(QStringLiteral("GeoJSON")));
        QVERIFY(!FormatRegistry::allowedDrivers().contains(QStringLiteral("VRT")));
    }
};

QTEST_GUILESS_MAIN(TestLayerReader)
#include "tst_layerreader.moc"
