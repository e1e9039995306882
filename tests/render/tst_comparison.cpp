// Two dates side by side: ComparisonExporter as the window calls it, and
// "lacviewer --export OUT --compare A,B" as a user runs it. Each half shows
// its own date's statuses; the change table of known pairs is read back from
// the PDF; nothing is cut off (every source cited is in the file, on pages
// that each carry the footer); the same inputs give the same bytes; an SVG
// stays paths and text; every bad --compare is exit code 2 with its reason.

#include "ChangeList.h"
#include "ComparisonExporter.h"
#include "MapDecorations.h"
#include "MapExporter.h"
#include "MapRenderer.h"
#include "MapStyle.h"

#include <QImageReader>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

namespace {

using TestSupport::Run;
using TestSupport::args;
using TestSupport::contents;
using TestSupport::lacviewer;
using TestSupport::tool;
using TestSupport::unligated;

const QDate kJune2020(2020, 6, 1), kNov2024(2024, 11, 20);

int pageCount(const QString &pdf)
{
    static const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    return re.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

// The lines of pdftotext -layout that hold text, ligatures undone.
QStringList pdfLines(const QString &pdf)
{
    return unligated(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}))
        .split(QLatin1Char('\n'));
}

// Text with every space and line break gone: an address broken over two
// lines of a cell is whole again.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    AtlasPtr m_atlas;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // The view the window would pass: Depsang framed as a map of the comparison is.
    MapSettings depsangView() const
    {
        MapSettings view;
        view.size = QSize(420, 480);
        view.setDecorations(true);
        view.recordCheckedTo = m_atlas->recordCheckedTo;
        MapSettings map = ComparisonExporter::mapView(view, kNov2024, QStringLiteral("B"));
        MapDecorations::frameClearOfDecorations(&map, Atlas::flashpointView(*m_atlas->flashpoint(QStringLiteral("depsang"))));
        view.center = map.center;
        view.metresPerPixel = map.metresPerPixel;
        return view;
    }

    // The source addresses a comparison of a and b must list: those of
    // every status change's event, line and event in between.
    QSet<QString> citedUrls(const QDate &a, const QDate &b) const
    {
        const ChangeList changes(*m_atlas, a, b);
        QSet<QString> urls;
        auto add = [&](const QList<SourceRef> &sources) {
            for (const SourceRef &s : sources)
                urls << s.url;
        };
        for (const ChangeList::StatusChange &c : changes.statuses())
            for (const StatusTimeline::Change &s : c.steps)
                add(m_atlas->events[s.event].sources);
        for (const ChangeList::LineChange &l : changes.lines())
            add(m_atlas->lines[l.line].sources);
        for (int i : changes.events())
            add(m_atlas->events[i].sources);
        return urls;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_atlas = TestSupport::bundledAtlas();
        QVERIFY(m_atlas);
    }

    // Depsang's marker is drawn in its status on each date: a standoff on
    // the left in June 2020, patrolling restored on the right in November 2024.
    void eachHalfShowsItsDate()
    {
        const Flashpoint *depsang = m_atlas->flashpoint(QStringLiteral("depsang"));
        QVERIFY(depsang);
        QCOMPARE(m_atlas->statuses.stateAt(depsang->id, kJune2020).status, Status::Standoff);
        QCOMPARE(m_atlas->statuses.stateAt(depsang->id, kNov2024).status, Status::DisengagedPatrollingRestored);
        const MapSettings view = depsangView();
        const ComparisonExporter exporter(m_atlas);
        const QImage image = exporter.image(view, kJune2020, kNov2024);
        QVERIFY(!image.isNull());
        const auto [left, right] = exporter.mapRects(view, kJune2020, kNov2024);
        QCOMPARE(left.size(), QSizeF(view.size));
        QCOMPARE(right.size(), QSizeF(view.size));
        QVERIFY(left.right() < right.left());
        const struct {
            QRectF rect;
            QDate date;
            const char *label;
            Status status;
        } halves[] = {{left, kJune2020, "A", Status::Standoff},
                      {right, kNov2024, "B", Status::DisengagedPatrollingRestored}};
        for (const auto &half : halves) {
            const MapSettings painted = MapExporter::inRegion(
                ComparisonExporter::mapView(view, half.date, QString::fromLatin1(half.label)));
            // Both maps show one extent at one scale.
            QCOMPARE(painted.center, MapExporter::inRegion(view).center);
            QCOMPARE(painted.metresPerPixel, MapExporter::inRegion(view).metresPerPixel);
            const QPoint at = (half.rect.topLeft() + MapRenderer::markerPosition(*depsang, painted)).toPoint();
            QVERIFY(half.rect.contains(at));
            QCOMPARE(QColor(image.pixel(at)).name(), MapStyle::statusColor(half.status).name());
            // The half is the one renderer's map of that date, titled and
            // with no legend of its own: the same pixels, but for rounding
            // where the rasteriser meets its offset in the figure.
            const QImage alone = MapExporter(m_atlas).image(painted).convertToFormat(QImage::Format_RGB32);
            const QImage inFigure = image.copy(half.rect.toRect()).convertToFormat(QImage::Format_RGB32);
            QCOMPARE(inFigure.size(), alone.size());
            int differ = 0;
            for (int y = 0; y < alone.height(); ++y)
                for (int x = 0; x < alone.width(); ++x) {
                    const QRgb p = inFigure.pixel(x, y), q = alone.pixel(x, y);
                    differ += std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                        std::abs(qBlue(p) - qBlue(q))}) > 2;
                }
            QCOMPARE(differ, 0);
        }
        // One legend for both, beside the maps: every status's colour is there.
        const QImage strip = image.copy(QRect(QPoint(int(right.right()) + 1, int(right.top())),
                                              QPoint(image.width() - 1, int(right.bottom()))));
        for (Status st : MapStyle::legendStatuses())
            QVERIFY2(TestSupport::pixelsNear(strip, MapStyle::statusColor(st), 6) >= 10, qPrintable(StatusInfo::label(st)));
    }

    // The table of two known pairs, read back from the PDF.
    void tableOfKnownPairs_data()
    {
        QTest::addColumn<QString>("dates");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("the 2024 agreement")
            << QStringLiteral("2024-10-01,2024-11-20")
            << QStringList{QStringLiteral("Depsang: Standoff → Disengaged (patrolling restored)"),
                           QStringLiteral("Demchok: Standoff → Disengaged (patrolling restored)"),
                           QStringLiteral("First Depsang patrol since 2020 reaches PP10"),
                           QStringLiteral("India announces agreement on patrolling arrangements")};
        QTest::newRow("the Galwan clash")
            << QStringLiteral("2020-06-01,2020-07-31")
            << QStringList{QStringLiteral("Galwan: Standoff → Disengaged (buffer zone)"),
                           QStringLiteral("Deadly clash at PP14, Galwan"),
                           QStringLiteral("Buffer zone: Galwan (PP14)")};
    }
    void tableOfKnownPairs()
    {
        QFETCH(QString, dates);
        QFETCH(QStringList, rows);
        const QString out = file(QStringLiteral("pair-%1.pdf").arg(QString(dates).replace(QLatin1Char(','), QLatin1Char('_'))));
        const Run r = lacviewer({QStringLiteral("--export"), out, QStringLiteral("--compare"), dates});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = pdfLines(out);
        const QString text = lines.join(QLatin1Char('\n'));
        for (const QString &row : rows)
            QVERIFY2(text.contains(row), qPrintable(row + QStringLiteral("\n---\n") + text.left(3000)));
        const QDate a = QDate::fromString(dates.section(QLatin1Char(','), 0, 0), Qt::ISODate);
        const QDate b = QDate::fromString(dates.section(QLatin1Char(','), 1, 1), Qt::ISODate);
        // Each map titled with its date.
        for (const QString &title : {QStringLiteral("A · ") + QLocale::c().toString(a, QStringLiteral("d MMMM yyyy")),
                                     QStringLiteral("B · ") + QLocale::c().toString(b, QStringLiteral("d MMMM yyyy"))})
            QVERIFY2(text.contains(title), qPrintable(title));
        if (dates.startsWith(QLatin1String("2020"))) {
            // Galwan's clash is a row of its own: the day and the status it set.
            const auto clash = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
                return l.contains(QLatin1String("2020-06-15")) && l.contains(QLatin1String("Deadly clash at PP14"));
            });
            QVERIFY(clash != lines.cend());
            QVERIFY2(clash->contains(QLatin1String("Clash")), qPrintable(*clash));
            const auto zone = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
                return l.contains(QLatin1String("Buffer zone: Galwan (PP14)"));
            });
            QVERIFY(zone != lines.cend());
            QVERIFY2(zone->contains(QLatin1String("2020-07-09")) && zone->contains(QLatin1String("appeared")), qPrintable(*zone));
        }
        // Every source cited, numbered, with its address.
        const QString whole = squeezed(text);
        const QSet<QString> urls = citedUrls(a, b);
        QVERIFY(!urls.isEmpty());
        for (const QString &url : urls)
            QVERIFY2(whole.contains(squeezed(url)), qPrintable(url));
        QVERIFY(text.contains(QStringLiteral("[%1]").arg(urls.size())));
        QVERIFY(!text.contains(QStringLiteral("[%1]").arg(urls.size() + 1)));
        // The footer on every page (pdftotext may break its lines anywhere).
        const int pages = pageCount(out);
        QVERIFY(pages >= 1);
        QCOMPARE(int(whole.count(QRegularExpression(QStringLiteral("Page\\d+of%1").arg(pages)))), pages);
        QCOMPARE(int(whole.count(QStringLiteral("notjointlydelineated"))), pages);
        QCOMPARE(int(whole.count(QStringLiteral("Recordcheckedto"))), pages);
    }

    // A long comparison goes on over pages, A4 landscape unless told, with
    // its fonts embedded; a PNG and an SVG grow as tall as the table.
    void nothingIsCutOff()
    {
        const QString pdf = file(QStringLiteral("long.pdf"));
        QCOMPARE(lacviewer({QStringLiteral("--export"), pdf, QStringLiteral("--compare"), QStringLiteral("2020-06-01,2024-11-20")}).code, 0);
        QVERIFY(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("842 x 595 pts (A4)")));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const QString whole = squeezed(pdfLines(pdf).join(QString()));
        for (const QString &url : citedUrls(kJune2020, kNov2024))
            QVERIFY2(whole.contains(squeezed(url)), qPrintable(url));
        // Every font embedded: the "emb" column of each font pdffonts lists.
        const QStringList fonts = tool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))), qPrintable(font));
        // --page and --orientation apply.
        const QString a3 = file(QStringLiteral("a3.pdf"));
        QCOMPARE(lacviewer({QStringLiteral("--export"), a3, QStringLiteral("--compare"), QStringLiteral("2024-10-01,2024-11-20"),
                            QStringLiteral("--page"), QStringLiteral("A3"), QStringLiteral("--orientation"), QStringLiteral("portrait")}).code, 0);
        QVERIFY(tool(QStringLiteral("pdfinfo"), {a3}).contains(QStringLiteral("842 x 1191 pts (A3)")));

        // The same comparison as a PNG and an SVG: one size, taller than
        // a shorter comparison's, the last source in the SVG's text.
        const QString png = file(QStringLiteral("long.png")), svg = file(QStringLiteral("long.svg")),
                      shortPng = file(QStringLiteral("short.png"));
        for (const QString &out : {png, svg})
            QCOMPARE(lacviewer({QStringLiteral("--export"), out, QStringLiteral("--compare"), QStringLiteral("2020-06-01,2024-11-20"),
                                QStringLiteral("--size"), QStringLiteral("500x600")}).code, 0);
        QCOMPARE(lacviewer({QStringLiteral("--export"), shortPng, QStringLiteral("--compare"), QStringLiteral("2024-10-01,2024-11-20"),
                            QStringLiteral("--size"), QStringLiteral("500x600")}).code, 0);
        const QImage image(png), shorter(shortPng);
        QVERIFY(!image.isNull() && !shorter.isNull());
        QCOMPARE(image.width(), shorter.width());
        QVERIFY(image.height() > shorter.height() + 1000);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox().size(), image.size());
        // Its text, without the markup that cuts it into runs.
        const QString svgText = squeezed(QString::fromUtf8(contents(svg)).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        QVERIFY(svgText.contains(squeezed(QStringLiteral("not jointly delineated"))));
        const ChangeList changes(*m_atlas, kJune2020, kNov2024);
        const Event &last = m_atlas->events[changes.events().back()];
        QVERIFY2(svgText.contains(squeezed(last.sources.back().url.toHtmlEscaped())), qPrintable(last.sources.back().url));
    }

    // An SVG comparison stays vector: paths and text, no embedded picture.
    void svgStaysVector()
    {
        const QString out = file(QStringLiteral("vector.svg"));
        const Run r = lacviewer({QStringLiteral("--export"), out, QStringLiteral("--compare"), QStringLiteral("2024-10-01,2024-11-20"),
                                 QStringLiteral("--view"), QStringLiteral("demchok"), QStringLiteral("--size"), QStringLiteral("400x450")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        int code = -1;
        const QString lint = tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), out}, &code);
        QVERIFY2(code == 0, qPrintable(lint));
        const QString text = QString::fromUtf8(contents(out));
        QVERIFY(text.count(QStringLiteral("<path")) > 100);
        QVERIFY(text.count(QStringLiteral("<text")) > 50);
        QVERIFY(!text.contains(QStringLiteral("<image")));
        QVERIFY(text.contains(QStringLiteral("Demchok")));
        QVERIFY(text.contains(QStringLiteral("Eastern Ladakh: what changed from 1 October 2024 to 20 November 2024")));
    }

    // The same inputs, the same bytes, in another process a second later.
    void sameInputsSameBytes_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }
    void sameInputsSameBytes()
    {
        QFETCH(QString, suffix);
        const QString a = file(QStringLiteral("same-a.") + suffix), b = file(QStringLiteral("same-b.") + suffix);
        const QStringList common = args({"--compare", "2020-06-01,2020-07-31", "--view", "galwan", "--select", "galwan"});
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), a} + common).code, 0);
        QTest::qWait(1100);
        QCOMPARE(lacviewer(QStringList{QStringLiteral("--export"), b} + common).code, 0);
        QVERIFY(!contents(a).isEmpty());
        QCOMPARE(contents(a), contents(b));
    }

    // The class refuses what the command line never passes it.
    void refusesDatesOutOfOrderAndGif()
    {
        ComparisonExporter exporter(m_atlas);
        const MapSettings view = depsangView();
        const QString out = file(QStringLiteral("refused.png"));
        QVERIFY(!exporter.write(out, MapExporter::Format::Png, view, kNov2024, kJune2020));
        QVERIFY2(exporter.errorString().contains(QStringLiteral("not before")), qPrintable(exporter.errorString()));
        QVERIFY(!exporter.write(out, MapExporter::Format::Png, view, kJune2020, kJune2020));
        QVERIFY(exporter.image(view, kNov2024, kJune2020).isNull());
        QVERIFY(!exporter.write(file(QStringLiteral("refused.gif")), MapExporter::Format::Gif, view, kJune2020, kNov2024));
        QVERIFY2(exporter.errorString().contains(QStringLiteral("GIF")), qPrintable(exporter.errorString()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("refused.gif"))));
        // And writes what it is given, saying how large.
        QByteArray bytes;
        QVERIFY2(exporter.write(out, MapExporter::Format::Png, view, kJune2020, kNov2024, ExportPage(), &bytes),
                 qPrintable(exporter.errorString()));
        QCOMPARE(contents(out), bytes);
        QCOMPARE(QImage(out).size(), exporter.figureSize());
        QCOMPARE(exporter.pageCount(), 1);
    }

    // --manifest covers a comparison: both dates, the figure's size, its pages.
    void manifest()
    {
        const QString out = file(QStringLiteral("with-manifest.pdf"));
        const Run r = lacviewer({QStringLiteral("--export"), out, QStringLiteral("--compare"), QStringLiteral("2024-10-01,2024-11-20"),
                                 QStringLiteral("--manifest")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject m = TestSupport::jsonFile(out + QStringLiteral(".json"));
        QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("comparison"));
        QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("2024-10-01"));
        QCOMPARE(m.value(QStringLiteral("to")).toString(), QStringLiteral("2024-11-20"));
        QVERIFY(!m.contains(QStringLiteral("date")));
        QCOMPARE(m.value(QStringLiteral("pages")).toInt(), pageCount(out));
        QCOMPARE(m.value(QStringLiteral("output_sha256")).toString(), TestSupport::sha256(contents(out)));
        QVERIFY(m.value(QStringLiteral("map_size")).toObject().value(QStringLiteral("width")).toInt() > 0);
        QVERIFY(r.out.contains(QStringLiteral("%1 pages").arg(pageCount(out))));
    }

    void badCompareExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString png = QStringLiteral("/tmp/lac-compare-never.png");
        auto row = [&](const char *name, const QStringList &a, const char *reason) {
            QTest::newRow(name) << a << QString::fromUtf8(reason);
        };
        const QStringList out{QStringLiteral("--export"), png};
        row("one date", out + args({"--compare", "2020-06-01"}), "--compare \"2020-06-01\": not two dates");
        row("three dates", out + args({"--compare", "2020-06-01,2021-06-01,2022-06-01"}), "not two dates");
        row("bad date", out + args({"--compare", "2020-06-01,2024-02-30"}), "\"2024-02-30\" is not a day of the calendar");
        row("not a date", out + args({"--compare", "June,2024-11-20"}), "--compare \"June,2024-11-20\"");
        row("same date", out + args({"--compare", "2020-06-01,2020-06-01"}), "the same day");
        row("A after B", out + args({"--compare", "2024-11-20,2020-06-01"}), "A 2024-11-20 is after B 2020-06-01");
        row("with --date", out + args({"--compare", "2020-06-01,2024-11-20", "--date", "2021-01-01"}), "--compare");
        row("a GIF", args({"--export", "/tmp/lac-compare-never.gif", "--compare", "2020-06-01,2024-11-20"}),
            "--compare: a comparison is one PNG, SVG or PDF, not a GIF");
        row("an animation", args({"--export-animation", "/tmp/lac-compare-never.gif", "--compare", "2020-06-01,2024-11-20"}),
            "--compare goes with --export");
        row("a query", args({"--status", "--compare", "2020-06-01,2024-11-20"}), "--compare goes with --export");
        row("with --no-footer", out + args({"--compare", "2020-06-01,2024-11-20", "--no-footer"}), "--no-footer does not go with --compare");
        row("with --title", out + args({"--compare", "2020-06-01,2024-11-20", "--title", "T"}), "--title does not go with --compare");
    }
    void badCompareExits2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run r = lacviewer(arguments);
        QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/lac-compare-never.png")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/lac-compare-never.gif")));
    }
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
