#include "MapLegend.h"

#include "LocatorInset.h"
#include "MapDecorations.h"
#include "MapStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <cmath>

namespace MapLegend {

namespace {
// The line kinds the legend lists: those of the layers shown.
QStringList legendLineKinds(const MapSettings &s)
{
    static const QStringList kinds = {QStringLiteral("boundary-india-china"),
                                      QStringLiteral("boundary-de-facto"), QStringLiteral("lac-india"),
                                      QStringLiteral("lac-china"), QStringLiteral("buffer-zone"),
                                      QStringLiteral("road")};
    QStringList out;
    for (const QString &kind : kinds)
        if (s.layerShown(MapSettings::layerOfKind(kind)))
            out << kind;
    return out;
}
QString userLegendTitle() { return QCoreApplication::translate("MapLegend", "Your layers (not checked by LAC Viewer)"); }
QString ownRecordText() { return QCoreApplication::translate("MapLegend", "Your record (ringed)"); }
QString userLegendText(const MapSettings::UserLegendEntry &e, qint64 count)
{
    if (!e.events)
        return e.name;
    QString text = (count == 1 ? QCoreApplication::translate("MapLegend", "%1: %L2 event shown")
                               : QCoreApplication::translate("MapLegend", "%1: %L2 events shown"))
                       .arg(e.name)
                       .arg(count);
    if (!e.colourBy.isEmpty())
        text += QCoreApplication::translate("MapLegend", ", by %1").arg(e.colourBy);
    return text;
}
// A category's row under its layer: "Battles (1,204)".
QString categoryText(const MapSettings::UserLegendEntry::Category &c, qint64 count)
{
    return QStringLiteral("%1 (%L2)").arg(c.label).arg(count);
}
// Category rows are indented under their layer's row by this much (at 96 dpi).
constexpr double kCategoryIndent = 12;
double legendTextWidth(const MapSettings &s)
{
    const QFontMetricsF fm(MapStyle::font(10, s.symbolScale()));
    double textWidth = 0;
    if (!s.userLegend.isEmpty())
        textWidth = QFontMetricsF(MapStyle::font(11, s.symbolScale(), true)).horizontalAdvance(userLegendTitle());
    for (const MapSettings::UserLegendEntry &e : s.userLegend) {
        textWidth = std::max(textWidth, fm.horizontalAdvance(userLegendText(e, std::max(e.shown, e.total))));
        for (const auto &c : e.categories)
            textWidth = std::max(textWidth, kCategoryIndent * s.symbolScale()
                                                + fm.horizontalAdvance(categoryText(c, std::max(c.shown, c.total))));
    }
    for (Status st : MapStyle::legendStatuses())
        textWidth = std::max(textWidth, fm.horizontalAdvance(StatusInfo::label(st)));
    if (s.ownRecord)
        textWidth = std::max(textWidth, fm.horizontalAdvance(ownRecordText()));
    for (const QString &kind : legendLineKinds(s))
        textWidth = std::max(textWidth, fm.horizontalAdvance(MapStyle::lineStyle(kind).label));
    return std::min(textWidth, s.size.width() * 0.38);
}
double legendRow(const MapSettings &s)
{
    const double k = s.symbolScale();
    return std::max(QFontMetricsF(MapStyle::font(10, k)).height(), 16 * k) + 2 * k;
}
} // namespace

namespace {
QString legendHeading() { return QCoreApplication::translate("MapLegend", "Legend"); }
// The whole legend's size: its rows, and the header that collapses it in the window.
QSizeF legendSize(const MapSettings &s)
{
    const double k = s.symbolScale();
    const double w = legendTextWidth(s) + 52 * k;
    qsizetype userRows = (s.userLegend.isEmpty() ? 0 : s.userLegend.size() + 1) + (s.ownRecord ? 1 : 0);
    for (const MapSettings::UserLegendEntry &e : s.userLegend)
        userRows += e.categories.size();
    const qsizetype rows = MapStyle::legendStatuses().size() + legendLineKinds(s).size() + 2 + userRows
                           + (s.legendCollapsible ? 1 : 0);
    return QSizeF(w, legendRow(s) * rows + 10 * k);
}
// The collapsed legend: a tab with its heading and a chevron.
QSizeF legendTabSize(const MapSettings &s)
{
    const double k = s.symbolScale();
    const QFontMetricsF fm(MapStyle::font(11, k, true));
    return QSizeF(fm.horizontalAdvance(legendHeading()) + 34 * k, legendRow(s) + 8 * k);
}
bool rightCorner(MapSettings::Corner c)
{
    return c == MapSettings::Corner::TopRight || c == MapSettings::Corner::BottomRight;
}
bool bottomCorner(MapSettings::Corner c)
{
    return c == MapSettings::Corner::BottomLeft || c == MapSettings::Corner::BottomRight;
}
// Where a box of size goes in corner c, beside the decorations that stand there.
QRectF inCorner(const MapSettings &s, MapSettings::Corner c, const QSizeF &size)
{
    const double k = s.symbolScale(), margin = 12 * k, gap = 8 * k;
    const double x = rightCorner(c) ? s.size.width() - size.width() - margin : margin;
    double y = margin;
    if (c == MapSettings::Corner::TopLeft) {
        const QRectF heading = MapDecorations::headingBox(s);
        if (!heading.isEmpty())
            y = heading.bottom() + gap;
    } else if (bottomCorner(c)) {
        double bottom = (s.disclaimer ? MapDecorations::footerBox(s).top() : s.size.height()) - margin;
        if (c == MapSettings::Corner::BottomRight && s.locator)
            bottom = LocatorInset::box(s).top() - gap;
        if (c == MapSettings::Corner::BottomLeft) {
            if (s.scaleBar)
                bottom = std::min(bottom, MapDecorations::scaleBarBox(s).top() - gap);
            if (s.northArrow)
                bottom = std::min(bottom, MapDecorations::northArrowBox(s).top() - gap);
        }
        y = bottom - size.height();
    }
    return QRectF(QPointF(x, y), size);
}
} // namespace

QSizeF size(const MapSettings &s)
{
    return legendSize(s);
}

QRectF boxAt(const MapSettings &s, MapSettings::Corner corner)
{
    const QRectF box = inCorner(s, corner, legendSize(s));
    if (!QRectF(QPointF(0, 0), QSizeF(s.size)).contains(box))
        return {};
    QList<QRectF> others = {MapDecorations::headingBox(s), MapDecorations::footerBox(s)};
    if (s.scaleBar)
        others << MapDecorations::scaleBarBox(s);
    if (s.northArrow)
        others << MapDecorations::northArrowBox(s);
    if (s.locator)
        others << LocatorInset::box(s);
    for (const QRectF &r : others)
        if (!r.isEmpty() && r.intersects(box))
            return {};
    return box;
}

QRectF rect(const MapSettings &s)
{
    // Where there is no room for it, at the top right as always.
    const MapSettings::Corner corner = boxAt(s, s.legendCorner).isEmpty() ? MapSettings::Corner::TopRight
                                                                                 : s.legendCorner;
    const QRectF full = inCorner(s, corner, legendSize(s));
    if (!s.legendCollapsed)
        return full;
    // The tab stands at the same corner of the map as the legend would.
    const QSizeF tab = legendTabSize(s);
    return QRectF(QPointF(rightCorner(corner) ? full.right() - tab.width() : full.left(),
                          bottomCorner(corner) ? full.bottom() - tab.height() : full.top()),
                  tab);
}

QRectF headerRect(const MapSettings &s)
{
    if (!s.legend || !s.legendCollapsible)
        return {};
    const QRectF box = rect(s);
    return s.legendCollapsed ? box : QRectF(box.topLeft(), QSizeF(box.width(), legendRow(s) + 6 * s.symbolScale()));
}

namespace {
// A small triangle: pointing up to fold the legend away, down to unfold it.
void paintChevron(QPainter &p, const QPointF &c, bool up, double k)
{
    const double r = 4 * k;
    QPolygonF tri;
    if (up)
        tri << c + QPointF(-r, r / 2) << c + QPointF(r, r / 2) << c + QPointF(0, -r / 2 - 1 * k);
    else
        tri << c + QPointF(-r, -r / 2) << c + QPointF(r, -r / 2) << c + QPointF(0, r / 2 + 1 * k);
    p.setPen(Qt::NoPen);
    p.setBrush(MapStyle::labelColor());
    p.drawPolygon(tri);
}
} // namespace

void paint(QPainter &p, const MapSettings &s)
{
    const double k = s.symbolScale();
    const QFont title = MapStyle::font(11, s.symbolScale(), true);
    const QFont font = MapStyle::font(10, s.symbolScale());
    const QFontMetricsF fm(font);
    const double row = legendRow(s);
    const QStringList kinds = legendLineKinds(s);
    const auto statuses = MapStyle::legendStatuses();
    const double textWidth = legendTextWidth(s);
    const QRectF box = rect(s);
    const double w = box.width();
    MapDecorations::panel(p, box);
    double y = box.top() + 6 * k;
    if (s.legendCollapsible) {
        // The header the window's user clicks to collapse or expand it.
        const QRectF header = headerRect(s);
        p.setFont(title);
        p.setPen(MapStyle::labelColor());
        p.drawText(QRectF(box.left() + 8 * k, box.top() + 4 * k, w, row), Qt::AlignVCenter, legendHeading());
        paintChevron(p, QPointF(header.right() - 13 * k, box.top() + 4 * k + row / 2), !s.legendCollapsed, k);
        if (s.legendCollapsed)
            return;
        y += row;
    }
    const double sx = box.left() + 18 * k, tx = box.left() + 38 * k;
    p.setFont(title);
    p.setPen(MapStyle::labelColor());
    p.drawText(QRectF(box.left() + 8 * k, y, w, row), Qt::AlignVCenter, QCoreApplication::translate("MapLegend", "Flashpoint status"));
    y += row;
    p.setFont(font);
    for (Status st : statuses) {
        p.save();
        p.translate(sx, y + row / 2);
        p.setPen(QPen(MapStyle::symbolOutlineColor(), 1.2 * k));
        p.setBrush(MapStyle::statusColor(st));
        p.drawPath(MapStyle::statusMarker(st, 6 * k));
        p.restore();
        p.setPen(MapStyle::labelColor());
        p.drawText(QRectF(tx, y, textWidth + 10 * k, row), Qt::AlignVCenter, StatusInfo::label(st));
        y += row;
    }
    p.setFont(title);
    p.drawText(QRectF(box.left() + 8 * k, y, w, row), Qt::AlignVCenter, QCoreApplication::translate("MapLegend", "Lines"));
    y += row;
    p.setFont(font);
    for (const QString &kind : kinds) {
        const MapStyle::LineStyle ls = MapStyle::lineStyle(kind, k);
        if (ls.brush.style() != Qt::NoBrush) {
            p.setPen(ls.pen);
            p.setBrush(ls.brush);
            p.drawRect(QRectF(sx - 9 * k, y + 3 * k, 18 * k, row - 6 * k));
        } else {
            p.setPen(ls.pen);
            p.drawLine(QPointF(sx - 10 * k, y + row / 2), QPointF(sx + 10 * k, y + row / 2));
        }
        p.setPen(MapStyle::labelColor());
        p.drawText(QRectF(tx, y, textWidth + 10 * k, row), Qt::AlignVCenter | Qt::TextWordWrap,
                   fm.elidedText(ls.label, Qt::ElideRight, textWidth + 8 * k));
        y += row;
    }
    if (s.ownRecord) {
        // The user's own events and places: the ring they carry on the map.
        p.setPen(QPen(MapStyle::symbolOutlineColor(), 1.0 * k));
        p.setBrush(MapStyle::placeColor());
        p.drawEllipse(QPointF(sx, y + row / 2), 3.5 * k, 3.5 * k);
        MapStyle::paintOwnRecordRing(p, QPointF(sx, y + row / 2), 3.5 * k, k);
        p.setPen(MapStyle::labelColor());
        p.drawText(QRectF(tx, y, textWidth + 10 * k, row), Qt::AlignVCenter, ownRecordText());
        y += row;
    }
    if (s.userLegend.isEmpty())
        return;
    // The user's own layers: said to be theirs; events with the density ramp.
    p.setFont(title);
    p.drawText(QRectF(box.left() + 8 * k, y, w - 16 * k, row), Qt::AlignVCenter,
               QFontMetricsF(title).elidedText(userLegendTitle(), Qt::ElideRight, w - 16 * k));
    y += row;
    p.setFont(font);
    for (const MapSettings::UserLegendEntry &e : s.userLegend) {
        if (!e.categories.isEmpty()) {
            // Its colours, not the one-colour ramp: the rows below name them.
            for (int i = 0; i < std::min<int>(3, int(e.categories.size())); ++i) {
                p.setPen(QPen(MapStyle::symbolOutlineColor(), 1 * k));
                p.setBrush(MapStyle::categoryColor(e.categories[i].code));
                p.drawEllipse(QPointF(sx - 6 * k + i * 6 * k, y + row / 2), 3.5 * k, 3.5 * k);
            }
        } else if (e.events) {
            QLinearGradient ramp(sx - 10 * k, 0, sx + 10 * k, 0);
            for (double t : {0.0, 0.35, 0.7, 1.0})
                ramp.setColorAt(t, QColor::fromRgba(qUnpremultiply(MapStyle::densityColor(t))));
            p.setPen(Qt::NoPen);
            p.setBrush(ramp);
            p.drawRect(QRectF(sx - 10 * k, y + 4 * k, 20 * k, row - 8 * k));
        } else {
            p.setPen(QPen(MapStyle::symbolOutlineColor(), 1 * k));
            p.setBrush(MapStyle::userLayerColor());
            p.drawEllipse(QPointF(sx, y + row / 2), 4 * k, 4 * k);
        }
        p.setPen(MapStyle::labelColor());
        p.drawText(QRectF(tx, y, textWidth + 10 * k, row), Qt::AlignVCenter,
                   fm.elidedText(userLegendText(e, e.shown), Qt::ElideRight, textWidth + 8 * k));
        y += row;
        // Coloured by a field: a dot of each category's colour, as the map draws it.
        const double indent = kCategoryIndent * k;
        for (const auto &c : e.categories) {
            p.setPen(QPen(MapStyle::categoryOutline(c.code).darker(115), 1 * k));
            p.setBrush(MapStyle::categoryColor(c.code));
            p.drawEllipse(QPointF(sx + indent, y + row / 2), 4.5 * k, 4.5 * k);
            p.setPen(MapStyle::labelColor());
            p.drawText(QRectF(tx + indent, y, textWidth - indent + 10 * k, row), Qt::AlignVCenter,
                       fm.elidedText(categoryText(c, c.shown), Qt::ElideRight, textWidth - indent + 8 * k));
            y += row;
        }
    }
}

} // namespace MapLegend
