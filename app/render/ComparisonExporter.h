#pragma once
// Two dates side by side, as one figure: a heading, the map as of A on the
// left and as of B on the right (the same view: one extent, one scale, the
// same layers and selection), each titled with its date, one legend for
// both, and beneath them what changed in between (ChangeTable: status
// changes, lines and zones, events, the sources cited) and the footer with
// the disclaimer and the day the record was checked to.
//
// The maps are painted by MapExporter, so they are what the window and every
// other export draw. A PNG or SVG is as tall as the whole table needs; a PDF
// puts the maps on its first page and goes on over as many pages as the
// table takes, each with the footer and its number. Vector formats stay
// paths and text. The same record, view and dates give the same bytes.
// Only reads its inputs: safe to run on a worker thread.

#include "Atlas.h"
#include "ExportPage.h"
#include "MapExporter.h"
#include "MapSettings.h"

#include <QByteArray>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QPair>
#include <QRectF>
#include <QSize>
#include <QString>
#include <memory>

class ChangeTable;
class QPainter;

class ComparisonExporter
{
public:
    explicit ComparisonExporter(AtlasPtr atlas);

    // One of the two maps: view as of date, titled "label · 1 June 2020",
    // without a legend (the figure has one for both) or a footer (the
    // figure's own carries the disclaimer). Frame a comparison's extent in it.
    static MapSettings mapView(const MapSettings &view, const QDate &date, const QString &label);
    // Each map's size in a PNG or SVG when nobody says (--size).
    static QSize defaultMapSize() { return QSize(760, 900); }
    // "Eastern Ladakh: what changed from 1 June 2020 to 20 November 2024":
    // the figure's heading and its document title.
    static QString heading(const QDate &a, const QDate &b);
    // The size each map takes on a PDF page; a PNG's and an SVG's maps are
    // view.size. write() fits the view into it (the same centre, at least
    // the same extent), as a single map's PDF does.
    QSize mapSizeOnPage(const MapSettings &view, const ExportPage &page) const;

    // What the PNG holds: view as of a (left) and b (right), each map
    // view.size, with the legend, the whole change table and the footer;
    // view's own date is not used. Null unless a is before b.
    QImage image(const MapSettings &view, const QDate &a, const QDate &b) const;
    // Where image() puts map A and map B, in its pixels: each is painted
    // with MapExporter::inRegion(mapView(view, date, label)).
    QPair<QRectF, QRectF> mapRects(const MapSettings &view, const QDate &a, const QDate &b) const;

    // Encodes the comparison in format (PNG, SVG or PDF on page; a GIF is
    // refused) and writes path atomically. On failure, returns false and
    // errorString() says why; nothing is left at path.
    bool write(const QString &path, MapExporter::Format format, const MapSettings &view, const QDate &a,
               const QDate &b, const ExportPage &page = ExportPage(), QByteArray *written = nullptr);
    // The same file's bytes, in memory (empty on failure: errorString(),
    // naming name); for a writer that decides at the end whether to write.
    QByteArray encode(MapExporter::Format format, const MapSettings &view, const QDate &a, const QDate &b,
                      const ExportPage &page, const QString &name);
    QString errorString() const { return m_error; }
    // Of the last file written: its size in pixels (a PDF's page) and pages.
    QSize figureSize() const { return m_figureSize; }
    int pageCount() const { return m_pages; }

private:
    // Where the parts of a figure stand, in its pixels.
    struct Layout {
        double width = 0;
        QRectF heading, mapA, mapB, legend;
        QFont headingFont;
        QPointF table;            // the change table's top left on the first page
        double footerHeight = 0;
    };
    // A PNG's or SVG's figure: where its parts go, its table, its size.
    struct Figure {
        MapSettings map;          // the view, kept in the region
        Layout layout;
        std::shared_ptr<ChangeTable> table;
        QSize size;
    };
    // page empty: as wide as the maps make it (PNG, SVG); else a PDF page's
    // printable area.
    Layout layout(const MapSettings &map, const QString &headingText, const QSizeF &page, double margin) const;
    static bool legendBelow(const QSizeF &page);
    MapSettings legendView(const MapSettings &view, const QDate &b) const;
    static QString description(const MapSettings &map, const QDate &a, const QDate &b);
    static QString datesError(const QDate &a, const QDate &b);
    // The heading, both maps and the legend.
    void paintTop(QPainter &p, const Layout &l, const MapSettings &map, const QDate &a, const QDate &b) const;
    Figure figure(const MapSettings &view, const QDate &a, const QDate &b) const;
    void paintFigure(QPainter &p, const Figure &f, const QDate &a, const QDate &b) const;
    QByteArray pdf(const MapSettings &view, const QDate &a, const QDate &b, const ExportPage &page, int *pages) const;

    AtlasPtr m_atlas;
    MapExporter m_maps;
    QString m_error;
    QSize m_figureSize;
    int m_pages = 0;
};
