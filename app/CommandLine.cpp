#include "CommandLine.h"

#include "Atlas.h"
#include "BookmarkFile.h"
#include "IsoDate.h"
#include "MapSettings.h"
#include "Translations.h"

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
        return CommandLine::tr("not four numbers W,S,E,N in degrees");
    const double w = v[0], s = v[1], e = v[2], n = v[3];
    if (w >= e)
        return CommandLine::tr("west %1 is not less than east %2").arg(w).arg(e);
    if (s >= n)
        return CommandLine::tr("south %1 is not less than north %2").arg(s).arg(n);
    const QRectF box = Atlas::dataBox();
    if (w < box.left() || e > box.right() || s < box.top() || n > box.bottom())
        return CommandLine::tr("outside the map's data, lon %1 to %2, lat %3 to %4")
            .arg(box.left()).arg(box.right()).arg(box.top()).arg(box.bottom());
    *out = QRectF(QPointF(w, s), QPointF(e, n));
    return {};
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "LAC Viewer: a map of the India–China Line of Actual Control flashpoints in eastern "
        "Ladakh, their status over time, events and sources."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Print the version and exit."));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("Read the bundled data set from DIR."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption record(
        QStringLiteral("record"),
        tr("Your own record of events and places (GeoJSON, see docs/data-format.md): "
           "the window edits it; exports, --status, --events, --changes and --report "
           "show it merged over the bundled record, marked as yours."),
        QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Show or export the map as of this date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption exportOpt(
        QStringLiteral("export"),
        tr("Render the map to OUT (.png, .svg or .pdf) and exit (no display needed)."),
        QStringLiteral("OUT"));
    const QCommandLineOption exportFrames(
        QStringLiteral("export-frames"),
        tr("Write one numbered PNG per --step from --from to --to into DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption exportAnimation(
        QStringLiteral("export-animation"),
        tr("Write an animated GIF, one frame per --step from --from to --to."),
        QStringLiteral("OUT.gif"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Export size in pixels (default 1600x1000; PNG, SVG, GIF); with "
                                                 "--compare, each map's (default 760x900)."),
                                  QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        tr("With --export: the map as of A beside the map as of B (A before B), one legend, and "
                       "what changed in between as a table with its sources; PNG, SVG or PDF. Without: "
                       "the window opens comparing A and B (View › Compare Dates)."),
        QStringLiteral("A,B"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("Frame one flashpoint, or all (default), in the window or an export."),
                                  QStringLiteral("all|ID"));
    const QCommandLineOption extent(
        QStringLiteral("extent"),
        tr("Frame this lon/lat box in the window or an export (degrees; inside 72,28,86,38)."),
        QStringLiteral("W,S,E,N"));
    const QCommandLineOption window(
        QStringLiteral("window"),
        tr("Which events to show: cumulative (up to the date, the default), instant (on the "
                       "date only) or the last N days."),
        QStringLiteral("cumulative|instant|N"));
    const QCommandLineOption hideLayer(
        QStringLiteral("hide-layer"),
        tr("Leave a layer out of the window or an export (repeatable): basemap, terrain, roads, "
                       "lac-india, lac-china, claims, buffer-zones, places, events, or a FILE's name."),
        QStringLiteral("ID"));
    const QCommandLineOption dem(
        QStringLiteral("dem"),
        tr("Shade the terrain of an elevation raster (GeoTIFF, SRTM .hgt, VRT) under the map."),
        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    tr("Highlight a flashpoint, place or line in the window or an export."),
                                    QStringLiteral("ID"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("Symbol and text scale of an export, in dots per inch (24 to "
                                                "2400; default 96, PDF 300). A PNG keeps --size in pixels."),
                                 QStringLiteral("N"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   tr("Export title (default \"Eastern Ladakh, as of "
                                                  "YYYY-MM-DD\"); {date} is replaced by the date."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption noTitle(QStringLiteral("no-title"), tr("Export without the title."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), tr("Export without the legend."));
    const QCommandLineOption noScaleBar(QStringLiteral("no-scale-bar"),
                                        tr("Export without the scale bar."));
    const QCommandLineOption noNorthArrow(QStringLiteral("no-north-arrow"),
                                          tr("Export without the north arrow."));
    const QCommandLineOption noFooter(QStringLiteral("no-footer"),
                                      tr("Export without the footer (sources and disclaimer)."));
    const QCommandLineOption noLocator(
        QStringLiteral("no-locator"),
        tr("Export a zoomed view without the locator inset (the region with the view outlined)."));
    const QCommandLineOption noDecorations(
        QStringLiteral("no-decorations"),
        tr("Export the map alone: no title, date, legend, scale bar, north arrow or footer."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace export files that already exist."));
    const QCommandLineOption manifest(
        QStringLiteral("manifest"),
        tr("Also write OUT.json: version, date, extent, size, dpi, data files' SHA-256."));
    const QCommandLineOption step(QStringLiteral("step"),
                                  tr("Frame step: Nd, Nw, Nm (days, weeks, months) or events "
                                                 "(each event date; the default)."),
                                  QStringLiteral("STEP"));
    const QCommandLineOption frameDelay(QStringLiteral("frame-delay"),
                                        tr("GIF frame time in milliseconds (20 to 60000; default 500)."),
                                        QStringLiteral("MS"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("PDF page size: A5, A4 (default), A3, A2, Letter, Legal, Tabloid."),
                                  QStringLiteral("SIZE"));
    const QCommandLineOption orientation(QStringLiteral("orientation"),
                                         tr("PDF page orientation: landscape (default) or portrait."),
                                         QStringLiteral("landscape|portrait"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("Write a briefing PDF as of --date: cover map, status table, a page per flashpoint "
                       "with its map, history and events (each side's account, numbered citations), and "
                       "the sources."),
        QStringLiteral("OUT.pdf"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("With --report: list events from this date (default: since "
                                                  "each flashpoint's status began)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption validate(QStringLiteral("validate"),
                                      tr("Check the bundled data, or the FILEs given, and exit."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Print every flashpoint's status at --date (default today)."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    tr("List events in date order (--from, --to, --flashpoint)."));
    const QCommandLineOption sources(
        QStringLiteral("sources"),
        tr("Report the record's citations by kind and publisher under the source policy, "
                       "and the events that rest on one publisher or one side's sources."));
    const QCommandLineOption changes(
        QStringLiteral("changes"),
        tr("List what changed from --from to --to: status changes, the events in between, "
                       "lines and buffer zones that appeared or ended."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("With --status, --events, --sources or --changes: print JSON."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("First date of --events, --export-frames or --export-animation."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Last date of --events, --export-frames or --export-animation."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption flashpoint(QStringLiteral("flashpoint"),
                                        tr("With --events: only events at flashpoint ID."),
                                        QStringLiteral("ID"));
    const QCommandLineOption dateField(
        QStringLiteral("date-field"),
        tr("For FILEs of dated points with several date fields: the field that dates "
                       "each event."),
        QStringLiteral("NAME"));
    const QCommandLineOption endField(QStringLiteral("end-field"),
                                      tr("With --date-field: the field where each event ends."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        tr("For FILEs whose dates are written with numbers only, day and month in an order no "
           "value tells (03/04/2020): dmy (day first) or mdy (month first)."),
        QStringLiteral("dmy|mdy"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The language of the window, exports and this help: %1 (default: the "
                                     "desktop's language).")
                                      .arg(Translations::available().join(QStringLiteral(", "))),
                                  QStringLiteral("CODE"));
    const QCommandLineOption colourBy(
        QStringLiteral("colour-by"),
        tr("Colour a FILE's events by one of its fields: its top nine values each in a colour, the "
           "rest as Other. FIELD:root groups a CAMEO event code (GDELT's EventCode) by its root "
           "code, FIELD:N by the first N characters; FILE= (a FILE's name) picks one FILE, else "
           "every FILE is coloured. Repeatable."),
        QStringLiteral("[FILE=]FIELD"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        tr("The map's style: light (the default for exports) or dark; in the window, its theme for "
           "this run (View › Theme keeps one)."),
        QStringLiteral("light|dark"));
    const QCommandLineOption bookmark(
        QStringLiteral("bookmark"),
        tr("Open the window at, or export, a view saved with View › Bookmarks (its extent, date, "
           "display window, hidden layers and compared dates)."),
        QStringLiteral("NAME"));
    p.addOptions({help, version, lang, data, record, date, theme, bookmark, exportOpt, exportFrames, exportAnimation, compare, size, view, extent, window, hideLayer, colourBy, dem,
                  select, dpi, title, noTitle, noLegend, noScaleBar, noNorthArrow, noFooter,
                  noDecorations, noLocator, force, manifest, step, frameDelay, page, orientation, validate,
                  status, events, sources, changes, report, since, json, from, to, flashpoint, dateField, endField, dateOrder});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            tr("Vector files to add as layers (or to validate), or a PostGIS table "
                               "of dated events: \"PG:service=NAME tables=TABLE\" (or host, port, "
                               "dbname, user; date=COLUMN, notify=CHANNEL, refresh=SECONDS); the "
                               "password comes from ~/.pgpass."),
                            QStringLiteral("[FILE...]"));
    // Without an application object Qt cannot know the program's name: say it.
    cl.helpText = p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("lacviewer"));
    // With one (for the translations), the usage line names the path it was
    // run by: say "lacviewer" as well.
    if (QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()) {
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = cl.helpText.indexOf(program);
        if (at >= 0 && at < cl.helpText.indexOf(QLatin1Char('\n')))
            cl.helpText.replace(at, program.size(), QStringLiteral("lacviewer"));
    }

    auto fail = [&cl](const QString &why) {
        cl.mode = Mode::Error;
        cl.error = why;
        return cl;
    };
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(lang)) {
        cl.language = Translations::match(p.value(lang));
        if (cl.language.isEmpty())
            return fail(tr("--lang: no translation for \"%1\"; available: %2")
                            .arg(p.value(lang), Translations::available().join(QStringLiteral(", "))));
    } else {
        cl.language = Translations::fromSystem();
    }
    if (p.isSet(help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (p.isSet(record)) {
        cl.recordPath = p.value(record);
        if (cl.recordPath.isEmpty())
            return fail(tr("--record needs a file name"));
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
        return fail(tr("use only one of --export, --export-frames, --export-animation, "
                                   "--validate, --status, --events, --sources, --changes, --report"));
    if (p.isSet(exportOpt)) {
        cl.mode = Mode::Export;
        cl.exportPath = p.value(exportOpt);
        if (cl.exportPath.isEmpty())
            return fail(tr("--export needs a file name"));
        if (p.isSet(compare) && MapExporter::formatFromPath(cl.exportPath, &cl.format)
            && cl.format == MapExporter::Format::Gif)
            return fail(tr("--compare: a comparison is one PNG, SVG or PDF, not a GIF"));
        if (!MapExporter::formatFromPath(cl.exportPath, &cl.format) || cl.format == MapExporter::Format::Gif)
            return fail(tr("--export: \"%1\" does not end in .png, .svg or .pdf "
                                       "(for a GIF use --export-animation)")
                            .arg(cl.exportPath));
    } else if (p.isSet(exportFrames)) {
        cl.mode = Mode::ExportFrames;
        cl.exportPath = p.value(exportFrames);
        if (cl.exportPath.isEmpty())
            return fail(tr("--export-frames needs a directory"));
    } else if (p.isSet(exportAnimation)) {
        cl.mode = Mode::ExportAnimation;
        cl.exportPath = p.value(exportAnimation);
        if (!MapExporter::formatFromPath(cl.exportPath, &cl.format) || cl.format != MapExporter::Format::Gif)
            return fail(tr("--export-animation: \"%1\" does not end in .gif").arg(cl.exportPath));
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
            return fail(tr("--report: \"%1\" does not end in .pdf").arg(cl.exportPath));
    }
    QString error;
    if (!parseDateOption(p, QStringLiteral("date"), &cl.request.date, &error)
        || !parseDateOption(p, QStringLiteral("from"), &cl.from, &error)
        || !parseDateOption(p, QStringLiteral("to"), &cl.to, &error)
        || !parseDateOption(p, QStringLiteral("since"), &cl.since, &error))
        return fail(error);
    if (p.isSet(compare)) {
        if (cl.mode != Mode::Export && cl.mode != Mode::Gui)
            return fail(tr("--compare goes with --export, or opens the window comparing the dates"));
        if (p.isSet(date))
            return fail(tr("--compare shows its own two dates; it does not take --date"));
        // Each map is titled with its date, and the footer carries the disclaimer.
        for (const QCommandLineOption *o : {&title, &noTitle, &noFooter, &noDecorations})
            if (p.isSet(*o))
                return fail(tr("--%1 does not go with --compare").arg(o->names().constFirst()));
        const QString why = ViewRequest::parseDatePair(p.value(compare), &cl.request.compareA, &cl.request.compareB);
        if (!why.isEmpty())
            return fail(tr("--compare \"%1\": %2").arg(p.value(compare), why));
    }
    if (cl.from.isValid() && cl.to.isValid() && cl.to < cl.from)
        return fail(tr("--to %1 is before --from %2")
                        .arg(IsoDate::format(cl.to), IsoDate::format(cl.from)));
    if (p.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const auto m = re.match(p.value(size));
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 16 || h < 16 || w > 16384 || h > 16384)
            return fail(tr("--size: \"%1\" is not WIDTHxHEIGHT with each side 16 to 16384")
                            .arg(p.value(size)));
        cl.size = QSize(w, h);
    }
    if (p.isSet(view))
        cl.request.view = p.value(view);
    if (p.isSet(view) && cl.request.view.isEmpty())
        return fail(tr("--view needs \"all\" or a flashpoint id"));
    cl.request.viewSet = p.isSet(view) || p.isSet(extent);
    // What to show applies to the window and to every map export alike.
    const bool shows = cl.mode == Mode::Gui || cl.isExport();
    if (p.isSet(view) && !shows && cl.mode != Mode::Report)
        return fail(tr("--view goes with the window or an export"));
    if (p.isSet(window)) {
        if (!shows)
            return fail(tr("--window goes with the window or an export"));
        if (!ViewRequest::parseWindow(p.value(window), &cl.request.window, &cl.request.windowDays))
            return fail(tr("--window: \"%1\" is not cumulative, instant or a number of days "
                                       "from 1 to 3650").arg(p.value(window)));
        cl.request.windowSet = true;
    }

    // Options that only make sense with an export, or with one kind of export.
    const bool anyExport = cl.isExport();
    const bool briefing = cl.mode == Mode::Report;
    if (p.isSet(since) && !briefing)
        return fail(tr("--since goes with --report"));
    if (briefing) {
        // A briefing takes the PDF page options and --dpi, --force, --manifest.
        for (const QCommandLineOption *o : {&size, &view, &select, &title, &noTitle, &noLegend, &noScaleBar,
                                            &noNorthArrow, &noFooter, &noDecorations})
            if (p.isSet(*o))
                return fail(tr("--%1 does not go with --report").arg(o->names().constFirst()));
    }
    if (p.isSet(extent)) {
        if (!shows)
            return fail(tr("--extent goes with the window or an export"));
        if (p.isSet(view))
            return fail(tr("use --view or --extent, not both"));
        const QString why = parseExtent(p.value(extent), &cl.request.extent);
        if (!why.isEmpty())
            return fail(tr("--extent \"%1\": %2").arg(p.value(extent), why));
    }
    if (p.isSet(hideLayer)) {
        if (!shows)
            return fail(tr("--hide-layer goes with the window or an export"));
        QStringList names;
        for (const QString &f : p.positionalArguments())
            names << QFileInfo(f).fileName();
        for (const QString &id : p.values(hideLayer)) {
            if (!MapSettings::layerIds().contains(id) && !names.contains(id))
                return fail(tr("--hide-layer: unknown layer \"%1\"; expected one of: %2, or the "
                                           "file name of a FILE given")
                                .arg(id, MapSettings::layerIds().join(QStringLiteral(", "))));
            cl.request.hiddenLayers << id;
        }
    }
    if (p.isSet(colourBy)) {
        if (!shows)
            return fail(QStringLiteral("--colour-by goes with the window or an export"));
        if (p.positionalArguments().isEmpty())
            return fail(QStringLiteral("--colour-by colours a FILE given; none is"));
        QStringList names;
        for (const QString &f : p.positionalArguments())
            names << QFileInfo(f).fileName();
        for (const QString &value : p.values(colourBy)) {
            ViewRequest::Colouring c;
            c.spec = value;
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq >= 0 && names.contains(value.left(eq))) {
                c.layer = value.left(eq);
                c.spec = value.mid(eq + 1);
            } else if (eq >= 0 && value.left(eq).contains(QLatin1Char('.'))) {
                return fail(QStringLiteral("--colour-by \"%1\": \"%2\" is not the file name of a FILE given (%3)")
                                .arg(value, value.left(eq), names.join(QStringLiteral(", "))));
            }
            // Checked again against the file's fields once it is read.
            ColourBy parsed;
            QString why;
            if (c.spec.isEmpty() || !ColourBy::parse(c.spec, {}, &parsed, &why))
                return fail(QStringLiteral("--colour-by \"%1\": %2")
                                .arg(value, c.spec.isEmpty() ? QStringLiteral("no field named") : why));
            cl.request.colourBy << c;
        }
    }
    // (--select also works in the window: it opens with that feature selected.)
    if (p.isSet(select) && !anyExport && cl.mode != Mode::Gui)
        return fail(tr("--select goes with the window or an export"));
    for (const QCommandLineOption *o : {&dpi, &title, &noTitle, &noLegend, &noScaleBar,
                                        &noNorthArrow, &noFooter, &noDecorations, &noLocator, &force, &manifest}) {
        if (p.isSet(*o) && !anyExport && !briefing)
            return fail(tr("--%1 goes with --export, --export-frames or --export-animation")
                            .arg(o->names().constFirst()));
    }
    const bool series = cl.mode == Mode::ExportFrames || cl.mode == Mode::ExportAnimation;
    if (p.isSet(step) && !series)
        return fail(tr("--step goes with --export-frames or --export-animation"));
    if (p.isSet(frameDelay) && cl.mode != Mode::ExportAnimation)
        return fail(tr("--frame-delay goes with --export-animation"));
    if ((p.isSet(from) || p.isSet(to)) && !series && cl.mode != Mode::Events && cl.mode != Mode::Changes)
        return fail(tr("--from and --to go with --events, --changes, --export-frames or --export-animation"));
    if (cl.mode == Mode::Changes && (!cl.from.isValid() || !cl.to.isValid() || !(cl.from < cl.to)))
        return fail(tr("--changes needs --from A and --to B with A before B"));
    if (p.isSet(date) && series)
        return fail(tr("a series takes --from and --to, not --date"));
    const bool pdf = (cl.mode == Mode::Export && cl.format == MapExporter::Format::Pdf) || briefing;
    if ((p.isSet(page) || p.isSet(orientation)) && !pdf)
        return fail(tr("--page and --orientation go with --export OUT.pdf"));
    if (p.isSet(size) && pdf)
        return fail(tr("--size does not apply to a PDF; use --page and --orientation"));
    if (p.isSet(size) && !anyExport)
        return fail(tr("--size goes with --export, --export-frames or --export-animation"));
    cl.sizeSet = p.isSet(size);

    if (p.isSet(select)) {
        cl.request.selection = p.value(select);
        if (cl.request.selection.isEmpty())
            return fail(tr("--select needs an id"));
    }
    cl.dpi = pdf ? 300.0 : 96.0;
    if (p.isSet(dpi)) {
        static const QRegularExpression re(QStringLiteral("^\\d{1,4}(\\.\\d{1,3})?$"));
        const double v = p.value(dpi).toDouble();
        if (!re.match(p.value(dpi)).hasMatch() || v < 24 || v > 2400)
            return fail(tr("--dpi: \"%1\" is not a number from 24 to 2400").arg(p.value(dpi)));
        cl.dpi = v;
    }
    if (p.isSet(title)) {
        cl.title = p.value(title);
        if (cl.title.trimmed().isEmpty())
            return fail(tr("--title is empty; use --no-title for none"));
        if (cl.title.size() > 300)
            return fail(tr("--title: longer than 300 characters"));
        if (p.isSet(noTitle) || p.isSet(noDecorations))
            return fail(tr("--title and --no-title (or --no-decorations) contradict each other"));
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
        return fail(tr("--step: \"%1\" is not Nd, Nw, Nm (N from 1 to 999) or events")
                        .arg(p.value(step)));
    if (p.isSet(frameDelay)) {
        static const QRegularExpression re(QStringLiteral("^\\d{1,5}$"));
        const int v = p.value(frameDelay).toInt();
        if (!re.match(p.value(frameDelay)).hasMatch() || v < 20 || v > 60000)
            return fail(tr("--frame-delay: \"%1\" is not a whole number of milliseconds "
                                       "from 20 to 60000")
                            .arg(p.value(frameDelay)));
        cl.frameDelayMs = v;
    }
    if (p.isSet(page) && !ExportPage::sizeFromName(p.value(page), &cl.page.size))
        return fail(tr("--page: \"%1\" is not one of %2")
                        .arg(p.value(page), ExportPage::sizeNames().join(QStringLiteral(", "))));
    if (p.isSet(orientation)) {
        const QString o = p.value(orientation).toLower();
        if (o == QLatin1String("landscape"))
            cl.page.orientation = QPageLayout::Landscape;
        else if (o == QLatin1String("portrait"))
            cl.page.orientation = QPageLayout::Portrait;
        else
            return fail(tr("--orientation: \"%1\" is not landscape or portrait")
                            .arg(p.value(orientation)));
        cl.orientationSet = true;
    }
    if (briefing && cl.since.isValid() && cl.since > (cl.request.date.isValid() ? cl.request.date : QDate::currentDate()))
        return fail(tr("--since %1 is after the briefing's date").arg(IsoDate::format(cl.since)));
    if (p.isSet(json) && cl.mode != Mode::Status && cl.mode != Mode::Events && cl.mode != Mode::Sources
        && cl.mode != Mode::Changes)
        return fail(tr("--json goes with --status, --events, --sources or --changes"));
    cl.json = p.isSet(json);
    cl.flashpoint = p.value(flashpoint);
    cl.request.dateField = p.value(dateField);
    if (p.isSet(dateOrder)) {
        cl.dateOrder = DateText::orderNamed(p.value(dateOrder));
        if (cl.dateOrder == DateText::Order::Unknown)
            return fail(QStringLiteral("--date-order: \"%1\" is not dmy or mdy").arg(p.value(dateOrder)));
    }
    cl.request.endField = p.value(endField);
    if (!cl.request.endField.isEmpty() && cl.request.dateField.isEmpty())
        return fail(tr("--end-field needs --date-field"));
    cl.dataDir = p.value(data);
    cl.dem = p.value(dem);
    if (p.isSet(dem) && cl.dem.isEmpty())
        return fail(tr("--dem needs a file"));
    if (p.isSet(dem) && !anyExport && cl.mode != Mode::Gui)
        return fail(tr("--dem goes with the window or an export"));
    if (p.isSet(theme)) {
        if (!MapStyle::themeFromName(p.value(theme), &cl.theme))
            return fail(tr("--theme: \"%1\" is not light or dark").arg(p.value(theme)));
        // A comparison's page and a briefing are printed documents: light.
        if (!shows || (cl.request.compares() && cl.mode == Mode::Export))
            return fail(tr("--theme goes with the window, --export (without --compare), "
                                       "--export-frames or --export-animation"));
        cl.themeSet = true;
    }
    if (p.isSet(bookmark)) {
        cl.bookmark = p.value(bookmark).trimmed();
        if (cl.bookmark.isEmpty())
            return fail(tr("--bookmark needs a name"));
        if (!shows)
            return fail(tr("--bookmark goes with the window or an export"));
    }
    cl.files = p.positionalArguments();
    return cl;
}

QString CommandLine::applyBookmark(const QString &storePath)
{
    if (bookmark.isEmpty())
        return {};
    const QString path = storePath.isEmpty() ? BookmarkFile::defaultPath() : storePath;
    QList<Bookmark> saved;
    const QString why = BookmarkFile::read(path, &saved);
    if (!why.isEmpty())
        return tr("--bookmark: %1").arg(why);
    const int at = BookmarkFile::indexOf(saved, bookmark);
    if (at < 0)
        return saved.isEmpty() ? tr("--bookmark: no bookmark \"%1\"; none are saved (View › Bookmarks "
                                       "› Add Bookmark…, in %2)").arg(bookmark, path)
                               : tr("--bookmark: no bookmark \"%1\"; saved bookmarks: %2")
                                     .arg(bookmark, BookmarkFile::names(saved).join(QStringLiteral(", ")));
    const Bookmark &b = saved[at];
    // A series has its own dates; a comparison is one figure.
    if (b.compares() && mode == Mode::Export && themeSet && theme == MapStyle::Theme::Dark)
        return tr("--bookmark \"%1\" compares two dates: its figure is light, not --theme dark")
            .arg(bookmark);
    b.applyTo(request);
    if (mode == Mode::ExportFrames || mode == Mode::ExportAnimation) {
        request.compareA = request.compareB = QDate();
    }
    return {};
}
