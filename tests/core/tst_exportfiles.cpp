// Event exports read as their users wrote them: an ACLED-layout CSV in each
// date style gives the same events as its ISO twin, a GDELT-layout TSV gives
// dated points, numeric dates whose day/month order no row tells are asked
// about (and read in the order given), dates and positions that cannot be
// read are reported with a count, an example and the line (in a large
// GeoJSON too, read sequentially or in parallel, whose integer SQLDATEs are
// dates as their text is), a GeoJSON whose
// property is "type": "Topology" opens as GeoJSON, and a geometry GDAL
// cannot read is an error at its line. Fixtures are written here.

#include "TestSupport.h"
#include "AtlasLoader.h"
#include "DateFieldDetection.h"
#include "DateText.h"
#include "EventLayer.h"
#include "LayerReader.h"
#include "LayerSession.h"
#include "Projection.h"
#include "UserLayerLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

struct Row
{
    QDate date;
    double lat, lon;
    QString type;
};

// 40 events from 2020-05-01 on, every 5th day, so days run past 12 and a
// numeric date tells its order.
QList<Row> rows()
{
    static const char *const types[] = {"Battles", "Protests", "Strategic developments", "Violence against civilians"};
    QList<Row> out;
    for (int i = 0; i < 40; ++i)
        out.append({QDate(2020, 5, 1).addDays(5 * i), 34.0 + i * 0.01, 78.0 + i * 0.02, QString::fromLatin1(types[i % 4])});
    return out;
}

QString written(const QDate &d, const QString &style)
{
    const QLocale en(QLocale::English);
    if (style == QLatin1String("iso"))
        return d.toString(Qt::ISODate);
    if (style == QLatin1String("day month year"))
        return en.toString(d, QStringLiteral("d MMMM yyyy"));
    if (style == QLatin1String("dd-Mon-yyyy"))
        return en.toString(d, QStringLiteral("dd-MMM-yyyy"));
    if (style == QLatin1String("month day, year"))
        return en.toString(d, QStringLiteral("MMMM d, yyyy"));
    if (style == QLatin1String("dd/mm/yyyy"))
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    if (style == QLatin1String("mm/dd/yyyy"))
        return d.toString(QStringLiteral("MM/dd/yyyy"));
    if (style == QLatin1String("yyyymmdd"))
        return d.toString(QStringLiteral("yyyyMMdd"));
    return {};
}

// A CSV with ACLED's columns; quoted values as ACLED writes them.
QByteArray acled(const QList<Row> &events, const QString &style)
{
    QByteArray out = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
                     "actor1,assoc_actor_1,inter1,actor2,interaction,civilian_targeting,iso,region,country,"
                     "admin1,admin2,location,latitude,longitude,geo_precision,source,source_scale,notes,"
                     "fatalities,tags,timestamp\n";
    int i = 0;
    for (const Row &r : events) {
        const qint64 uploaded = QDateTime(r.date.addDays(9), QTime(3, 0), Qt::UTC).toSecsSinceEpoch();
        out += QStringLiteral("IND%1,\"%2\",%3,1,Political violence,%4,Armed clash,Military Forces of India "
                              "(2014-),,1,Military Forces of China (2012-),11,,356,South Asia,India,Ladakh,Leh,"
                              "Galwan Valley,%5,%6,1,Hindustan Times,National,\"Troops clashed, as reported.\",0,,%7\n")
                   .arg(++i)
                   .arg(written(r.date, style))
                   .arg(r.date.year())
                   .arg(r.type)
                   .arg(r.lat, 0, 'f', 4)
                   .arg(r.lon, 0, 'f', 4)
                   .arg(uploaded)
                   .toUtf8();
    }
    return out;
}

bool write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

LoadResult load(const QString &path, UserLayer *out, DateText::Order order = DateText::Order::Unknown,
                const QString &dateField = QString())
{
    EventLayerLoader::Options options;
    options.dateField = dateField;
    options.dateOrder = order;
    return UserLayerLoader().load(path, options, out);
}

