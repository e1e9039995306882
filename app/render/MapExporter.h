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
#include "ExportPage.h"
#include "ExportStep.h"
#include "MapRenderer.h"
#include "MapSettings.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>

class QPainter;
class QPdfWriter;

class MapExporter
{
public:
    enum class Format { Png, Svg, Pdf, Gif };
    // The format a file name's extension names (case-insensitive).
    static bool formatFromPath(const QString &path, Format *format);
    static QString formatName(Format format); // "png", "svg", "pdf", "gif"

    // The page of a PDF (ExportPage::pixels gives its printable area) and the
    // step of a date series (ExportStep::frameDates gives its dates).
    using Page = ExportPage;
    using Step = ExportStep;

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
    // shown delayMs, looping (GifEncoder: one palette for all frames, each
    // frame after the first storing only the rectangle that changed).
    QByteArray gif(const QList<MapSettings> &frames, int delayMs) const;

    // Encodes settings in format and writes path atomically. On failure,
    // returns false and errorString() says why; nothing is left at path.
    bool write(const QString &path, Format format, const MapSettings &settings,
               const Page &page = Page(), QByteArray *written = nullptr, MapSettings *used = nullptr);
    bool writeAnimation(const QString &path, const QList<MapSettings> &frames, int delayMs,
                        QByteArray *written = nullptr);
    // The encoders behind png(), svg() and pdf(), for any figure: a PNG of
    // image with its dpi, title and description; an SVG of size that paint
    // draws; a PDF on page at dpi that paint draws (false: the device failed),
    // stamped with date so its bytes depend on its inputs alone.
    static QByteArray encodePng(const QImage &image, double dpi, const QString &title, const QString &description);
    static QByteArray encodeSvg(const QSize &size, double dpi, const QString &title, const QString &description,
                                const std::function<void(QPainter &)> &paint);
    static QByteArray encodePdf(const Page &page, double dpi, const QString &title, const QDate &date,
                                const std::function<bool(QPainter &, QPdfWriter &)> &paint);
    // "LAC Viewer 1.2.3": the software a file names as its maker.
    static QString appName();

    // Writes bytes to path through QSaveFile.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    QString errorString() const { return m_error; }

private:
    void paintDetailsPages(QPainter &painter, QPdfWriter &writer, const MapSettings &s) const;
    AtlasPtr m_atlas;
    MapRenderer m_renderer;
    QString m_error;
};
