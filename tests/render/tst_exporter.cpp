// Exports as a reader of the file sees them: each format read back by a real
// reader (QImageReader, QSvgRenderer and xmllint, pdftotext), the scale bar
// measured in the pixels at 96 and 300 dpi, byte-identical repeats, GIF
// frames, frame dates, and the window: an export of its view equals what it
// shows, File › Export Map… writes a file and asks before replacing one, and
// Edit › Copy Map puts that image on the clipboard.

#include "WindowFixture.h"
#include "AtlasLoader.h"
#include "ExportDialog.h"
#include "ExportManifest.h"
#include "LayerReader.h"
#include "BriefingDialog.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapExporter.h"
#include "MapStyle.h"
#include "Projection.h"
#include "Status.h"
#include "TimeCursor.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QDateEdit>
#include <QCheckBox>
#include <QLabel>
#include <QtTest>

#include "TestSupport.h"

namespace {

using TestSupport::tool;

QImage readImage(const QByteArray &bytes, QByteArray *format = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (format)
        *format = reader.format();
    return reader.read();
}

bool isDark(QRgb c)
{
    return qGray(c) < 90;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;

    // A report snapshot: every decoration on.
    MapSettings reportSettings(QSize size = QSize(900, 600), double dpi = 96) const
    {
        MapSettings s;
        s.size = size;
        s.dpi = dpi;
        s.date = QDate(2024, 11, 20);
        s.setDecorations(true);
        s.frame(m_atlas->flashpointExtent());
        return s;
    }

    static void waitForRender(MapCanvas *c)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!c->isRenderPending() && !c->renderedImage().isNull(), 10000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QStandardPaths::setTestModeEnabled(true);
        LayerReader::configureGdal();
        DataErrors errors;
        m_atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
        QVERIFY2(m_atlas, qPrintable(errors.value(0).toString()));
        QVERIFY(m_dir.isValid());
    }

    void pngReadsBackWithSizeDpiAndTitle()
    {
        const MapSettings s = reportSettings(QSize(700, 500), 150);
        const QByteArray bytes = MapExporter(m_atlas).png(s);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.text(QStringLiteral("Title")), QStringLiteral("Eastern Ladakh, as of 2024-11-20"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(700, 500)); // the size stays in pixels at any dpi
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
        // The Galwan marker, in its status colour, where the renderer puts it.
        const QPoint at = MapRenderer::markerPosition(*m_atlas->flashpoint(QStringLiteral("galwan")), s).toPoint();
        QCOMPARE(QColor(image.pixel(at)).name(),
                 MapStyle::statusColor(Status::DisengagedBufferZone).name());
    }

