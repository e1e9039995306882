// lacviewer's exports run as a user runs them, with no display: PNG, SVG and
// PDF read back by real readers, byte-identical repeats across processes,
// no overwriting without --force, the manifest, frame series and the GIF,
// and every bad value refused with exit code 2 and nothing written.

#include "MapStyle.h"
#include "Status.h"

#include <QCryptographicHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>

#include "TestSupport.h"

namespace {

using TestSupport::Run;
using TestSupport::args;
using TestSupport::contents;
using TestSupport::jsonFile;
using TestSupport::lacviewer;
using TestSupport::sha256;
using TestSupport::tool;
using TestSupport::unligated;

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    AtlasPtr m_atlas;   // to compute expected statuses independently of the program

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_atlas = TestSupport::bundledAtlas();
        QVERIFY(m_atlas);
    }

    void pngHasSizeDpiAndDate()
    {
        const QString out = file(QStringLiteral("map.png"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out}
                                + args({"--date", "2020-06-20", "--size", "640x420", "--dpi", "150"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("as of 2020-06-20")));
        QImageReader reader(out);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.text(QStringLiteral("Title")), QStringLiteral("Eastern Ladakh, as of 2020-06-20"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(640, 420));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
    }

    void svgIsValidAndDrawsBack()
    {
        const QString out = file(QStringLiteral("map.svg"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out}
                                + args({"--date", "2024-11-20", "--size", "800x500", "--view", "galwan"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        int code = -1;
        const QString lint = tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), out}, &code);
        QVERIFY2(code == 0, qPrintable(lint));
        QSvgRenderer renderer(out);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 800, 500));
        const QString text = QString::fromUtf8(contents(out));
        QVERIFY(text.contains(QStringLiteral("Eastern Ladakh, as of 2024-11-20")));
        QVERIFY(text.contains(QStringLiteral("not jointly delineated")));
        QVERIFY(!text.contains(QStringLiteral("<image")));
    }

    void pdfTextHasTitleLegendAndDisclaimer()
    {
        const QString out = file(QStringLiteral("map.pdf"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out}
                                + args({"--date", "2022-09-15", "--page", "A3", "--orientation", "portrait"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(contents(out).startsWith("%PDF-"));
        QVERIFY(tool(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("842 x 1191 pts (A3)")));
        int code = -1;
        const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QStringLiteral("Eastern Ladakh, as of 2022-09-15")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("Flashpoint status")));
        for (Status st : MapStyle::legendStatuses()) {
            QString label = StatusInfo::label(st);
            QVERIFY2(text.contains(label) || text.contains(label.replace(QStringLiteral("ff"), QStringLiteral("ﬀ"))),
                     qPrintable(label));
        }
        QVERIFY(text.contains(QStringLiteral("not jointly delineated")));
    }

    // A PDF of a selection carries what the Details panel says of it, with
    // each government's account and every source's address, on the pages
    // after the map; each page says the LAC is not jointly delineated.
    void pdfWithASelectionCarriesItsDetails()
    {
        const QString out = file(QStringLiteral("galwan.pdf"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out}
                                + args({"--date", "2020-06-16", "--select", "galwan"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {out});
        static const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesRe.match(info).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(info));
        const QString details = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), out, QStringLiteral("-")});
        QVERIFY(details.contains(QStringLiteral("Status on 2020-06-16: Clash")));
        QVERIFY(details.contains(QStringLiteral("Each side's account")));
        QVERIFY(details.contains(QStringLiteral("meacms.mea.gov.in")));
        QVERIFY(details.contains(QStringLiteral("Record checked to 20")));
        // pdftotext may break the footer's lines anywhere: count its parts.
        QCOMPARE(int(details.count(QRegularExpression(QStringLiteral("Page \\d+ of \\d+")))), pages - 1);
        QCOMPARE(int(details.count(QStringLiteral("jointly"))), pages - 1);
        // Without a selection the PDF is the map alone.
        const QString map = file(QStringLiteral("no-selection.pdf"));
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), map} + args({"--date", "2020-06-16"})).code, 0);
        QVERIFY(tool(QStringLiteral("pdfinfo"), {map}).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    }

    // A briefing in one command: cover and status table, a page per
    // flashpoint, the sources; the same bytes on a second run.
    void briefingInOneCommand()
    {
        const QString out = file(QStringLiteral("briefing.pdf"));
        const QStringList common = args({"--date", "2020-09-10", "--since", "2020-06-01"});
        const Run r = lacviewer(QStringList{QStringLiteral("--report"), out} + common);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {out});
        QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info)); // A4 portrait
        static const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesRe.match(info).captured(1).toInt();
        QVERIFY2(pages >= 9, qPrintable(info)); // cover, one per flashpoint, sources
        QVERIFY(r.out.contains(QStringLiteral("%1 pages").arg(pages)));
        const QString first = unligated(tool(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-layout"), out, QStringLiteral("-")}));
        QVERIFY2(first.contains(QStringLiteral("Status of each flashpoint on 2020-09-10")), qPrintable(first.left(400)));
        // Each flashpoint's row holds its status as of the date.
        const QString table = first.mid(first.indexOf(QStringLiteral("Status of each flashpoint on")));
        for (const Flashpoint &f : m_atlas->flashpoints) {
            QString row;
            for (const QString &line : table.split(QLatin1Char('\n')))
                if (line.trimmed().startsWith(f.name.left(12)) && row.isEmpty())
                    row = line;
            const QString label = StatusInfo::label(m_atlas->statuses.stateAt(f.id, QDate(2020, 9, 10)).status);
            QVERIFY2(row.contains(label.left(10)), qPrintable(f.id + QStringLiteral(": ") + row));
        }
        const QString all = unligated(tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}));
        // Galwan's page: the clash with each government's account, cited.
        QVERIFY(all.contains(QStringLiteral("Deadly clash at PP14, Galwan")));
        QVERIFY(all.contains(QStringLiteral("India's account")));
        QVERIFY(all.contains(QStringLiteral("China's account")));
        // The sources page: numbered, each with its address.
        QVERIFY(all.contains(QStringLiteral("\n[1] ")));
        QVERIFY(all.contains(QStringLiteral("https://")));
        QCOMPARE(int(all.count(QRegularExpression(QStringLiteral("Page \\d+ of %1").arg(pages)))), pages);
        QVERIFY(all.contains(QStringLiteral("Record checked to")));
        // Byte-identical a second later.
        const QString again = file(QStringLiteral("briefing-again.pdf"));
        QTest::qWait(1100);
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--report"), again} + common).code, 0);
        QCOMPARE(contents(again), contents(out));
        // Bad values.
        QCOMPARE(lacviewer({QStringLiteral("--report"), file(QStringLiteral("b.png"))}).code, 2);
        QCOMPARE(lacviewer({QStringLiteral("--report"), file(QStringLiteral("c.pdf")), QStringLiteral("--date"),
                            QStringLiteral("2020-01-01"), QStringLiteral("--since"), QStringLiteral("2020-02-01")}).code, 2);
        QCOMPARE(lacviewer({QStringLiteral("--report"), file(QStringLiteral("d.pdf")), QStringLiteral("--view"),
                            QStringLiteral("galwan")}).code, 2);
        QCOMPARE(lacviewer({QStringLiteral("--since"), QStringLiteral("2020-02-01")}).code, 2);
    }

    void partsCanBeLeftOut()
    {
        const QString bare = file(QStringLiteral("bare.pdf"));
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), bare} + args({"--date", "2022-09-15", "--no-decorations"})).code, 0);
        const QString text = tool(QStringLiteral("pdftotext"), {bare, QStringLiteral("-")});
        QVERIFY(!text.contains(QStringLiteral("Eastern Ladakh, as of")));
        QVERIFY(!text.contains(QStringLiteral("Flashpoint status")));
        QVERIFY(!text.contains(QStringLiteral("not jointly delineated")));
        const QString noLegend = file(QStringLiteral("nolegend.pdf"));
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), noLegend}
                           + args({"--date", "2022-09-15", "--no-legend", "--title", "Report map 3"})).code, 0);
        const QString text2 = tool(QStringLiteral("pdftotext"), {noLegend, QStringLiteral("-")});
        QVERIFY(!text2.contains(QStringLiteral("Flashpoint status")));
        QVERIFY2(text2.contains(QStringLiteral("Report map 3")), qPrintable(text2.left(300)));
        QVERIFY(text2.contains(QStringLiteral("As of 2022-09-15"))); // the date stays under a title without it
        QVERIFY(text2.contains(QStringLiteral("not jointly delineated")));
    }

    // An extra file of dated points is drawn as the window draws it: only
    // the events up to the export's date, as dots or density.
    void extraEventFileFollowsTheDate_data()
    {
        QTest::addColumn<QByteArray>("smallLayerMb");
        QTest::newRow("checked path") << QByteArray("8");
        QTest::newRow("bulk path") << QByteArray("0");
    }
    void extraEventFileFollowsTheDate()
    {
        QFETCH(QByteArray, smallLayerMb);
        qputenv("LACVIEWER_SMALL_LAYER_MB", smallLayerMb);
        const auto restore = qScopeGuard([] { qunsetenv("LACVIEWER_SMALL_LAYER_MB"); });
        const QString events = file(QStringLiteral("mine-%1.geojson").arg(QString::fromLatin1(smallLayerMb)));
        QFile f(events);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < 1500; ++i)
            f.write(QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"date\":\"%2\"},"
                                   "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%3,%4]}}\n")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(QDate(2021, 3, 1).addDays(i % 120).toString(Qt::ISODate))
                        .arg(78.55 + (i % 40) * 0.0025, 0, 'f', 4)
                        .arg(33.95 + (i / 40) * 0.0025, 0, 'f', 4)
                        .toUtf8());
        f.write("]}\n");
        f.close();
        auto render = [&](const char *date, bool withFile) {
            const QString out = file(QStringLiteral("ev-%1-%2-%3.png").arg(QString::fromLatin1(smallLayerMb), QLatin1String(date)).arg(withFile));
            QStringList a = QStringList{QStringLiteral("--export"), out, QStringLiteral("--force")}
                            + args({"--size", "600x400", "--no-decorations", "--date", date});
            if (withFile)
                a << events;
            const Run r = lacviewer(a);
            return r.code == 0 ? QImage(out) : QImage();
        };
        const QImage beforeWith = render("2020-06-01", true), beforeWithout = render("2020-06-01", false);
        const QImage afterWith = render("2021-12-31", true), afterWithout = render("2021-12-31", false);
        QVERIFY(!beforeWith.isNull() && !afterWith.isNull());
        // Before the first event, nothing of the file is drawn.
        QCOMPARE(beforeWith, beforeWithout);
        // After, its events are: a patch of the map differs.
        int differing = 0;
        for (int y = 0; y < afterWith.height(); ++y)
            for (int x = 0; x < afterWith.width(); ++x)
                differing += afterWith.pixel(x, y) != afterWithout.pixel(x, y);
        QVERIFY2(differing > 20, qPrintable(QString::number(differing)));
        // The legend says whose they are and how many the map shows.
        const QString pdf = file(QStringLiteral("ev-%1.pdf").arg(QString::fromLatin1(smallLayerMb)));
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), pdf, QStringLiteral("--force"), events}
                           + args({"--date", "2021-03-10"})).code, 0);
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Your layers (not checked by LAC Viewer)")), qPrintable(text));
        // 1,500 events over 120 days from 1 March: the first 60 days hold 13 each (1500 = 12*120 + 60).
        QVERIFY2(text.contains(QFileInfo(events).fileName() + QStringLiteral(": 130 events shown")), qPrintable(text));
    }

    // A file with two date fields: refused until --date-field names one.
    void dateFieldChoosesAmongSeveral()
    {
        const QString events = file(QStringLiteral("two-dates.geojson"));
        QFile f(events);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"reported":"2021-01-02","occurred":"2020-12-30"},"geometry":{"type":"Point","coordinates":[78.6,34]}},
{"type":"Feature","properties":{"reported":"2021-02-02","occurred":"2021-01-30"},"geometry":{"type":"Point","coordinates":[78.7,34.1]}}]})");
        f.close();
        const QString pdf = file(QStringLiteral("two-dates.pdf"));
        const Run refused = lacviewer(QStringList{QStringLiteral("--export"), pdf, events} + args({"--date", "2021-01-15"}));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("several date fields (")) && refused.err.contains(QStringLiteral("reported"))
                     && refused.err.contains(QStringLiteral("occurred")) && refused.err.contains(QStringLiteral("choose one")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(pdf));
        // By "occurred", one event is before 2021-01-15; by "reported", one too, but not the same.
        const Run chosen = lacviewer(QStringList{QStringLiteral("--export"), pdf, events, QStringLiteral("--date-field"),
                                                 QStringLiteral("occurred")} + args({"--date", "2021-01-31"}));
        QCOMPARE(chosen.code, 0);
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("two-dates.geojson: 2 events shown")), qPrintable(text));
        const Run other = lacviewer(QStringList{QStringLiteral("--export"), pdf, QStringLiteral("--force"), events,
                                                QStringLiteral("--date-field"), QStringLiteral("reported")}
                                    + args({"--date", "2021-01-31"}));
        QCOMPARE(other.code, 0);
        QVERIFY(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                    .contains(QStringLiteral("two-dates.geojson: 1 event shown")));
    }

    void selectHighlights()
    {
        const QString plain = file(QStringLiteral("plain.png")), selected = file(QStringLiteral("selected.png"));
        const QStringList common = args({"--date", "2024-11-20", "--size", "600x400", "--view", "galwan"});
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), plain} + common).code, 0);
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), selected, QStringLiteral("--select"),
                                       QStringLiteral("galwan")} + common).code, 0);
        auto count = [](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += QColor(image.pixel(x, y)).name() == MapStyle::selectionColor().name();
            return n;
        };
        QVERIFY(count(QImage(selected)) > count(QImage(plain)) + 200);
    }

    void sameInputsSameBytes_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        // A PDF (with its details pages) too: nothing from the clock.
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }
    void sameInputsSameBytes()
    {
        QFETCH(QString, suffix);
        const QString a = file(QStringLiteral("same-a.") + suffix), b = file(QStringLiteral("same-b.") + suffix);
        const bool pdf = suffix == QLatin1String("pdf");
        const QStringList common = pdf ? args({"--date", "2021-02-20", "--select", "pangong-north"})
                                       : args({"--date", "2021-02-20", "--size", "700x450", "--select", "pangong-north"});
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), a} + common).code, 0);
        if (pdf)
            QTest::qWait(1100); // a second later: a clock time in the file would differ
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), b} + common).code, 0);
        int code = -1;
        tool(QStringLiteral("cmp"), {a, b}, &code);
        QCOMPARE(code, 0);
    }

    void refusesToOverwriteWithoutForce()
    {
        const QString out = file(QStringLiteral("keep.png"));
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), out} + args({"--date", "2020-06-20", "--size", "300x200"})).code, 0);
        const QByteArray first = contents(out);
        const Run again = lacviewer(QStringList{QStringLiteral("--export"), out} + args({"--date", "2024-11-20", "--size", "300x200"}));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(out) && again.err.contains(QStringLiteral("--force")), qPrintable(again.err));
        QCOMPARE(contents(out), first);
        const Run forced = lacviewer(QStringList{QStringLiteral("--export"), out, QStringLiteral("--force")}
                                     + args({"--date", "2024-11-20", "--size", "300x200"}));
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QVERIFY(contents(out) != first);
        QCOMPARE(QImageReader(out).text(QStringLiteral("Title")), QStringLiteral("Eastern Ladakh, as of 2024-11-20"));
    }

    void unwritablePathLeavesNothing()
    {
        const QString blocker = file(QStringLiteral("not-a-dir"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString out = blocker + QStringLiteral("/map.") + suffix;
            const Run r = lacviewer({QStringLiteral("--export"), out});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(out), qPrintable(r.err));
        }
        const Run r = lacviewer({QStringLiteral("--export"), QStringLiteral("/nonexistent-dir/map.svg")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("cannot write")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dir")));
        // No temporary files were left beside the blocker.
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY2(!name.startsWith(QStringLiteral("not-a-dir.")), qPrintable(name));
    }

    void manifestBesideTheFile()
    {
        const QString out = file(QStringLiteral("with-manifest.svg"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out, QStringLiteral("--manifest")}
                                + args({"--date", "2024-11-20", "--size", "500x300", "--dpi", "120", "--view", "depsang"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject m = jsonFile(out + QStringLiteral(".json"));
        QVERIFY(!m.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(m.value(QStringLiteral("version")).toString()).hasMatch());
        QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("2024-11-20"));
        QCOMPARE(m.value(QStringLiteral("format")).toString(), QStringLiteral("svg"));
        QCOMPARE(m.value(QStringLiteral("dpi")).toDouble(), 120.0);
        QCOMPARE(m.value(QStringLiteral("size")).toObject().value(QStringLiteral("height")).toInt(), 300);
        const QJsonObject extent = m.value(QStringLiteral("extent")).toObject();
        const QJsonObject projected = extent.value(QStringLiteral("projected")).toObject();
        QVERIFY(projected.value(QStringLiteral("crs")).toString().contains(QStringLiteral("+proj=lcc")));
        QVERIFY(projected.value(QStringLiteral("max_x")).toDouble() > projected.value(QStringLiteral("min_x")).toDouble());
        const QJsonObject lonlat = extent.value(QStringLiteral("lonlat")).toObject();
        // Depsang is near 35.3°N 78.0°E.
        QVERIFY(lonlat.value(QStringLiteral("west")).toDouble() < 78.1 && lonlat.value(QStringLiteral("east")).toDouble() > 78.0);
        QVERIFY(lonlat.value(QStringLiteral("south")).toDouble() < 35.3 && lonlat.value(QStringLiteral("north")).toDouble() > 35.2);
        QCOMPARE(m.value(QStringLiteral("output_sha256")).toString(), sha256(contents(out)));
        const QJsonArray files = m.value(QStringLiteral("data_files")).toArray();
        QVERIFY(files.size() >= 8);
        QStringList names;
        for (const QJsonValue &v : files) {
            const QJsonObject o = v.toObject();
            names << o.value(QStringLiteral("file")).toString();
            QCOMPARE(o.value(QStringLiteral("sha256")).toString(),
                     sha256(contents(o.value(QStringLiteral("path")).toString())));
        }
        for (const char *name : {"flashpoints.geojson", "events.geojson", "countries.geojson"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        // The manifest is not overwritten without --force either.
        const Run again = lacviewer({QStringLiteral("--export"), file(QStringLiteral("other.svg")), QStringLiteral("--manifest")});
        QCOMPARE(again.code, 0);
        QCOMPARE(lacviewer({QStringLiteral("--export"), file(QStringLiteral("other.svg")), QStringLiteral("--manifest")}).code, 1);
    }

    void framesMonthly()
    {
        const QString dir = file(QStringLiteral("frames-monthly"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export-frames"), dir, QStringLiteral("--manifest")}
                                + args({"--from", "2020-01-15", "--to", "2020-06-20", "--step", "1m", "--size", "320x200"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList names = QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        const QStringList dates = {QStringLiteral("2020-01-15"), QStringLiteral("2020-02-15"), QStringLiteral("2020-03-15"),
                                   QStringLiteral("2020-04-15"), QStringLiteral("2020-05-15"), QStringLiteral("2020-06-15")};
        QCOMPARE(names.size(), dates.size());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(names[i], QStringLiteral("frame-%1-%2.png").arg(i + 1, 4, 10, QLatin1Char('0')).arg(dates[i]));
            // Each frame is stamped with its own date.
            QImageReader reader(QDir(dir).filePath(names[i]));
            QCOMPARE(reader.text(QStringLiteral("Title")), QStringLiteral("Eastern Ladakh, as of ") + dates[i]);
            QCOMPARE(reader.read().size(), QSize(320, 200));
        }
        const QJsonObject m = jsonFile(QDir(dir).filePath(QStringLiteral("frames.json")));
        QCOMPARE(m.value(QStringLiteral("step")).toString(), QStringLiteral("1m"));
        const QJsonArray frames = m.value(QStringLiteral("frames")).toArray();
        QCOMPARE(frames.size(), dates.size());
        for (int i = 0; i < frames.size(); ++i) {
            const QJsonObject f = frames[i].toObject();
            QCOMPARE(f.value(QStringLiteral("date")).toString(), dates[i]);
            QCOMPARE(f.value(QStringLiteral("file")).toString(), names[i]);
            QCOMPARE(f.value(QStringLiteral("sha256")).toString(), sha256(contents(QDir(dir).filePath(names[i]))));
        }
        // Running again refuses to replace the frames without --force.
        const Run again = lacviewer(QStringList{QStringLiteral("--export-frames"), dir}
                                    + args({"--from", "2020-01-15", "--to", "2020-06-20", "--step", "1m", "--size", "320x200"}));
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
    }

    void framesPerEvent()
    {
        // The event dates, as --events lists them.
        const Run events = lacviewer(args({"--events", "--from", "2020-05-01", "--to", "2020-12-31", "--json"}));
        QCOMPARE(events.code, 0);
        QStringList expected;
        for (const QJsonValue &v : QJsonDocument::fromJson(events.out.toUtf8()).array()) {
            const QString d = v.toObject().value(QStringLiteral("date")).toString();
            if (!expected.contains(d))
                expected << d;
        }
        QVERIFY(expected.size() >= 5);
        const QString dir = file(QStringLiteral("frames-events"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export-frames"), dir}
                                + args({"--from", "2020-05-01", "--to", "2020-12-31", "--step", "events", "--size", "240x160", "--no-decorations"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList names = QDir(dir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), expected.size());
        for (int i = 0; i < names.size(); ++i)
            QVERIFY2(names[i].endsWith(expected[i] + QStringLiteral(".png")), qPrintable(names[i]));
    }

    void animatedGif()
    {
        const QString out = file(QStringLiteral("series.gif"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export-animation"), out, QStringLiteral("--manifest")}
                                + args({"--from", "2020-04-01", "--to", "2021-03-01", "--step", "2m", "--size", "360x240",
                                        "--frame-delay", "300"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImageReader reader(out);
        QCOMPARE(reader.format(), QByteArray("gif"));
        QCOMPARE(reader.imageCount(), 6);
        int frames = 0;
        while (reader.canRead() && !reader.read().isNull()) {
            QCOMPARE(reader.nextImageDelay(), 300);
            ++frames;
        }
        QCOMPARE(frames, 6);
        const QJsonObject m = jsonFile(out + QStringLiteral(".json"));
        const QJsonArray list = m.value(QStringLiteral("frames")).toArray();
        QCOMPARE(list.size(), 6);
        QCOMPARE(list.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2020-04-01"));
        QCOMPARE(list.last().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2021-02-01"));
        QCOMPARE(m.value(QStringLiteral("output_sha256")).toString(), sha256(contents(out)));
        // Reproducible too.
        const QString again = file(QStringLiteral("series-again.gif"));
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export-animation"), again}
                           + args({"--from", "2020-04-01", "--to", "2021-03-01", "--step", "2m", "--size", "360x240",
                                   "--frame-delay", "300"})).code, 0);
        QCOMPARE(contents(again), contents(out));
    }

    void badValuesExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString out = QStringLiteral("/tmp/lac-never-written.png");
        auto row = [&](const char *name, QStringList a, const char *reason) {
            QTest::newRow(name) << a << QString::fromUtf8(reason);
        };
        row("unknown view", QStringList{QStringLiteral("--export"), out} + args({"--view", "atlantis"}), "atlantis");
        row("end field alone", QStringList{QStringLiteral("--export"), out} + args({"--end-field", "until"}),
            "--end-field needs --date-field");
        row("unknown select", QStringList{QStringLiteral("--export"), out} + args({"--select", "nowhere"}), "nowhere");
        row("bad format", args({"--export", "/tmp/lac-never-written.bmp"}), ".png, .svg or .pdf");
        row("gif through --export", args({"--export", "/tmp/lac-never-written.gif"}), "--export-animation");
        row("animation not gif", args({"--export-animation", "/tmp/lac-never-written.png"}), ".gif");
        row("dpi text", QStringList{QStringLiteral("--export"), out} + args({"--dpi", "high"}), "--dpi");
        row("dpi zero", QStringList{QStringLiteral("--export"), out} + args({"--dpi", "0"}), "--dpi");
        row("dpi huge", QStringList{QStringLiteral("--export"), out} + args({"--dpi", "99999"}), "--dpi");
        row("size", QStringList{QStringLiteral("--export"), out} + args({"--size", "100x0"}), "--size");
        row("size too big", QStringList{QStringLiteral("--export"), out} + args({"--size", "16385x100"}), "--size");
        row("date", QStringList{QStringLiteral("--export"), out} + args({"--date", "2024-13-01"}), "--date");
        row("step", args({"--export-frames", "/tmp/lac-never-dir", "--step", "3y"}), "--step");
        row("step zero", args({"--export-frames", "/tmp/lac-never-dir", "--step", "0d"}), "--step");
        row("frame delay", args({"--export-animation", "/tmp/lac-never.gif", "--frame-delay", "5"}), "--frame-delay");
        row("frame delay without animation", QStringList{QStringLiteral("--export"), out} + args({"--frame-delay", "100"}), "--frame-delay");
        row("page", args({"--export", "/tmp/lac-never.pdf", "--page", "B9"}), "--page");
        row("orientation", args({"--export", "/tmp/lac-never.pdf", "--orientation", "sideways"}), "--orientation");
        row("size with pdf", args({"--export", "/tmp/lac-never.pdf", "--size", "100x100"}), "--page");
        row("page with png", QStringList{QStringLiteral("--export"), out} + args({"--page", "A4"}), "--page");
        row("date with series", args({"--export-frames", "/tmp/lac-never-dir", "--date", "2020-01-01"}), "--from");
        row("reversed range", args({"--export-frames", "/tmp/lac-never-dir", "--from", "2021-01-01", "--to", "2020-01-01"}), "before");
        row("range with single", QStringList{QStringLiteral("--export"), out} + args({"--from", "2020-01-01"}), "--from");
        row("title and no title", QStringList{QStringLiteral("--export"), out} + args({"--title", "X", "--no-title"}), "--title");
        row("empty title", QStringList{QStringLiteral("--export"), out, QStringLiteral("--title"), QString()}, "--title");
        row("force without export", args({"--status", "--force"}), "--force");
        row("two modes", QStringList{QStringLiteral("--export"), out} + args({"--export-animation", "/tmp/lac-never.gif"}), "only one");
        row("too many frames", args({"--export-frames", "/tmp/lac-never-dir", "--from", "2000-01-01", "--to", "2024-12-31", "--step", "1d"}), "more than");
        row("no event in range", args({"--export-frames", "/tmp/lac-never-dir", "--from", "2001-01-01", "--to", "2001-02-01", "--step", "events"}), "no frame dates");
    }
    void badValuesExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run r = lacviewer(arguments);
        QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        for (const char *path : {"/tmp/lac-never-written.png", "/tmp/lac-never-written.bmp", "/tmp/lac-never-written.gif",
                                 "/tmp/lac-never.gif", "/tmp/lac-never.pdf", "/tmp/lac-never-dir"})
            QVERIFY2(!QFileInfo::exists(QString::fromLatin1(path)), path);
    }
};

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
