// The hostile corpus (tests/data/hostile/README.md): every file gets its
// documented behaviour through every way in: LayerReader, AtlasLoader's
// extra layer on a copy of the bundled atlas, the validator, the window's
// File › Open Layer, and the executable's --validate and --export. Files
// that are too big to commit or that git cannot hold (a directory, a FIFO,
// a symlink loop, an unreadable file) are made here at run time.
//
// A failing file must: fail; name the file in every error; name the line
// (found by searching the file for a marker, independently of the reader's
// own line bookkeeping) or the feature; leave nothing partial; leave the
// layers already loaded as they were. An accepted file must load with the
// right content.

#include "AtlasLoader.h"
#include "LayerLimits.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "TimeCursor.h"

#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString hostileDir = QStringLiteral(LAC_TEST_DATA "/hostile/");

// 1-based line of the n-th line containing marker (CR and LF both end lines
// for this count only where LF does).
int lineOf(const QString &path, const QString &marker, int nth = 1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(marker.toUtf8()) && --nth == 0)
            return i + 1;
    return -1;
}

QString joined(const DataErrors &errors)
{
    QStringList all;
    for (const DataError &e : errors)
        all << e.toString();
    return all.join(QLatin1Char('\n'));
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run lacviewer(const QStringList &args, const QProcessEnvironment &extra = {},
              const QString &program = QStringLiteral(LAC_EXECUTABLE), QStringList prefix = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(program, prefix + args);
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Where an error must point: the line holding marker (its nth occurrence),
// or, with no marker, the file as a whole (line 0).
struct Where {
    QString marker;
    int nth = 1;
};

bool hasError(const DataErrors &errors, const QString &path, const Where &where,
              const QString &message)
{
    const int line = where.marker.isEmpty() ? 0 : lineOf(path, where.marker, where.nth);
    for (const DataError &e : errors)
        if (e.file == path && e.line == line && DataError::escapeControls(e.message).contains(message))
            return true; // the message as it is printed
    return false;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
    AtlasPtr m_bundled;
    QTemporaryDir m_tmp;
    QString m_generated; // a directory for files made at run time

    // Checks a file that must be refused, through every way in but the
    // command line: LayerReader, an extra layer, the validator, the window.
    void expectRefused(const QString &path, const Where &where, const QString &message)
    {
        expectReadersRefuse(path, where, message);
        if (QTest::currentTestFailed())
            return;
        expectWindowRefuses(path, message);
    }

    // The readers of a file, the layer stack and the validator.
    void expectReadersRefuse(const QString &path, const Where &where, const QString &message)
    {
        RawLayer layer;
        DataErrors errors;
        QVERIFY2(!TestSupport::readLayer(path, &layer, &errors), qPrintable(path + QStringLiteral(" loaded")));
        QVERIFY2(hasError(errors, path, where, message),
                 qPrintable(QStringLiteral("expected line %1 \"%2\", got:\n%3")
                                .arg(where.marker.isEmpty() ? 0 : lineOf(path, where.marker, where.nth))
                                .arg(message, joined(errors))));
        for (const DataError &e : errors)
            QCOMPARE(e.file, path);
        QVERIFY(layer.features.empty());
        QVERIFY(!layer.located);

        // An extra layer on a copy of the bundled atlas: nothing changes.
        LayerStack layers;
        const LoadResult add = AtlasLoader().addUserLayer(&layers, path);
        const DataErrors &addErrors = add.errors;
        QVERIFY(!add.ok());
        QCOMPARE(joined(addErrors), joined(errors));
        QCOMPARE(layers.user.size(), size_t(0));
        QCOMPARE(layers.files(), QStringList());

        // The validator reports the same, with the file and line.
        const DataErrors validateErrors = AtlasLoader().validateFiles({path}, m_bundled.get());
        QVERIFY2(hasError(validateErrors, path, where, message), qPrintable(joined(validateErrors)));
    }

    // The window keeps what it has and says why.
    void expectWindowRefuses(const QString &path, const QString &message)
    {
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        // A layer the user already added stays.
        QVERIFY(TestSupport::openLayerAndWait(w, hostileDir + QStringLiteral("local.kml")));
        const AtlasPtr before = w.canvas()->atlas();
        QCOMPARE(w.document()->layers().user.size(), size_t(1));
        // The window may load a large file in the background: wait for its
        // answer, which must be the error box.
        w.openLayer(path);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = w.findChild<QMessageBox *>(QStringLiteral("layerErrorBox"))), 120000);
        QCOMPARE(w.canvas()->atlas(), before);
        QCOMPARE(w.document()->layers().user.size(), size_t(1));
        QVERIFY(box->informativeText().startsWith(path + QLatin1Char(':')));
        QVERIFY(box->detailedText().contains(message));
        box->close();
    }

    // The executable: --validate and --export both exit 1 with the message,
    // and --export writes no PNG.
    void expectCliRefused(const QString &path, const QString &message)
    {
        const Run v = lacviewer({QStringLiteral("--validate"), path});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.out.contains(path + QLatin1Char(':')) && v.out.contains(message), qPrintable(v.out + v.err));
        const QString png = m_tmp.filePath(QStringLiteral("refused.png"));
        const Run x = lacviewer({QStringLiteral("--export"), png, QStringLiteral("--size"),
                                 QStringLiteral("160x100"), path});
        QCOMPARE(x.code, 1);
        QVERIFY2(x.err.startsWith(path + QLatin1Char(':')) && x.err.contains(message), qPrintable(x.err));
        QVERIFY(!QFileInfo::exists(png));
    }

    // Checks a file that must load, and returns what was read.
    RawLayer expectLoads(const QString &path, int features)
    {
        RawLayer layer;
        DataErrors errors;
        const bool ok = TestSupport::readLayer(path, &layer, &errors);
        [&] { QVERIFY2(ok, qPrintable(joined(errors))); }();
        [&] { QCOMPARE(int(layer.features.size()), features); }();
        LayerStack layers;
        const LoadResult add = AtlasLoader().addUserLayer(&layers, path);
        const DataErrors &addErrors = add.errors;
        const bool added = add.ok();
        [&] { QVERIFY2(added, qPrintable(joined(addErrors))); }();
        [&] { QCOMPARE(layers.user.size(), size_t(1)); }();
        // It draws: the renderer copes with whatever geometry was accepted.
        const AtlasPtr shared = m_bundled;
        MapSettings s;
        s.layers = layers;
        s.size = QSize(320, 200);
        s.date = QDate(2024, 11, 1);
        s.frame(shared->flashpointExtent());
        const QImage image = MapRenderer(shared).renderImage(s);
        [&] { QVERIFY(!image.isNull()); }();
        return layer;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QStandardPaths::setTestModeEnabled(true);
        LayerReader::configureGdal();
        DataErrors errors;
        m_bundled = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
        QVERIFY2(m_bundled, qPrintable(joined(errors)));
        QVERIFY(m_tmp.isValid());
        m_generated = m_tmp.filePath(QStringLiteral("generated"));
        QVERIFY(QDir().mkpath(m_generated));
    }

    // ---------------------------------------------------------------- refused
    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("marker"); // empty: the whole file (line 0)
        QTest::addColumn<int>("nth");
        QTest::addColumn<QString>("message");
        auto row = [](const char *file, const char *marker, int nth, const char *message) {
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(marker) << nth
                                << QString::fromUtf8(message);
        };
        // Text that is not (valid) JSON.
        row("malformed.geojson", "\"geometry\"", 1, "invalid JSON: Missing a comma or '}'");
        row("truncated.geojson", "34.", 1, "invalid JSON");
        row("nan.geojson", "NaN", 1, "invalid JSON: Invalid value");
        row("infinity.geojson", "Infinity", 1, "invalid JSON: Invalid value");
        row("overflow-coordinate.geojson", "1e999", 1, "invalid JSON: Number too big");
        row("non-utf8.geojson", "Latin-1", 1, "invalid JSON: text is not valid UTF-8");
        row("overlong-utf8.geojson", "overlong", 1, "invalid JSON: text is not valid UTF-8");
        // Ends inside a 4-byte UTF-8 sequence: RapidJSON's validation read
        // past the buffer (found by fuzz_locator).
        row("truncated-utf8.geojson", "\"l", 1, "invalid JSON: text is not valid UTF-8");
        row("nul-byte.geojson", "\"name\": \"a", 1, "contains a NUL byte");
        row("deeply-nested.geojson", "\"deep\"", 1, "nested more than 256 deep");
        row("whitespace-only.geojson", "   ", 1, "invalid JSON: the file holds only white space");
        // Valid JSON that is not GeoJSON.
        row("not-geojson-array.json", "[", 1, "not GeoJSON");
        row("not-geojson-object.json", "{", 1, "not GeoJSON");
        row("features-not-array.geojson", "", 1, "GDAL");
        row("duplicate-members.geojson", "\"features\"", 2,
            "invalid JSON: the member \"features\" appears twice in one object (first at line 3)");
        // Geometry.
        row("out-of-range.geojson", "\"geometry\"", 2, "coordinate (200, 34) is not a longitude/latitude in range");
        row("huge-coordinates.geojson", "\"geometry\"", 1, "is not a longitude/latitude in range");
        row("mixed-collection.geojson", "\"geometry\"", 1, "mixes geometry types");
        // CRS.
        row("crs-unknown.geojson", "\"crs\"", 1,
            "the \"crs\" member names \"EPSG:999999\", a coordinate system GDAL does not know");
        row("crs-link.geojson", "\"href\"", 1, "refused: the \"crs\" member links to \"http://127.0.0.1:9/crs.wkt\"");
        row("crs-link-disguised.gpkg", "\"href\"", 1, "refused: the \"crs\" member links to");
        // What would reach the network, or make a parser do more than read.
        row("networklink.kml", "<NetworkLink>", 1,
            "refused: a KML NetworkLink to \"http://127.0.0.1:9/remote.kml\": its content would come from the network");
        row("remote-networklink.kmz", "", 1,
            "doc.kml, line 4: refused: a KML NetworkLink to \"http://127.0.0.1:9/remote.kml\"");
        row("xlink.gml", "xlink:href=\"http", 1, "refused: a link to \"http://127.0.0.1:9/remote.gml#feature\"");
        row("entities.kml", "<!ENTITY a", 1, "refused: declares an XML entity");
        row("remote-source.vrt", "", 1, "is a VRT - Virtual Datasource file, a format the viewer does not open");
        // Not a file with content.
        row("empty.geojson", "", 1, "is empty");
    }
    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, marker);
        QFETCH(int, nth);
        QFETCH(QString, message);
        const QString path = hostileDir + file;
        if (!marker.isEmpty())
            QVERIFY2(lineOf(path, marker, nth) > 0, "marker not in the file");
        expectRefused(path, {marker, nth}, message);
    }

    // ---------------------------------------------- accepted as an extra layer
    void acceptedAsLayer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        QTest::newRow("bom") << "bom.geojson" << 1;
        QTest::newRow("crlf") << "crlf.geojson" << 2;
        QTest::newRow("empty geometries") << "empty-geometries.geojson" << 5;
        QTest::newRow("degenerate geometries") << "degenerate-geometries.geojson" << 5;
        QTest::newRow("crs web mercator") << "crs-web-mercator.geojson" << 1;
        QTest::newRow("html in a layer") << "layer-html.geojson" << 1;
        QTest::newRow("bare feature") << "feature-bare.geojson" << 1;
        QTest::newRow("bare geometry") << "geometry-bare.geojson" << 1;
        QTest::newRow("local kml") << "local.kml" << 2;
        // Every layer of a file is read, not only the first.
        QTest::newRow("kml with two folders (two layers)") << "two-folders.kml" << 3;
        // A NetworkLink to a file inside the same KMZ (as GDAL writes KMZ) or
        // a sibling name is local; only one to a URL is refused.
        QTest::newRow("kmz with local layers") << "local-layers.kmz" << 2;
        QTest::newRow("relative networklink") << "relative-networklink.kml" << 1;
        // Data files whose content is wrong for the viewer's own data are
        // still valid GeoJSON: as an extra layer they are drawn as geometry
        // and their properties are not interpreted (see the README).
        QTest::newRow("events wrong types") << "events-wrong-types.geojson" << 1;
        QTest::newRow("places wrong types") << "places-wrong-types.geojson" << 1;
        QTest::newRow("lines wrong types") << "lines-wrong-types.geojson" << 1;
        QTest::newRow("flashpoints wrong types") << "flashpoints-wrong-types.geojson" << 1;
        QTest::newRow("duplicate ids") << "events-duplicate-id.geojson" << 2;
        QTest::newRow("unknown flashpoint (places)") << "places-unknown-flashpoint.geojson" << 1;
        QTest::newRow("unknown flashpoint (lines)") << "lines-unknown-flashpoint.geojson" << 1;
        QTest::newRow("unknown references") << "events-unknown-references.geojson" << 1;
        QTest::newRow("impossible dates") << "events-impossible-dates.geojson" << 4;
        QTest::newRow("reversed interval") << "events-reversed-interval.geojson" << 1;
        QTest::newRow("reversed validity") << "lines-reversed-validity.geojson" << 1;
        QTest::newRow("html and javascript") << "events-html-javascript.geojson" << 1;
        QTest::newRow("empty place geometry") << "places-empty-geometry.geojson" << 1;
        QTest::newRow("degenerate area") << "flashpoints-degenerate-area.geojson" << 1;
        QTest::newRow("control characters") << "places-control-characters.geojson" << 1;
        QTest::newRow("date with a newline") << "events-date-trailing-newline.geojson" << 1;
        QTest::newRow("escape in a reference") << "places-escape-in-reference.geojson" << 1;
    }
    void acceptedAsLayer()
    {
        QFETCH(QString, file);
        QFETCH(int, features);
        const RawLayer layer = expectLoads(hostileDir + file, features);
        QVERIFY(!QTest::currentTestFailed());
        // The window adds it.
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        QVERIFY(TestSupport::openLayerAndWait(w, hostileDir + file));
        QCOMPARE(w.document()->layers().user.size(), size_t(1));
    }

    void acceptedContentIsRight()
    {
        // BOM and CRLF: text and lines as if neither were there.
        RawLayer bom = expectLoads(hostileDir + QStringLiteral("bom.geojson"), 1);
        QCOMPARE(bom.features[0].attributes.value(QStringLiteral("name")).toString(),
                 QString::fromUtf8("Galwan \xe0\xa4\x97\xe0\xa4\xb2\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xa8 "
                                   "\xe5\x8a\xa0\xe5\x8b\x92\xe4\xb8\x87"));
        QCOMPARE(bom.features[0].where.line, 4);
        RawLayer crlf = expectLoads(hostileDir + QStringLiteral("crlf.geojson"), 2);
        QCOMPARE(crlf.features[1].where.line, lineOf(hostileDir + QStringLiteral("crlf.geojson"), "second"));
        QCOMPARE(crlf.features[1].attributes.value(QStringLiteral("name")).toString(), QStringLiteral("second"));
        // A GeoJSON "crs" naming EPSG:3857 is honoured: Galwan comes out at
        // 78.2°E 34.75°N.
        RawLayer merc = expectLoads(hostileDir + QStringLiteral("crs-web-mercator.geojson"), 1);
        QVERIFY2(std::abs(merc.features[0].firstLonLat.lon - 78.2) < 1e-6
                     && std::abs(merc.features[0].firstLonLat.lat - 34.75) < 1e-6,
                 qPrintable(QStringLiteral("%1 %2").arg(merc.features[0].firstLonLat.lon)
                                .arg(merc.features[0].firstLonLat.lat)));
        // HTML and javascript: are data, kept verbatim (shown as plain text).
        RawLayer html = expectLoads(hostileDir + QStringLiteral("layer-html.geojson"), 1);
        QCOMPARE(html.features[0].attributes.value(QStringLiteral("name")).toString(),
                 QStringLiteral("<script>alert(1)</script>"));
        // Empty geometries are features with nothing to draw.
        RawLayer empty = expectLoads(hostileDir + QStringLiteral("empty-geometries.geojson"), 5);
        for (const RawFeature &f : empty.features)
            QVERIFY(f.geometry.isEmpty());
        // A single Feature, or a bare geometry, is a layer of one feature
        // with its lines.
        RawLayer bare = expectLoads(hostileDir + QStringLiteral("feature-bare.geojson"), 1);
        QVERIFY(bare.located);
        QCOMPARE(bare.features[0].where.propertyLine.value(QStringLiteral("name")),
                 lineOf(hostileDir + QStringLiteral("feature-bare.geojson"), "\"name\""));
    }

    // ------------------------------------------------ the validator's checks
    void validated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("markers"); // one per expected error, same order
        QTest::addColumn<QStringList>("messages");
        auto row = [](const char *file, QStringList markers, QStringList messages) {
            QTest::newRow(file) << QString::fromUtf8(file) << markers << messages;
        };
        row("events-wrong-types.geojson",
            {"\"id\"", "\"date\"", "\"date_precision\"", "\"type\": {", "\"scope\"", "\"flashpoints\"",
             "\"title\"", "\"summary\"", "\"sources\""},
            {"\"id\" must be a string, not a number", "\"date\" must be a string, not a number",
             "\"date_precision\" must be a string, not an array", "\"type\" must be a string, not an object",
             "\"scope\" must be a string, not a boolean", "\"flashpoints\" must be an array, not a string",
             "required property \"title\" is null", "\"summary\" must be a string, not a number",
             "\"sources\" must be an array, not an object"});
        row("places-wrong-types.geojson",
            {"\"id\"", "\"name\"", "\"kind\"", "\"confidence\"", "\"uncertainty_km\"", "\"sources\""},
            {"\"id\" must be a string, not an array", "\"name\" must be a string, not a number",
             "\"kind\" must be a string, not a number", "\"confidence\" must be a string, not a boolean",
             "\"uncertainty_km\" must be a number, not a string", "\"sources\" must be an array, not a string"});
        row("lines-wrong-types.geojson",
            {"\"id\"", "\"name\"", "\"kind\"", "\"drawn_by\"", "\"geometry_basis\"", "\"accuracy\"", "\"sources\""},
            {"required property \"id\" is null", "\"name\" must be a string, not an object",
             "\"kind\" must be a string, not a number", "\"drawn_by\" must be a string, not an array",
             "\"geometry_basis\" must be a string, not a number", "\"accuracy\" must be a string, not a boolean",
             "required property \"sources\" is null"});
        row("flashpoints-wrong-types.geojson",
            {"\"id\"", "\"name\"", "\"description\"", "\"marker_lon\"", "\"marker_lat\"", "\"sources\""},
            {"\"id\" must be a string, not a number", "\"name\" must be a string, not an array",
             "required property \"description\" is null", "\"marker_lon\" must be a number, not a string",
             "\"marker_lat\" must be a number, not a boolean", "\"sources\" must be an array, not a number"});
        row("events-duplicate-id.geojson", {"\"id\"@2"}, {"duplicate id \"2020-06-15-test\""});
        row("places-unknown-flashpoint.geojson", {"\"flashpoint\""}, {"unknown flashpoint \"atlantis\""});
        row("lines-unknown-flashpoint.geojson", {"\"flashpoint\""}, {"unknown flashpoint \"el-dorado\""});
        row("events-unknown-references.geojson", {"\"flashpoints\"", "\"place\""},
            {"unknown flashpoint \"atlantis\"", "unknown place \"nowhere\""});
        row("events-impossible-dates.geojson", {"2024-02-30", "2024-13-01", "2024-00-10", "24-1-1"},
            {"\"2024-02-30\" is not a day of the calendar", "\"2024-13-01\" has no month 13",
             "\"2024-00-10\" has no month 0", "\"24-1-1\" is not a date in the form YYYY-MM-DD"});
        row("events-reversed-interval.geojson", {"\"date_end\""}, {"date_end 2020-06-01 is before date 2020-06-15"});
        row("lines-reversed-validity.geojson", {"\"valid_to\""}, {"valid_to 2021-02-10 is before valid_from 2022-09-12"});
        row("events-html-javascript.geojson", {"\"sources\""},
            {"source 1 has no http(s) URL (\"javascript:alert(document.cookie)\")"});
        row("places-empty-geometry.geojson", {"\"geometry\""}, {"the feature has no geometry"});
        // Control characters in the data are escaped in messages: one line
        // each, and nothing a terminal would take for an escape sequence.
        row("places-control-characters.geojson", {"\"id\"", "\"kind\""},
            {"id \"test-place\\u000a\" must be lowercase letters, digits and hyphens",
             "\"kind\" is \"\\u001b]0;pwned\\u0007\\u001b[2J\"; expected one of"});
        // ...also in the checks across features, which quote the reference.
        row("places-escape-in-reference.geojson", {"\"flashpoint\""},
            {"unknown flashpoint \"atlantis\\u001b[2J\""});
        row("events-date-trailing-newline.geojson", {"\"date\": \"2020"},
            {"\"date\": \"2020-06-15\\u000a\" is not a date in the form YYYY-MM-DD"});
        row("flashpoints-degenerate-area.geojson", {"\"geometry\""}, {"a polygon ring has fewer than 4 positions"});
        // Accepted: a generic layer is not one of the viewer's data files.
        row("bom.geojson", {}, {});
        row("crlf.geojson", {}, {});
        row("layer-html.geojson", {}, {});
    }
    void validated()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, markers);
        QFETCH(QStringList, messages);
        const QString path = hostileDir + file;
        const DataErrors errors = AtlasLoader().validateFiles({path}, m_bundled.get());
        if (messages.isEmpty())
            QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
        for (int i = 0; i < messages.size(); ++i) {
            // "marker@n": the n-th line holding marker.
            const Where where{markers[i].section(QLatin1Char('@'), 0, 0),
                              markers[i].contains(QLatin1Char('@')) ? markers[i].section(QLatin1Char('@'), 1).toInt() : 1};
            QVERIFY2(hasError(errors, path, where, messages[i]),
                     qPrintable(QStringLiteral("expected line %1 \"%2\", got:\n%3")
                                    .arg(lineOf(path, where.marker, where.nth)).arg(messages[i], joined(errors))));
        }
        for (const DataError &e : errors)
            for (const QChar c : e.toString())
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e,
                         qPrintable(e.toString().toUtf8().toPercentEncoding(" /:\"(),")));
        // HTML is data: no error about it, and it is kept as written.
        if (file == QLatin1String("events-html-javascript.geojson")) {
            QCOMPARE(errors.size(), 1);
            DataErrors e;
            Atlas scratch;
            RawLayer raw;
            QVERIFY(TestSupport::readLayer(path, &raw, &e));
            QCOMPARE(raw.features[0].attributes.value(QStringLiteral("summary")).toString(),
                     QStringLiteral("<script>alert('x')</script><a href=\"javascript:alert(1)\">click</a> & more"));
        }
    }

    void preflightAgreesWithRead()
    {
        // LayerReader::preflight (for loaders that open files with GDAL
        // themselves) refuses what read() refuses before GDAL, in the same words.
        for (const QString &name : QDir(hostileDir).entryList(QDir::Files, QDir::Name)) {
            const QString path = hostileDir + name;
            DataErrors full;
            RawLayer layer;
            const LoadResult checked = LayerReader().preflight(path);
            const DataErrors &pre = checked.errors;
            const bool preOk = checked.ok();
            const bool readOk = TestSupport::readLayer(path, &layer, &full);
            if (!preOk) {
                QVERIFY2(!readOk, qPrintable(name));
                QCOMPARE(joined(pre), joined(full));
            }
            if (readOk)
                QVERIFY2(preOk && pre.isEmpty(), qPrintable(name));
        }
    }

    // ----------------------------------------- made at run time: filesystem
    void notRegularFiles()
    {
        const QString dir = m_generated + QStringLiteral("/directory.geojson");
        QVERIFY(QDir().mkpath(dir));
        expectRefused(dir, {}, QStringLiteral("is a directory, not a file"));
        expectCliRefused(dir, QStringLiteral("is a directory, not a file"));

        const QString loop = m_generated + QStringLiteral("/loop.geojson");
        QVERIFY(QFile::link(m_generated + QStringLiteral("/loop2.geojson"), loop));
        QVERIFY(QFile::link(loop, m_generated + QStringLiteral("/loop2.geojson")));
        expectRefused(loop, {}, QStringLiteral("is a symbolic link loop"));
        expectCliRefused(loop, QStringLiteral("is a symbolic link loop"));

        // A FIFO would block a reader forever: refused before it is opened.
        const QString fifo = m_generated + QStringLiteral("/fifo.geojson");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        expectRefused(fifo, {}, QStringLiteral("is not a regular file"));
        expectCliRefused(fifo, QStringLiteral("is not a regular file"));
        expectRefused(QStringLiteral("/dev/zero"), {}, QStringLiteral("is not a regular file"));

        expectRefused(m_generated + QStringLiteral("/missing.geojson"), {}, QStringLiteral("no such file"));
        // A connection string is no file: every file reader refuses it. The
        // window opens it as a database layer, and says why this one cannot
        // be opened, keeping what it has.
        const QString pg = QStringLiteral("PG:dbname=lac host=127.0.0.1");
        expectReadersRefuse(pg, {}, QStringLiteral("refused: a GDAL connection string"));
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        QVERIFY(TestSupport::openLayerAndWait(w, hostileDir + QStringLiteral("local.kml")));
        QVERIFY(w.openLayer(pg));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = w.findChild<QMessageBox *>(QStringLiteral("databaseErrorBox"))), 30000);
        QVERIFY2(box->informativeText().startsWith(pg + QLatin1Char(':'))
                     && box->informativeText().contains(QStringLiteral("name the table or view")),
                 qPrintable(box->informativeText()));
        QCOMPARE(w.document()->layers().user.size(), size_t(1));
        box->close();
    }

    void unreadableFile()
    {
        const QString path = m_generated + QStringLiteral("/unreadable.geojson");
        QVERIFY(QFile::copy(hostileDir + QStringLiteral("crlf.geojson"), path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0) == 0);
        if (::geteuid() != 0) {
            expectRefused(path, {}, QStringLiteral("cannot be read (permission denied)"));
            return;
        }
        // Root reads any file whatever its mode (CAP_DAC_OVERRIDE), so the
        // refusal is checked as a user without that power meets it: the
        // executable run by setpriv with the two file-permission capabilities
        // dropped (still root, so it reaches the build wherever it is).
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root and setpriv (util-linux) is missing: cannot drop privileges");
        const QString drop = QStringLiteral("-dac_override,-dac_read_search");
        const Run r = lacviewer({QStringLiteral("--validate"), path}, {},
                                QStringLiteral("setpriv"),
                                {QStringLiteral("--bounding-set=") + drop, QStringLiteral("--inh-caps=") + drop,
                                 QStringLiteral(LAC_EXECUTABLE)});
        if (r.err.startsWith(QStringLiteral("setpriv:")))
            QSKIP(qPrintable(QStringLiteral("cannot drop capabilities here: ") + r.err.trimmed()));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(path + QStringLiteral(": cannot be read (permission denied)")),
                 qPrintable(r.out + r.err));
        const QString png = m_tmp.filePath(QStringLiteral("unreadable.png"));
        const Run x = lacviewer({QStringLiteral("--export"), png, QStringLiteral("--size"),
                                 QStringLiteral("160x100"), path}, {}, QStringLiteral("setpriv"),
                                {QStringLiteral("--bounding-set=") + drop, QStringLiteral("--inh-caps=") + drop,
                                 QStringLiteral(LAC_EXECUTABLE)});
        QCOMPARE(x.code, 1);
        QVERIFY2(x.err.contains(path + QStringLiteral(": cannot be read (permission denied)")), qPrintable(x.err));
        QVERIFY(!QFileInfo::exists(png));
        // And root itself, which can read it, loads it like any other file.
        expectLoads(path, 2);
    }

    // ------------------------------------------- made at run time: big files
    void millionVertexPolygon()
    {
        const QString path = m_generated + QStringLiteral("/million.geojson");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"type\": \"FeatureCollection\", \"features\": [\n"
                    "{\"type\": \"Feature\", \"properties\": {\"name\": \"million\"},\n"
                    "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[");
            const int n = 1000000;
            QByteArray chunk;
            for (int i = 0; i <= n; ++i) {
                const double a = 2 * M_PI * (i % n) / n;
                chunk += '[' + QByteArray::number(78.5 + 0.5 * std::cos(a), 'f', 6) + ','
                         + QByteArray::number(34.0 + 0.5 * std::sin(a), 'f', 6) + ']';
                if (i < n)
                    chunk += ',';
                if (chunk.size() > 1 << 20) {
                    f.write(chunk);
                    chunk.clear();
                }
            }
            f.write(chunk);
            f.write("]]}}\n]}\n");
        }
        QElapsedTimer timer;
        timer.start();
        const RawLayer layer = expectLoads(path, 1);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(int(layer.features[0].geometry.points.size()), 1000001);
        qInfo("a million vertices loaded and drawn in %lld ms", qint64(timer.elapsed()));

        // Under a lower per-feature limit it is refused, naming the feature's line.
        qputenv("LACVIEWER_MAX_FEATURE_VERTICES", "999999");
        expectRefused(path, {QStringLiteral("\"type\": \"Feature\""), 1},
                      QStringLiteral("the feature has 1000001 vertices, over the limit of 999999 "
                                     "(set LACVIEWER_MAX_FEATURE_VERTICES to raise it)"));
        qunsetenv("LACVIEWER_MAX_FEATURE_VERTICES");
        qputenv("LACVIEWER_MAX_VERTICES", "1000");
        expectRefused(path, {}, QStringLiteral("has 1000001 vertices, over the limit of 1000 "
                                               "(set LACVIEWER_MAX_VERTICES to raise it)"));
        qunsetenv("LACVIEWER_MAX_VERTICES");
    }

    void hundredMegabyteString()
    {
        const QString path = m_generated + QStringLiteral("/huge-string.geojson");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"type\": \"FeatureCollection\", \"features\": [\n"
                    "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [78.2, 34.75]},\n"
                    "\"properties\": {\"name\": \"x\",\n\"summary\": \"");
            const QByteArray mb(1024 * 1024, 'A');
            for (int i = 0; i < 100; ++i)
                f.write(mb);
            f.write("\"}}\n]}\n");
        }
        QElapsedTimer timer;
        timer.start();
        expectRefused(path, {QStringLiteral("\"summary\""), 1},
                      QStringLiteral("a text value is 100 MB, over the 16 MB limit for one value "
                                     "(set LACVIEWER_MAX_TEXT_MB to raise it)"));
        qInfo("a 100 MB string refused (five ways) in %lld ms", qint64(timer.elapsed()));
        expectCliRefused(path, QStringLiteral("a text value is 100 MB"));
    }

    void veryDeepNesting()
    {
        // A million nested arrays: no stack overflow, an error at the line.
        const QString path = m_generated + QStringLiteral("/deep.geojson");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"FeatureCollection\",\n\"features\": [{\"type\": \"Feature\", \"geometry\": null,\n"
                "\"properties\": {\"deep\": ");
        f.write(QByteArray(1000000, '['));
        f.write(QByteArray(1000000, ']'));
        f.write("}}]}\n");
        f.close();
        expectRefused(path, {QStringLiteral("\"deep\""), 1}, QStringLiteral("nested more than 256 deep"));
        expectCliRefused(path, QStringLiteral("nested more than 256 deep"));
    }

    void fileAndFeatureLimits()
    {
        const QString path = hostileDir + QStringLiteral("degenerate-geometries.geojson");
        qputenv("LACVIEWER_MAX_FEATURES", "4");
        expectRefused(path, {}, QStringLiteral("has 5 features, over the limit of 4 (set "
                                               "LACVIEWER_MAX_FEATURES to raise it)"));
        qunsetenv("LACVIEWER_MAX_FEATURES");
        // A file over the size limit is refused before it is read.
        const QString big = m_generated + QStringLiteral("/two-megabytes.geojson");
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2 * 1024 * 1024 + 1, ' '));
        f.close();
        qputenv("LACVIEWER_MAX_FILE_MB", "1");
        expectRefused(big, {}, QStringLiteral("is 2 MB, over the 1 MB limit (set LACVIEWER_MAX_FILE_MB "
                                              "to raise it)"));
        qunsetenv("LACVIEWER_MAX_FILE_MB");
        QCOMPARE(LayerLimits::maxFileBytes(), qint64(512) * 1024 * 1024);
        // Nonsense in a limit variable falls back to the default.
        qputenv("LACVIEWER_MAX_FILE_MB", "lots");
        QCOMPARE(LayerLimits::maxFileBytes(), qint64(512) * 1024 * 1024);
        qputenv("LACVIEWER_MAX_FILE_MB", "-5");
        QCOMPARE(LayerLimits::maxFileBytes(), qint64(512) * 1024 * 1024);
        qunsetenv("LACVIEWER_MAX_FILE_MB");
    }

    // ---------------------------------------------------- the executable
    // Every committed file through --validate and --export, as a user runs
    // them: exit 1 with FILE:LINE: message, and no PNG, for a refused file.
    void commandLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exportCode");
        const QDir dir(hostileDir);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name == QLatin1String("README.md"))
                continue;
            RawLayer layer;
            DataErrors errors;
            const bool loads = TestSupport::readLayer(hostileDir + name, &layer, &errors);
            QTest::newRow(qPrintable(name)) << hostileDir + name << (loads ? 0 : 1);
        }
    }
    void commandLine()
    {
        QFETCH(QString, file);
        QFETCH(int, exportCode);
        DataErrors expected = AtlasLoader().validateFiles({file}, m_bundled.get());
        const Run v = lacviewer({QStringLiteral("--validate"), file});
        QCOMPARE(v.code, expected.isEmpty() ? 0 : 1);
        QVERIFY2(!v.out.contains(QChar(0x1b)) && !v.err.contains(QChar(0x1b)), "an escape sequence reached the terminal");
        for (const DataError &e : expected)
            QVERIFY2(v.out.contains(e.toString()), qPrintable(e.toString() + QStringLiteral("\n---\n") + v.out));

        const QString png = m_tmp.filePath(QStringLiteral("out.png"));
        QFile::remove(png);
        const Run x = lacviewer({QStringLiteral("--export"), png, QStringLiteral("--size"),
                                 QStringLiteral("160x100"), file});
        QCOMPARE(x.code, exportCode);
        QCOMPARE(QFileInfo::exists(png), exportCode == 0);
        if (exportCode != 0)
            QVERIFY2(x.err.startsWith(file + QLatin1Char(':')), qPrintable(x.err));
        // No stray temporary file from an export that did not happen.
        QCOMPARE(QDir(m_tmp.path()).entryList({QStringLiteral("out.png*")}, QDir::Files).size(),
                 exportCode == 0 ? 1 : 0);
    }
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
