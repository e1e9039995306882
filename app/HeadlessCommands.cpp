#include "HeadlessCommands.h"

#include "DatabaseLayerController.h"
#include "DatabasePainter.h"

#include "AtlasLoader.h"
#include "BriefingWriter.h"
#include "ComparisonExporter.h"
#include "CommandOutput.h"
#include "ExportManifest.h"
#include "IsoDate.h"
#include "MapDecorations.h"
#include "MapExporter.h"
#include "LocatorInset.h"
#include "MapRenderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <cmath>

namespace {

using namespace CommandOutput;

QString manifestPath(const QString &output)
{
    return output + QStringLiteral(".json");
}

// Refuses to replace existing files unless forced; never replaces a directory.
bool mayWrite(const QStringList &paths, bool force)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            err() << path << QCoreApplication::translate("HeadlessCommands", ": is a directory") << Qt::endl;
            return false;
        }
        if (info.exists() && !force) {
            err() << path << QCoreApplication::translate("HeadlessCommands", ": exists; add --force to replace it") << Qt::endl;
            return false;
        }
    }
    return true;
}

// The one export file and, with --manifest, the manifest beside it.
bool mayWriteExport(const CommandLine &cl)
{
    QStringList targets{cl.exportPath};
    if (cl.manifest)
        targets << manifestPath(cl.exportPath);
    return mayWrite(targets, cl.force);
}

bool writeManifest(const QString &path, const QJsonObject &manifest)
{
    QString error;
    if (!MapExporter::writeFile(path, QJsonDocument(manifest).toJson(QJsonDocument::Indented), &error)) {
        err() << error << Qt::endl;
        return false;
    }
    return true;
}

// What every map export shows, from the command line: the user's layers,
// dpi, selection, hidden layers, display window and decorations; the size,
// date and framing are the caller's.
MapSettings exportSettings(const CommandLine &cl, const LayerStack &layers)
{
    MapSettings base;
    base.layers = layers;
    base.dpi = cl.dpi;
    base.theme = cl.theme;
    base.selection = cl.request.selection;
    base.hiddenLayers = QSet<QString>(cl.request.hiddenLayers.cbegin(), cl.request.hiddenLayers.cend());
    if (cl.request.windowSet) {
        base.window = cl.request.window;
        base.windowDays = cl.request.windowDays;
    }
    base.title = cl.title;
    base.setDecorations(cl.decorations);
    if (cl.decorations) {
        base.showTitle = cl.titleOn;
        base.legend = cl.legendOn;
        base.scaleBar = cl.scaleBarOn;
        base.northArrow = cl.northArrowOn;
        base.disclaimer = cl.footerOn;
    }
    return base;
}

// Frames extent in settings clear of the decorations it draws, inside the
// region, with the locator inset when the view is zoomed in.
void frameExport(MapSettings *settings, const Atlas &atlas, const QRectF &extent, const CommandLine &cl)
{
    MapSettings &base = *settings;
    // Framed clear of the legend as it will be drawn (with the user's layers).
    base = MapRenderer::withUserLegend(atlas, base);
    MapDecorations::frameClearOfDecorations(&base, extent);
    base = MapExporter::inRegion(base);
    // A zoomed figure says where it is (the whole region needs no inset);
    // framed again so the extent keeps clear of the inset too.
    if (cl.decorations && cl.locatorOn && LocatorInset::helps(base)) {
        base.locator = true;
        MapDecorations::frameClearOfDecorations(&base, extent);
        base = MapExporter::inRegion(base);
    }
}

