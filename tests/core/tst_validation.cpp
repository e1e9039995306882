// Validation: the bundled data is clean, and every broken fixture under
// tests/data/broken gets its message at the line a person would look at.
// The expected line is found by searching the fixture's text for a marker,
// independently of the reader's own line bookkeeping.

#include "AtlasLoader.h"
#include "LayerReader.h"

#include <QtTest>

namespace {

// 1-based line of the n-th line containing marker.
int lineOf(const QString &path, const QString &marker, int nth = 1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(marker) && --nth == 0)
            return i + 1;
    return -1;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { LayerReader::configureGdal(); }

    void bundledDataIsClean()
    {
        DataErrors errors;
        auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
        QStringList text;
        for (const DataError &e : errors)
            text << e.toString();
        QVERIFY2(errors.isEmpty(), qPrintable(text.join(QLatin1Char('\n'))));
        QVERIFY(atlas);
    }

    void everySourceIsWeb()
    {
        DataErrors errors;
        auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
        QVERIFY(atlas);
        for (const Event &e : atlas->events) {
            QVERIFY2(!e.sources.isEmpty(), qPrintable(e.id));
            for (const SourceRef &s : e.sources)
                QVERIFY2(SourceRef::isWebUrl(s.url), qPrintable(e.id + QLatin1Char(' ') + s.url));
        }
        for (const Place &p : atlas->places)
            QVERIFY2(!p.sources.isEmpty(), qPrintable(p.id));
        for (const MapLine &l : atlas->lines)
            QVERIFY2(!l.sources.isEmpty(), qPrintable(l.id));
        // The context layer: sourced, with an uncertainty, each road saying how it was drawn.
        QVERIFY(atlas->context.size() >= 14);
        for (const ContextFeature &c : atlas->context) {
            QVERIFY2(!c.sources.isEmpty() && c.uncertaintyKm > 0, qPrintable(c.id));
            for (const SourceRef &s : c.sources)
                QVERIFY2(s.url.startsWith(QLatin1String("https://en.wikipedia.org/wiki/")), qPrintable(c.id + QLatin1Char(' ') + s.url));
            if (c.isRoad())
                QVERIFY2(c.course.startsWith(QLatin1String("schematic")), qPrintable(c.id));
        }
    }

