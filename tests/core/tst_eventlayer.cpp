// The user's own dated point events. Every supported format opened
// (fixtures made here with GDAL's API), reprojection from a projected CRS,
// date field detection, the date filter against a brute-force count, hit
// testing against a brute-force search, the cached bulk path and cancel.

#include "TestSupport.h"
#include "AtlasLoader.h"
#include "EventLayer.h"
#include "EventLayerLoader.h"
#include "IsoDate.h"
#include "LayerReader.h"
#include "Projection.h"
#include "UserLayerLoader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {

struct Sample
{
    double lon, lat;
    QDate date;
};

std::vector<Sample> samples(int n)
{
    std::vector<Sample> out;
    QRandomGenerator rng(42);
    for (int i = 0; i < n; ++i)
        out.push_back({75.5 + rng.bounded(5.0), 31.5 + rng.bounded(5.0),
                       QDate(2020, 1, 1).addDays(rng.bounded(2000))});
    return out;
}

// Writes samples with GDAL: fields id, date, kind, title (date as a GDAL Date
// field when dateType, else as ISO text), in WGS84 or epsg.
bool writeLayer(const QString &path, const char *driverName, const std::vector<Sample> &pts,
                bool dateType = false, int epsg = 4326)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return false;
    std::unique_ptr<GDALDataset> ds(
        driver->Create(QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer("events", &srs, wkbPoint, nullptr);
    if (!layer)
        return false;
    OGRFieldDefn id("id", OFTString), date("date", dateType ? OFTDate : OFTString),
        kind("kind", OFTString), title("title", OFTString);
    layer->CreateField(&id);
    layer->CreateField(&date);
    layer->CreateField(&kind);
    layer->CreateField(&title);
    std::unique_ptr<OGRCoordinateTransformation> ct;
    if (epsg != 4326) {
        OGRSpatialReference wgs;
        wgs.importFromEPSG(4326);
        wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        ct.reset(OGRCreateCoordinateTransformation(&wgs, &srs));
    }
    for (size_t i = 0; i < pts.size(); ++i) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("id", QStringLiteral("ev-%1").arg(i).toUtf8().constData());
        if (dateType)
            f.SetField(1, pts[i].date.year(), pts[i].date.month(), pts[i].date.day());
        else
            f.SetField("date", pts[i].date.toString(Qt::ISODate).toUtf8().constData());
        f.SetField("kind", "patrol");
        f.SetField("title", QStringLiteral("Event %1").arg(i).toUtf8().constData());
        double x = pts[i].lon, y = pts[i].lat;
        if (ct)
            ct->Transform(1, &x, &y);
        OGRPoint p(x, y);
        f.SetGeometry(&p);
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// A GeoJSON of the samples, written by GDAL, with no cached conversion of it left.
QString freshGeoJson(const QString &path, const std::vector<Sample> &pts)
{
    if (!writeLayer(path, "GeoJSON", pts))
        return QString();
    QFile::remove(EventLayerLoader::cachePath(path));
    return path;
}

QPointF projected(const Sample &s)
{
    QPointF xy;
    Projection::instance().forward(GeoPoint{s.lon, s.lat}, &xy);
    return xy;
}

// True when the layer holds exactly the samples (positions within tol metres, dates).
void checkMatches(const EventLayer &layer, const std::vector<Sample> &pts, double tol)
{
    QCOMPARE(layer.size(), pts.size());
    std::vector<size_t> matched(pts.size(), 0);
    // Attributes give the sample id.
    for (size_t i = 0; i < layer.size(); ++i) {
        const QVariantMap a = EventLayerLoader::attributes(layer, i);
        const QString id = a.value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("ev-")), qPrintable(id));
        const int k = id.mid(3).toInt();
        QVERIFY(k >= 0 && size_t(k) < pts.size());
        const QPointF xy = projected(pts[size_t(k)]);
        QVERIFY2(std::abs(layer.x[i] - xy.x()) < tol && std::abs(layer.y[i] - xy.y()) < tol,
                 qPrintable(QStringLiteral("%1: %2,%3 vs %4,%5").arg(id).arg(layer.x[i]).arg(layer.y[i]).arg(xy.x()).arg(xy.y())));
        QCOMPARE(QDate::fromJulianDay(layer.start[i]), pts[size_t(k)].date);
        ++matched[size_t(k)];
    }
    for (size_t m : matched)
        QCOMPARE(m, size_t(1));
}

} // namespace