// --export OUT --compare A,B: both maps of one view, the change table, the sources.
int exportComparison(const CommandLine &cl, const AtlasPtr &atlas, MapSettings view, const QRectF &extent)
{
    const QDate a = cl.request.compareA, b = cl.request.compareB;
    ComparisonExporter exporter(atlas);
    const bool pdf = cl.format == MapExporter::Format::Pdf;
    view.date = b;
    view.size = pdf ? exporter.mapSizeOnPage(view, cl.page) : cl.sizeSet ? cl.size : ComparisonExporter::defaultMapSize();
    // Framed as each map is drawn: titled with its date, its legend and
    // footer the figure's.
    MapSettings map = ComparisonExporter::mapView(view, b, QStringLiteral("B"));
    frameExport(&map, *atlas, extent, cl);
    view.center = map.center;
    view.metresPerPixel = map.metresPerPixel;
    view.locator = map.locator;
    if (!mayWriteExport(cl))
        return 1;
    QByteArray bytes;
    if (!exporter.write(cl.exportPath, cl.format, view, a, b, cl.page, &bytes)) {
        err() << exporter.errorString() << Qt::endl;
        return 1;
    }
    if (cl.manifest) {
        QJsonObject manifest = ExportManifest::of(atlas.get(), view, cl.format, cl.exportPath, bytes);
        manifest.insert(QStringLiteral("kind"), QStringLiteral("comparison"));
        manifest.remove(QStringLiteral("date"));   // it has two: from and to
        manifest.insert(QStringLiteral("from"), IsoDate::format(a));
        manifest.insert(QStringLiteral("to"), IsoDate::format(b));
        manifest.insert(QStringLiteral("title"), ComparisonExporter::heading(a, b));
        manifest.insert(QStringLiteral("map_size"), manifest.value(QStringLiteral("size")));
        manifest.insert(QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), exporter.figureSize().width()},
                                                            {QStringLiteral("height"), exporter.figureSize().height()}});
        manifest.insert(QStringLiteral("pages"), exporter.pageCount());
        if (!writeManifest(manifestPath(cl.exportPath), manifest))
            return 1;
    }
    out() << QCoreApplication::translate("HeadlessCommands", "Wrote %1 (%2 beside %3, %4x%5 px at %6 dpi%7)")
                 .arg(cl.exportPath, IsoDate::format(a), IsoDate::format(b))
                 .arg(exporter.figureSize().width()).arg(exporter.figureSize().height()).arg(view.dpi)
                 .arg(pdf ? QStringLiteral(", %1 pages").arg(exporter.pageCount()) : QString())
          << Qt::endl;
    return 0;
}

} // namespace