// ACLED-like events as a GeoJSON FeatureCollection, each feature over two
// lines: feature i from line 2 + 2i, its properties on the next. dates[i]
// is written as the value of "event_date" (JSON: quoted, null...); pad
// adds a property of that many bytes to every feature.
QByteArray acledGeoJson(const QList<QByteArray> &dates, int pad = 0, const QSet<int> &noPoint = {})
{
    QByteArray out = "{\"type\": \"FeatureCollection\", \"features\": [\n";
    for (int i = 0; i < dates.size(); ++i) {
        const QByteArray point = noPoint.contains(i)
            ? QByteArray("null")
            : "{\"type\": \"Point\", \"coordinates\": [" + QByteArray::number(78 + (i % 100) * 0.01, 'f', 2) + ", "
                + QByteArray::number(34 + (i % 50) * 0.01, 'f', 2) + "]}";
        out += "{\"type\": \"Feature\", \"geometry\": " + point + ",\n \"properties\": {\"event_id_cnty\": \"IND"
            + QByteArray::number(i) + "\", \"event_date\": " + dates[i] + ", \"fatalities\": 0"
            + (pad ? ", \"notes\": \"" + QByteArray(pad, 'x') + "\"" : QByteArray()) + "}}"
            + (i + 1 < dates.size() ? ",\n" : "\n");
    }
    return out + "]}\n";
}