class TestEventLayer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lacviewer-eventlayer"));
        LayerReader::configureGdal();
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
    }

    void opensEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<bool>("dateType");
        QTest::newRow("GeoJSON") << "e.geojson" << "GeoJSON" << false;
        QTest::newRow("GeoJSONSeq") << "e.geojsons" << "GeoJSONSeq" << false;
        QTest::newRow("GeoPackage") << "e.gpkg" << "GPKG" << true;
        QTest::newRow("FlatGeobuf") << "e.fgb" << "FlatGeobuf" << true;
        QTest::newRow("KML") << "e.kml" << "KML" << false;
        QTest::newRow("Shapefile") << "e.shp" << "ESRI Shapefile" << true;
    }
    void opensEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, driver);
        QFETCH(bool, dateType);
        const auto pts = samples(60);
        const QString path = m_dir.filePath(file);
        QVERIFY(writeLayer(path, driver.toUtf8().constData(), pts, dateType));
        // The bulk loader.
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(path, {}, &layer).status, LoadResult::Status::Loaded);
        QVERIFY(layer);
        QCOMPARE(layer->dateField, QStringLiteral("date"));
        checkMatches(*layer, pts, 1.0);
        if (QTest::currentTestFailed())
            return;
        // The checked path for small files: LayerReader, then the event model.
        RawLayer raw;
        DataErrors errors;
        QVERIFY(TestSupport::readLayer(path, &raw, &errors));
        std::shared_ptr<EventLayer> fromRaw;
        QCOMPARE(loader.fromRawLayer(raw, path, {}, &fromRaw).status, LoadResult::Status::Loaded);
        checkMatches(*fromRaw, pts, 1.0);
    }

    void opensCsvWithCoordinates()
    {
        const auto pts = samples(40);
        const QString path = m_dir.filePath(QStringLiteral("e.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text));
        f.write("id,date,kind,lon,lat\n");
        for (size_t i = 0; i < pts.size(); ++i)
            f.write(QStringLiteral("ev-%1,%2,patrol,%3,%4\n")
                        .arg(i).arg(pts[i].date.toString(Qt::ISODate))
                        .arg(pts[i].lon, 0, 'f', 7).arg(pts[i].lat, 0, 'f', 7).toUtf8());
        f.close();
        QVERIFY(EventLayerLoader::prefersBulkPath(path));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(path, {}, &layer).status, LoadResult::Status::Loaded);
        checkMatches(*layer, pts, 1.0);
    }

    void reprojectsFromUtm()
    {
        const auto pts = samples(50);
        const QString path = m_dir.filePath(QStringLiteral("utm44n.gpkg"));
        QVERIFY(writeLayer(path, "GPKG", pts, true, 32644));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(path, {}, &layer).status, LoadResult::Status::Loaded);
        checkMatches(*layer, pts, 1.0);
    }

    void linesAreNotEventLayers()
    {
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(QStringLiteral(LAC_GEODATA "/basemap/lakes.geojson"), {}, &layer).status,
                 LoadResult::Status::NotEvents);
        QVERIFY(!layer);
    }

    void refusesRemotePaths()
    {
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(QStringLiteral("/vsicurl/http://127.0.0.1:9/x.fgb"), {}, &layer).status,
                 LoadResult::Status::Failed);
        QCOMPARE(loader.load(QStringLiteral("http://127.0.0.1:9/x.geojson"), {}, &layer).status,
                 LoadResult::Status::Failed);
        QVERIFY(LayerReader::refusedRequests().isEmpty());
    }

    void detectsDateFields()
    {
        using F = EventLayerLoader::Field;
        auto str = [](const QString &name, QStringList samples) {
            F f;
            f.name = name;
            f.stringType = true;
            f.samples = samples;
            return f;
        };
        auto dateTyped = [](const QString &name) {
            F f;
            f.name = name;
            f.dateType = true;
            f.samples = {"2021/01/02"};
            return f;
        };
        const QStringList iso = {"2021-03-04", "2022-12-31T10:00:00Z", "2020-02-29 08:00"};
        // One ISO text field among others.
        auto d = EventLayerLoader::detectDateFields({str("id", {"a1"}), str("when", iso), str("title", {"x"})});
        QCOMPARE(d.start, QStringLiteral("when"));
        QVERIFY(d.end.isEmpty() && !d.ambiguous);
        // A GDAL Date field.
        d = EventLayerLoader::detectDateFields({str("id", {"1"}), dateTyped("observed")});
        QCOMPARE(d.start, QStringLiteral("observed"));
        // A start/end pair.
        d = EventLayerLoader::detectDateFields({dateTyped("date_start"), dateTyped("date_end"), str("t", {"x"})});
        QCOMPARE(d.start, QStringLiteral("date_start"));
        QCOMPARE(d.end, QStringLiteral("date_end"));
        d = EventLayerLoader::detectDateFields({str("From", iso), str("To", iso)});
        QCOMPARE(d.start, QStringLiteral("From"));
        QCOMPARE(d.end, QStringLiteral("To"));
        // Two unrelated date fields: ambiguous, both offered.
        d = EventLayerLoader::detectDateFields({dateTyped("created"), str("updated", iso)});
        QVERIFY(d.ambiguous);
        QCOMPARE(d.candidates, (QStringList{"created", "updated"}));
        // ...unless one is plainly "date".
        d = EventLayerLoader::detectDateFields({dateTyped("created"), str("date", iso)});
        QCOMPARE(d.start, QStringLiteral("date"));
        // Not dates: bad calendar days, two-digit years, mixed values.
        d = EventLayerLoader::detectDateFields({str("a", {"2021-02-30"}), str("b", {"03/04/21"}),
                                                str("c", {"2021-01-01", "soon"}), str("d", {"2021-01-01x"})});
        QVERIFY(d.start.isEmpty() && !d.ambiguous && d.unreadable.isEmpty());
        // Numeric dates: the order from a day over 12, else asked.
        d = EventLayerLoader::detectDateFields({str("b", {"03/04/2021", "13/04/2021"})});
        QCOMPARE(d.start, QStringLiteral("b"));
        QCOMPARE(d.startForm, DateText::Form::DayFirst);
        d = EventLayerLoader::detectDateFields({str("b", {"03/04/2021", "04/05/2021"})});
        QCOMPARE(d.orderUnclear, QStringLiteral("b"));
        QCOMPARE(EventLayerLoader::detectDateFields({str("b", {"03/04/2021"})}, DateText::Order::MonthFirst).startForm,
                 DateText::Form::MonthFirst);
        // A column named for dates whose values are none: said.
        d = EventLayerLoader::detectDateFields({str("event_date", {"15-Jun-20", "16-Jun-20"}), str("t", {"x"})});
        QVERIFY(d.start.isEmpty());
        QCOMPARE(d.unreadable, QStringLiteral("event_date"));
        QCOMPARE(d.unreadableCount, 2);
        QCOMPARE(d.unreadableExample, QStringLiteral("15-Jun-20"));
        // An empty Date column (LIBKML's "begin"/"end") is not a date field.
        F empty = dateTyped("begin");
        empty.samples.clear();
        d = EventLayerLoader::detectDateFields({empty, str("date", iso)});
        QCOMPARE(d.start, QStringLiteral("date"));
        QVERIFY(d.end.isEmpty());
        qint32 jd = 0;
        QVERIFY(IsoDate::julianDayOf("2024-02-29", &jd));
        QCOMPARE(QDate::fromJulianDay(jd), QDate(2024, 2, 29));
        QVERIFY(!IsoDate::julianDayOf("2023-02-29", &jd));
        QVERIFY(!IsoDate::julianDayOf("2023-1-01", &jd));
    }

    void ambiguousFileAsksAndAcceptsAChoice()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-dates.geojson"));
        QVERIFY(writeText(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"reported":"2021-01-02","occurred":"2020-12-30"},"geometry":{"type":"Point","coordinates":[78,34]}},
{"type":"Feature","properties":{"reported":"2021-02-02","occurred":"2021-01-30"},"geometry":{"type":"Point","coordinates":[78.1,34.1]}}]})"));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        const LoadResult ambiguous = loader.load(path, {}, &layer);
        QCOMPARE(ambiguous.status, LoadResult::Status::Ambiguous);
        QCOMPARE(ambiguous.candidates, (QStringList{"reported", "occurred"}));
        QCOMPARE(loader.load(path, {QStringLiteral("occurred"), {}}, &layer).status, LoadResult::Status::Loaded);
        QCOMPARE(layer->firstDate(), QDate(2020, 12, 30));
        QCOMPARE(loader.load(path, {QStringLiteral("missing"), {}}, &layer).status, LoadResult::Status::Failed);
    }

    void dateFilterMatchesBruteForce_data()
    {
        QTest::addColumn<bool>("withEnd");
        QTest::newRow("dates") << false;
        QTest::newRow("start/end") << true;
    }
    void dateFilterMatchesBruteForce()
    {
        QFETCH(bool, withEnd);
        EventLayer layer;
        QRandomGenerator rng(7);
        const int n = 50000;
        std::vector<std::pair<qint32, qint32>> truth;
        const qint32 day0 = qint32(QDate(2020, 1, 1).toJulianDay());
        for (int i = 0; i < n; ++i) {
            const qint32 s = day0 + qint32(rng.bounded(2200));
            const qint32 e = withEnd ? s + qint32(rng.bounded(rng.bounded(10) == 0 ? 400 : 20)) : s;
            layer.x.push_back(float(rng.bounded(600000.0) - 300000.0));
            layer.y.push_back(float(rng.bounded(600000.0) - 300000.0));
            layer.start.push_back(s);
            if (withEnd)
                layer.end.push_back(e);
            layer.fid.push_back(i);
            truth.push_back({s, e});
        }
        layer.finish();
        for (size_t i = 1; i < layer.size(); ++i)
            QVERIFY(layer.start[i - 1] <= layer.start[i]);
        for (int k = 0; k < 300; ++k) {
            const QDate to = QDate(2019, 12, 1).addDays(rng.bounded(2400));
            QDate from;
            const int kind = k % 3;      // cumulative, instant, last N days
            if (kind == 1)
                from = to;
            else if (kind == 2)
                from = to.addDays(-qint64(rng.bounded(90)));
            const auto [a, b] = EventLayer::dayRange(from, to);
            size_t expected = 0;
            for (const auto &t : truth)
                expected += t.first <= b && t.second >= a;
            QCOMPARE(layer.count(from, to), expected);
        }
        // Month counts add up to every event.
        int total = 0;
        for (int c : layer.monthCounts())
            total += c;
        QCOMPARE(total, n);
        // Hit test: the nearest active event within a radius, as a brute force finds it.
        for (int k = 0; k < 200; ++k) {
            const QPointF p(rng.bounded(600000.0) - 300000.0, rng.bounded(600000.0) - 300000.0);
            const double radius = 500 + rng.bounded(5000.0);
            const QDate to = QDate(2020, 1, 1).addDays(rng.bounded(2200));
            const QDate from = k % 2 ? QDate() : to.addDays(-60);
            const auto [a, b] = EventLayer::dayRange(from, to);
            double best = radius * radius;
            long long expected = -1;
            for (size_t i = 0; i < layer.size(); ++i) {
                if (!layer.active(i, a, b))
                    continue;
                const double dx = layer.x[i] - p.x(), dy = layer.y[i] - p.y();
                const double d2 = dx * dx + dy * dy;
                if (d2 < best || (d2 == best && expected >= 0 && (long long)i > expected)) {
                    best = d2;
                    expected = (long long)i;
                }
            }
            QCOMPARE(layer.nearest(p, radius, from, to), expected);
        }
        // Well under 100 bytes an event for the arrays and the grid.
        QVERIFY2(layer.memoryBytes() < 40 * layer.size(), qPrintable(QString::number(layer.memoryBytes())));
    }

    void largeGeoJsonIsStreamedOnce()
    {
        // Everything is "large" for this test.
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        const auto pts = samples(500);
        const QString path = freshGeoJson(m_dir.filePath(QStringLiteral("large.geojson")), pts);
        QVERIFY(!path.isEmpty());
        const QString cache = EventLayerLoader::cachePath(path);
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QList<double> seen;
        QCOMPARE(loader.load(path, {}, &layer, [&](double f, const QString &) { seen << f; return true; }).status,
                 LoadResult::Status::Loaded);
        // One pass over the file itself: no converted copy, rows found by offset.
        QVERIFY(!QFileInfo::exists(cache));
        QCOMPARE(layer->readPath, path);
        QCOMPARE(layer->rowKey, EventLayer::RowKey::ByteOffset);
        QVERIFY(layer->inlineAttributes.empty());
        QCOMPARE(layer->fieldNames, (QStringList{"id", "date", "kind", "title"}));
        checkMatches(*layer, pts, 1.0);
        QCOMPARE(EventLayerLoader::attributes(*layer, 0).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("patrol"));
        QVERIFY(!seen.isEmpty());
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
        QCOMPARE(seen.back(), 1.0);
        // A file changed since it was read: identify shows nothing rather than
        // another feature's attributes.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
        f.close();
        QVERIFY(EventLayerLoader::attributes(*layer, 0).isEmpty());
        qunsetenv("LACVIEWER_SMALL_LAYER_MB");
    }

    // The streaming reader reads what GDAL reads: the same points and dates,
    // feature for feature, on the forms GeoJSON takes in the wild.
    void streamedGeoJsonMatchesGdal_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("expected");
        const QByteArray feats = R"(
{"type":"Feature","properties":{"id":"a","date":"2021-01-02","n":1},"geometry":{"type":"Point","coordinates":[78.0,34.0]}},
{"geometry":{"coordinates":[78.5,34.5,4200],"type":"Point"},"type":"Feature","properties":{"n":2.5,"date":"2021-03-04T10:00:00Z","id":"b"}},
{"type":"Feature","properties":{"id":"c","date":"2021-05-06"},"geometry":null},
{"type":"Feature","properties":{"id":"d","date":null},"geometry":{"type":"Point","coordinates":[79,33]}},
{"type":"Feature","properties":{"id":"e","date":"2022-07-08","tags":["x",{"y":1}],"ok":true},"geometry":{"type":"MultiPoint","coordinates":[[79.5,33.5],[80,33]]}},
{"type":"Feature","id":7,"bbox":[1,2,3,4],"properties":{"id":"f","date":"2022-09-10"},"geometry":{"type":"Point","coordinates":[77,35]}})";
        QTest::newRow("collection") << QByteArray(R"({"type":"FeatureCollection","features":[)" + feats + "]}")
                                    << "geojson" << 4;
        QTest::newRow("bom, crs CRS84, members after features")
            << QByteArray("\xEF\xBB\xBF" R"({"features":[)" + feats
                          + R"(],"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}})")
            << "geojson" << 4;
        QByteArray seq;
        for (QByteArray line : feats.split('\n')) {
            if (line.endsWith(','))
                line.chop(1);
            if (!line.isEmpty())
                seq += "\x1e" + line + "\n";
        }
        QTest::newRow("GeoJSONSeq with RS") << seq << "geojsons" << 4;
    }
    void streamedGeoJsonMatchesGdal()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, suffix);
        QFETCH(int, expected);
        const QString path = m_dir.filePath(QStringLiteral("stream.") + suffix);
        QVERIFY(writeText(path, text));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> streamed;
        QCOMPARE(loader.load(path, {}, &streamed).status, LoadResult::Status::Loaded);
        QCOMPARE(streamed->rowKey, EventLayer::RowKey::ByteOffset);
        QCOMPARE(int(streamed->size()), expected);
        QCOMPARE(streamed->skipped, 2);
        // GDAL's reading of the same file (LayerReader, kept attributes).
        RawLayer raw;
        DataErrors errors;
        QVERIFY2(TestSupport::readLayer(path, &raw, &errors), qPrintable(errors.isEmpty() ? QString() : errors.front().toString()));
        std::shared_ptr<EventLayer> viaGdal;
        QCOMPARE(loader.fromRawLayer(raw, path, {}, &viaGdal).status, LoadResult::Status::Loaded);
        QCOMPARE(streamed->size(), viaGdal->size());
        for (size_t i = 0; i < streamed->size(); ++i) {
            QCOMPARE(streamed->x[i], viaGdal->x[i]);
            QCOMPARE(streamed->y[i], viaGdal->y[i]);
            QCOMPARE(streamed->start[i], viaGdal->start[i]);
            const QVariantMap a = EventLayerLoader::attributes(*streamed, i);
            const QVariantMap b = EventLayerLoader::attributes(*viaGdal, i);
            QCOMPARE(a.value(QStringLiteral("id")), b.value(QStringLiteral("id")));
            QCOMPARE(a.value(QStringLiteral("date")).toString().left(10).replace('/', '-'),
                     b.value(QStringLiteral("date")).toString().left(10).replace('/', '-'));
        }
        const QVariantMap e = EventLayerLoader::attributes(*streamed, 2);
        QCOMPARE(e.value(QStringLiteral("id")).toString(), QStringLiteral("e"));
        QCOMPARE(e.value(QStringLiteral("tags")).toString(), QStringLiteral(R"(["x",{"y":1}])"));
        QCOMPARE(e.value(QStringLiteral("ok")).toString(), QStringLiteral("true"));
        QCOMPARE(EventLayerLoader::attributes(*streamed, 1).value(QStringLiteral("n")).toString(), QStringLiteral("2.5"));
    }

    // Where a quick reading could differ from GDAL's (found in review), the
    // streaming reader hands the file to GDAL: the result is GDAL's, or the
    // same refusal as the checked reader's.
    void streamedOrNotAgreesWithGdal_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("viaGdal");
        const QByteArray ok = R"({"type":"Feature","properties":{"date":"2021-01-01"},"geometry":{"type":"Point","coordinates":[78.5,34.5]}})";
        auto fc = [&ok](const QByteArray &odd) {
            return QByteArray(R"({"type":"FeatureCollection","features":[)") + ok + ",\n" + odd + "]}";
        };
        QTest::newRow("geometry twice") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]},"geometry":{"type":"Point","coordinates":[79,33]}})") << "geojson" << true;
        QTest::newRow("type in lower case") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"point","coordinates":[78,34]}})") << "geojson" << true;
        QTest::newRow("member in another case") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"Geometry":{"type":"Point","coordinates":[78,34]}})") << "geojson" << true;
        QTest::newRow("a coordinate that is text") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":["x",78,34]}})") << "geojson" << true;
        QTest::newRow("a point of arrays") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[[1,2],78,34]}})") << "geojson" << true;
        QTest::newRow("a short multipoint member") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"MultiPoint","coordinates":[[78,34],[3]]}})") << "geojson" << true;
        QTest::newRow("a feature without type") << fc(R"({"properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]}})") << "geojson" << true;
        QTest::newRow("CRS in capitals") << QByteArray(R"({"type":"FeatureCollection","CRS":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[)") + ok + "]}" << "geojson" << true;
        QTest::newRow("seq: a root without type") << ok + "\n" + R"({"properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]}})" + "\n" << "geojsons" << true;
        QTest::newRow("seq: a broken line") << ok + "\n{\"type\":\"Feature\",\n" + ok + "\n" << "geojsons" << true;
        QTest::newRow("date given twice") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02","date":"2022-02-03"},"geometry":{"type":"Point","coordinates":[78,34]}})") << "geojson" << false;
        QTest::newRow("date with a leading blank") << fc(R"({"type":"Feature","properties":{"date":" 2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]}})") << "geojson" << false;
    }
    void streamedOrNotAgreesWithGdal()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, suffix);
        QFETCH(bool, viaGdal);
        const QString path = m_dir.filePath(QStringLiteral("agree.") + suffix);
        QVERIFY(writeText(path, text));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> ours;
        const auto result = loader.load(path, {}, &ours);
        if (result.is(LoadResult::Status::Failed)) {
            // Refused as the checked reader refuses it, with the line.
            RawLayer raw;
            DataErrors errors;
            QVERIFY(!TestSupport::readLayer(path, &raw, &errors));
            QVERIFY2(result.message().startsWith(path + QLatin1Char(':')) && errors.front().line > 0,
                     qPrintable(result.message()));
            return;
        }
        QCOMPARE(result.status, LoadResult::Status::Loaded);
        QCOMPARE(ours->rowKey == EventLayer::RowKey::Fid, viaGdal);
        // GDAL's own reading: every feature with a point and a readable date.
        QList<std::tuple<float, float, qint32>> reference, rows;
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(QFile::encodeName(path).constData(), GDAL_OF_VECTOR));
        QVERIFY(ds && ds->GetLayerCount() == 1);
        std::unique_ptr<OGRCoordinateTransformation> toWgs84;
        if (const OGRSpatialReference *srs = ds->GetLayer(0)->GetSpatialRef()) {
            OGRSpatialReference source(*srs), wgs84;
            wgs84.importFromEPSG(4326);
            wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            if (!source.IsSame(&wgs84))
                toWgs84.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
        }
        for (auto &f : *ds->GetLayer(0)) {
            const OGRGeometry *g = f->GetGeometryRef();
            const OGRPoint *pt = !g ? nullptr
                                 : wkbFlatten(g->getGeometryType()) == wkbPoint ? g->toPoint()
                                 : wkbFlatten(g->getGeometryType()) == wkbMultiPoint && !g->IsEmpty()
                                     ? g->toMultiPoint()->getGeometryRef(0)
                                     : nullptr;
            qint32 day = 0;
            const int field = f->GetFieldIndex("date");
            if (!pt || pt->IsEmpty() || field < 0 || !f->IsFieldSetAndNotNull(field)
                || !IsoDate::julianDayOf(f->GetFieldAsString(field), &day))
                continue;
            double lon = pt->getX(), lat = pt->getY();
            if (toWgs84)
                QVERIFY(toWgs84->Transform(1, &lon, &lat));
            QPointF xy;
            QVERIFY(Projection::instance().forward(GeoPoint{lon, lat}, &xy));
            reference.append({float(xy.x()), float(xy.y()), day});
        }
        for (size_t i = 0; i < ours->size(); ++i)
            rows.append({ours->x[i], ours->y[i], ours->start[i]});
        std::sort(reference.begin(), reference.end());
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, reference);
    }

    // Cancel is honoured while reading, even inside one huge feature (a
    // MultiPoint of 600,000 positions after the first 300 features).
    void cancelInsideAHugeFeature()
    {
        QByteArray text = R"({"type":"FeatureCollection","features":[)";
        for (int i = 0; i < 300; ++i)
            text += R"({"type":"Feature","properties":{"date":"2021-01-01"},"geometry":{"type":"Point","coordinates":[78,34]}},)";
        text += R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"MultiPoint","coordinates":[)";
        for (int i = 0; i < 600000; ++i)
            text += i ? ",[78.1,34.1]" : "[78.1,34.1]";
        text += "]}}]}";
        const QString path = m_dir.filePath(QStringLiteral("huge-feature.geojson"));
        QVERIFY(writeText(path, text));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QString stage;
        QCOMPARE(loader.load(path, {}, &layer, [&stage](double, const QString &what) {
                     stage = what;
                     return false;
                 }).status,
                 LoadResult::Status::Cancelled);
        QCOMPARE(stage, QStringLiteral("Reading"));   // stopped in the pass, not after it
        QVERIFY(!layer);
    }

    // A large file the streaming reader finds malformed is reported as it
    // found it, with the line: not read a second time by the checked reader
    // (whose wording for this case differs), which at 238 MB took 17 s.
    void malformedLargeFileIsReportedOnce()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        const auto restore = qScopeGuard([] { qunsetenv("LACVIEWER_SMALL_LAYER_MB"); });
        const QString path = m_dir.filePath(QStringLiteral("trailing.geojson"));
        QVERIFY(writeText(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]}}]}