    void svgIsValidVectorWithText()
    {
        const MapSettings s = reportSettings();
        const QByteArray svg = MapExporter(m_atlas).svg(s);
        QVERIFY(svg.startsWith("<?xml"));
        const QString path = m_dir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(MapExporter::writeFile(path, svg, &error), qPrintable(error));
        int code = -1;
        const QString lint = tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path}, &code);
        QVERIFY2(code == 0, qPrintable(lint));

        // Vector: text as text, lines as paths, no embedded picture.
        QVERIFY(!svg.contains("<image"));
        QVERIFY(svg.count("<path") > 50);
        const QString text = QString::fromUtf8(svg);
        QVERIFY(text.contains(QStringLiteral(">Eastern Ladakh, as of 2024-11-20<")));
        for (Status st : MapStyle::legendStatuses())
            QVERIFY2(text.contains(StatusInfo::label(st).toHtmlEscaped()), qPrintable(StatusInfo::label(st)));
        QVERIFY(text.contains(QStringLiteral("not jointly delineated")));

        // Drawn back by Qt's SVG renderer: the markers are where, and in the
        // colour, the PNG has them.
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), s.size));
        QImage drawn(s.size, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::white);
        QPainter p(&drawn);
        renderer.render(&p);
        p.end();
        for (const char *id : {"galwan", "depsang", "demchok"}) {
            const Flashpoint *f = m_atlas->flashpoint(QString::fromLatin1(id));
            const QPoint at = MapRenderer::markerPosition(*f, s).toPoint();
            const QColor expected = MapStyle::statusColor(m_atlas->statuses.stateAt(f->id, s.date).status);
            const QColor got = drawn.pixelColor(at);
            QVERIFY2(qAbs(got.red() - expected.red()) + qAbs(got.green() - expected.green())
                             + qAbs(got.blue() - expected.blue()) < 30,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(id), got.name(), expected.name())));
        }
    }

    void pdfTextIsSearchable()
    {
        MapSettings s = reportSettings();
        s.dpi = 300;
        MapExporter::Page page;
        page.size = QPageSize::A4;
        page.orientation = QPageLayout::Landscape;
        MapSettings used;
        const QByteArray pdf = MapExporter(m_atlas).pdf(s, page, &used);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(used.size, page.pixels(300));
        const QString path = m_dir.filePath(QStringLiteral("map.pdf"));
        QString error;
        QVERIFY2(MapExporter::writeFile(path, pdf, &error), qPrintable(error));
        int code = -1;
        const QString text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QStringLiteral("Eastern Ladakh, as of 2024-11-20")), qPrintable(text.left(400)));
        for (Status st : MapStyle::legendStatuses()) {
            // pdftotext turns "ff" into its ligature.
            QString label = StatusInfo::label(st);
            QVERIFY2(text.contains(label) || text.contains(label.replace(QStringLiteral("ff"), QStringLiteral("ﬀ"))),
                     qPrintable(label));
        }
        QVERIFY(text.contains(QStringLiteral("not jointly delineated")));
        QVERIFY(text.contains(QStringLiteral("Natural Earth")));
        // The page is A4 landscape and holds no raster picture.
        const QString info = tool(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("842 x 595 pts (A4)")), qPrintable(info));
        const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only
    }

    void customTitleKeepsTheDate()
    {
        MapSettings s = reportSettings();
        s.title = QStringLiteral("Disengagement in eastern Ladakh");
        QCOMPARE(s.titleText(), s.title);
        const QByteArray svg = MapExporter(m_atlas).svg(s);
        QVERIFY(svg.contains(">Disengagement in eastern Ladakh<"));
        QVERIFY(svg.contains(">As of 2024-11-20<")); // the date goes under a title without it
        s.title = QStringLiteral("Ladakh on {date}");
        QCOMPARE(s.titleText(), QStringLiteral("Ladakh on 2024-11-20"));
        QVERIFY(!MapExporter(m_atlas).svg(s).contains(">As of 2024-11-20<"));
    }

    void scaleBarIsRightAtAnyDpi_data()
    {
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("size");
        QTest::newRow("96 dpi") << 96.0 << QSize(1000, 700);
        QTest::newRow("300 dpi, same pixels") << 300.0 << QSize(1000, 700);
        QTest::newRow("300 dpi, same print size") << 300.0 << QSize(3125, 2188);
    }
    void scaleBarIsRightAtAnyDpi()
    {
        QFETCH(double, dpi);
        QFETCH(QSize, size);
        const MapSettings s = reportSettings(size, dpi);
        const QImage image = readImage(MapExporter(m_atlas).png(s));
        QCOMPARE(image.size(), size);
        // Find the bar's two end ticks in the picture, a little above the bar.
        const double k = s.symbolScale();
        const QLineF bar = MapDecorations::scaleBarLine(s);
        const QRectF box = MapDecorations::scaleBarBox(s);
        const int y = qRound(bar.y1() - 3.5 * k);
        QList<double> centres;
        int runStart = -1;
        for (int x = int(box.left()) + 1; x < int(box.right()); ++x) {
            const bool dark = isDark(image.pixel(x, y));
            if (dark && runStart < 0)
                runStart = x;
            if (!dark && runStart >= 0) {
                centres << (runStart + x - 1) / 2.0 + 0.5;
                runStart = -1;
            }
        }
        QCOMPARE(centres.size(), 2);
        const double measured = centres[1] - centres[0];
        const MapDecorations::ScaleBarSpec spec = MapDecorations::scaleBar(s);
        QVERIFY2(qAbs(measured - spec.pixels) <= 1.5,
                 qPrintable(QStringLiteral("measured %1 px, expected %2").arg(measured).arg(spec.pixels)));
        // What the bar spans on the ground, measured geodesically between the
        // map points under its ends, is the distance its label gives.
        const ViewTransform t = s.transform();
        GeoPoint a, b;
        QVERIFY(Projection::instance().inverse(t.toMap(QPointF(centres[0], bar.y1())), &a));
        QVERIFY(Projection::instance().inverse(t.toMap(QPointF(centres[1], bar.y1())), &b));
        const double ground = Projection::geodesicDistance(a, b);
        QVERIFY2(qAbs(ground - spec.metres) / spec.metres < 0.01,
                 qPrintable(QStringLiteral("%1 m on the ground, label %2").arg(ground).arg(spec.label)));
        // The label's metres over the bar's pixels is the ground scale.
        QVERIFY(qAbs(spec.metres / spec.pixels - MapDecorations::groundMetresPerPixel(s)) < 1e-6 * spec.metres);
    }

    void northArrowPointsToTrueNorth()
    {
        MapSettings s = reportSettings();
        GeoPoint g{78.5, 34.0};
        QPointF xy;
        QVERIFY(Projection::instance().forward(g, &xy));
        s.center = xy;
        QVERIFY(qAbs(MapDecorations::northAngle(s)) < 0.01); // on the central meridian
        QVERIFY(Projection::instance().forward(GeoPoint{80.5, 34.0}, &xy));
        s.center = xy;
        // East of it, meridians lean towards the cone's apex: north is up and to the left,
        // by about sin(34°) × 2° for this cone.
        QVERIFY2(qAbs(MapDecorations::northAngle(s) + 1.12) < 0.1, qPrintable(QString::number(MapDecorations::northAngle(s))));
    }

    void eachPartCanBeSwitchedOff_data()
    {
        QTest::addColumn<QString>("part");
        for (const char *part : {"title", "legend", "scaleBar", "northArrow", "footer"})
            QTest::newRow(part) << QString::fromLatin1(part);
    }
    void eachPartCanBeSwitchedOff()
    {
        QFETCH(QString, part);
        MapSettings on = reportSettings();
        on.labels = false;
        MapSettings off = on;
        QRectF where;
        if (part == QLatin1String("title")) {
            off.showTitle = false;
            off.dateLabel = false;
            where = QRectF(20, 20, 200, 16);
        } else if (part == QLatin1String("legend")) {
            off.legend = false;
            where = MapLegend::rect(on);
        } else if (part == QLatin1String("scaleBar")) {
            off.scaleBar = false;
            where = MapDecorations::scaleBarBox(on);
        } else if (part == QLatin1String("northArrow")) {
            off.northArrow = false;
            where = MapDecorations::northArrowBox(on);
        } else {
            off.disclaimer = false;
            where = QRectF(0, on.size.height() - 20, on.size.width(), 20);
        }
        const MapExporter exporter(m_atlas);
        const QImage a = exporter.image(on), b = exporter.image(off);
        int changed = 0;
        for (int y = int(where.top()); y < int(where.bottom()); ++y)
            for (int x = int(where.left()); x < int(where.right()); ++x)
                changed += a.pixel(x, y) != b.pixel(x, y);
        QVERIFY2(changed > 30, qPrintable(QString::number(changed)));
    }

    // The north arrow and title have no call of their own in MapRenderer::paint:
    // whichever decoration is drawn last draws them, or the exporter does.
    void northArrowWithAnyOtherDecorations_data()
    {
        QTest::addColumn<int>("mask"); // date, legend, scale bar, footer
        for (int mask = 0; mask < 16; ++mask)
            QTest::newRow(qPrintable(QString::number(mask))) << mask;
    }
    void northArrowWithAnyOtherDecorations()
    {
        QFETCH(int, mask);
        MapSettings s = reportSettings(QSize(600, 400));
        s.labels = false;
        s.showTitle = false;
        s.dateLabel = mask & 1;
        s.legend = mask & 2;
        s.scaleBar = mask & 4;
        s.disclaimer = mask & 8;
        MapSettings without = s;
        without.northArrow = false;
        const MapExporter exporter(m_atlas);
        const QImage a = exporter.image(s), b = exporter.image(without);
        // Where it is drawn: decorations are laid out on the settings paint()
        // completes from the atlas (the footer names the record's date).
        const QRect box = MapDecorations::northArrowBox(MapRenderer::withUserLegend(*m_atlas, s)).toAlignedRect();
        int changed = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                changed += a.pixel(x, y) != b.pixel(x, y);
        QVERIFY2(changed > 100, qPrintable(QString::number(changed)));
        // Outside its box, nothing else changes (it is drawn once, in its place).
        int outside = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                outside += !box.adjusted(-2, -2, 2, 2).contains(x, y) && a.pixel(x, y) != b.pixel(x, y);
        QCOMPARE(outside, 0);
        // The same through a painter (SVG, PDF).
        const QByteArray svg = exporter.svg(s);
        QVERIFY(QString::fromUtf8(svg).contains(QStringLiteral(">N<")));
    }

    void exportsAreByteIdentical()
    {
        const MapSettings s = reportSettings(QSize(640, 400));
        const QByteArray png = MapExporter(m_atlas).png(s);
        const QByteArray svg = MapExporter(m_atlas).svg(s);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(MapExporter(m_atlas).png(s) == png);
            QVERIFY(MapExporter(m_atlas).svg(s) == svg);
        }
        QList<MapSettings> frames;
        for (const QDate &d : {QDate(2020, 6, 15), QDate(2021, 2, 20), QDate(2024, 11, 20)}) {
            MapSettings f = reportSettings(QSize(320, 200));
            f.date = d;
            frames << f;
        }
        QVERIFY(MapExporter(m_atlas).gif(frames, 300) == MapExporter(m_atlas).gif(frames, 300));
    }

    void gifHasOneFramePerDate()
    {
        const QList<QDate> dates = MapExporter::Step{MapExporter::Step::Unit::Months, 1}
                                       .frameDates(*m_atlas, QDate(2020, 5, 1), QDate(2020, 10, 1));
        QCOMPARE(dates.size(), 6);
        QList<MapSettings> frames;
        for (const QDate &d : dates) {
            MapSettings f = reportSettings(QSize(400, 260));
            f.date = d;
            frames << f;
        }
        const QByteArray gif = MapExporter(m_atlas).gif(frames, 250);
        QVERIFY(gif.startsWith("GIF89a"));
        QBuffer buffer;
        buffer.setData(gif);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "gif");
        QVERIFY(reader.supportsAnimation());
        QCOMPARE(reader.imageCount(), 6);
        QCOMPARE(reader.loopCount(), -1); // forever
        int read = 0;
        QImage first;
        while (reader.canRead()) {
            const QImage frame = reader.read();
            if (frame.isNull())
                break;
            QCOMPARE(frame.size(), QSize(400, 260));
            QCOMPARE(reader.nextImageDelay(), 250);
            if (read == 0)
                first = frame;
            ++read;
        }
        QCOMPARE(read, 6);
        // The first frame looks like the PNG of the same view (one palette of 256 colours).
        const QImage png = readImage(MapExporter(m_atlas).png(frames.front()));
        const Flashpoint *galwan = m_atlas->flashpoint(QStringLiteral("galwan"));
        const QPoint at = MapRenderer::markerPosition(*galwan, frames.front()).toPoint();
        const QColor a = first.pixelColor(at), b = png.pixelColor(at);
        QVERIFY2(qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 24,
                 qPrintable(a.name() + QLatin1Char(' ') + b.name()));
    }

    void frameDatesPerStep()
    {
        using Unit = MapExporter::Step::Unit;
        MapExporter::Step step;
        QVERIFY(ExportStep::parse(QStringLiteral("1m"), &step));
        QCOMPARE(int(step.unit), int(Unit::Months));
        QVERIFY(ExportStep::parse(QStringLiteral("2w"), &step));
        QCOMPARE(step.count, 2);
        QVERIFY(ExportStep::parse(QStringLiteral("events"), &step));
        for (const char *bad : {"", "0d", "1y", "m", "-1d", "1 d", "1000d", "Events"})
            QVERIFY2(!ExportStep::parse(QString::fromLatin1(bad), &step), bad);

        // Months count from the first date, keeping month ends.
        const QList<QDate> months = MapExporter::Step{Unit::Months, 1}
                                        .frameDates(*m_atlas, QDate(2020, 1, 31), QDate(2020, 5, 31));
        QCOMPARE(months, (QList<QDate>{QDate(2020, 1, 31), QDate(2020, 2, 29), QDate(2020, 3, 31),
                                       QDate(2020, 4, 30), QDate(2020, 5, 31)}));
        QCOMPARE((MapExporter::Step{Unit::Weeks, 1}).frameDates(*m_atlas, QDate(2024, 1, 1), QDate(2024, 1, 31)).size(), 5);
        QCOMPARE((MapExporter::Step{Unit::Days, 1}).frameDates(*m_atlas, QDate(2024, 1, 1), QDate(2024, 1, 31)).size(), 31);
        // Events: each distinct event date in the range, in order.
        const QDate from(2020, 5, 1), to(2021, 2, 28);
        const QList<QDate> events = MapExporter::Step{Unit::Events, 1}.frameDates(*m_atlas, from, to);
        QSet<QDate> expected;
        for (const Event &e : m_atlas->events)
            if (e.date >= from && e.date <= to)
                expected.insert(e.date);
        QCOMPARE(events.size(), expected.size());
        QVERIFY(std::is_sorted(events.begin(), events.end()));
        for (const QDate &d : events)
            QVERIFY(expected.contains(d));
    }

    void manifestDescribesTheSnapshot()
    {
        const MapSettings s = reportSettings(QSize(800, 500), 200);
        const MapExporter exporter(m_atlas);
        const QByteArray png = exporter.png(s);
        const QJsonObject m = ExportManifest::of(m_atlas.get(), s, MapExporter::Format::Png, QStringLiteral("/x/map.png"), png);
        QCOMPARE(m.value(QStringLiteral("version")).toString(), QStringLiteral(LAC_VERSION));
        QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("2024-11-20"));
        QCOMPARE(m.value(QStringLiteral("dpi")).toDouble(), 200.0);
        QCOMPARE(m.value(QStringLiteral("size")).toObject().value(QStringLiteral("width")).toInt(), 800);
        const QJsonObject lonlat = m.value(QStringLiteral("extent")).toObject().value(QStringLiteral("lonlat")).toObject();
        // The view frames the flashpoints, from Depsang (about 78.0°E 35.3°N)
        // to Demchok (about 79.4°E 32.7°N), and not much more.
        const double west = lonlat.value(QStringLiteral("west")).toDouble(),
                     east = lonlat.value(QStringLiteral("east")).toDouble(),
                     south = lonlat.value(QStringLiteral("south")).toDouble(),
                     north = lonlat.value(QStringLiteral("north")).toDouble();
        QVERIFY2(west > 73 && west < 78 && east > 79.5 && east < 84 && south > 30 && south < 32.7
                     && north > 35.3 && north < 38,
                 QJsonDocument(lonlat).toJson().constData());
        const QJsonArray files = m.value(QStringLiteral("data_files")).toArray();
        QCOMPARE(files.size(), m_atlas->files.size());
        for (const QJsonValue &v : files) {
            QFile f(v.toObject().value(QStringLiteral("path")).toString());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(v.toObject().value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        }
        QCOMPARE(m.value(QStringLiteral("output_sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    }

    void writeIsAtomic()
    {
        MapExporter exporter(m_atlas);
        const MapSettings s = reportSettings(QSize(200, 150));
        // A path under a regular file cannot be written: an error, nothing left behind.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QString error;
        QVERIFY(MapExporter::writeFile(blocker, "x", &error));
        QVERIFY(!exporter.write(blocker + QStringLiteral("/map.png"), MapExporter::Format::Png, s));
        QVERIFY(exporter.errorString().contains(QStringLiteral("blocker/map.png")));
        const QString good = m_dir.filePath(QStringLiteral("atomic.png"));
        QVERIFY(exporter.write(good, MapExporter::Format::Png, s));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(!name.contains(QStringLiteral("atomic.png.")), qPrintable(name)); // no temporary file
    }

    void windowExportEqualsWindow()
    {
        WindowFixture fixture(m_atlas, QDate(2021, 2, 20), {1100, 760});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        MapCanvas *c = w.canvas();
        waitForRender(c);
        QTRY_VERIFY_WITH_TIMEOUT(c->settings().date == time.date(), 5000);
        waitForRender(c);
        const QImage shown = c->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const MapSettings s = c->settings();
        QCOMPARE(shown.size(), s.size);
        const QImage exported = readImage(MapExporter(m_atlas).png(s));
        QCOMPARE(exported.size(), shown.size());
        QVERIFY(exported.convertToFormat(QImage::Format_RGB32) == shown);

        // Edit › Copy Map puts that image on the clipboard.
        auto *copy = w.findChild<QAction *>(QStringLiteral("copyMapAction"));
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        copy->trigger();
        const QImage clip = QGuiApplication::clipboard()->image();
        QCOMPARE(clip.size(), shown.size());
        QVERIFY(clip.convertToFormat(QImage::Format_RGB32) == shown);
    }

    void exportDialogWritesAndAsksBeforeReplacing()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        waitForRender(w.canvas());
        auto *action = w.findChild<QAction *>(QStringLiteral("exportMapAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        const QString path = m_dir.filePath(QStringLiteral("from-window.pdf"));

        // Fill the dialog as a user would, then press Export.
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto close = qScopeGuard([dialog, &filled] { if (!filled) dialog->reject(); });
            auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("path"));
            pathEdit->clear();
            QTest::keyClicks(pathEdit, path);
            QCOMPARE(dialog->format(), MapExporter::Format::Pdf); // from the extension
            QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("dpi"))->value(), 300);
            auto *titleEdit = dialog->findChild<QLineEdit *>(QStringLiteral("titleText"));
            QCOMPARE(titleEdit->text(), QStringLiteral("Eastern Ladakh, as of 2024-11-20"));
            dialog->findChild<QComboBox *>(QStringLiteral("orientation"))->setCurrentIndex(1); // portrait
            filled = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        // The export runs in the background; the window says when it is done.
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        action->trigger();
        QVERIFY(filled);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.front().front().toBool(), true);
        QVERIFY(QFileInfo::exists(path));
        const QString info = tool(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
        QVERIFY(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                    .contains(QStringLiteral("Eastern Ladakh, as of 2024-11-20")));

        // Again to the same file: the window asks; No keeps the file.
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        for (const QMessageBox::StandardButton answer : {QMessageBox::No, QMessageBox::Yes}) {
            bool asked = false;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->setPath(path);
                // If the question does not come, nothing is left open.
                QTimer::singleShot(2000, dialog, [dialog] { if (dialog->isVisible()) dialog->reject(); });
                dialog->findChild<QLineEdit *>(QStringLiteral("titleText"))->setText(QStringLiteral("Second"));
                QTimer::singleShot(0, this, [&] {
                    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                    if (!box)
                        return;
                    QVERIFY(box->text().contains(QStringLiteral("from-window.pdf")));
                    asked = true;
                    box->button(answer)->click();
                });
                dialog->accept();
            });
            QSignalSpy again(&w, &MainWindow::exportFinished);
            action->trigger();
            QVERIFY(asked);
            if (answer == QMessageBox::Yes)
                QVERIFY(again.wait(60000));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const bool same = f.readAll() == before;
            QCOMPARE(same, answer == QMessageBox::No);
        }
        QVERIFY(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).contains(QStringLiteral("Second")));
    }

    // File › Export Briefing…: the dialog's date and "since" make the PDF
    // --report makes, written in the background; a "since" after the date
    // is said in the dialog and nothing is written.
    void briefingFromTheWindow()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        auto *action = w.findChild<QAction *>(QStringLiteral("exportBriefingAction"));
        QVERIFY(action);
        const QString path = m_dir.filePath(QStringLiteral("from-window-briefing"));   // .pdf is added
        bool refused = false, filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<BriefingDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto close = qScopeGuard([dialog, &filled] { if (!filled) dialog->reject(); });
            QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("date"))->date(), QDate(2024, 11, 20));
            dialog->setPath(path);
            dialog->findChild<QCheckBox *>(QStringLiteral("sinceOn"))->setChecked(true);
            dialog->findChild<QDateEdit *>(QStringLiteral("since"))->setDate(QDate(2025, 1, 1));
            dialog->accept();   // refused: since after the date
            refused = dialog->isVisible()
                      && dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("after"));
            dialog->findChild<QDateEdit *>(QStringLiteral("since"))->setDate(QDate(2024, 10, 1));
            filled = true;
            dialog->accept();
        });
        QSignalSpy written(&w, &MainWindow::exportFinished);
        action->trigger();
        QVERIFY(filled);
        QVERIFY(refused);
        QVERIFY(written.wait(120000));
        QCOMPARE(written.front().front().toBool(), true);
        const QString pdf = path + QStringLiteral(".pdf");
        QVERIFY(QFileInfo::exists(pdf));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).replace(QChar(0xFB02), QStringLiteral("fl"));
        QVERIFY(text.contains(QStringLiteral("not jointly delineated")));
        QVERIFY(text.contains(QStringLiteral("2024-11-20")));
        QVERIFY(text.contains(QStringLiteral("Depsang")));
        // Events since 2024-10-01: the October 2024 agreement is in, the 2020 clash is not listed as such.
        QVERIFY2(text.contains(QStringLiteral("2024-10-21")), qPrintable(text.left(2000)));
    }

    void exportDialogFitsTheViewToTheSize()
    {
        MapSettings view = reportSettings(QSize(1000, 600));
        view.setDecorations(false);
        ExportDialog dialog(view);
        dialog.setPath(m_dir.filePath(QStringLiteral("d.svg")));
        QCOMPARE(dialog.format(), MapExporter::Format::Svg);
        // Same size: the very view.
        MapSettings s = dialog.settings();
        QCOMPARE(s.size, view.size);
        QCOMPARE(s.center, view.center);
        QCOMPARE(s.metresPerPixel, view.metresPerPixel);
        QVERIFY(s.showTitle && s.legend && s.scaleBar && s.northArrow && s.disclaimer);
        // Twice as wide: the same extent still shows, at the same centre.
        dialog.findChild<QSpinBox *>(QStringLiteral("width"))->setValue(2000);
        dialog.findChild<QSpinBox *>(QStringLiteral("height"))->setValue(1200);
        s = dialog.settings();
        QCOMPARE(s.size, QSize(2000, 1200));
        QCOMPARE(s.metresPerPixel, view.metresPerPixel / 2);
        // Changing the format renames the file.
        dialog.setFormat(MapExporter::Format::Png);
        QVERIFY(dialog.path().endsWith(QStringLiteral("d.png")));
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
