#include "ComparisonExporter.h"

#include "ChangeTable.h"
#include "IsoDate.h"
#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "PageFooter.h"
#include "Projection.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace {

// In pixels at 96 dpi: the figure's margin (a PDF has the page's), the gap
// between the maps and before the legend, the heading's size (and the
// smallest it takes to stay on one line).
constexpr double kMargin = 20, kGutter = 14, kHeadingSize = 20, kHeadingMin = 15;
// On a PDF page the maps are at most this much taller than wide, and with
// the heading (and a legend under them) take at most this share of the
// first page's body: less on a landscape page, whose table has less room.
constexpr double kPageMapAspect = 1.2, kLandscapeShare = 0.62, kPortraitShare = 0.72;

// The heading's font: smaller before it wraps.
QFont headingFont(const QString &text, double width, double k)
{
    double size = kHeadingSize;
    while (size > kHeadingMin && QFontMetricsF(MapStyle::font(size, k, true)).horizontalAdvance(text) > width)
        size -= 1;
    return MapStyle::font(size, k, true);
}

} // namespace

ComparisonExporter::ComparisonExporter(AtlasPtr atlas) : m_atlas(atlas), m_maps(std::move(atlas)) {}

MapSettings ComparisonExporter::mapView(const MapSettings &view, const QDate &date, const QString &label)
{
    MapSettings s = view;
    s.date = date;
    // The title carries the date; the figure's legend and footer serve both maps.
    s.showTitle = true;
    s.title = QStringLiteral("%1 · %2").arg(label, ChangeTable::longDate(date));
    s.dateLabel = false;
    s.legend = false;
    s.disclaimer = false;
    return s;
}

QString ComparisonExporter::heading(const QDate &a, const QDate &b)
{
    return QCoreApplication::translate("ComparisonExporter", "Eastern Ladakh: what changed from %1 to %2")
        .arg(ChangeTable::longDate(a), ChangeTable::longDate(b));
}

QString ComparisonExporter::description(const MapSettings &map, const QDate &a, const QDate &b)
{
    return QCoreApplication::translate("ComparisonExporter", "%1. Two maps of the India-China Line of Actual Control in eastern Ladakh, as of %2 "
                          "(left) and as of %3 (right), centre %4, %5 m (Lambert conformal conic, %6), %7 m per "
                          "pixel, with what changed between them and the sources. %8")
        .arg(MapExporter::appName(), IsoDate::format(a), IsoDate::format(b),
             QString::number(map.center.x(), 'f', 1), QString::number(map.center.y(), 'f', 1),
             Projection::proj4Definition(), QString::number(map.metresPerPixel, 'f', 4),
             MapDecorations::disclaimer());
}

QString ComparisonExporter::datesError(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid())
        return QCoreApplication::translate("ComparisonExporter", "a comparison needs two dates");
    if (!(a < b))
        return QCoreApplication::translate("ComparisonExporter", "date A %1 is not before date B %2").arg(IsoDate::format(a), IsoDate::format(b));
    return {};
}

// The legend both maps share: the view's layers as of B (a user's layer
// counts its events at B), in the box a default export gives it.
MapSettings ComparisonExporter::legendView(const MapSettings &view, const QDate &b) const
{
    MapSettings s = view;
    s.date = b;
    s.legend = true;
    s.size = QSize(int(std::lround(1600 * view.symbolScale())), int(std::lround(1000 * view.symbolScale())));
    return m_atlas ? MapRenderer::withUserLegend(*m_atlas, s) : s;
}

// A portrait page is too narrow for the legend beside two maps: it goes under them.
bool ComparisonExporter::legendBelow(const QSizeF &page)
{
    return page.width() < page.height();
}

ComparisonExporter::Layout ComparisonExporter::layout(const MapSettings &map, const QString &headingText,
                                                      const QSizeF &page, double margin) const
{
    const double k = map.symbolScale(), gutter = kGutter * k;
    Layout l;
    const QRectF legend = map.legend ? MapLegend::rect(legendView(map, map.date)) : QRectF();
    const bool below = legendBelow(page);
    // A PNG or SVG is as wide as its maps make it; a PDF as its page.
    l.width = !page.isEmpty() ? page.width()
                              : 2 * margin + 2 * map.size.width() + gutter + (map.legend ? gutter + legend.width() : 0);
    const double textWidth = std::max(1.0, l.width - 2 * margin);
    l.headingFont = headingFont(headingText, textWidth, k);
    const QRectF text =
        QFontMetricsF(l.headingFont).boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, headingText);
    l.heading = QRectF(margin, margin, textWidth, text.height());
    // On whole pixels, so that each map's pixels are what the renderer
    // paints for it alone.
    const double top = std::ceil(l.heading.bottom() + 10 * k);
    const QSizeF size(map.size);
    l.mapA = QRectF(QPointF(std::round(margin), top), size);
    l.mapB = QRectF(QPointF(std::round(l.mapA.right() + gutter), top), size);
    double bottom = l.mapA.bottom();
    if (map.legend && below) {
        l.legend = QRectF(QPointF(margin, bottom + gutter), legend.size());
        bottom = l.legend.bottom();
    } else if (map.legend) {
        l.legend = QRectF(QPointF(l.mapB.right() + gutter, top), legend.size());
        bottom = std::max(bottom, l.legend.bottom());
    }
    l.table = QPointF(margin, bottom + 6 * k);
    return l;
}

