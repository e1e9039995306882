// A user's event layer coloured by one of its fields, as a user sees it:
// each event's dot in its category's colour where the event is, a busy
// cell in the colour most of its events share, the categories (the top
// nine, the rest as Other, the empty as "(no value)") in the legend of
// the window's render and of every export, and --colour-by on the command
// line, with its error naming the fields there are.

#include "AtlasLoader.h"
#include "CategoryIndex.h"
#include "EventLayerLoader.h"
#include "MapExporter.h"
#include "MapRenderer.h"
#include "MapStyle.h"

#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

namespace {

struct Row
{
    QString type;
    double lon, lat;
    QString date = QStringLiteral("2020-06-15");
};

// An ACLED-layout CSV (ISO dates) of the rows, at the places given.
void writeAcled(const QString &path, const QList<Row> &rows)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,country,admin1,location,"
            "latitude,longitude,source,notes\n");
    int n = 0;
    for (const Row &r : rows) {
        ++n;
        f.write(QStringLiteral("IND%1,%2,2020,%3,Armed clash,Military Forces of India,Military Forces of China,"
                               "India,Ladakh,Place %1,%4,%5,Illustrative,\"Row %1, generated\"\n")
                    .arg(n)
                    .arg(r.date, r.type)
                    .arg(r.lat, 0, 'f', 5)
                    .arg(r.lon, 0, 'f', 5)
                    .toUtf8());
    }
}

// The palette colour nearest to c (or -1 when none is close).
int nearestCategory(const QColor &c)
{
    int best = -1, bestDistance = 60;
    for (int code = 0; code < CategoryIndex::kCodes; ++code) {
        const QColor k = MapStyle::categoryColor(code);
        const int d = std::abs(k.red() - c.red()) + std::abs(k.green() - c.green()) + std::abs(k.blue() - c.blue());
        if (d < bestDistance) {
            best = code;
            bestDistance = d;
        }
    }
    return best;
}

int pixelsOf(const QImage &image, const QColor &c)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (c.rgb() & 0xffffff);
    return n;
}

} // namespace

