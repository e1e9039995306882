// The parallel read of large GeoJSON (ParallelGeoJsonReader) against the
// sequential one it stands in for: the same rows, skipped features, field
// names and verdicts, with the line of an error, on the cases
// tst_eventlayer pins against GDAL (there the sequential reader is checked
// against GDAL's reading); cuts inside strings and across lines; dates in
// other forms, as integers, and written but unreadable (counted, with the
// first value and its line); cancel and progress; and the loader's own use
// of it on a file over its threshold.

#include "DateFieldDetection.h"
#include "DateText.h"
#include "EventLayerLoader.h"
#include "GeoJsonPointReader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

namespace {

bool chooseDetected(const QList<DateFieldDetection::Field> &fields, DateFieldDetection::Choice *choice)
{
    const DateFieldDetection::Detection d = DateFieldDetection::detect(fields);
    choice->start = d.start;
    choice->end = d.end;
    choice->startForm = d.startForm;
    choice->endForm = d.endForm;
    return !d.start.isEmpty();
}

QByteArray feature(int i, const QByteArray &extra = {})
{
    return QByteArray(R"({"type":"Feature","properties":{"id":"ev-)") + QByteArray::number(i)
        + R"(","date":"2021-)" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-"
        + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "\"" + extra
        + R"(},"geometry":{"type":"Point","coordinates":[)" + QByteArray::number(75 + (i % 600) * 0.01, 'f', 5)
        + "," + QByteArray::number(31 + (i % 500) * 0.012, 'f', 5) + "]}}";
}

// n ordinary features, then tail (more features, comma first), as a
// FeatureCollection or, with sequence, one feature a line.
QByteArray collection(int n, const QByteArray &tail, bool sequence = false)
{
    QByteArray out = sequence ? QByteArray() : QByteArray("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < n; ++i)
        out += feature(i) + (sequence ? "\n" : i + 1 < n ? ",\n" : "");
    return out + tail + (sequence ? "" : "\n]}\n");
}

struct Read
{
    LoadResult result;
    GeoJsonPoints::Rows rows;
    bool parallel = false;
};

Read readWith(const QByteArray &text, bool sequence, bool parallel, qint64 pieceBytes = 200,
              const LoadProgress &progress = {})
{
    QByteArray data = text;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    GeoJsonPointReader reader;
    ParallelGeoJsonReader::Split split;
    split.minBytes = parallel ? 0 : std::numeric_limits<qint64>::max();
    split.pieceBytes = pieceBytes;
    split.threads = 2;
    reader.setSplit(split);
    Read r;
    r.result = reader.read(&buffer, sequence, chooseDetected, progress, 0.85, &r.rows);
    r.parallel = reader.readInParallel();
    return r;
}

QString describe(const LoadResult &r)
{
    return QStringLiteral("%1 %2").arg(int(r.status)).arg(r.errors.isEmpty() ? QString() : r.errors.front().toString());
}

// Everything a caller reads from a result is the same.
void compareReads(const Read &a, const Read &b)
{
    QCOMPARE(describe(a.result), describe(b.result));
    QCOMPARE(a.result.final, b.result.final);
    QCOMPARE(a.rows.lon, b.rows.lon);
    QCOMPARE(a.rows.lat, b.rows.lat);
    QCOMPARE(a.rows.start, b.rows.start);
    QCOMPARE(a.rows.end, b.rows.end);
    QCOMPARE(a.rows.offset, b.rows.offset);
    QCOMPARE(a.rows.skipped, b.rows.skipped);
    QCOMPARE(a.rows.fieldNames, b.rows.fieldNames);
    QCOMPARE(a.rows.startField, b.rows.startField);
    QCOMPARE(a.rows.endField, b.rows.endField);
    QCOMPARE(a.rows.startForm, b.rows.startForm);
    QCOMPARE(a.rows.endForm, b.rows.endForm);
    for (const auto &[x, y] : {std::pair{&a.rows.badStart, &b.rows.badStart}, std::pair{&a.rows.badEnd, &b.rows.badEnd}}) {
        QCOMPARE(x->rows, y->rows);
        QCOMPARE(x->example, y->example);
        QCOMPARE(x->offset, y->offset);
        QCOMPARE(x->feature, y->feature);
        QCOMPARE(x->line, y->line);
    }
}

// A feature on one line whose properties are props (JSON members).
QByteArray featureWith(const QByteArray &props, const QByteArray &geometry = R"({"type":"Point","coordinates":[78.5,34.2]})")
{
    return R"({"type":"Feature","properties":{)" + props + R"(},"geometry":)" + geometry + "}";
}

// A FeatureCollection of these features, one a line from line 2.
QByteArray collectionOf(const QList<QByteArray> &features)
{
    return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.join(",\n") + "\n]}\n";
}

} // namespace

class TestParallelGeoJson : public QObject
{
    Q_OBJECT

private slots:
    // tst_eventlayer's cases, after 300 ordinary features so that they fall
    // in the part read in parallel; pieces of 150 bytes cut everywhere.
    void sameAsSequential_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("sequence");
        QTest::addColumn<bool>("parallel"); // read in parallel to the end, no second pass
        const QByteArray odd = R"(,
{"type":"Feature","properties":{"id":"a","date":"2021-01-02","n":1},"geometry":{"type":"Point","coordinates":[78.0,34.0]}},
{"geometry":{"coordinates":[78.5,34.5,4200],"type":"Point"},"type":"Feature","properties":{"n":2.5,"date":"2021-03-04T10:00:00Z","id":"b"}},
{"type":"Feature","properties":{"id":"c","date":"2021-05-06"},"geometry":null},
{"type":"Feature","properties":{"id":"d","date":null},"geometry":{"type":"Point","coordinates":[79,33]}},
{"type":"Feature","properties":{"id":"e","date":"2022-07-08","tags":["x",{"y":1}],"ok":true},"geometry":{"type":"MultiPoint","coordinates":[[79.5,33.5],[80,33]]}},
{"type":"Feature","id":7,"bbox":[1,2,3,4],"properties":{"id":"f","date":"2022-09-10","late":"x"},"geometry":{"type":"Point","coordinates":[77,35]}},
{"type":"Feature","properties":{"date":"2021-01-02","date":"2022-02-03"},"geometry":{"type":"Point","coordinates":[78,34]}},
{"type":"Feature","properties":{"date":" 2021-01-02"},"geometry":{"type":"Point","coordinates":[78.123456789012345678,34.1e-0]}})";
        QTest::newRow("collection") << collection(300, odd) << false << true;
        QByteArray seq;
        for (QByteArray line : odd.split('\n')) {
            if (line.endsWith(','))
                line.chop(1);
            if (!line.isEmpty())
                seq += "\x1e" + line + "\n";
        }
        QTest::newRow("sequence with RS") << collection(300, seq, true) << true << true;
        QTest::newRow("sequence, blank lines and CRLF") << collection(300, "\r\n\n" + feature(1) + "\r\n\n\n", true) << true << true;
        QTest::newRow("bom, crs, members after features")
            << QByteArray("\xEF\xBB\xBF") + collection(300, odd).chopped(2)
                   + R"(,"crs":{"type":"name","properties":{"name":"EPSG:4326"}}})" << false << false;
        auto fc = [](const QByteArray &f) { return collection(300, ",\n" + f); };
        QTest::newRow("geometry twice") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]},"geometry":{"type":"Point","coordinates":[79,33]}})") << false << false;
        QTest::newRow("type in lower case") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"point","coordinates":[78,34]}})") << false << false;
        QTest::newRow("member in another case") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"Geometry":{"type":"Point","coordinates":[78,34]}})") << false << false;
        QTest::newRow("a coordinate that is text") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":["x",78,34]}})") << false << false;
        QTest::newRow("a point of arrays") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[[1,2],78,34]}})") << false << false;
        QTest::newRow("a short multipoint member") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"MultiPoint","coordinates":[[78,34],[3]]}})") << false << false;
        QTest::newRow("a feature without type") << fc(R"({"properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]}})") << false << false;
        QTest::newRow("a polygon") << fc(R"({"type":"Feature","properties":{"date":"2021-01-03"},"geometry":{"type":"Polygon","coordinates":[[[78,34],[79,34],[79,35],[78,34]]]}})") << false << false;
        QTest::newRow("seq: a root without type") << collection(300, R"({"properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[78,34]}})" "\n", true) << true << false;
        QTest::newRow("seq: a broken line") << collection(300, "{\"type\":\"Feature\",\n" + feature(1) + "\n", true) << true << false;
        QTest::newRow("truncated") << collection(300, ",\n{\"type\":\"Feature\",\"prop").chopped(4) << false << false;
        QTest::newRow("invalid UTF-8") << fc("{\"type\":\"Feature\",\"properties\":{\"t\":\"\xC3\x28\"}}") << false << false;
        QTest::newRow("NaN") << fc("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[NaN,1]}}") << false << false;
        QTest::newRow("too deep") << fc("{\"type\":\"Feature\",\"properties\":{\"x\":" + QByteArray(300, '[') + QByteArray(300, ']') + "}}") << false << false;
        QTest::newRow("trailing text") << collection(300, "") + "xyz" << false << false;
        QTest::newRow("a trailing comma") << collection(300, ",") << false << false;
        QTest::newRow("a missing comma") << collection(300, "\n" + feature(1)) << false << false;
        QTest::newRow("a lone surrogate") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02","t":"\ud800"},"geometry":null})") << false << false;
        QTest::newRow("a control character in a string") << fc("{\"type\":\"Feature\",\"properties\":{\"date\":\"2021-01-02\",\"t\":\"a\tb\"},\"geometry\":null}") << false << false;
        QTest::newRow("a number too big") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02"},"geometry":{"type":"Point","coordinates":[1e999,1]}})") << false << false;
        QTest::newRow("a huge integer") << fc(R"({"type":"Feature","properties":{"date":"2021-01-02","n":123456789012345678901234567890},"geometry":{"type":"Point","coordinates":[78,34]}})") << false << false;
        QTest::newRow("scalars in features") << collection(300, ",1,\"x\",null,") + "{}" << false << false;
        QTest::newRow("seq: two values on a line") << collection(300, feature(1) + feature(2) + "\n", true) << true << false;
        QTest::newRow("seq: a value over lines") << collection(300, "{\"type\":\"Feature\",\n\"properties\":{\"date\":\"2021-01-02\"},\n\"geometry\":null}\n", true) << true << false;
        QTest::newRow("seq: RS inside a value") << collection(300, "{\"type\":\"Feature\",\x1e\"geometry\":null}\n", true) << true << false;
        QTest::newRow("seq: an array split over lines") << collection(300, "{\"type\":\"Feature\",\"properties\":{\"date\":\"2021-01-02\",\"a\":[1\n2]},\"geometry\":null}\n", true) << true << false;
    }
    void sameAsSequential()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, sequence);
        QFETCH(bool, parallel);
        const Read one = readWith(text, sequence, false);
        QVERIFY(!one.parallel);
        for (qint64 piece : {150, 1000, 1 << 20}) {
            const Read many = readWith(text, sequence, true, piece);
            compareReads(many, one);
            if (piece < 1 << 20)
                QCOMPARE(many.parallel, parallel);
        }
    }

    // Cuts that fall inside strings holding "},{", and a GeoJSONSeq whose
    // strings hold escaped newlines and braces: the same rows.
    void cutsInsideStrings()
    {
        QByteArray tail;
        for (int i = 0; i < 400; ++i)
            tail += ",\n" + feature(1000 + i, ",\"note\":\"}, {\\\"type\\\":\\\"Feature\\\"},\\n{ } ,{ }\\n,{\"");
        const QByteArray text = collection(300, tail);
        const Read one = readWith(text, false, false);
        QCOMPARE(one.result.status, LoadResult::Status::Loaded);
        QCOMPARE(int(one.rows.start.size()), 700);
        for (qint64 piece : {100, 333, 4096})
            compareReads(readWith(text, false, true, piece), one);
        QByteArray seq;
        for (int i = 0; i < 400; ++i)
            seq += feature(i, ",\"note\":\"a\\nb}\\n{\\\"x\\\":1}\\r\\n\"") + "\n";
        const Read oneSeq = readWith(seq, true, false);
        QCOMPARE(int(oneSeq.rows.start.size()), 400);
        for (qint64 piece : {100, 333, 4096}) {
            const Read many = readWith(seq, true, true, piece);
            compareReads(many, oneSeq);
            QVERIFY(many.parallel);
        }
    }

    // A malformed feature far into the file: the error names its line.
    void errorInTheSecondHalfNamesItsLine()
    {
        QByteArray tail;
        for (int i = 0; i < 1000; ++i)
            tail += ",\n" + (i == 700 ? QByteArray(R"({"type":"Feature","properties":{"date":"2021-01-02",}})") : feature(i));
        const QByteArray text = collection(1000, tail);
        const Read many = readWith(text, false, true, 4096);
        QCOMPARE(many.result.status, LoadResult::Status::Failed);
        QCOMPARE(many.result.errors.size(), 1);
        // Line 1 opens the collection, 1000 features, then the 701st of the tail.
        QCOMPARE(many.result.errors.front().line, 1 + 1000 + 701);
        QVERIFY2(many.result.errors.front().message.startsWith(QStringLiteral("invalid JSON: ")),
                 qPrintable(many.result.errors.front().message));
        compareReads(many, readWith(text, false, false));
    }

    // Dates in another form than ISO are read in the form chosen from the
    // head in every piece too.
    void otherFormsInEveryPiece()
    {
        QList<QByteArray> features;
        const QLocale en(QLocale::English);
        for (int i = 0; i < 2000; ++i)
            features << featureWith("\"event_date\":\""
                                    + en.toString(QDate(2020, 1, 1).addDays(i % 366), QStringLiteral("d MMMM yyyy")).toUtf8()
                                    + "\"");
        const QByteArray text = collectionOf(features);
        const Read one = readWith(text, false, false);
        QCOMPARE(one.result.status, LoadResult::Status::Loaded);
        QCOMPARE(one.rows.startForm, DateText::Form::DayMonthName);
        QCOMPARE(int(one.rows.start.size()), 2000);
        QCOMPARE(one.rows.skipped, 0);
        for (qint64 piece : {150, 4096}) {
            const Read many = readWith(text, false, true, piece);
            QVERIFY(many.parallel);
            compareReads(many, one);
        }
    }

    // A date written but not a day in its field's form is counted apart
    // from an empty one, with the first value, its feature and the line of
    // its property; in the sampled head as after it, in either read.
    void unreadableDatesAreCountedWithTheirLine()
    {
        QList<QByteArray> features;
        for (int i = 0; i < 1200; ++i) {
            QByteArray date = "\"2021-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-10\"";
            QByteArray geometry = R"({"type":"Point","coordinates":[78.5,34.2]})";
            if (i == 7)
                date = "\"2021-02-30\""; // in the sample: no such day
            else if (i == 500)
                date = "\"2020-13-45\"";
            else if (i == 501)
                date = "null"; // no date: only skipped
            else if (i == 502)
                date = "\"  \""; // blanks: no date either
            else if (i == 503)
                geometry = "null"; // no point: skipped, its date not looked at
            else if (i == 900)
                date = "20210110"; // a number: not a date in ISO form
            else if (i == 901)
                date = "{\"y\":2021}";
            QByteArray props = "\"id\":" + QByteArray::number(i) + ",\"date\":" + date;
            if (i == 503)
                props = "\"date\":\"no point, no matter\"";
            // Feature 1100 has its date on a line of its own.
            features << (i == 1100 ? featureWith("\n\"date\":\"someday\"") : featureWith(props, geometry));
        }
        const QByteArray text = collectionOf(features);
        const Read one = readWith(text, false, false);
        QCOMPARE(one.result.status, LoadResult::Status::Loaded);
        QCOMPARE(int(one.rows.start.size()), 1200 - 8);
        QCOMPARE(one.rows.skipped, 8);
        QCOMPARE(one.rows.badStart.rows, 5);
        QCOMPARE(one.rows.badStart.example, QByteArray("2021-02-30"));
        QCOMPARE(one.rows.badStart.feature, qint64(7));
        QCOMPARE(one.rows.badStart.line, 2 + 7);
        QCOMPARE(text.mid(one.rows.badStart.offset, 11), QByteArray("{\"type\":\"Fe"));
        QCOMPARE(one.rows.badEnd.rows, 0);
        for (qint64 piece : {150, 1000, 1 << 20}) {
            const Read many = readWith(text, false, true, piece);
            QVERIFY(many.parallel);
            compareReads(many, one);
        }
        // After the head: the first there, on the date's own line.
        features[7] = featureWith(R"("date":"2021-02-10")");
        const QByteArray later = collectionOf(features);
        const Read two = readWith(later, false, false);
        QCOMPARE(two.rows.badStart.rows, 4);
        QCOMPARE(two.rows.badStart.example, QByteArray("2020-13-45"));
        QCOMPARE(two.rows.badStart.feature, qint64(500));
        QCOMPARE(two.rows.badStart.line, 2 + 500);
        compareReads(readWith(later, false, true, 1000), two);
        for (int i : {500, 900, 901})
            features[i] = featureWith(R"("date":"2021-02-10")");
        const Read three = readWith(collectionOf(features), false, false);
        QCOMPARE(three.rows.badStart.rows, 1);
        QCOMPARE(three.rows.badStart.example, QByteArray("someday"));
        QCOMPARE(three.rows.badStart.line, 2 + 1100 + 1);
        compareReads(readWith(collectionOf(features), false, true, 1000), three);
    }

    // Integers in a field whose form is YYYYMMDD (GDELT's SQLDATE) or epoch
    // seconds are read as those dates, as their text would be; a number
    // with a fraction, or an integer that is no day, is unreadable.
    void integerDates_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<int>("form");
        QTest::newRow("SQLDATE") << QByteArray("SQLDATE") << int(DateText::Form::Compact);
        QTest::newRow("timestamp") << QByteArray("timestamp") << int(DateText::Form::Epoch);
    }
    void integerDates()
    {
        QFETCH(QByteArray, field);
        QFETCH(int, form);
        auto written = [&](const QDate &d) {
            return form == int(DateText::Form::Compact)
                ? d.toString(QStringLiteral("yyyyMMdd")).toUtf8()
                : QByteArray::number(QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
        };
        QList<QByteArray> numbers, strings;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray w = written(QDate(2020, 6, 1).addDays(i % 90));
            numbers << featureWith("\"" + field + "\":" + w);
            strings << featureWith("\"" + field + "\":\"" + w + "\"");
        }
        const Read asText = readWith(collectionOf(strings), false, false);
        const Read asNumbers = readWith(collectionOf(numbers), false, false);
        QCOMPARE(asText.result.status, LoadResult::Status::Loaded);
        QCOMPARE(asNumbers.result.status, LoadResult::Status::Loaded);
        QCOMPARE(asNumbers.rows.startField, QString::fromUtf8(field));
        QCOMPARE(int(asNumbers.rows.startForm), form);
        QCOMPARE(int(asNumbers.rows.start.size()), 1000);
        QCOMPARE(asNumbers.rows.start, asText.rows.start);
        QCOMPARE(asNumbers.rows.start.front(), qint32(QDate(2020, 6, 1).toJulianDay()));
        compareReads(readWith(collectionOf(numbers), false, true, 1000), asNumbers);
        // Not days: a fraction (even of .0), an integer of no day, a negative one, true.
        const QByteArray noDay = form == int(DateText::Form::Compact) ? "20201345" : "-86400";
        numbers[300] = featureWith("\"" + field + "\":" + written(QDate(2020, 6, 15)) + ".5");
        numbers[600] = featureWith("\"" + field + "\":" + written(QDate(2020, 6, 15)) + ".0");
        numbers[700] = featureWith("\"" + field + "\":" + noDay);
        numbers[800] = featureWith("\"" + field + "\":true");
        const QByteArray text = collectionOf(numbers);
        const Read bad = readWith(text, false, false);
        QCOMPARE(int(bad.rows.start.size()), 996);
        QCOMPARE(bad.rows.badStart.rows, 4);
        QCOMPARE(bad.rows.badStart.example, written(QDate(2020, 6, 15)) + ".5");
        QCOMPARE(bad.rows.badStart.line, 2 + 300);
        for (qint64 piece : {150, 1000})
            compareReads(readWith(text, false, true, piece), bad);
        numbers[300] = numbers[299];
        const Read fraction = readWith(collectionOf(numbers), false, false);
        QCOMPARE(fraction.rows.badStart.example, written(QDate(2020, 6, 15)) + ".0");
        // A fraction among the sampled values: as for GDAL, a field of
        // reals, not of dates.
        numbers[5] = featureWith("\"" + field + "\":1.5");
        QCOMPARE(readWith(collectionOf(numbers), false, false).result.status, LoadResult::Status::Declined);
    }

    void cancelStopsTheParallelRead()
    {
        const QByteArray text = collection(20000, "");
        QList<double> seen;
        const Read r = readWith(text, false, true, 4096, [&seen](double f, const QString &) {
            seen << f;
            return f < 0.3;
        });
        QCOMPARE(r.result.status, LoadResult::Status::Cancelled);
        QVERIFY(!seen.isEmpty() && seen.back() >= 0.3 && seen.back() < 0.85);
    }

    void progressAdvances()
    {
        const QByteArray text = collection(20000, "");
        QList<double> seen;
        const Read r = readWith(text, false, true, 4096, [&seen](double f, const QString &stage) {
            seen << f;
            return stage == QStringLiteral("Reading");
        });
        QCOMPARE(r.result.status, LoadResult::Status::Loaded);
        QVERIFY(r.parallel);
        QCOMPARE(int(r.rows.start.size()), 20000);
        QVERIFY(seen.size() >= 2);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
        QCOMPARE(seen.back(), 0.85);
    }

    // The loader reads a file over the threshold in parallel, with the
    // sequential reader's rows, and identify re-reads a feature by offset.
    void loaderUsesItOnALargeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.geojsons"));
        QByteArray text;
        for (int i = 0; text.size() < (9 << 20); ++i)
            text += feature(i) + "\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
        f.close();
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        GeoJsonPointReader reader;
        GeoJsonPoints::Rows rows;
        QCOMPARE(reader.read(&in, true, chooseDetected, {}, 0.85, &rows).status, LoadResult::Status::Loaded);
        QVERIFY(reader.readInParallel());
        const Read one = readWith(text, true, false);
        Read many;
        many.rows = rows;
        many.result = LoadResult::loaded();
        compareReads(many, one);
        EventLayerLoader loader;
        std::shared_ptr<EventLayer> layer;
        QCOMPARE(loader.load(path, {}, &layer).status, LoadResult::Status::Loaded);
        QCOMPARE(layer->size(), rows.start.size());
        // Rows are kept in the layer's own order: each one's attributes are
        // those of the feature with its date.
        for (size_t i : {size_t(0), layer->size() / 2, layer->size() - 1}) {
            const QString id = EventLayerLoader::attributes(*layer, i).value(QStringLiteral("id")).toString();
            QVERIFY(id.startsWith(QStringLiteral("ev-")));
            const int n = id.mid(3).toInt();
            QCOMPARE(layer->start[i], qint32(QDate(2021, 1 + n % 12, 1 + n % 28).toJulianDay()));
        }
    }
};

QTEST_GUILESS_MAIN(TestParallelGeoJson)
#include "tst_parallelgeojson.moc"