    void brokenFixture_data()
    {
        QTest::addColumn<QString>("file");
        // A missing property is reported at the feature's opening brace ("    {").
        QTest::addColumn<QString>("marker");   // the expected line contains this
        QTest::addColumn<int>("nth");          // ...in its n-th occurrence
        QTest::addColumn<QString>("message");  // the message contains this
        QTest::newRow("impossible date") << "events-impossible-date.geojson" << "2024-02-30" << 1
                                         << "is not a day of the calendar";
        QTest::newRow("month 13") << "events-month-13.geojson" << "2024-13-01" << 1 << "has no month 13";
        QTest::newRow("unknown flashpoint") << "events-unknown-flashpoint.geojson" << "\"flashpoints\"" << 1
                                            << "unknown flashpoint \"atlantis\"";
        QTest::newRow("no sources") << "events-no-sources.geojson" << "\"sources\"" << 1
                                    << "every feature needs a source";
        QTest::newRow("javascript url") << "events-javascript-url.geojson" << "\"sources\"" << 1
                                        << "no http(s) URL";
        QTest::newRow("reversed range") << "events-reversed-range.geojson" << "\"date_end\"" << 1
                                        << "date_end 2020-06-01 is before date 2020-06-15";
        QTest::newRow("status vs event") << "events-status-mismatch.geojson" << "\"sets_status\"" << 1
                                         << "a \"talks\" event cannot set status \"clash\"";
        QTest::newRow("unknown status") << "events-unknown-status.geojson" << "\"sets_status\"" << 1
                                        << "unknown status \"peace\"";
        QTest::newRow("wrong type") << "places-wrong-type.geojson" << "\"uncertainty_km\"" << 1
                                    << "\"uncertainty_km\" must be a number, not a string";
        QTest::newRow("latitude out of range") << "places-latitude-out-of-range.geojson" << "\"geometry\"" << 1
                                               << "not a longitude/latitude in range";
        QTest::newRow("duplicate id") << "places-duplicate-id.geojson" << "\"id\": \"test-place\"" << 2
                                      << "duplicate id \"test-place\"";
        QTest::newRow("estimate without uncertainty")
            << "places-estimate-without-uncertainty.geojson" << "    {" << 1
            << "required property \"uncertainty_km\" is missing";
        QTest::newRow("missing name") << "flashpoints-missing-name.geojson" << "    {" << 1
                                      << "required property \"name\" is missing";
        QTest::newRow("reversed interval") << "lines-reversed-interval.geojson" << "\"valid_to\"" << 1
                                           << "valid_to 2020-01-01 is before valid_from 2020-07-06";
        QTest::newRow("out of order") << "events-out-of-order.geojson" << "\"date\": \"2020-06-01\"" << 1
                                      << "events must be in date order: 2020-06-01 comes after 2020-06-15";
        QTest::newRow("truncated") << "truncated.geojson" << "\"id\": \"x\"" << 1 << "invalid JSON";
        QTest::newRow("not geojson") << "not-geojson.json" << "{" << 1 << "not GeoJSON";
        // The context layer (roads, towns, posts, passes) gets the same checks.
        QTest::newRow("road without course") << "context-road-without-course.geojson" << "    {" << 1
                                             << "required property \"course\" is missing";
        QTest::newRow("context kind") << "context-unknown-kind.geojson" << "\"kind\"" << 1
                                      << "\"kind\" is \"city\"; expected one of: road, town, post, pass";
        QTest::newRow("context same_as") << "context-unknown-same-as.geojson" << "\"same_as\"" << 1
                                         << "unknown place \"atlantis\"";
        QTest::newRow("context uncertainty") << "context-point-without-uncertainty.geojson" << "    {" << 1
                                             << "required property \"uncertainty_km\" is missing";
    }

    void brokenFixture()
    {
        QFETCH(QString, file);
        QFETCH(QString, marker);
        QFETCH(int, nth);
        QFETCH(QString, message);
        DataErrors reference;
        auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &reference);
        QVERIFY(atlas);
        const QString path = QStringLiteral(LAC_TEST_DATA "/broken/") + file;
        const DataErrors errors = AtlasLoader().validateFiles({path}, atlas.get());
        QVERIFY2(!errors.isEmpty(), "no error reported");
        int expectedLine = lineOf(path, marker, nth);
        if (file == QLatin1String("truncated.geojson"))
            expectedLine += 1; // the parser stops at the end of the text, on the next line
        QVERIFY(expectedLine > 0);
        QStringList all;
        bool found = false;
        for (const DataError &e : errors) {
            all << e.toString();
            if (e.file == path && e.line == expectedLine && e.message.contains(message))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected line %1 \"%2\", got:\n")
                                       .arg(expectedLine).arg(message)
                                   + all.join(QLatin1Char('\n'))));
        // The printed form is FILE:LINE: message.
        QVERIFY(all.join(QLatin1Char('\n')).contains(QStringLiteral("%1:%2: ").arg(path).arg(expectedLine)));
    }

    void allProblemsReportedNotJustTheFirst()
    {
        DataErrors reference;
        auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &reference);
        const QString dir = QStringLiteral(LAC_TEST_DATA "/broken/");
        const DataErrors errors = AtlasLoader().validateFiles(
            {dir + QStringLiteral("events-impossible-date.geojson"),
             dir + QStringLiteral("places-wrong-type.geojson")}, atlas.get());
        QSet<QString> files;
        for (const DataError &e : errors)
            files.insert(e.file);
        QCOMPARE(files.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
