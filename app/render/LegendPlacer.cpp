#include "LegendPlacer.h"

#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapLabels.h"
#include "MapRenderer.h"

#include <QLineF>
#include <algorithm>
#include <limits>

namespace {

constexpr double kFlashpoint = 100, kFlashpointLabel = 40, kSymbol = 10, kLabel = 5;
constexpr double kLinePerPixel = 0.1;   // 100 pixels of line weigh as one symbol
// What another corner must save to take the legend from the top right,
// where readers look for it: more than one symbol.
constexpr double kLeaveTopRight = kSymbol;

// The length of segment a-b inside r (Liang-Barsky clipping).
double lengthInside(const QPointF &a, const QPointF &b, const QRectF &r)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return 0;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return 0;
    }
    return (t1 - t0) * std::hypot(dx, dy);
}

double lengthInside(const Geometry &g, bool closed, const ViewTransform &t, const QRectF &r)
{
    double length = 0;
    for (int part = 0; part < g.partCount(); ++part) {
        const int begin = g.partBegin(part), end = g.partEnd(part);
        for (int i = begin + 1; i < end; ++i)
            length += lengthInside(t.toScreen(g.points[size_t(i - 1)]), t.toScreen(g.points[size_t(i)]), r);
        if (closed && end - begin > 2)
            length += lengthInside(t.toScreen(g.points[size_t(end - 1)]), t.toScreen(g.points[size_t(begin)]), r);
    }
    return length;
}

// Everything a legend box may hide, as laid out for settings without a legend.
struct Drawn
{
    QList<MapLabels::Symbol> symbols;
    QList<PlacedLabel> labels;
    QList<std::pair<const Geometry *, bool>> lines;   // geometry, closed
};

Drawn drawn(const Atlas &atlas, const MapSettings &s)
{
    Drawn d;
    MapSettings bare = s;
    bare.legend = false;
    d.symbols = MapLabels::symbols(atlas, bare);
    if (s.labels)
        d.labels = MapLabels::layout(atlas, bare).labels;
    for (const MapLine &l : atlas.lines)
        if (MapRenderer::lineShown(l, s))
            d.lines.append({&l.geometry, l.geometry.type == Geometry::Type::Polygon});
    if (s.layerShown(QStringLiteral("roads")))
        for (const ContextFeature &c : atlas.context)
            if (c.isRoad())
                d.lines.append({&c.geometry, false});
    for (const Flashpoint &f : atlas.flashpoints)
        d.lines.append({&f.area, true});
    return d;
}

double coverage(const Drawn &d, const MapSettings &s, const QRectF &box)
{
    double score = 0;
    for (const MapLabels::Symbol &symbol : d.symbols)
        if (symbol.box.intersects(box))
            score += symbol.flashpoint ? kFlashpoint : kSymbol;
    for (const PlacedLabel &l : d.labels)
        if (l.box.intersects(box))
            score += l.rank == PlacedLabel::Rank::Flashpoint ? kFlashpointLabel : kLabel;
    const ViewTransform t = s.transform();
    const QRectF mapBox(t.toMap(box.topLeft()), t.toMap(box.bottomRight()));
    for (const auto &[geometry, closed] : d.lines)
        if (geometry->bounds.intersects(mapBox.normalized()))
            score += kLinePerPixel * lengthInside(*geometry, closed, t, box);
    return score;
}

} // namespace

namespace LegendPlacer {

double coverage(const Atlas &atlas, const MapSettings &s, const QRectF &box)
{
    return ::coverage(drawn(atlas, s), s, box);
}

MapSettings::Corner corner(const Atlas &atlas, const MapSettings &s)
{
    using Corner = MapSettings::Corner;
    if (!s.legend)
        return Corner::TopRight;
    const Drawn d = drawn(atlas, s);
    Corner best = Corner::TopRight;
    double least = std::numeric_limits<double>::infinity();
    for (Corner c : {Corner::TopRight, Corner::TopLeft, Corner::BottomRight, Corner::BottomLeft}) {
        const QRectF box = MapLegend::boxAt(s, c);
        if (box.isEmpty())
            continue;
        const double score = ::coverage(d, s, box) + (c == Corner::TopRight ? 0 : kLeaveTopRight);
        if (score < least) {
            least = score;
            best = c;
        }
    }
    return best;
}

} // namespace LegendPlacer