QSize ComparisonExporter::mapSizeOnPage(const MapSettings &view, const ExportPage &page) const
{
    const double k = view.symbolScale(), gutter = kGutter * k;
    const QSize printable = page.pixels(view.dpi);
    const QRectF legend = view.legend ? MapLegend::rect(legendView(view, view.date)) : QRectF();
    const bool below = legendBelow(printable);
    const int width = int(std::floor((printable.width() - gutter - (below || !view.legend ? 0 : legend.width() + gutter)) / 2));
    // The heading with the longest dates there are, so that the size does
    // not depend on them.
    const QString longest = heading(QDate(2000, 9, 30), QDate(2000, 9, 30));
    double top = QFontMetricsF(headingFont(longest, printable.width(), k))
                     .boundingRect(QRectF(0, 0, printable.width(), 1e6), Qt::TextWordWrap, longest)
                     .height()
                 + 10 * k;
    if (below && view.legend)
        top += legend.height() + gutter;
    const double body = printable.height() - (m_atlas ? PageFooter(*m_atlas, k).height(printable.width()) : 0);
    const int height = int(std::floor(std::min(width * kPageMapAspect, body * (below ? kPortraitShare : kLandscapeShare) - top)));
    return QSize(std::max(16, width), std::max(16, height));
}

void ComparisonExporter::paintTop(QPainter &p, const Layout &l, const MapSettings &map, const QDate &a,
                                  const QDate &b) const
{
    const double k = map.symbolScale();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(l.headingFont);
    p.setPen(MapStyle::labelColor());
    p.drawText(l.heading, Qt::TextWordWrap, heading(a, b));
    const QList<QPair<QRectF, MapSettings>> maps = {
        {l.mapA, mapView(map, a, QStringLiteral("A"))}, {l.mapB, mapView(map, b, QStringLiteral("B"))}};
    for (const auto &[rect, settings] : maps) {
        p.save();
        p.translate(rect.topLeft());
        m_maps.paint(p, settings);
        p.restore();
        // A frame just outside the map, which keeps its every pixel.
        p.setClipping(false);
        p.setPen(QPen(MapStyle::panelEdge(), 1 * k));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect.adjusted(-0.5 * k, -0.5 * k, 0.5 * k, 0.5 * k));
    }
    if (!l.legend.isEmpty()) {
        // The legend stands where MapDecorations puts it on a map of its
        // own: moved from there beside the maps.
        const MapSettings legend = legendView(map, b);
        p.translate(l.legend.topLeft() - MapLegend::rect(legend).topLeft());
        MapLegend::paint(p, legend);
    }
    p.restore();
}

ComparisonExporter::Figure ComparisonExporter::figure(const MapSettings &view, const QDate &a, const QDate &b) const
{
    Figure f;
    f.map = MapExporter::inRegion(view);
    const double k = f.map.symbolScale(), margin = kMargin * k;
    f.layout = layout(f.map, heading(a, b), QSizeF(), margin);
    f.table = std::make_shared<ChangeTable>(*m_atlas, a, b, k);
    f.table->layout(f.layout.width - 2 * margin);
    f.layout.footerHeight = PageFooter(*m_atlas, k, false).height(f.layout.width - 2 * margin);
    // Tall enough for the whole table: nothing is cut off.
    const double height = f.layout.table.y() + f.table->height() + 12 * k + f.layout.footerHeight + margin;
    f.size = QSize(int(std::ceil(f.layout.width)), int(std::ceil(height)));
    return f;
}

