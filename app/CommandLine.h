#pragma once
// Parses the command line before any QApplication exists (so headless modes
// can pick the offscreen platform or need no GUI at all) and validates every
// value. A bad option or value is exit code 2 with a one-line reason.

#include "DateText.h"
#include "MapExporter.h"
#include "ViewRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode {
        Gui, Export, ExportFrames, ExportAnimation, Validate, Status, Events, Sources, Changes, Report, Help, Version, Error
    };

    Mode mode = Mode::Gui;
    QString error;               // for Mode::Error
    QString helpText;
    QString language = QStringLiteral("en"); // --lang, else the desktop's (Translations)

    QString dataDir;             // --data
    QString recordPath;          // --record: the user's own record
    QStringList files;           // positional: extra layers / files to validate
    // What to show (--view/--extent, --date, --window, --select, --hide-layer,
    // --date-field/--end-field): applied alike by the window and the exports.
    ViewRequest request;
    bool json = false;
    QString exportPath;          // --export OUT, --export-frames DIR, --export-animation OUT.gif
    MapExporter::Format format = MapExporter::Format::Png;
    QSize size{1600, 1000};
    bool sizeSet = false;
    QString dem;                 // --dem FILE: an elevation raster to shade under the map
    QDate from, to;              // --events, --export-frames and --export-animation range
    QString flashpoint;          // --events --flashpoint
    // --date-order dmy|mdy: the day/month order of FILEs' numeric dates
    // (03/04/2020) where their values do not tell it.
    DateText::Order dateOrder = DateText::Order::Unknown;

    // Exports
    double dpi = 96.0;           // --dpi (PDF: 300 unless given)
    QString title;               // --title (empty: the default, with the date)
    bool titleOn = true, legendOn = true, scaleBarOn = true, northArrowOn = true, footerOn = true;
    bool decorations = true;     // --no-decorations switches them all off
    bool locatorOn = true;       // --no-locator: no inset even for a zoomed view
    bool force = false;          // --force: replace existing files
    bool manifest = false;       // --manifest: OUT.json beside OUT
    MapExporter::Step step;      // --step (default: each event date)
    int frameDelayMs = 500;      // --frame-delay
    MapExporter::Page page;      // --page, --orientation (PDF)
    bool orientationSet = false; // a briefing is portrait unless told
    QDate since;                 // --report --since: events from this date
    // --theme light|dark: a map export's style (light unless asked); the
    // window's theme for this run.
    MapStyle::Theme theme = MapStyle::Theme::Light;
    bool themeSet = false;
    QString bookmark;            // --bookmark NAME (applied by applyBookmark)

    bool isExport() const
    {
        return mode == Mode::Export || mode == Mode::ExportFrames || mode == Mode::ExportAnimation;
    }

    static CommandLine parse(const QStringList &arguments);
    // Fills the request from --bookmark's saved view (BookmarkFile's
    // store; what the command line sets itself wins). The reason when it
    // cannot, naming the bookmarks there are: exit code 2.
    QString applyBookmark(const QString &storePath = QString());
};
