#include "CommandLine.h"

#include "Atlas.h"
#include "IsoDate.h"
#include "MapSettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cmath>
#include <QRegularExpression>

namespace {

bool parseDateOption(const QCommandLineParser &p, const QString &name, QDate *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    const QString text = p.value(name);
    const QString why = IsoDate::whyInvalid(text);
    if (!why.isEmpty()) {
        *error = QStringLiteral("--%1: %2").arg(name, why);
        return false;
    }
    *out = IsoDate::parseDay(text);
    return true;
}

// "W,S,E,N" in degrees, inside the data box; the reason when not.
QString parseExtent(const QString &text, QRectF *out)
{
    const QStringList parts = text.split(QLatin1Char(','));
    double v[4] = {};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        v[i] = parts[i].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(v[i]);
    }
    if (!ok)
        return QStringLiteral("not four numbers W,S,E,N in degrees");
    const double w = v[0], s = v[1], e = v[2], n = v[3];
    if (w >= e)
        return QStringLiteral("west %1 is not less than east %2").arg(w).arg(e);
    if (s >= n)
        return QStringLiteral("south %1 is not less than north %2").arg(s).arg(n);
    const QRectF box = Atlas::dataBox();
    if (w < box.left() || e > box.right() || s < box.top() || n > box.bottom())
        return QStringLiteral("outside the map's data, lon %1 to %2, lat %3 to %4")
            .arg(box.left()).arg(box.right()).arg(box.top()).arg(box.bottom());
    *out = QRectF(QPointF(w, s), QPointF(e, n));
    return {};
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "LAC Viewer: a map of the India–China Line of Actual Control flashpoints in eastern "
        "Ladakh, their status over time, events and sources."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Print the version and exit."));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Read the bundled data set from DIR."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("Show or export the map as of this date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption exportOpt(
        QStringLiteral("export"),
        QStringLiteral("Render the map to OUT (.png, .svg or .pdf) and exit (no display needed)."),
        QStringLiteral("OUT"));
    const QCommandLineOption exportFrames(
        QStringLiteral("export-frames"),
        QStringLiteral("Write one numbered PNG per --step from --from to --to into DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption exportAnimation(
        QStringLiteral("export-animation"),
        QStringLiteral("Write an animated GIF, one frame per --step from --from to --to."),
        QStringLiteral("OUT.gif"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Export size in pixels (default 1600x1000; PNG, SVG, GIF); with "
                                                 "--compare, each map's (default 760x900)."),
                                  QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral("With --export: the map as of A beside the map as of B (A before B), one legend, and "
                       "what changed in between as a table with its sources; PNG, SVG or PDF. Without: "
                       "the window opens comparing A and B (View › Compare Dates)."),
        QStringLiteral("A,B"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Frame one flashpoint, or all (default), in the window or an export."),
                                  QStringLiteral("all|ID"));
    const QCommandLineOption extent(
        QStringLiteral("extent"),
        QStringLiteral("Frame this lon/lat box in the window or an export (degrees; inside 72,28,86,38)."),
        QStringLiteral("W,S,E,N"));
    const QCommandLineOption window(
        QStringLiteral("window"),
        QStringLiteral("Which events to show: cumulative (up to the date, the default), instant (on the "
                       "date only) or the last N days."),
        QStringLiteral("cumulative|instant|N"));
    const QCommandLineOption hideLayer(
        QStringLiteral("hide-layer"),
        QStringLiteral("Leave a layer out of the window or an export (repeatable): basemap, terrain, roads, "
                       "lac-india, lac-china, claims, buffer-zones, places, events, or a FILE's name."),
        QStringLiteral("ID"));
    const QCommandLineOption dem(
        QStringLiteral("dem"),
        QStringLiteral("Shade the terrain of an elevation raster (GeoTIFF, SRTM .hgt, VRT) under the map."),
        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Highlight a flashpoint, place or line in the window or an export."),
                                    QStringLiteral("ID"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QStringLiteral("Symbol and text scale of an export, in dots per inch (24 to "
                                                "2400; default 96, PDF 300). A PNG keeps --size in pixels."),
                                 QStringLiteral("N"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QStringLiteral("Export title (default \"Eastern Ladakh, as of "
                                                  "YYYY-MM-DD\"); {date} is replaced by the date."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption noTitle(QStringLiteral("no-title"), QStringLiteral("Export without the title."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), QStringLiteral("Export without the legend."));
    const QCommandLineOption noScaleBar(QStringLiteral("no-scale-bar"),
                                        QStringLiteral("Export without the scale bar."));
    const QCommandLineOption noNorthArrow(QStringLiteral("no-north-arrow"),
                                          QStringLiteral("Export without the north arrow."));
    const QCommandLineOption noFooter(QStringLiteral("no-footer"),
                                      QStringLiteral("Export without the footer (sources and disclaimer)."));
    const QCommandLineOption noLocator(
        QStringLiteral("no-locator"),
        QStringLiteral("Export a zoomed view without the locator inset (the region with the view outlined)."));
    const QCommandLineOption noDecorations(
        QStringLiteral("no-decorations"),
        QStringLiteral("Export the map alone: no title, date, legend, scale bar, north arrow or footer."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Replace export files that already exist."));
    const QCommandLineOption manifest(
        QStringLiteral("manifest"),
        QStringLiteral("Also write OUT.json: version, date, extent, size, dpi, data files' SHA-256."));
    const QCommandLineOption step(QStringLiteral("step"),
                                  QStringLiteral("Frame step: Nd, Nw, Nm (days, weeks, months) or events "
                                                 "(each event date; the default)."),
                                  QStringLiteral("STEP"));
    const QCommandLineOption frameDelay(QStringLiteral("frame-delay"),
                                        QStringLiteral("GIF frame time in milliseconds (20 to 60000; default 500)."),
                                        QStringLiteral("MS"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("PDF page size: A5, A4 (default), A3, A2, Letter, Legal, Tabloid."),
                                  QStringLiteral("SIZE"));
    const QCommandLineOption orientation(QStringLiteral("orientation"),
                                         QStringLiteral("PDF page orientation: landscape (default) or portrait."),
                                         QStringLiteral("landscape|portrait"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QStringLiteral("Write a briefing PDF as of --date: cover map, status table, a page per flashpoint "
                       "with its map, history and events (each side's account, numbered citations), and "
                       "the sources."),
        QStringLiteral("OUT.pdf"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("With --report: list events from this date (default: since "
                                                  "each flashpoint's status began)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption validate(QStringLiteral("validate"),
                                      QStringLiteral("Check the bundled data, or the FILEs given, and exit."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Print every flashpoint's status at --date (default today)."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("List events in date order (--from, --to, --flashpoint)."));
    const QCommandLineOption sources(
        QStringLiteral("sources"),
        QStringLiteral("Report the record's citations by kind and publisher under the source policy, "
                       "and the events that rest on one publisher or one side's sources."));
    const QCommandLineOption changes(
        QStringLiteral("changes"),
        QStringLiteral("List what changed from --from to --to: status changes, the events in between, "
                       "lines and buffer zones that appeared or ended."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("With --status, --events, --sources or --changes: print JSON."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First date of --events, --export-frames or --export-animation."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Last date of --events, --export-frames or --export-animation."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption flashpoint(QStringLiteral("flashpoint"),
                                        QStringLiteral("With --events: only events at flashpoint ID."),
                                        QStringLiteral("ID"));
    const QCommandLineOption dateField(
        QStringLiteral("date-field"),
        QStringLiteral("For FILEs of dated points with several date fields: the field that dates "
                       "each event."),
        QStringLiteral("NAME"));
    const QCommandLineOption endField(QStringLiteral("end-field"),
                                      QStringLiteral("With --date-field: the field where each event ends."),
                                      QStringLiteral("NAME"));
    p.addOptions({help, version, data, date, exportOpt, exportFrames, exportAnimation, compare, size, view, extent, window, hideLayer, dem,
                  select, dpi, title, noTitle, noLegend, noScaleBar, noNorthArrow, noFooter,
                  noDecorations, noLocator, force, manifest, step, frameDelay, page, orientation, validate,
                  status, events, sources, changes, report, since, json, from, to, flashpoint, dateField, endField});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("Vector files to add as layers (or to validate), or a PostGIS table "
                                           "of dated events: \"PG:service=NAME tables=TABLE\" (or host, port, "
                                           "dbname, user; date=COLUMN, notify=CHANNEL, refresh=SECONDS); the "
                                           "password comes from ~/.pgpass."),
                            QStringLiteral("[FILE...]"));
    // Parsed before any application object exists, so Qt cannot know the
    // program's name: say it.
    cl.helpText = p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("lacviewer"));

    auto fail = [&cl](const QString &why) {
        cl.mode = Mode::Error;
        cl.error = why;
        return cl;
    };
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (p.isSet(version)) {
        cl.mode = Mode::Version;
        return cl;
    }
    const int modes = int(p.isSet(exportOpt)) + int(p.isSet(exportFrames))
                      + int(p.isSet(exportAnimation)) + int(p.isSet(validate)) + int(p.isSet(status))
                      + int(p.isSet(events)) + int(p.isSet(sources)) + int(p.isSet(changes))
                      + int(p.isSet(report));
    if (modes > 1)
        return fail(QStringLiteral("use only one of --export, --export-frames, --export-animation, "
                                   "--validate, --status, --events, --sources, --changes, --report"));
    if (p.isSet(exportOpt)) {
        cl.mode = Mode::Export;
        cl.exportPath = p.value(exportOpt);
        if (cl.exportPath.isEmpty())
            return fail(QStringLiteral("--export needs a file name"));
        if (p.isSet(compare) && MapExporter::formatFromPath(cl.exportPath, &cl.format)
            && cl.format == MapExporter::Format::Gif)
            return fail(QStringLiteral("--compare: a comparison is one PNG, SVG or PDF, not a GIF"));
        if (!MapExporter::formatFromPath(cl.exportPath, &cl.format) || cl.format == MapExporter::Format::Gif)
            return fail(QStringLiteral("--export: \"%1\" does not end in .png, .svg or .pdf "
                                       "(for a GIF use --export-animation)")
                            .arg(cl.exportPath));
    } else if (p.isSet(exportFrames)) {
        cl.mode = Mode::ExportFrames;
        cl.exportPath = p.value(exportFrames);
        if (cl.exportPath.isEmpty())
            return fail(QStringLiteral("--export-frames needs a directory"));
    } else if (p.isSet(exportAnimation)) {
        cl.mode = Mode::ExportAnimation;
        cl.exportPath = p.value(exportAnimation);
        if (!MapExporter::formatFromPath(cl.exportPath, &cl.format) || cl.format != MapExporter::Format::Gif)
            return fail(QStringLiteral("--export-animation: \"%1\" does not end in .gif").arg(cl.exportPath));
    } else if (p.isSet(validate)) {
        cl.mode = Mode::Validate;
    } else if (p.isSet(status)) {
        cl.mode = Mode::Status;
    } else if (p.isSet(events)) {
        cl.mode = Mode::Events;
    } else if (p.isSet(sources)) {
        cl.mode = Mode::Sources;
    } else if (p.isSet(changes)) {
        cl.mode = Mode::Changes;
    } else if (p.isSet(report)) {
        cl.mode = Mode::Report;
        cl.exportPath = p.value(report);
        if (!MapExporter::formatFromPath(cl.exportPath, &cl.format) || cl.format != MapExporter::Format::Pdf)
            return fail(QStringLiteral("--report: \"%1\" does not end in .pdf").arg(cl.exportPath));
    }
    QString error;
    if (!parseDateOption(p, QStringLiteral("date"), &cl.request.date, &error)
        || !parseDateOption(p, QStringLiteral("from"), &cl.from, &error)
        || !parseDateOption(p, QStringLiteral("to"), &cl.to, &error)
        || !parseDateOption(p, QStringLiteral("since"), &cl.since, &error))
        return fail(error);
    if (p.isSet(compare)) {
        if (cl.mode != Mode::Export && cl.mode != Mode::Gui)
            return fail(QStringLiteral("--compare goes with --export, or opens the window comparing the dates"));
        if (p.isSet(date))
            return fail(QStringLiteral("--compare shows its own two dates; it does not take --date"));
        // Each map is titled with its date, and the footer carries the disclaimer.
        for (const QCommandLineOption *o : {&title, &noTitle, &noFooter, &noDecorations})
            if (p.isSet(*o))
                return fail(QStringLiteral("--%1 does not go with --compare").arg(o->names().constFirst()));
        const QString why = ViewRequest::parseDatePair(p.value(compare), &cl.request.compareA, &cl.request.compareB);
        if (!why.isEmpty())
            return fail(QStringLiteral("--compare \"%1\": %2").arg(p.value(compare), why));
    }
    if (cl.from.isValid() && cl.to.isValid() && cl.to < cl.from)
        return fail(QStringLiteral("--to %1 is before --from %2")
                        .arg(IsoDate::format(cl.to), IsoDate::format(cl.from)));
    if (p.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const auto m = re.match(p.value(size));
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 16 || h < 16 || w > 16384 || h > 16384)
            return fail(QStringLiteral("--size: \"%1\" is not WIDTHxHEIGHT with each side 16 to 16384")
                            .arg(p.value(size)));
        cl.size = QSize(w, h);
    }
    if (p.isSet(view))
        cl.request.view = p.value(view);
    if (p.isSet(view) && cl.request.view.isEmpty())
        return fail(QStringLiteral("--view needs \"all\" or a flashpoint id"));
    cl.request.viewSet = p.isSet(view) || p.isSet(extent);
    // What to show applies to the window and to every map export alike.
    const bool shows = cl.mode == Mode::Gui || cl.isExport();
    if (p.isSet(view) && !shows && cl.mode != Mode::Report)
        return fail(QStringLiteral("--view goes with the window or an export"));
    if (p.isSet(window)) {
        if (!shows)
            return fail(QStringLiteral("--window goes with the window or an export"));
        if (!ViewRequest::parseWindow(p.value(window), &cl.request.window, &cl.request.windowDays))
            return fail(QStringLiteral("--window: \"%1\" is not cumulative, instant or a number of days "
                                       "from 1 to 3650").arg(p.value(window)));
        cl.request.windowSet = true;
    }

    // Options that only make sense with an export, or with one kind of export.
    const bool anyExport = cl.isExport();
    const bool briefing = cl.mode == Mode::Report;
    if (p.isSet(since) && !briefing)
        return fail(QStringLiteral("--since goes with --report"));
    if (briefing) {
        // A briefing takes the PDF page options and --dpi, --force, --manifest.
        for (const QCommandLineOption *o : {&size, &view, &select, &title, &noTitle, &noLegend, &noScaleBar,
                                            &noNorthArrow, &noFooter, &noDecorations})
            if (p.isSet(*o))
                return fail(QStringLiteral("--%1 does not go with --report").arg(o->names().constFirst()));
    }
    if (p.isSet(extent)) {
        if (!shows)
            return fail(QStringLiteral("--extent goes with the window or an export"));
        if (p.isSet(view))
            return fail(QStringLiteral("use --view or --extent, not both"));
        const QString why = parseExtent(p.value(extent), &cl.request.extent);
        if (!why.isEmpty())
            return fail(QStringLiteral("--extent \"%1\": %2").arg(p.value(extent), why));
    }
    if (p.isSet(hideLayer)) {
        if (!shows)
            return fail(QStringLiteral("--hide-layer goes with the window or an export"));
        QStringList names;
        for (const QString &f : p.positionalArguments())
            names << QFileInfo(f).fileName();
        for (const QString &id : p.values(hideLayer)) {
            if (!MapSettings::layerIds().contains(id) && !names.contains(id))
                return fail(QStringLiteral("--hide-layer: unknown layer \"%1\"; expected one of: %2, or the "
                                           "file name of a FILE given")
                                .arg(id, MapSettings::layerIds().join(QStringLiteral(", "))));
            cl.request.hiddenLayers << id;
        }
    }
    // (--select also works in the window: it opens with that feature selected.)
    if (p.isSet(select) && !anyExport && cl.mode != Mode::Gui)
        return fail(QStringLiteral("--select goes with the window or an export"));
    for (const QCommandLineOption *o : {&dpi, &title, &noTitle, &noLegend, &noScaleBar,
                                        &noNorthArrow, &noFooter, &noDecorations, &noLocator, &force, &manifest}) {
        if (p.isSet(*o) && !anyExport && !briefing)
            return fail(QStringLiteral("--%1 goes with --export, --export-frames or --export-animation")
                            .arg(o->names().constFirst()));
    }
    const bool series = cl.mode == Mode::ExportFrames || cl.mode == Mode::ExportAnimation;
    if (p.isSet(step) && !series)
        return fail(QStringLiteral("--step goes with --export-frames or --export-animation"));
    if (p.isSet(frameDelay) && cl.mode != Mode::ExportAnimation)
        return fail(QStringLiteral("--frame-delay goes with --export-animation"));
    if ((p.isSet(from) || p.isSet(to)) && !series && cl.mode != Mode::Events && cl.mode != Mode::Changes)
        return fail(QStringLiteral("--from and --to go with --events, --changes, --export-frames or --export-animation"));
    if (cl.mode == Mode::Changes && (!cl.from.isValid() || !cl.to.isValid() || !(cl.from < cl.to)))
        return fail(QStringLiteral("--changes needs --from A and --to B with A before B"));
    if (p.isSet(date) && series)
        return fail(QStringLiteral("a series takes --from and --to, not --date"));
    const bool pdf = (cl.mode == Mode::Export && cl.format == MapExporter::Format::Pdf) || briefing;
    if ((p.isSet(page) || p.isSet(orientation)) && !pdf)
        return fail(QStringLiteral("--page and --orientation go with --export OUT.pdf"));
    if (p.isSet(size) && pdf)
        return fail(QStringLiteral("--size does not apply to a PDF; use --page and --orientation"));
    if (p.isSet(size) && !anyExport)
        return fail(QStringLiteral("--size goes with --export, --export-frames or --export-animation"));
    cl.sizeSet = p.isSet(size);

    if (p.isSet(select)) {
        cl.request.selection = p.value(select);
        if (cl.request.selection.isEmpty())
            return fail(QStringLiteral("--select needs an id"));
    }
    cl.dpi = pdf ? 300.0 : 96.0;
    if (p.isSet(dpi)) {
        static const QRegularExpression re(QStringLiteral("^\\d{1,4}(\\.\\d{1,3})?$"));
        const double v = p.value(dpi).toDouble();
        if (!re.match(p.value(dpi)).hasMatch() || v < 24 || v > 2400)
            return fail(QStringLiteral("--dpi: \"%1\" is not a number from 24 to 2400").arg(p.value(dpi)));
        cl.dpi = v;
    }
    if (p.isSet(title)) {
        cl.title = p.value(title);
        if (cl.title.trimmed().isEmpty())
            return fail(QStringLiteral("--title is empty; use --no-title for none"));
        if (cl.title.size() > 300)
            return fail(QStringLiteral("--title: longer than 300 characters"));
        if (p.isSet(noTitle) || p.isSet(noDecorations))
            return fail(QStringLiteral("--title and --no-title (or --no-decorations) contradict each other"));
    }
    cl.titleOn = !p.isSet(noTitle);
    cl.legendOn = !p.isSet(noLegend);
    cl.scaleBarOn = !p.isSet(noScaleBar);
    cl.northArrowOn = !p.isSet(noNorthArrow);
    cl.footerOn = !p.isSet(noFooter);
    cl.decorations = !p.isSet(noDecorations);
    cl.locatorOn = !p.isSet(noLocator);
    cl.force = p.isSet(force);
    cl.manifest = p.isSet(manifest);
    if (p.isSet(step) && !ExportStep::parse(p.value(step), &cl.step))
        return fail(QStringLiteral("--step: \"%1\" is not Nd, Nw, Nm (N from 1 to 999) or events")
                        .arg(p.value(step)));
    if (p.isSet(frameDelay)) {
        static const QRegularExpression re(QStringLiteral("^\\d{1,5}$"));
        const int v = p.value(frameDelay).toInt();
        if (!re.match(p.value(frameDelay)).hasMatch() || v < 20 || v > 60000)
            return fail(QStringLiteral("--frame-delay: \"%1\" is not a whole number of milliseconds "
                                       "from 20 to 60000")
                            .arg(p.value(frameDelay)));
        cl.frameDelayMs = v;
    }
    if (p.isSet(page) && !ExportPage::sizeFromName(p.value(page), &cl.page.size))
        return fail(QStringLiteral("--page: \"%1\" is not one of %2")
                        .arg(p.value(page), ExportPage::sizeNames().join(QStringLiteral(", "))));
    if (p.isSet(orientation)) {
        const QString o = p.value(orientation).toLower();
        if (o == QLatin1String("landscape"))
            cl.page.orientation = QPageLayout::Landscape;
        else if (o == QLatin1String("portrait"))
            cl.page.orientation = QPageLayout::Portrait;
        else
            return fail(QStringLiteral("--orientation: \"%1\" is not landscape or portrait")
                            .arg(p.value(orientation)));
        cl.orientationSet = true;
    }
    if (briefing && cl.since.isValid() && cl.since > (cl.request.date.isValid() ? cl.request.date : QDate::currentDate()))
        return fail(QStringLiteral("--since %1 is after the briefing's date").arg(IsoDate::format(cl.since)));
    if (p.isSet(json) && cl.mode != Mode::Status && cl.mode != Mode::Events && cl.mode != Mode::Sources
        && cl.mode != Mode::Changes)
        return fail(QStringLiteral("--json goes with --status, --events, --sources or --changes"));
    cl.json = p.isSet(json);
    cl.flashpoint = p.value(flashpoint);
    cl.request.dateField = p.value(dateField);
    cl.request.endField = p.value(endField);
    if (!cl.request.endField.isEmpty() && cl.request.dateField.isEmpty())
        return fail(QStringLiteral("--end-field needs --date-field"));
    cl.dataDir = p.value(data);
    cl.dem = p.value(dem);
    if (p.isSet(dem) && cl.dem.isEmpty())
        return fail(QStringLiteral("--dem needs a file"));
    if (p.isSet(dem) && !anyExport && cl.mode != Mode::Gui)
        return fail(QStringLiteral("--dem goes with the window or an export"));
    cl.files = p.positionalArguments();
    return cl;
}