namespace HeadlessCommands {

int exportMap(const CommandLine &cl)
{
    LayerStack layers;
    int failure = 1;
    auto atlas = loadOrReport(cl, &layers, &failure);
    if (!atlas)
        return failure;
    QRectF extent;
    QString error;
    bool badOption = false;
    if (!cl.request.applyColouring(&layers, &error, &badOption)) {
        err() << error << Qt::endl;
        return badOption ? 2 : 1;
    }
    if (!cl.request.frame(*atlas, &extent, &error) || !cl.request.selectionKnown(*atlas, &error)) {
        err() << error << Qt::endl;
        return 2;
    }
    const bool database = std::any_of(layers.user.cbegin(), layers.user.cend(),
                                      [](const LayerEntry &e) { return e.layer && e.layer->database; });
    if (cl.request.compares()) {
        if (database) {
            err() << QStringLiteral("--compare: a database layer cannot be compared yet; export each date with --export")
                  << Qt::endl;
            return 2;
        }
        return exportComparison(cl, atlas, exportSettings(cl, layers), extent);
    }

    MapSettings base = exportSettings(cl, layers);
    const bool pdf = cl.mode == CommandLine::Mode::Export && cl.format == MapExporter::Format::Pdf;
    base.size = pdf ? cl.page.pixels(cl.dpi) : cl.size;
    // The date shapes the title; a series sets each frame's own below.
    base.date = cl.mode == CommandLine::Mode::Export ? dateOrToday(cl)
                : cl.from.isValid()                  ? cl.from
                                                     : atlas->eventIndex.firstDate();
    frameExport(&base, *atlas, extent, cl);
    // A database layer is asked for what this view shows (each frame's below).
    auto fetch = [&](MapSettings *s) {
        QString error;
        if (database && !DatabaseLayerController::fetchInto(&s->layers, DatabasePainter::viewOf(*s), &error)) {
            err() << error << Qt::endl;
            return false;
        }
        return true;
    };

    MapExporter exporter(atlas);
    if (cl.mode == CommandLine::Mode::Export) {
        if (!fetch(&base))
            return 1;
        if (!mayWriteExport(cl))
            return 1;
        QByteArray bytes;
        MapSettings used;
        if (!exporter.write(cl.exportPath, cl.format, base, cl.page, &bytes, &used)) {
            err() << exporter.errorString() << Qt::endl;
            return 1;
        }
        if (cl.manifest && !writeManifest(manifestPath(cl.exportPath),
                                          ExportManifest::of(atlas.get(), used, cl.format, cl.exportPath, bytes)))
            return 1;
        out() << QCoreApplication::translate("HeadlessCommands", "Wrote %1 (%2x%3 px at %4 dpi, as of %5)")
                     .arg(cl.exportPath).arg(used.size.width()).arg(used.size.height())
                     .arg(used.dpi).arg(IsoDate::format(used.date))
              << Qt::endl;
        return 0;
    }

    // A series: one frame per step from --from to --to.
    const QDate from = cl.from.isValid() ? cl.from : atlas->eventIndex.firstDate();
    const QDate to = cl.to.isValid() ? cl.to : atlas->eventIndex.lastDate();
    if (!from.isValid() || !to.isValid() || to < from) {
        err() << QCoreApplication::translate("HeadlessCommands", "--from %1 and --to %2 do not make a range (the events run from %3 to %4)")
                     .arg(IsoDate::format(from), IsoDate::format(to),
                          IsoDate::format(atlas->eventIndex.firstDate()),
                          IsoDate::format(atlas->eventIndex.lastDate()))
              << Qt::endl;
        return 2;
    }
    const QList<QDate> dates = cl.step.frameDates(*atlas, from, to);
    const int maxFrames = 2000;
    if (dates.isEmpty() || dates.size() > maxFrames) {
        const QString range = QStringLiteral("--step %1: ").arg(cl.step.name());
        if (dates.isEmpty())
            err() << range << QCoreApplication::translate("HeadlessCommands", "no frame dates from %1 to %2").arg(IsoDate::format(from), IsoDate::format(to));
        else
            err() << range << QCoreApplication::translate("HeadlessCommands", "%1 frames from %2 to %3, more than %4; narrow --from/--to or "
                                             "take a longer --step")
                                  .arg(dates.size()).arg(IsoDate::format(from), IsoDate::format(to)).arg(maxFrames);
        err() << Qt::endl;
        return 2;
    }
    QList<MapSettings> frames;
    for (const QDate &d : dates) {
        MapSettings s = base;
        s.date = d;
        if (!fetch(&s))
            return 1;
        frames << s;
    }
    QJsonObject manifest;
    if (cl.manifest) {
        manifest = ExportManifest::of(atlas.get(), base, MapExporter::Format::Png, QString(), QByteArray());
        for (const char *perFrame : {"output", "date", "title"})
            manifest.remove(QLatin1String(perFrame));
        manifest.insert(QStringLiteral("from"), IsoDate::format(from));
        manifest.insert(QStringLiteral("to"), IsoDate::format(to));
        manifest.insert(QStringLiteral("step"), cl.step.name());
    }

    if (cl.mode == CommandLine::Mode::ExportAnimation) {
        if (!mayWriteExport(cl))
            return 1;
        QByteArray bytes;
        if (!exporter.writeAnimation(cl.exportPath, frames, cl.frameDelayMs, &bytes)) {
            err() << exporter.errorString() << Qt::endl;
            return 1;
        }
        if (cl.manifest) {
            QJsonArray list;
            for (const MapSettings &f : frames)
                list.append(QJsonObject{{QStringLiteral("date"), IsoDate::format(f.date)},
                                        {QStringLiteral("title"), f.showTitle ? QJsonValue(f.titleText())
                                                                               : QJsonValue()}});
            manifest.insert(QStringLiteral("format"), QStringLiteral("gif"));
            manifest.insert(QStringLiteral("output"), QFileInfo(cl.exportPath).fileName());
            manifest.insert(QStringLiteral("output_sha256"),
                            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            manifest.insert(QStringLiteral("frame_delay_ms"), cl.frameDelayMs);
            manifest.insert(QStringLiteral("frames"), list);
            if (!writeManifest(manifestPath(cl.exportPath), manifest))
                return 1;
        }
        out() << QCoreApplication::translate("HeadlessCommands", "Wrote %1 (%2 frames, %3 to %4, step %5, %6 ms each)")
                     .arg(cl.exportPath).arg(frames.size())
                     .arg(IsoDate::format(dates.front()), IsoDate::format(dates.back()),
                          cl.step.name())
                     .arg(cl.frameDelayMs)
              << Qt::endl;
        return 0;
    }

    // Numbered PNGs: frame-0001-2020-05-05.png, ...
    const QDir dir(cl.exportPath);
    if (!QDir().mkpath(cl.exportPath)) {
        err() << cl.exportPath << QCoreApplication::translate("HeadlessCommands", ": cannot create the directory") << Qt::endl;
        return 1;
    }
    const int digits = std::max(4, int(QString::number(frames.size()).size()));
    QStringList names, targets;
    for (int i = 0; i < frames.size(); ++i) {
        names << QStringLiteral("frame-%1-%2.png")
                     .arg(i + 1, digits, 10, QLatin1Char('0'))
                     .arg(IsoDate::format(frames[i].date));
        targets << dir.filePath(names.back());
    }
    const QString framesManifest = dir.filePath(QStringLiteral("frames.json"));
    if (cl.manifest)
        targets << framesManifest;
    if (!mayWrite(targets, cl.force))
        return 1;
    QJsonArray list;
    for (int i = 0; i < frames.size(); ++i) {
        QByteArray bytes;
        if (!exporter.write(targets[i], MapExporter::Format::Png, frames[i], cl.page, &bytes)) {
            err() << exporter.errorString() << Qt::endl;
            return 1;
        }
        list.append(QJsonObject{
            {QStringLiteral("file"), names[i]},
            {QStringLiteral("date"), IsoDate::format(frames[i].date)},
            {QStringLiteral("title"), frames[i].showTitle ? QJsonValue(frames[i].titleText()) : QJsonValue()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}});
    }
    if (cl.manifest) {
        manifest.insert(QStringLiteral("frames"), list);
        if (!writeManifest(framesManifest, manifest))
            return 1;
    }
    out() << QCoreApplication::translate("HeadlessCommands", "Wrote %1 frames to %2 (%3 to %4, step %5)")
                 .arg(frames.size()).arg(cl.exportPath)
                 .arg(IsoDate::format(dates.front()), IsoDate::format(dates.back()),
                      cl.step.name())
          << Qt::endl;
    return 0;
}

int report(const CommandLine &cl)
{
    auto atlas = loadOrReport(cl);
    if (!atlas)
        return 1;
    if (!mayWriteExport(cl))
        return 1;
    BriefingWriter::Options o;
    o.date = dateOrToday(cl);
    o.since = cl.since;
    o.dpi = cl.dpi;
    o.page.size = cl.page.size;
    if (cl.orientationSet)
        o.page.orientation = cl.page.orientation;
    BriefingWriter writer(atlas);
    const QByteArray bytes = writer.pdf(o);
    QString error;
    if (bytes.isEmpty() || !MapExporter::writeFile(cl.exportPath, bytes, &error)) {
        err() << (error.isEmpty() ? cl.exportPath + QCoreApplication::translate("HeadlessCommands", ": cannot write the PDF") : error) << Qt::endl;
        return 1;
    }
    if (cl.manifest) {
        MapSettings s;
        s.date = o.date;
        s.dpi = o.dpi;
        QJsonObject manifest = ExportManifest::of(atlas.get(), s, MapExporter::Format::Pdf, cl.exportPath, bytes);
        for (const char *mapOnly : {"extent", "extent_lonlat", "size", "title", "selection", "decorations"})
            manifest.remove(QLatin1String(mapOnly));
        manifest.insert(QStringLiteral("kind"), QStringLiteral("briefing"));
        manifest.insert(QStringLiteral("since"), o.since.isValid() ? QJsonValue(IsoDate::format(o.since)) : QJsonValue());
        manifest.insert(QStringLiteral("pages"), writer.pageCount());
        if (!writeManifest(manifestPath(cl.exportPath), manifest))
            return 1;
    }
    out() << QCoreApplication::translate("HeadlessCommands", "Wrote %1 (briefing as of %2, %3 pages)")
                 .arg(cl.exportPath, IsoDate::format(o.date)).arg(writer.pageCount())
          << Qt::endl;
    return 0;
}

int validate(const CommandLine &cl)
{
    AtlasLoader loader;
    DataErrors errors;
    int features = 0;
    QStringList checked;
    DataErrors warnings;
    bool optionMissing = false;
    // --record FILE is checked as the window would read it.
    const QStringList files = cl.files + (cl.recordPath.isEmpty() ? QStringList() : QStringList{cl.recordPath});
    if (files.isEmpty()) {
        auto atlas = loader.load(dataDir(cl), &errors, &warnings);
        if (atlas) {
            features = atlas->flashpoints.size() + atlas->places.size() + atlas->lines.size()
                       + atlas->events.size() + atlas->context.size();
            checked = atlas->files;
        }
    } else {
        DataErrors referenceErrors;
        auto reference = loader.load(dataDir(cl), &referenceErrors);
        errors = loader.validateFiles(files, reference.get(), &warnings,
                                      {cl.request.dateField, cl.request.endField, cl.dateOrder}, &optionMissing);
        checked = files;
    }
    // An option is missing: said where exit code 2 says it, on stderr.
    for (const DataError &e : errors)
        (optionMissing ? err() : out()) << e.toString() << Qt::endl;
    for (const DataError &w : warnings)
        out() << w.toString() << Qt::endl;
    if (!errors.isEmpty()) {
        err() << QStringLiteral("%1 problem(s) found").arg(errors.size()) << Qt::endl;
        return optionMissing ? 2 : 1;
    }
    out() << QStringLiteral("OK: %1 file(s) valid%2%3")
                 .arg(checked.size())
                 .arg(features ? QStringLiteral(", %1 features").arg(features) : QString())
                 .arg(warnings.isEmpty() ? QString() : QStringLiteral(", %1 warning(s)").arg(warnings.size()))
          << Qt::endl;
    return 0;
}

} // namespace HeadlessCommands