void ComparisonExporter::paintFigure(QPainter &p, const Figure &f, const QDate &a, const QDate &b) const
{
    const double k = f.map.symbolScale(), margin = kMargin * k;
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(f.size)), MapStyle::figureBackground());
    paintTop(p, f.layout, f.map, a, b);
    f.table->paint(p, f.layout.table, 0, f.table->rowCount());
    const QRectF band(margin, f.size.height() - margin - f.layout.footerHeight, f.layout.width - 2 * margin,
                      f.layout.footerHeight);
    PageFooter(*m_atlas, k, false).paint(p, band, 1, 1);
}

QImage ComparisonExporter::image(const MapSettings &view, const QDate &a, const QDate &b) const
{
    if (!m_atlas || !datesError(a, b).isEmpty())
        return {};
    const Figure f = figure(view, a, b);
    QImage image(f.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(MapStyle::figureBackground());
    QPainter p(&image);
    paintFigure(p, f, a, b);
    p.end();
    return image;
}

QPair<QRectF, QRectF> ComparisonExporter::mapRects(const MapSettings &view, const QDate &a, const QDate &b) const
{
    const MapSettings map = MapExporter::inRegion(view);
    const Layout l = layout(map, heading(a, b), QSizeF(), kMargin * map.symbolScale());
    return qMakePair(l.mapA, l.mapB);
}

QByteArray ComparisonExporter::pdf(const MapSettings &view, const QDate &a, const QDate &b, const ExportPage &page,
                                   int *pageCount) const
{
    const double k = view.symbolScale();
    const MapSettings map = MapExporter::inRegion(MapExporter::resized(view, mapSizeOnPage(view, page)));
    const QSizeF printable(page.pixels(view.dpi));
    const Layout l = layout(map, heading(a, b), printable, 0);
    ChangeTable table(*m_atlas, a, b, k);
    table.layout(printable.width());
    const PageFooter footer(*m_atlas, k);
    const double footerHeight = footer.height(printable.width());
    const double body = printable.height() - footerHeight;
    // The maps on the first page, the table under them and on over the pages after.
    const QList<QPair<int, int>> pages = table.pages(body - l.table.y(), body);
    *pageCount = int(pages.size());
    return MapExporter::encodePdf(page, view.dpi, heading(a, b), b, [&](QPainter &p, QPdfWriter &writer) {
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            else
                paintTop(p, l, map, a, b);
            table.paint(p, i == 0 ? l.table : QPointF(0, 0), pages[i].first, pages[i].second);
            footer.paint(p, QRectF(0, body, printable.width(), footerHeight), i + 1, int(pages.size()));
        }
        return true;
    });
}

QByteArray ComparisonExporter::encode(MapExporter::Format format, const MapSettings &view, const QDate &a,
                                      const QDate &b, const ExportPage &page, const QString &name)
{
    m_error.clear();
    m_figureSize = QSize();
    m_pages = 0;
    QString why = m_atlas ? datesError(a, b) : QCoreApplication::translate("ComparisonExporter", "no record is loaded");
    if (why.isEmpty() && format == MapExporter::Format::Gif)
        why = QCoreApplication::translate("ComparisonExporter", "a comparison is one PNG, SVG or PDF, not a GIF");
    if (!why.isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(name, why);
        return {};
    }
    QByteArray bytes;
    int pages = 1;
    QSize size;
    switch (format) {
    case MapExporter::Format::Png: {
        const QImage figure = image(view, a, b);
        size = figure.size();
        if (!figure.isNull())
            bytes = MapExporter::encodePng(figure, view.dpi, heading(a, b),
                                           description(MapExporter::inRegion(view), a, b));
        break;
    }
    case MapExporter::Format::Svg: {
        const Figure f = figure(view, a, b);
        size = f.size;
        bytes = MapExporter::encodeSvg(f.size, f.map.dpi, heading(a, b), description(f.map, a, b),
                                       [&](QPainter &p) { paintFigure(p, f, a, b); });
        break;
    }
    case MapExporter::Format::Pdf:
        size = page.pixels(view.dpi);
        bytes = pdf(view, a, b, page, &pages);
        break;
    case MapExporter::Format::Gif:
        break;
    }
    if (bytes.isEmpty()) {
        m_error = QCoreApplication::translate("ComparisonExporter", "%1: the %2 could not be made").arg(name, MapExporter::formatName(format).toUpper());
        return {};
    }
    m_figureSize = size;
    m_pages = pages;
    return bytes;
}

bool ComparisonExporter::write(const QString &path, MapExporter::Format format, const MapSettings &view,
                               const QDate &a, const QDate &b, const ExportPage &page, QByteArray *written)
{
    const QByteArray bytes = encode(format, view, a, b, page, path);
    if (bytes.isEmpty() || !MapExporter::writeFile(path, bytes, &m_error))
        return false;
    if (written)
        *written = bytes;
    return true;
}
