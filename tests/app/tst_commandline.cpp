// The lacviewer executable as a user runs it: --export with no display,
// bad arguments, --validate, --status and --events with their JSON.

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

namespace {

using TestSupport::Run;
using TestSupport::lacviewer;

QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && doc.isArray() ? doc.array() : QJsonArray();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const Run r = lacviewer({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        // The version, then where the bundled data is read from (here: the source tree).
        QVERIFY2(QRegularExpression(QStringLiteral("^lacviewer \\d+\\.\\d+\\.\\d+\\ndata: .+\\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("data: " LAC_GEODATA "\n")));
    }

    void help()
    {
        const Run r = lacviewer({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--export")));
        QVERIFY(r.out.contains(QStringLiteral("--validate")));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: lacviewer [options]")), qPrintable(r.out.left(80)));
        QVERIFY(!r.out.contains(QStringLiteral("issue")));
    }

    void exportWritesPngOfSize_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QStringList() << QSize(1600, 1000);
        QTest::newRow("640x480 depsang")
            << QStringList{QStringLiteral("--size"), QStringLiteral("640x480"), QStringLiteral("--view"),
                           QStringLiteral("depsang")} << QSize(640, 480);
        QTest::newRow("galwan at a date")
            << QStringList{QStringLiteral("--view"), QStringLiteral("galwan"), QStringLiteral("--date"),
                           QStringLiteral("2020-06-20"), QStringLiteral("--size"), QStringLiteral("800x600")}
            << QSize(800, 600);
    }
    void exportWritesPngOfSize()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("map.png"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out} + extra);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage image(out);
        QCOMPARE(image.size(), size);
        // Not blank: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("bad size") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x.png"),
                                                 QStringLiteral("--size"), QStringLiteral("big")} << "--size";
        QTest::newRow("zero size") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x.png"),
                                                  QStringLiteral("--size"), QStringLiteral("0x100")} << "--size";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--status"), QStringLiteral("--date"),
                                                 QStringLiteral("2024-02-30")} << "not a day of the calendar";
        QTest::newRow("unknown view") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x-never.png"),
                                                     QStringLiteral("--view"), QStringLiteral("atlantis")} << "atlantis";
        QTest::newRow("bad window") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x-never.png"),
                                                   QStringLiteral("--window"), QStringLiteral("weekly")}
                                    << "--window: \"weekly\" is not cumulative, instant or a number of days";
        QTest::newRow("window without a map") << QStringList{QStringLiteral("--status"), QStringLiteral("--window"),
                                                             QStringLiteral("30")}
                                              << "--window goes with the window or an export";
    }

    // --window picks which events an export shows, as the timeline's
    // display window does: on the day only, or everything up to it.
    void exportWindowChoosesEvents()
    {
        QTemporaryDir dir;
        auto render = [&](const QString &window) {
            const QString path = dir.filePath(window + QStringLiteral(".png"));
            const Run r = lacviewer({QStringLiteral("--export"), path, QStringLiteral("--date"),
                                     QStringLiteral("2020-06-16"), QStringLiteral("--view"), QStringLiteral("galwan"),
                                     QStringLiteral("--window"), window, QStringLiteral("--size"),
                                     QStringLiteral("800x600"), QStringLiteral("--force")});
            [&] { QVERIFY2(r.code == 0, qPrintable(r.err)); }();
            return QImage(path);
        };
        const QImage cumulative = render(QStringLiteral("cumulative"));
        const QImage instant = render(QStringLiteral("instant"));
        QVERIFY(!cumulative.isNull() && !instant.isNull());
        QVERIFY(cumulative != instant);
        QCOMPARE(render(QStringLiteral("cumulative")), cumulative);   // the same request, the same map
    }
    void badArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = lacviewer(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/x-never.png")));
    }

    void unwritableExportExits1()
    {
        const Run r = lacviewer({QStringLiteral("--export"), QStringLiteral("/nonexistent-dir/map.png")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent-dir/map.png")));
    }

    void validateBundled()
    {
        const Run r = lacviewer({QStringLiteral("--validate")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("OK: ")));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // one-line summary
    }

    void validateBrokenFile()
    {
        const QString file = QStringLiteral(LAC_TEST_DATA "/broken/events-impossible-date.geojson");
        const Run r = lacviewer({QStringLiteral("--validate"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(file + QStringLiteral(":9: ")), qPrintable(r.out));
    }

    void statusJson()
    {
        const Run r = lacviewer({QStringLiteral("--status"), QStringLiteral("--date"),
                                 QStringLiteral("2024-11-20"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = jsonArray(r.out);
        QCOMPARE(a.size(), 7);
        QHash<QString, QString> status;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            status.insert(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("status")).toString());
            QVERIFY(!o.value(QStringLiteral("since")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("event")).toString().isEmpty());
        }
        QCOMPARE(status.value(QStringLiteral("depsang")), QStringLiteral("disengaged-patrolling-restored"));
        QCOMPARE(status.value(QStringLiteral("demchok")), QStringLiteral("disengaged-patrolling-restored"));
        for (const char *id : {"galwan", "pangong-north", "pangong-south", "gogra", "hot-springs"})
            QCOMPARE(status.value(QString::fromLatin1(id)), QStringLiteral("disengaged-buffer-zone"));
    }

    void statusText()
    {
        const Run r = lacviewer({QStringLiteral("--status"), QStringLiteral("--date"), QStringLiteral("2020-06-16")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Status as of 2020-06-16")));
        const QString galwanLine = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("Galwan")).value(0);
        QVERIFY2(galwanLine.contains(QStringLiteral("Clash")), qPrintable(r.out));
    }

    void eventsJson()
    {
        const Run r = lacviewer({QStringLiteral("--events"), QStringLiteral("--from"), QStringLiteral("2024-10-01"),
                                 QStringLiteral("--to"), QStringLiteral("2024-11-30"),
                                 QStringLiteral("--flashpoint"), QStringLiteral("depsang"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = jsonArray(r.out);
        QVERIFY(a.size() >= 3);
        QString previous;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            const QString date = o.value(QStringLiteral("date")).toString();
            QVERIFY(date >= QLatin1String("2024-10-01") && date <= QLatin1String("2024-11-30"));
            QVERIFY(date >= previous);
            previous = date;
            QVERIFY(o.value(QStringLiteral("flashpoints")).toArray().contains(QStringLiteral("depsang")));
            const QJsonArray sources = o.value(QStringLiteral("sources")).toArray();
            QVERIFY(!sources.isEmpty());
            QVERIFY(sources.first().toObject().value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http")));
        }
    }

    // An uncertain start is printed as the window it falls in; the record's end is said.
    void statusTextSaysRanges()
    {
        const Run r = lacviewer({QStringLiteral("--status"), QStringLiteral("--date"), QStringLiteral("2020-07-06")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("record checked to 20")), qPrintable(r.out));
        const QString demchok = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("Demchok")).value(0);
        QVERIFY2(demchok.contains(QStringLiteral("Standoff")) &&
                 demchok.contains(QStringLiteral("since between 2020-05-01 and 2020-06-04")), qPrintable(demchok));
        const Run j = lacviewer({QStringLiteral("--status"), QStringLiteral("--date"), QStringLiteral("2020-07-06"),
                                 QStringLiteral("--json")});
        for (const QJsonValue &v : jsonArray(j.out)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() != QLatin1String("demchok"))
                continue;
            QCOMPARE(o.value(QStringLiteral("since")).toString(), QStringLiteral("2020-05-01"));
            QCOMPARE(o.value(QStringLiteral("since_end")).toString(), QStringLiteral("2020-06-04"));
        }
    }

    // Both governments' accounts, each labelled by side, in the JSON.
    void eventsJsonCarriesEachSidesClaim()
    {
        const Run r = lacviewer({QStringLiteral("--events"), QStringLiteral("--from"), QStringLiteral("2020-06-15"),
                                 QStringLiteral("--to"), QStringLiteral("2020-06-15"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = jsonArray(r.out);
        QJsonObject clash;
        for (const QJsonValue &v : a)
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("2020-06-15-galwan-clash"))
                clash = v.toObject();
        QVERIFY(!clash.isEmpty());
        QStringList sides;
        QStringList urls;
        for (const QJsonValue &s : clash.value(QStringLiteral("sources")).toArray())
            urls << s.toObject().value(QStringLiteral("url")).toString();
        for (const QJsonValue &c : clash.value(QStringLiteral("claims")).toArray()) {
            const QJsonObject o = c.toObject();
            sides << o.value(QStringLiteral("side_label")).toString();
            QVERIFY(!o.value(QStringLiteral("by")).toString().isEmpty());
            QVERIFY(urls.contains(o.value(QStringLiteral("source_url")).toString()));
        }
        QVERIFY2(sides.contains(QStringLiteral("India")) && sides.contains(QStringLiteral("China")),
                 qPrintable(sides.join(QLatin1Char(','))));
    }

    void sourcesReport()
    {
        const Run r = lacviewer({QStringLiteral("--sources")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("| Kind | Citations | Share |")));
        QVERIFY(r.out.contains(QStringLiteral("| Indian government |")));
        QVERIFY(r.out.contains(QStringLiteral("| Chinese government |")));
        QVERIFY(r.out.contains(QStringLiteral("0 refused")));
        const Run j = lacviewer({QStringLiteral("--sources"), QStringLiteral("--json")});
        QCOMPARE(j.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("citations")).toInt() > 300);
        QCOMPARE(o.value(QStringLiteral("refused")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("government_releases")).toObject().value(QStringLiteral("china")).toInt() >= 5);
        QVERIFY(!o.value(QStringLiteral("by_publisher")).toArray().isEmpty());
        // --sources is a mode of its own.
        QCOMPARE(lacviewer({QStringLiteral("--sources"), QStringLiteral("--status")}).code, 2);
    }

    // What changed between two dates, as the compare view lists it.
    void changesBetweenTwoDates()
    {
        auto statuses = [](const Run &r) {
            QHash<QString, QString> to;
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            for (const QJsonValue &v : o.value(QStringLiteral("statuses")).toArray())
                to.insert(v.toObject().value(QStringLiteral("flashpoint")).toString(),
                          v.toObject().value(QStringLiteral("to")).toString());
            return to;
        };
        const Run oct = lacviewer({QStringLiteral("--changes"), QStringLiteral("--from"), QStringLiteral("2024-10-01"),
                                   QStringLiteral("--to"), QStringLiteral("2024-11-20"), QStringLiteral("--json")});
        QVERIFY2(oct.code == 0, qPrintable(oct.err));
        const auto octTo = statuses(oct);
        QCOMPARE(octTo.value(QStringLiteral("depsang")), QStringLiteral("disengaged-patrolling-restored"));
        QCOMPARE(octTo.value(QStringLiteral("demchok")), QStringLiteral("disengaged-patrolling-restored"));
        QCOMPARE(octTo.size(), 2); // the five buffer zones did not change
        const QJsonObject june = QJsonDocument::fromJson(
            lacviewer({QStringLiteral("--changes"), QStringLiteral("--from"), QStringLiteral("2020-06-01"),
                       QStringLiteral("--to"), QStringLiteral("2020-07-31"), QStringLiteral("--json")}).out.toUtf8()).object();
        QStringList galwanSteps, lines;
        for (const QJsonValue &v : june.value(QStringLiteral("statuses")).toArray())
            if (v.toObject().value(QStringLiteral("flashpoint")).toString() == QLatin1String("galwan"))
                for (const QJsonValue &step : v.toObject().value(QStringLiteral("steps")).toArray())
                    galwanSteps << step.toObject().value(QStringLiteral("status")).toString();
        for (const QJsonValue &v : june.value(QStringLiteral("lines")).toArray())
            lines << v.toObject().value(QStringLiteral("id")).toString() + QLatin1Char(' ')
                         + v.toObject().value(QStringLiteral("change")).toString();
        QVERIFY2(galwanSteps.contains(QStringLiteral("clash")), qPrintable(galwanSteps.join(QLatin1Char(','))));
        QVERIFY(galwanSteps.contains(QStringLiteral("disengaged-buffer-zone")));
        QVERIFY2(lines.contains(QStringLiteral("buffer-zone-galwan-pp14 appeared")), qPrintable(lines.join(QLatin1Char(','))));
        // The text form names the flashpoint and both statuses.
        const Run text = lacviewer({QStringLiteral("--changes"), QStringLiteral("--from"), QStringLiteral("2020-06-01"),
                                    QStringLiteral("--to"), QStringLiteral("2020-07-31")});
        QVERIFY(text.out.contains(QStringLiteral("status  Galwan: Standoff -> Disengaged (buffer zone)")));
        // Two dates, the first before the second.
        QCOMPARE(lacviewer({QStringLiteral("--changes"), QStringLiteral("--from"), QStringLiteral("2024-11-20"),
                            QStringLiteral("--to"), QStringLiteral("2024-10-01")}).code, 2);
        QCOMPARE(lacviewer({QStringLiteral("--changes"), QStringLiteral("--from"), QStringLiteral("2024-11-20")}).code, 2);
    }

    // A user's record citing a forum fails, at the address's line, naming why.
    void validateRefusesAForumSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events-mine.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "{\"type\": \"FeatureCollection\", \"features\": [\n"
            "{\"type\": \"Feature\", \"properties\": {\"id\": \"2026-11-30-note\", \"date\": \"2026-11-30\", \"date_precision\": \"day\",\n"
            " \"date_end\": null, \"date_note\": null, \"date_alternatives\": null, \"type\": \"statement\", \"flashpoints\": [],\n"
            " \"scope\": \"front\", \"place\": null, \"title\": \"A note\", \"summary\": \"A note.\", \"casualties\": null,\n"
            " \"sets_status\": null, \"sets_front_phase\": null,\n"
            " \"sources\": [\n"
            "  {\"url\": \"https://defence.pk/threads/lac.123/\", \"publisher\": \"Forum\", \"date\": null}\n"
            " ]}, \"geometry\": null}]}\n");
        f.close();
        const Run r = lacviewer({QStringLiteral("--validate"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(path + QStringLiteral(":7: source 1 is refused by the source policy")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("a discussion forum (defence.pk)")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
