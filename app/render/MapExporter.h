#pragma once
// Writes map snapshots: PNG, SVG, PDF, and animated GIF for a date range.
// The exporter only makes the device (a QImage, a QSvgGenerator, a
// QPdfWriter) and has MapRenderer::paint draw on it from a MapSettings value,
// so an export is what the window shows. Vector formats stay vector: paths
// and text, never one embedded picture.
//
// Every file is written whole or not at all (QSaveFile). The same atlas and
// settings give byte-identical PNG, SVG, GIF and PDF files: no timestamps, no
// random ids (a PDF's creation date is the date it shows).

#include "Atlas.h"
#include "MapRenderer.h"
#include "MapSettings.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPainter;
class QPdfWriter;

// A PDF page: the map fills it inside the margins.
struct ExportPage {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double marginMm = 10.0;
};

// One step of a date series: N days, weeks or months, or each event date.
struct ExportStep {
    enum class Unit { Days, Weeks, Months, Events };
    Unit unit = Unit::Events;
    int count = 1;
};

class MapExporter
{
public:
    enum class Format { Png, Svg, Pdf, Gif };
    // The format a file name's extension names (case-insensitive).
    static bool formatFromPath(const QString &path, Format *format);
    static QString formatName(Format format); // "png", "svg", "pdf", "gif"

    using Page = ExportPage;
    // "A4", "a3", "Letter", ... (the sizes the dialog and --page offer).
    static bool pageSizeFromName(const QString &name, QPageSize::PageSizeId *id);
    static QStringList pageSizeNames();
    // The printable area of page in pixels at dpi: the settings' size for a PDF.
    static QSize pagePixels(const Page &page, double dpi);

    using Step = ExportStep;
    // "1d", "2w", "1m", "events"; false if text is none of those.
    static bool parseStep(const QString &text, Step *step);
    static QString stepName(const Step &step);
    // The dates from from to to inclusive, one per step (for events: each
    // distinct event date in the range). Months are counted from from, so
    // 2020-01-31 + 1m is 2020-02-29 and + 2m is 2020-03-31.
    static QList<QDate> frameDates(const Atlas &atlas, const QDate &from, const QDate &to,
                                   const Step &step);

    explicit MapExporter(AtlasPtr atlas);

    // The same view in another size: the same centre, and at least the
    // same extent (identical settings when size is unchanged).
    static MapSettings resized(const MapSettings &view, const QSize &size);

    // settings kept inside the region the basemap covers (Atlas::fullExtent):
    // every export is map to its edges.
    static MapSettings inRegion(const MapSettings &settings);

    // The map and every decoration settings asks for, on any painter.
    void paint(QPainter &painter, const MapSettings &settings) const;
    // What the window shows for settings: ARGB32 premultiplied, opaque.
    QImage image(const MapSettings &settings) const;

    // The encoded files, in memory.
    QByteArray png(const MapSettings &settings) const;
    QByteArray svg(const MapSettings &settings) const;
    // settings is fitted to the page's printable area at settings.dpi; used
    // receives the settings painted.
    QByteArray pdf(const MapSettings &settings, const Page &page, MapSettings *used = nullptr) const;
    // An animated GIF, one frame per settings value (all of one size), each
    // shown delayMs, looping. One palette of up to 256 colours for all frames;
    // each frame after the first stores only the rectangle that changed.
    QByteArray gif(const QList<MapSettings> &frames, int delayMs) const;

    // Encodes settings in format and writes path atomically. On failure,
    // returns false and errorString() says why; nothing is left at path.
    bool write(const QString &path, Format format, const MapSettings &settings,
               const Page &page = Page(), QByteArray *written = nullptr, MapSettings *used = nullptr);
    bool writeAnimation(const QString &path, const QList<MapSettings> &frames, int delayMs,
                        QByteArray *written = nullptr);
    // Writes bytes to path through QSaveFile.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    QString errorString() const { return m_error; }

    // What a snapshot shows and from what: app version, date, extent
    // (projected and lon/lat), size, dpi, and each data file's SHA-256.
    QJsonObject manifest(const MapSettings &settings, Format format, const QString &outputPath,
                         const QByteArray &output) const;
    // The lon/lat box that holds the settings' whole view.
    static QRectF lonLatExtent(const MapSettings &settings);

private:
    void paintDetailsPages(QPainter &painter, QPdfWriter &writer, const MapSettings &s) const;
    AtlasPtr m_atlas;
    MapRenderer m_renderer;
    QString m_error;
};