class TestCategories : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;

    // The bundled record with the file read as the command line reads it.
    LayerStack load(const QString &path)
    {
        LayerStack layers;
        const LoadResult r = AtlasLoader().addUserLayer(&layers, path, {});
        [&] { QVERIFY2(r.ok() && layers.user.size() == 1 && layers.user.front()->events,
                       qPrintable(r.errors.isEmpty() ? QStringLiteral("not events") : r.errors.front().toString())); }();
        return layers;
    }

    MapSettings view(const LayerStack &layers)
    {
        MapSettings s;
        s.size = QSize(900, 700);
        s.date = QDate(2020, 12, 31);
        s.legend = s.disclaimer = s.scaleBar = s.dateLabel = s.labels = false;
        s.events = false;
        // Nothing bundled over the events but the basemap.
        s.hiddenLayers = {QStringLiteral("places"), QStringLiteral("roads"), QStringLiteral("buffer-zones"),
                          QStringLiteral("claims"), QStringLiteral("lac-india"), QStringLiteral("lac-china")};
        s.layers = layers;
        s.frame(layers.user.front()->events->bounds(), 120);
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void cameoRootCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("root");
        QTest::newRow("four digits") << "0211" << "02";
        QTest::newRow("three digits") << "190" << "19";
        QTest::newRow("zero lost from 0211") << "211" << "02";
        QTest::newRow("zero lost from 010") << "10" << "10";
        QTest::newRow("root alone") << "14" << "14";
        QTest::newRow("1823") << "1823" << "18";
        QTest::newRow("GDELT placeholder") << "---" << "";
        QTest::newRow("not a root") << "2500" << "";
        QTest::newRow("text") << "Battles" << "";
    }
    void cameoRootCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, root);
        QCOMPARE(ColourBy::cameoRoot(code), root);
    }

    void colourBySpecs()
    {
        const QStringList fields{QStringLiteral("EventCode"), QStringLiteral("odd:name")};
        ColourBy by;
        QString why;
        QVERIFY(ColourBy::parse(QStringLiteral("EventCode:root"), fields, &by, &why));
        QCOMPARE(by.grouping, ColourBy::Grouping::CameoRoot);
        QCOMPARE(by.describe(), QStringLiteral("EventCode (CAMEO root code)"));
        QCOMPARE(by.labelOf(by.categoryOf(QStringLiteral("0211"))), QStringLiteral("02 Appeal"));
        QVERIFY(ColourBy::parse(QStringLiteral("admin1:3"), fields, &by, &why));
        QCOMPARE(by.categoryOf(QStringLiteral(" Ladakh ")), QStringLiteral("Lad"));
        QCOMPARE(ColourBy::parse(by.toString(), fields, &by, &why), true);
        QCOMPARE(by.characters, 3);
        // A field whose name has a colon is itself.
        QVERIFY(ColourBy::parse(QStringLiteral("odd:name"), fields, &by, &why));
        QCOMPARE(by.field, QStringLiteral("odd:name"));
        QCOMPARE(by.grouping, ColourBy::Grouping::Value);
        QVERIFY(!ColourBy::parse(QStringLiteral("EventCode:x"), fields, &by, &why));
        QVERIFY2(why.contains(QStringLiteral("\"x\"")), qPrintable(why));
        QVERIFY(ColourBy::looksLikeCameo(QStringLiteral("EventCode"), {QStringLiteral("0211"), QStringLiteral("190")}));
        QVERIFY(!ColourBy::looksLikeCameo(QStringLiteral("EventCode"), {QStringLiteral("Battles"), QStringLiteral("Riots")}));
        QVERIFY(!ColourBy::looksLikeCameo(QStringLiteral("event_type")));
    }

    // By frequency, ties by name; past nine categories the rest are Other.
    void otherWhenMoreCategoriesThanColours()
    {
        QList<Row> rows;
        // Twelve types: type 0 with 13 events ... type 11 with 2; and two rows with no type.
        for (int t = 0; t < 12; ++t)
            for (int i = 0; i < 13 - t; ++i)
                rows << Row{QStringLiteral("Type %1").arg(t, 2, 10, QLatin1Char('0')), 78.0 + t * 0.01, 34.0};
        rows << Row{QString(), 78.2, 34.1} << Row{QString(), 78.2, 34.1};
        const QString path = m_dir.filePath(QStringLiteral("twelve.csv"));
        writeAcled(path, rows);
        const LayerStack layers = load(path);
        ColourBy by;
        by.field = QStringLiteral("event_type");
        QString error;
        const auto index = CategoryIndex::build(*layers.user.front()->events, by, {}, &error);
        QVERIFY2(index, qPrintable(error));
        QCOMPARE(int(index->categories.size()), CategoryIndex::kColours + 2);
        for (int c = 0; c < CategoryIndex::kColours; ++c) {
            QCOMPARE(index->categories[size_t(c)].label, QStringLiteral("Type %1").arg(c, 2, 10, QLatin1Char('0')));
            QCOMPARE(index->categories[size_t(c)].count, qint64(13 - c));
            QCOMPARE(int(index->categories[size_t(c)].code), c);
        }
        const CategoryIndex::Category &other = index->categories[CategoryIndex::kColours];
        QCOMPARE(other.label, QStringLiteral("Other (3 values)"));
        QCOMPARE(other.count, qint64(4 + 3 + 2));
        QCOMPARE(other.code, CategoryIndex::kOther);
        QCOMPARE(index->categories.back().label, QStringLiteral("(no value)"));
        QCOMPARE(index->categories.back().count, qint64(2));
        // Every event has its category's code.
        qint64 others = 0;
        for (quint8 c : index->code)
            others += c == CategoryIndex::kOther;
        QCOMPARE(others, qint64(9));
    }

    // Each event's dot is in its category's colour, where the event is.
    void dotsInTheirCategoryColours()
    {
        const QList<Row> rows = {{QStringLiteral("Battles"), 78.20, 34.30}, {QStringLiteral("Battles"), 78.25, 34.32},
                                 {QStringLiteral("Protests"), 78.55, 34.10}, {QStringLiteral("Riots"), 78.40, 34.55},
                                 {QString(), 78.10, 34.50}};
        const QString path = m_dir.filePath(QStringLiteral("acled.csv"));
        writeAcled(path, rows);
        LayerStack layers = load(path);
        const EventLayer &events = *layers.user.front()->events;
        ColourBy by;
        by.field = QStringLiteral("event_type");
        layers.user.front().colourBy = by;
        layers.user.front().categories = CategoryIndex::build(events, by);
        QVERIFY(layers.user.front().categories);
        const MapSettings s = view(layers);
        const QImage image = MapRenderer(m_atlas).renderImage(s);
        const ViewTransform t = s.transform();
        QHash<QString, int> seen;
        for (size_t i = 0; i < events.size(); ++i) {
            const QPoint at = t.toScreen(QPointF(events.x[i], events.y[i])).toPoint();
            const QString type = events.inlineAttributes[i].value(QStringLiteral("event_type")).toString();
            const int code = layers.user.front().categories->code[i];
            QCOMPARE(nearestCategory(image.pixelColor(at)), code);
            seen[type] = code;
        }
        // Battles (two events) first, then Protests and Riots by name, no value grey.
        QCOMPARE(seen.value(QStringLiteral("Battles")), 0);
        QCOMPARE(seen.value(QStringLiteral("Protests")), 1);
        QCOMPARE(seen.value(QStringLiteral("Riots")), 2);
        QCOMPARE(seen.value(QString()), int(CategoryIndex::kNoValue));
        // Not coloured by a field: the one violet, and no category colour.
        LayerStack plain = layers;
        plain.user.front().colourBy = {};
        plain.user.front().categories.reset();
        const QImage one = MapRenderer(m_atlas).renderImage(view(plain));
        QCOMPARE(pixelsOf(one, MapStyle::categoryColor(0)), 0);
        QVERIFY(pixelsOf(image, MapStyle::categoryColor(0)) > 0);
        const QPoint first = t.toScreen(QPointF(events.x[0], events.y[0])).toPoint();
        QCOMPARE(one.pixelColor(first).rgb() & 0xffffff, MapStyle::userLayerColor().rgb() & 0xffffff);
    }

    // Too many events for dots: each cell in the colour most of its events share.
    void densityCellsInTheirMainCategory()
    {
        QList<Row> rows;
        for (int i = 0; i < 3000; ++i)
            rows << Row{i % 10 == 0 ? QStringLiteral("Riots") : QStringLiteral("Battles"), 78.2, 34.3};
        for (int i = 0; i < 1500; ++i)
            rows << Row{QStringLiteral("Protests"), 78.40, 34.55};
        const QString path = m_dir.filePath(QStringLiteral("dense.csv"));
        writeAcled(path, rows);
        LayerStack layers = load(path);
        ColourBy by;
        by.field = QStringLiteral("event_type");
        layers.user.front().colourBy = by;
        layers.user.front().categories = CategoryIndex::build(*layers.user.front()->events, by);
        const MapSettings s = view(layers);
        const QImage image = MapRenderer(m_atlas).renderImage(s);
        const EventLayer &events = *layers.user.front()->events;
        const ViewTransform t = s.transform();
        for (size_t i : {size_t(0), events.size() - 1}) {
            // The pixel in the event's cell (cells are whole pixels from the left and top).
            const QPointF exact = t.toScreen(QPointF(events.x[i], events.y[i]));
            const QPoint at(int(std::floor(exact.x())), int(std::floor(exact.y())));
            const QString type = events.inlineAttributes[i].value(QStringLiteral("event_type")).toString();
            // Battles outnumber Riots in their cell; Protests are alone in theirs.
            QVERIFY2(nearestCategory(image.pixelColor(at)) == (type == QLatin1String("Protests") ? 1 : 0),
                     qPrintable(type + QLatin1Char(' ') + image.pixelColor(at).name()));
        }
        // Riots are in the legend's counts though no cell is theirs.
        MapSettings withLegend = s;
        withLegend.legend = true;
        const MapSettings legend = MapRenderer::withUserLegend(*m_atlas, withLegend);
        QCOMPARE(legend.userLegend.size(), 1);
        const auto &cats = legend.userLegend.front().categories;
        QCOMPARE(cats.size(), 3);
        QCOMPARE(cats[2].label, QStringLiteral("Riots"));
        QCOMPARE(cats[2].shown, qint64(300));
    }

    // The legend of an export names the field and each category with its count.
    void legendListsTheCategories()
    {
        const QString path = m_dir.filePath(QStringLiteral("acled.csv"));
        LayerStack layers = load(path);
        ColourBy by;
        by.field = QStringLiteral("event_type");
        layers.user.front().colourBy = by;
        layers.user.front().categories = CategoryIndex::build(*layers.user.front()->events, by);
        MapSettings s = view(layers);
        s.legend = true;
        const QString text = QString::fromUtf8(MapExporter(m_atlas).svg(s));
        for (const char *row : {"acled.csv: 5 events shown, by event_type", "Battles (2)", "Protests (1)", "Riots (1)",
                                "(no value) (1)"})
            QVERIFY2(text.contains(QString::fromUtf8(row).toHtmlEscaped()), row);
        // Before the events, the counts are of the display window.
        s.date = QDate(2020, 6, 1);
        QVERIFY(QString::fromUtf8(MapExporter(m_atlas).svg(s)).contains(QStringLiteral("Battles (0)")));
    }

    void commandLineColoursTheLayer()
    {
        const QString csv = m_dir.filePath(QStringLiteral("acled.csv"));
        const QString coloured = m_dir.filePath(QStringLiteral("coloured.png"));
        const QString plain = m_dir.filePath(QStringLiteral("plain.png"));
        const QStringList common{QStringLiteral("--date"), QStringLiteral("2020-12-31"), QStringLiteral("--extent"),
                                 QStringLiteral("78.0,33.9,79.0,34.8"), QStringLiteral("--size"),
                                 QStringLiteral("800x600"), csv};
        TestSupport::Run r = TestSupport::lacviewer(QStringList{QStringLiteral("--export"), coloured,
                                                                QStringLiteral("--colour-by"),
                                                                QStringLiteral("acled.csv=event_type")} + common);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = TestSupport::lacviewer(QStringList{QStringLiteral("--export"), plain} + common);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage a(coloured), b(plain);
        QVERIFY(pixelsOf(a, MapStyle::categoryColor(0)) > 0);
        QCOMPARE(pixelsOf(b, MapStyle::categoryColor(0)), 0);

        // The PDF's legend, as text.
        const QString pdf = m_dir.filePath(QStringLiteral("coloured.pdf"));
        r = TestSupport::lacviewer({QStringLiteral("--export"), pdf, QStringLiteral("--colour-by"),
                                    QStringLiteral("event_type"), QStringLiteral("--date"), QStringLiteral("2020-12-31"),
                                    QStringLiteral("--extent"), QStringLiteral("78.0,33.9,79.0,34.8"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = TestSupport::tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("by event_type")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Battles (2)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(no value) (1)")), qPrintable(text));
    }

    // Read from the file again (no attributes in memory): GDAL's rows of a
    // CSV, and a GeoJSON's features from their offsets, give the same colours.
    void largeLayersReadTheFieldAgain()
    {
        const QString csv = m_dir.filePath(QStringLiteral("acled.csv"));
        const QString geojson = m_dir.filePath(QStringLiteral("acled.geojson"));
        {
            QFile f(geojson);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"type\":\"FeatureCollection\",\"features\":[\n"
                    "{\"type\":\"Feature\",\"properties\":{\"event_date\":\"2020-06-15\",\"event_type\":\"Riots\"},"
                    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[78.4,34.6]}},\n"
                    "{\"type\":\"Feature\",\"properties\":{\"event_date\":\"2020-06-14\",\"event_type\":\"Battles\"},"
                    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[78.2,34.3]}},\n"
                    "{\"type\":\"Feature\",\"properties\":{\"event_date\":\"2020-06-16\",\"event_type\":\"Battles\"},"
                    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[78.25,34.32]}}\n]}\n");
        }
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        for (const QString &path : {csv, geojson}) {
            const LayerStack layers = load(path);
            const EventLayer &events = *layers.user.front()->events;
            QVERIFY(events.inlineAttributes.empty());
            ColourBy by;
            by.field = QStringLiteral("event_type");
            QString error;
            const auto index = CategoryIndex::build(events, by, {}, &error);
            QVERIFY2(index, qPrintable(error));
            QCOMPARE(index->categories.front().label, QStringLiteral("Battles"));
            QCOMPARE(index->categories.front().count, qint64(2));
            // Each event's code is its own row's category (as identify reads the row).
            for (size_t i = 0; i < events.size(); ++i) {
                const QString type = EventLayerLoader::attributes(events, i).value(QStringLiteral("event_type")).toString();
                const auto category = std::find_if(index->categories.cbegin(), index->categories.cend(),
                                                   [&](const CategoryIndex::Category &c) { return c.code == index->code[i]; });
                QVERIFY(category != index->categories.cend());
                QCOMPARE(category->label, type.isEmpty() ? QStringLiteral("(no value)") : type);
            }
        }
        qunsetenv("LACVIEWER_SMALL_LAYER_MB");
    }

    void commandLineErrorsNameTheOption()
    {
        const QString csv = m_dir.filePath(QStringLiteral("acled.csv"));
        const QString out = m_dir.filePath(QStringLiteral("never.png"));
        TestSupport::Run r = TestSupport::lacviewer(
            {QStringLiteral("--export"), out, QStringLiteral("--colour-by"), QStringLiteral("event_kind"), csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--colour-by: no field \"event_kind\" in acled.csv; its fields: "
                                               "event_id_cnty, event_date, year, event_type")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        r = TestSupport::lacviewer(
            {QStringLiteral("--export"), out, QStringLiteral("--colour-by"), QStringLiteral("event_type:zero"), csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--colour-by \"event_type:zero\"")), qPrintable(r.err));
        r = TestSupport::lacviewer(
            {QStringLiteral("--export"), out, QStringLiteral("--colour-by"), QStringLiteral("gdelt.csv=EventCode"), csv});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"gdelt.csv\" is not the file name of a FILE given (acled.csv)")),
                 qPrintable(r.err));
        r = TestSupport::lacviewer({QStringLiteral("--status"), QStringLiteral("--colour-by"),
                                    QStringLiteral("event_type")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--colour-by goes with the window or an export")), qPrintable(r.err));
        r = TestSupport::lacviewer({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("--colour-by <[FILE=]FIELD>")));
    }
};

QTEST_MAIN(TestCategories)
#include "tst_categories.moc"