xyz)"));
        QVERIFY(EventLayerLoader::prefersBulkPath(path));
        UserLayer layer;
        const LoadResult read = UserLayerLoader().load(path, {}, &layer);
        const DataErrors &errors = read.errors;
        QCOMPARE(read.status, LoadResult::Status::Failed);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().toString(),
                 path + QStringLiteral(":3: invalid JSON: text after the end of the GeoJSON"));
    }

    void brokenByteOrderMarkIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("bom.geojson"));
        QVERIFY(writeText(path, "\xEF\xBB{\"type\":\"FeatureCollection\",\"features\":[]}"));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        const LoadResult read = loader.load(path, {}, &layer);
        QCOMPARE(read.status, LoadResult::Status::Failed);
        QVERIFY2(read.message().startsWith(path + QStringLiteral(":1: invalid JSON")), qPrintable(read.message()));
    }

    // GeoJSON the streaming reader does not take as it is goes through GDAL.
    void otherGeoJsonFallsBackToGdal()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        // A projected CRS in the "crs" member: GDAL reprojects it.
        const auto pts = samples(80);
        const QString utm = m_dir.filePath(QStringLiteral("utm.geojson"));
        QVERIFY(writeLayer(utm, "GeoJSON", pts, false, 32643));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(utm, {}, &layer).status, LoadResult::Status::Loaded);
        QCOMPARE(layer->rowKey, EventLayer::RowKey::Fid);
        checkMatches(*layer, pts, 1.0);
        // Polygons, even after points: not an event layer.
        const QString mixed = m_dir.filePath(QStringLiteral("mixed.geojson"));
        QVERIFY(writeText(mixed, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]}},
{"type":"Feature","properties":{"date":"2021-01-03"},"geometry":{"type":"Polygon","coordinates":[[[78,34],[79,34],[79,35],[78,34]]]}}]})"));
        QCOMPARE(loader.load(mixed, {}, &layer).status, LoadResult::Status::NotEvents);
        qunsetenv("LACVIEWER_SMALL_LAYER_MB");
    }

    // Malformed and hostile GeoJSON: a clear error naming the file and line.
    void streamedGeoJsonErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "{\"type\":\"FeatureCollection\",\"features\":[\n"
                                "{\"type\":\"Feature\",\"properties\":{\"date\":\"2021-01-02\"},"
                                "\"geometry\":{\"type\":\"Point\",\"coordinates\":[78,34]}},\n";
        QTest::newRow("truncated") << head + "{\"type\":\"Feature\",\"prop" << "3: invalid JSON: ";
        QTest::newRow("invalid UTF-8") << head + "{\"type\":\"Feature\",\"properties\":{\"t\":\"\xC3\x28\"}}]}"
                                       << "3: invalid JSON: text is not valid UTF-8";
        QTest::newRow("NaN") << head + "\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[NaN,1]}}]}"
                             << "4: invalid JSON: ";
        // Deeper than the streaming reader follows: the checked reader's limit (256) speaks.
        QTest::newRow("too deep") << head + "{\"type\":\"Feature\",\"properties\":{\"x\":" + QByteArray(300, '[')
                                  << "3: invalid JSON: arrays and objects are nested more than 256 deep";
        QTest::newRow("trailing text") << head + "{\"type\":\"Feature\",\"properties\":{\"date\":\"2021-01-02\"},"
                                                 "\"geometry\":null}]}\nxyz"
                                       << "4: invalid JSON: text after the end";
    }
    void streamedGeoJsonErrorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad.geojson"));
        QVERIFY(writeText(path, text));
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        const LoadResult read = loader.load(path, {}, &layer);
        QCOMPARE(read.status, LoadResult::Status::Failed);
        QVERIFY(!layer);
        QVERIFY2(read.message().startsWith(path + QLatin1Char(':') + expected), qPrintable(read.message()));
    }

    void cancelLeavesNothing()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        const QString path = freshGeoJson(m_dir.filePath(QStringLiteral("cancel.geojson")), samples(300));
        QVERIFY(!path.isEmpty());
        const QString cache = EventLayerLoader::cachePath(path);
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(path, {}, &layer, [](double, const QString &) { return false; }).status,
                 LoadResult::Status::Cancelled);
        QVERIFY(!layer);
        QVERIFY(!QFileInfo::exists(cache));
        QVERIFY(!QFileInfo::exists(cache.chopped(4) + QStringLiteral(".part.fgb")));
        qunsetenv("LACVIEWER_SMALL_LAYER_MB");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEventLayer)
#include "tst_eventlayer.moc"