// The events' (date, x, y) in a stable order, for comparing two layers.
QList<std::tuple<qint32, float, float>> eventsOf(const EventLayer &e)
{
    QList<std::tuple<qint32, float, float>> out;
    for (size_t i = 0; i < e.size(); ++i)
        out.append({e.start[i], e.x[i], e.y[i]});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

using TestSupport::Run;
using TestSupport::lacviewer;

class TestExportFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportfiles"));
        QSettings().clear();
        LayerReader::configureGdal();
    }

    void readsTheFormsExportsUse()
    {
        using DateText::Form;
        auto day = [](const char *text, Form form) {
            qint32 jd = 0;
            return DateText::julianDayOf(text, form, &jd) ? QDate::fromJulianDay(jd) : QDate();
        };
        const QDate june15(2020, 6, 15);
        QCOMPARE(day("2020-06-15T08:30:00+05:30", Form::Iso), june15);
        QCOMPARE(day("15 June 2020", Form::DayMonthName), june15);
        QCOMPARE(day("15-Jun-2020", Form::DayMonthName), june15);
        QCOMPARE(day("15 Sept 2020", Form::DayMonthName), QDate(2020, 9, 15));
        QCOMPARE(day("June 15, 2020", Form::MonthNameDay), june15);
        QCOMPARE(day("Jun 15 2020", Form::MonthNameDay), june15);
        QCOMPARE(day("20200615", Form::Compact), june15);
        QCOMPARE(day("20200615143000", Form::Compact), june15); // GDELT 2's DATEADDED
        QCOMPARE(day("1592236800", Form::Epoch), june15);       // 2020-06-15T16:00:00Z
        QCOMPARE(day("15/06/2020", Form::DayFirst), june15);
        QCOMPARE(day("06/15/2020", Form::MonthFirst), june15);
        QCOMPARE(day("15.06.2020", Form::DayFirst), june15);
        // Not days: no such day, no such month, two-digit years, trailing words.
        QVERIFY(!day("31 June 2020", Form::DayMonthName).isValid());
        QVERIFY(!day("15 Juin 2020", Form::DayMonthName).isValid());
        QVERIFY(!day("15-Jun-20", Form::DayMonthName).isValid());
        QVERIFY(!day("20201315", Form::Compact).isValid());
        QVERIFY(!day("15/06/2020x", Form::DayFirst).isValid());
        QVERIFY(!day("06/15/2020", Form::DayFirst).isValid());
        // Epoch seconds only in a field named for a timestamp.
        QVERIFY(!DateText::has(DateText::formsOf("1592236800", false), Form::Epoch));
        QVERIFY(DateText::has(DateText::formsOf("1592236800", true), Form::Epoch));
        // 03/04/2020 could be either; 13/04/2020 only day first.
        const unsigned both = DateText::formsOf("03/04/2020", false);
        QVERIFY(DateText::has(both, Form::DayFirst) && DateText::has(both, Form::MonthFirst));
        const unsigned one = DateText::formsOf("13/04/2020", false);
        QVERIFY(DateText::has(one, Form::DayFirst) && !DateText::has(one, Form::MonthFirst));
    }

    void acledStylesGiveTheIsoTwinsEvents_data()
    {
        QTest::addColumn<QString>("style");
        for (const char *s : {"day month year", "dd-Mon-yyyy", "month day, year", "dd/mm/yyyy", "mm/dd/yyyy", "yyyymmdd"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void acledStylesGiveTheIsoTwinsEvents()
    {
        QFETCH(QString, style);
        const QList<Row> events = rows();
        const QString iso = file(QStringLiteral("acled-iso.csv"));
        QVERIFY(write(iso, acled(events, QStringLiteral("iso"))));
        const QString other = file(QStringLiteral("acled-%1.csv").arg(QString(style).replace(QRegularExpression("[^a-z]"), "_")));
        QVERIFY(write(other, acled(events, style)));
        UserLayer twin, read;
        QVERIFY2(load(iso, &twin).ok(), qPrintable(load(iso, &twin).message()));
        const LoadResult r = load(other, &read);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(twin.events && read.events);
        // Dated by the event's date, not by the upload's timestamp.
        QCOMPARE(read.events->dateField, QStringLiteral("event_date"));
        QCOMPARE(read.events->size(), size_t(events.size()));
        QCOMPARE(read.events->skipped, 0);
        QVERIFY(read.events->problems.isEmpty());
        QCOMPARE(eventsOf(*read.events), eventsOf(*twin.events));
        QCOMPARE(read.events->firstDate(), QDate(2020, 5, 1));
        QCOMPARE(read.events->lastDate(), QDate(2020, 5, 1).addDays(5 * 39));
        // Where the first event is: ACLED's latitude/longitude columns.
        QPointF first;
        QVERIFY(Projection::instance().forward(GeoPoint{78.0, 34.0}, &first));
        const auto sorted = eventsOf(*read.events);
        QVERIFY(std::abs(std::get<1>(sorted.front()) - first.x()) < 1.0);
        QVERIFY(std::abs(std::get<2>(sorted.front()) - first.y()) < 1.0);
    }

    void acledTimestampAloneDatesTheEvents()
    {
        // Without event_date, ACLED's timestamp (epoch seconds) is the date.
        QByteArray text = "event_id_cnty,latitude,longitude,timestamp\n";
        text += "IND1,34.5,78.1,1592236800\nIND2,34.6,78.2,1592323200\n";
        const QString path = file(QStringLiteral("timestamps.csv"));
        QVERIFY(write(path, text));
        UserLayer u;
        QVERIFY2(load(path, &u).ok(), qPrintable(load(path, &u).message()));
        QVERIFY(u.events);
        QCOMPARE(u.events->dateField, QStringLiteral("timestamp"));
        QCOMPARE(u.events->firstDate(), QDate(2020, 6, 15));
        QCOMPARE(u.events->lastDate(), QDate(2020, 6, 16));
    }

    void gdeltTsvGivesDatedPoints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow(".tsv") << QStringLiteral("gdelt.tsv");
        QTest::newRow(".export.CSV (tab-separated)") << QStringLiteral("20200615.export.CSV");
    }
    void gdeltTsvGivesDatedPoints()
    {
        QFETCH(QString, name);
        QByteArray text = "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\tActor1Name\t"
                          "EventCode\tEventRootCode\tGoldsteinScale\tActionGeo_Type\tActionGeo_FullName\t"
                          "ActionGeo_Lat\tActionGeo_Long\tDATEADDED\tSOURCEURL\n";
        for (int i = 0; i < 30; ++i) {
            const QDate d = QDate(2020, 6, 1).addDays(i);
            text += QStringLiteral("%1\t%2\t%3\t2020\t%4\tIND\tINDIA\t190\t19\t-10\t4\tGalwan, Jammu and Kashmir, "
                                   "India\t%5\t%6\t%7\thttps://example.org/%1\n")
                        .arg(900000000 + i)
                        .arg(d.toString(QStringLiteral("yyyyMMdd")), d.toString(QStringLiteral("yyyyMM")))
                        .arg(2020.4 + i / 365.0, 0, 'f', 4)
                        .arg(34.7 + i * 0.001, 0, 'f', 4)
                        .arg(78.2 + i * 0.001, 0, 'f', 4)
                        .arg(d.addDays(1).toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("000000"))
                        .toUtf8();
        }
        // An event GDELT could not place: no position, left out (not a problem).
        text += "900000099\t20200630\t202006\t2020\t2020.49\tIND\tINDIA\t190\t19\t-10\t0\t\t\t\t20200701000000\t"
                "https://example.org/x\n";
        const QString path = file(name);
        QVERIFY(write(path, text));
        UserLayer u;
        const LoadResult r = load(path, &u);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(u.events);
        QCOMPARE(u.events->dateField, QStringLiteral("SQLDATE"));
        QCOMPARE(u.events->size(), size_t(30));
        QCOMPARE(u.events->skipped, 1);
        QVERIFY(u.events->problems.isEmpty());
        QCOMPARE(u.events->firstDate(), QDate(2020, 6, 1));
        QCOMPARE(u.events->lastDate(), QDate(2020, 6, 30));
        QPointF galwan;
        QVERIFY(Projection::instance().forward(GeoPoint{78.2, 34.7}, &galwan));
        const auto sorted = eventsOf(*u.events);
        QVERIFY(std::abs(std::get<1>(sorted.front()) - galwan.x()) < 1.0);
        QVERIFY(std::abs(std::get<2>(sorted.front()) - galwan.y()) < 1.0);
    }

    void headerlessGdeltIsNamedAsSuch()
    {
        // GDELT 2's daily files: 61 tab-separated columns and no header row.
        QByteArray text;
        for (int row = 0; row < 3; ++row) {
            QList<QByteArray> f(61, QByteArray());
            f[0] = QByteArray::number(900000000 + row);
            f[1] = "20200615";
            f[56] = "34.7";
            f[57] = "78.2";
            f[59] = "20200616000000";
            f[60] = "https://example.org/a";
            text += f.join('\t') + '\n';
        }
        const QString path = file(QStringLiteral("20200615.export.CSV"));
        QVERIFY(write(path, text));
        UserLayer u;
        const LoadResult r = load(path, &u);
        QCOMPARE(r.status, LoadResult::Status::Failed);
        QCOMPARE(r.message(), path + QStringLiteral(":1: a GDELT event file without its header row: put the header "
                                                    "line of GDELT's codebook before the first event, then open it "
                                                    "again"));
    }

    void unclearDayMonthOrderIsAsked()
    {
        // Every day and month is 12 or less: no row tells the order.
        QByteArray text = "event_id_cnty,event_date,latitude,longitude\n";
        text += "IND1,03/04/2020,34.5,78.1\nIND2,05/06/2020,34.6,78.2\nIND3,11/12/2020,34.7,78.3\n";
        const QString path = file(QStringLiteral("unclear.csv"));
        QVERIFY(write(path, text));
        UserLayer u;
        const LoadResult asked = load(path, &u);
        QCOMPARE(asked.status, LoadResult::Status::Ambiguous);
        QCOMPARE(asked.question, LoadResult::Question::DateOrder);
        QCOMPARE(asked.orderField, QStringLiteral("event_date"));
        QVERIFY2(asked.message().contains(QStringLiteral("--date-order")) && asked.message().contains("03/04/2020"),
                 qPrintable(asked.message()));
        QVERIFY(asked.message().startsWith(path + QLatin1Char(':')));
        UserLayer dmy, mdy;
        QVERIFY(load(path, &dmy, DateText::Order::DayFirst).ok());
        QVERIFY(load(path, &mdy, DateText::Order::MonthFirst).ok());
        QCOMPARE(dmy.events->firstDate(), QDate(2020, 4, 3));
        QCOMPARE(dmy.events->lastDate(), QDate(2020, 12, 11));
        QCOMPARE(mdy.events->firstDate(), QDate(2020, 3, 4));
        QCOMPARE(mdy.events->lastDate(), QDate(2020, 11, 12));
        // One row with a day over 12 settles it: nothing is asked.
        text += "IND4,25/12/2020,34.8,78.4\n";
        QVERIFY(write(path, text));
        UserLayer told;
        QVERIFY(load(path, &told).ok());
        QCOMPARE(told.events->lastDate(), QDate(2020, 12, 25));
        QCOMPARE(told.events->firstDate(), QDate(2020, 4, 3));
    }

    void chosenOrderIsRememberedPerFile()
    {
        const QString path = file(QStringLiteral("remembered.csv"));
        QVERIFY(write(path, "event_date,latitude,longitude\n03/04/2020,34.5,78.1\n"));
        QCOMPARE(LayerSession::rememberedDateOrder(path), DateText::Order::Unknown);
        LayerSession::rememberDateOrder(path, DateText::Order::MonthFirst);
        // The same file by another name of its path.
        QCOMPARE(LayerSession::rememberedDateOrder(m_dir.path() + QStringLiteral("/./remembered.csv")),
                 DateText::Order::MonthFirst);
        QCOMPARE(LayerSession::rememberedDateOrder(file(QStringLiteral("unclear.csv"))), DateText::Order::Unknown);
    }

    void unreadableDatesAreReportedWithCountExampleAndLine()
    {
        const QList<Row> events = rows();
        QByteArray text = acled(events, QStringLiteral("day month year"));
        QList<QByteArray> lines = text.split('\n');
        // Lines 6 and 11 (rows 5 and 10): a day June does not have, and a word.
        lines[5].replace(written(events[4].date, QStringLiteral("day month year")).toUtf8(), "31 June 2020");
        lines[10].replace(written(events[9].date, QStringLiteral("day month year")).toUtf8(), "mid-2020");
        const QString path = file(QStringLiteral("acled-bad-dates.csv"));
        QVERIFY(write(path, lines.join('\n')));
        UserLayer u;
        const LoadResult r = load(path, &u);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(u.events->size(), size_t(events.size() - 2));
        QCOMPARE(u.events->problems.size(), 1);
        const QString message = u.events->problems.front().toString();
        QVERIFY2(message.startsWith(path + QStringLiteral(":6: 2 rows have a date in \"event_date\"")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"31 June 2020\"")) && message.contains(QStringLiteral("15 June 2020")),
                 qPrintable(message));
    }

    void aDateColumnWithNoReadableDateFails()
    {
        QByteArray text = "event_id_cnty,event_date,latitude,longitude\n";
        for (int i = 1; i <= 20; ++i)
            text += QStringLiteral("IND%1,%2-Jun-20,34.5,78.1\n").arg(i).arg(i, 2, 10, QLatin1Char('0')).toUtf8();
        const QString path = file(QStringLiteral("two-digit-years.csv"));
        QVERIFY(write(path, text));
        UserLayer u;
        const LoadResult r = load(path, &u);
        QCOMPARE(r.status, LoadResult::Status::Failed);
        QVERIFY2(r.message().startsWith(path + QStringLiteral(":2: \"event_date\" holds no date the viewer reads: 20 of "
                                                           "the first 20 values")),
                 qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("\"01-Jun-20\"")), qPrintable(r.message()));
        // --validate says the same.
        const DataErrors errors = AtlasLoader().validateFiles({path}, nullptr);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().toString(), r.message());
    }

    void unreadablePositionsAreReported()
    {
        QByteArray text = acled(rows(), QStringLiteral("iso"));
        QList<QByteArray> lines = text.split('\n');
        lines[3].replace(",34.0200,", ",34.O2,"); // a letter O for a zero
        lines[7].replace(",34.0600,", ",340.6,"); // no latitude
        const QString path = file(QStringLiteral("acled-bad-positions.csv"));
        QVERIFY(write(path, lines.join('\n')));
        UserLayer u;
        const LoadResult r = load(path, &u);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(u.events->size(), size_t(38));
        QCOMPARE(u.events->problems.size(), 1);
        const QString message = u.events->problems.front().toString();
        QVERIFY2(message.startsWith(path + QStringLiteral(":4: 2 rows have a position in \"latitude/longitude\"")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"34.O2\"")), qPrintable(message));
        // --validate fails on it, with the same line.
        const DataErrors errors = AtlasLoader().validateFiles({path}, nullptr);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().toString(), message);
    }

    // A GeoJSON large enough for the streaming reader (over 1 MB here, its
    // threshold lowered so; 8 MB by default, where the parallel read
    // starts) says which dates it cannot read as a CSV does: the count, the
    // first value and the line of its "event_date"; the other rows load.
    // Over 8 MB, read in parallel: the same events, the same words.
    void largeGeoJsonSaysWhichDatesCannotBeRead()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "1");
        const auto restore = qScopeGuard([] { qunsetenv("LACVIEWER_SMALL_LAYER_MB"); });
        constexpr int n = 10000;
        QList<QByteArray> dates;
        for (int i = 0; i < n; ++i)
            dates << "\"" + written(QDate(2020, 5, 1).addDays(i % 200), QStringLiteral("day month year")).toUtf8() + "\"";
        dates[3] = "\"31 June 2020\"";  // in the rows the date field is chosen from
        dates[5000] = "\"2020-13-45\"";
        dates[7000] = "\"mid-2020\"";
        dates[8000] = "null";           // no date: skipped, not a problem
        const QSet<int> noPoint = {9000}; // no point: skipped, its date not looked at
        dates[9000] = "\"someday\"";
        const QString path = file(QStringLiteral("acled-bad-dates.geojson"));
        const QByteArray text = acledGeoJson(dates, 0, noPoint);
        QVERIFY(text.size() > (1 << 20) && text.size() < (8 << 20));
        QVERIFY(write(path, text));
        UserLayer u;
        const LoadResult r = load(path, &u);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(u.events);
        QCOMPARE(u.events->rowKey, EventLayer::RowKey::ByteOffset); // the streaming reader's
        QCOMPARE(u.events->dateField, QStringLiteral("event_date"));
        QCOMPARE(u.events->size(), size_t(n - 5));
        QCOMPARE(u.events->skipped, 5);
        QCOMPARE(u.events->firstDate(), QDate(2020, 5, 1));
        QCOMPARE(u.events->problems.size(), 1);
        // Feature 3 starts on line 8; its "event_date" is on line 9.
        const QString message = u.events->problems.front().toString();
        QCOMPARE(message, path + QStringLiteral(":9: 3 rows have a date in \"event_date\" that is not a day written "
                                                "like 15 June 2020, e.g. \"31 June 2020\" (the first is here); left out"));

        const QString large = file(QStringLiteral("acled-bad-dates-large.geojson"));
        const QByteArray padded = acledGeoJson(dates, 800, noPoint);
        QVERIFY(padded.size() > (8 << 20));
        QVERIFY(write(large, padded));
        UserLayer v;
        const LoadResult rl = load(large, &v);
        QVERIFY2(rl.ok(), qPrintable(rl.message()));
        QCOMPARE(v.events->size(), u.events->size());
        QCOMPARE(v.events->skipped, u.events->skipped);
        QCOMPARE(eventsOf(*v.events), eventsOf(*u.events));
        QCOMPARE(v.events->problems.size(), 1);
        QCOMPARE(v.events->problems.front().toString(), QString(message).replace(path, large));

        // --validate fails on it, naming the line; --export draws the rest
        // and says it on stderr.
        const Run validate = lacviewer({QStringLiteral("--validate"), path});
        QCOMPARE(validate.code, 1);
        QVERIFY2(validate.out.contains(message), qPrintable(validate.out + validate.err));
        const QString png = file(QStringLiteral("acled-bad-dates.png"));
        const Run exported = lacviewer({QStringLiteral("--export"), png, QStringLiteral("--size"), QStringLiteral("400x300"), path});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.err.contains(message), qPrintable(exported.err));

        // No row with a point has a date that can be read (those whose
        // dates chose the field have no point): the problems are the reason
        // nothing loads.
        QList<QByteArray> late;
        QSet<int> head;
        for (int i = 0; i < n; ++i) {
            late << (i < 200 ? "\"1 May 2020\"" : "\"mid-2020\"");
            if (i < 200)
                head << i;
        }
        QVERIFY(write(path, acledGeoJson(late, 0, head)));
        const LoadResult failed = load(path, &u);
        QCOMPARE(failed.status, LoadResult::Status::Failed);
        QCOMPARE(failed.message(), path + QStringLiteral(":403: 9,800 rows have a date in \"event_date\" that is not a "
                                                         "day written like 15 June 2020, e.g. \"mid-2020\" (the first "
                                                         "is here); left out"));
    }

    // A small GeoJSON, read through GDAL, names the same line: its date's.
    void smallGeoJsonNamesTheLineOfTheDate()
    {
        QList<QByteArray> dates;
        for (int i = 0; i < 40; ++i)
            dates << "\"" + written(QDate(2020, 5, 1).addDays(i), QStringLiteral("day month year")).toUtf8() + "\"";
        dates[3] = "\"31 June 2020\"";
        const QString path = file(QStringLiteral("acled-small-bad-date.geojson"));
        QVERIFY(write(path, acledGeoJson(dates)));
        UserLayer u;
        const LoadResult r = load(path, &u);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(u.events->rowKey, EventLayer::RowKey::Fid); // not the streaming reader's
        QCOMPARE(u.events->size(), size_t(39));
        QCOMPARE(u.events->problems.size(), 1);
        QCOMPARE(u.events->problems.front().toString(),
                 path + QStringLiteral(":9: 1 row has a date in \"event_date\" that is not a day written like 15 June "
                                       "2020, e.g. \"31 June 2020\" (the first is here); left out"));
    }

    // GDELT's SQLDATE written as a JSON integer (as GDAL writes an integer
    // column) dates the events as its text does, in a large GeoJSON read by
    // the streaming reader and in a small one read by GDAL.
    void geoJsonIntegerSqlDatesAreTheirTextTwins()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "1");
        const auto restore = qScopeGuard([] { qunsetenv("LACVIEWER_SMALL_LAYER_MB"); });
        auto gdelt = [](int count, bool quoted) {
            QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[\n";
            for (int i = 0; i < count; ++i) {
                const QDate d = QDate(2020, 6, 1).addDays(i % 30);
                const QByteArray q = quoted ? "\"" : "";
                out += "{\"type\":\"Feature\",\"properties\":{\"GLOBALEVENTID\":" + QByteArray::number(900000000 + i)
                    + ",\"SQLDATE\":" + q + d.toString(QStringLiteral("yyyyMMdd")).toUtf8() + q
                    + ",\"EventCode\":\"190\",\"DATEADDED\":" + q
                    + d.addDays(1).toString(QStringLiteral("yyyyMMdd")).toUtf8() + "000000" + q
                    + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                    + QByteArray::number(78.2 + (i % 100) * 0.001, 'f', 3) + "," + QByteArray::number(34.7, 'f', 1)
                    + "]}}" + (i + 1 < count ? ",\n" : "\n");
            }
            return out + "]}\n";
        };
        for (int count : {12000, 30}) {
            const QString numbers = file(QStringLiteral("gdelt-%1-integers.geojson").arg(count));
            const QString strings = file(QStringLiteral("gdelt-%1-strings.geojson").arg(count));
            QVERIFY(write(numbers, gdelt(count, false)));
            QVERIFY(write(strings, gdelt(count, true)));
            QCOMPARE(QFileInfo(numbers).size() > (1 << 20), count > 30);
            UserLayer a, b;
            const LoadResult ra = load(numbers, &a), rb = load(strings, &b);
            QVERIFY2(ra.ok(), qPrintable(ra.message()));
            QVERIFY2(rb.ok(), qPrintable(rb.message()));
            QVERIFY(a.events && b.events);
            // The large one read by the streaming reader, not handed on to GDAL.
            QCOMPARE(a.events->rowKey == EventLayer::RowKey::ByteOffset, count > 30);
            QCOMPARE(b.events->rowKey, a.events->rowKey);
            // The event's date, not the bookkeeping DATEADDED.
            QCOMPARE(a.events->dateField, QStringLiteral("SQLDATE"));
            QCOMPARE(a.events->size(), size_t(count));
            QCOMPARE(a.events->skipped, 0);
            QVERIFY(a.events->problems.isEmpty());
            QCOMPARE(a.events->firstDate(), QDate(2020, 6, 1));
            QCOMPARE(a.events->lastDate(), QDate(2020, 6, std::min(count, 30)));
            QCOMPARE(eventsOf(*a.events), eventsOf(*b.events));
        }
    }

    void topologyPropertyOpensAsGeoJson()
    {
        // GDAL's autotest case: a FeatureCollection whose feature has a
        // property "type": "Topology", which GDAL 3.6's GeoJSON driver refuses.
        const QString path = file(QStringLiteral("topology-property.geojson"));
        QVERIFY(write(path, R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"type": "Topology", "name": "Patrol point"},
   "geometry": {"type": "Point", "coordinates": [78.2, 34.75]}}
]}
)"));
        RawLayer raw;
        const LoadResult r = LayerReader().read(path, &raw);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(raw.features.size(), size_t(1));
        QCOMPARE(raw.features[0].attributes.value(QStringLiteral("type")).toString(), QStringLiteral("Topology"));
        QCOMPARE(raw.features[0].attributes.value(QStringLiteral("name")).toString(), QStringLiteral("Patrol point"));
        QCOMPARE(raw.features[0].geometry.type, Geometry::Type::Point);
        QCOMPARE(raw.features[0].firstLonLat.lon, 78.2);
        QCOMPARE(raw.features[0].where.line, 2);
        UserLayer u;
        QVERIFY(load(path, &u).ok());
        QCOMPARE(u.layer.features.size(), size_t(1));
        // A real TopoJSON still goes to GDAL's TopoJSON driver.
        const QString topo = file(QStringLiteral("real.topojson"));
        QVERIFY(write(topo, R"({"type":"Topology","objects":{"pts":{"type":"GeometryCollection","geometries":[
{"type":"Point","coordinates":[78.2,34.75],"properties":{"name":"a"}}]}},"arcs":[]})"));
        RawLayer topoRaw;
        const LoadResult t = LayerReader().read(topo, &topoRaw);
        QVERIFY2(t.ok(), qPrintable(t.message()));
        QCOMPARE(topoRaw.features.size(), size_t(1));
    }

    void unknownGeometryTypeFailsAtItsLine()
    {
        const QString path = file(QStringLiteral("pointy.geojson"));
        QVERIFY(write(path, R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "fine"},
   "geometry": {"type": "Point", "coordinates": [78.2, 34.75]}},
  {"type": "Feature", "properties": {"name": "odd"},
   "geometry": {
     "type": "Pointy", "coordinates": [78.3, 34.8]}}
]}
)"));
        RawLayer raw;
        const LoadResult r = LayerReader().read(path, &raw);
        QCOMPARE(r.status, LoadResult::Status::Failed);
        QCOMPARE(r.message(), path + QStringLiteral(":6: unknown geometry type \"Pointy\""));
        const DataErrors errors = AtlasLoader().validateFiles({path}, nullptr);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.front().toString(), path + QStringLiteral(":6: unknown geometry type \"Pointy\""));
    }

    // The command line, as a user runs it.
    void commandLineAsksForTheOrderWithExitCode2()
    {
        const QString path = file(QStringLiteral("cli-unclear.csv"));
        QVERIFY(write(path, "event_id_cnty,event_date,latitude,longitude\nIND1,03/04/2020,34.5,78.1\n"
                            "IND2,05/06/2020,34.6,78.2\n"));
        const Run validate = lacviewer({QStringLiteral("--validate"), path});
        QCOMPARE(validate.code, 2);
        QVERIFY2(validate.err.contains(path + QStringLiteral(": the dates in \"event_date\" are written like "
                                                             "\"03/04/2020\""))
                     && validate.err.contains(QStringLiteral("--date-order dmy")),
                 qPrintable(validate.err));
        const Run valid = lacviewer({QStringLiteral("--validate"), QStringLiteral("--date-order"), QStringLiteral("dmy"), path});
        QCOMPARE(valid.code, 0);
        QVERIFY2(valid.out.contains(QStringLiteral("OK: 1 file(s) valid")), qPrintable(valid.out + valid.err));
        const QString png = file(QStringLiteral("cli-unclear.png"));
        const Run exported = lacviewer({QStringLiteral("--export"), png, QStringLiteral("--size"), QStringLiteral("400x300"), path});
        QCOMPARE(exported.code, 2);
        QVERIFY(exported.err.contains(QStringLiteral("--date-order")));
        QVERIFY(!QFile::exists(png));
        const Run chosen = lacviewer({QStringLiteral("--export"), png, QStringLiteral("--size"), QStringLiteral("400x300"),
                                     QStringLiteral("--date-order"), QStringLiteral("mdy"), path});
        QCOMPARE(chosen.code, 0);
        QVERIFY(QFile::exists(png));
        const Run bad = lacviewer({QStringLiteral("--validate"), QStringLiteral("--date-order"), QStringLiteral("ymd"), path});
        QCOMPARE(bad.code, 2);
        QCOMPARE(bad.err.trimmed(), QStringLiteral("lacviewer: --date-order: \"ymd\" is not dmy or mdy"));
        const Run help = lacviewer({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("--date-order <dmy|mdy>")));
    }

    void commandLineValidationFailsOnWhatCannotBeRead()
    {
        QByteArray text = "event_id_cnty,event_date,latitude,longitude\n";
        text += "IND1,15 June 2020,34.5,78.1\nIND2,31 June 2020,34.6,78.2\nIND3,16 June 2020,34.7,78.3\n";
        const QString dates = file(QStringLiteral("cli-bad-date.csv"));
        QVERIFY(write(dates, text));
        const Run r = lacviewer({QStringLiteral("--validate"), dates});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(dates + QStringLiteral(":3: 1 row has a date in \"event_date\"")) && r.out.contains("\"31 June 2020\""),
                 qPrintable(r.out + r.err));
        // Loaded for an export, the rows left out are said on stderr.
        const QString png = file(QStringLiteral("cli-bad-date.png"));
        const Run exported = lacviewer({QStringLiteral("--export"), png, QStringLiteral("--size"), QStringLiteral("400x300"), dates});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.err.contains(dates + QStringLiteral(":3: 1 row has a date")), qPrintable(exported.err));

        const QString pointy = file(QStringLiteral("cli-pointy.geojson"));
        QVERIFY(write(pointy, "{\"type\": \"FeatureCollection\", \"features\": [\n"
                              "{\"type\": \"Feature\", \"properties\": {},\n"
                              " \"geometry\": {\"type\": \"Pointy\", \"coordinates\": [78.1, 34.7]}}\n]}\n"));
        const Run p = lacviewer({QStringLiteral("--validate"), pointy});
        QCOMPARE(p.code, 1);
        QVERIFY2(p.out.contains(pointy + QStringLiteral(":3: unknown geometry type \"Pointy\"")), qPrintable(p.out + p.err));

        const QString topology = file(QStringLiteral("cli-topology.geojson"));
        QVERIFY(write(topology, "{\"type\": \"FeatureCollection\", \"features\": [\n"
                                "{\"type\": \"Feature\", \"properties\": {\"type\": \"Topology\"},\n"
                                " \"geometry\": {\"type\": \"Point\", \"coordinates\": [78.1, 34.7]}}\n]}\n"));
        const Run t = lacviewer({QStringLiteral("--validate"), topology});
        QCOMPARE(t.code, 0);
        QVERIFY2(t.out.contains(QStringLiteral("OK: 1 file(s) valid")), qPrintable(t.out + t.err));
    }
};

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
