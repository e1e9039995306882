#include "EventLayerPainter.h"

#include "DensityPainter.h"
#include "MapStyle.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {
// Up to this many events in view are drawn as dots; more as a density raster.
constexpr size_t kMaxDots = 3000;

// The order categories' dots are drawn in: the greys (no value, Other)
// under the colours, and the most frequent category first, so a rare one
// is not buried under it.
int drawRank(quint8 code)
{
    if (code == CategoryIndex::kNoValue)
        return 0;
    if (code == CategoryIndex::kOther)
        return 1;
    return 2 + code;
}
} // namespace

// A time-aware event layer: the events active in the display window (two
// binary searches on the sorted start days), binned into cells of a few
// pixels; few events are drawn as dots, many as counts per cell through a
// colour ramp, so a million points stay readable rather than a solid smear.
void EventLayerPainter::paint(QPainter &p, const EventLayer &layer, const MapSettings &s,
                              const CategoryIndex *categories)
{
    if (layer.size() == 0)
        return;
    const auto [from, to] = EventLayer::dayRange(s.windowStart(), s.date);
    const auto [first, last] = layer.candidates(from, to);
    if (first >= last)
        return;
    const double k = s.symbolScale();
    const int bin = std::max(1, int(std::lround(2.0 * k)));
    const int w = s.size.width(), h = s.size.height();
    const int gw = (w + bin - 1) / bin, gh = (h + bin - 1) / bin;
    if (gw <= 0 || gh <= 0)
        return;
    const double mpp = s.metresPerPixel;
    const double inv = 1.0 / (mpp * bin);
    const double left = s.center.x() - w / 2.0 * mpp;
    const double top = s.center.y() + h / 2.0 * mpp;
    std::vector<quint32> counts(size_t(gw) * size_t(gh), 0);
    // Coloured by a field (one code per event, the layer's own): counts
    // per cell and category too (saturating), for each cell's dominant one.
    const quint8 *codes =
        categories && categories->code.size() == layer.size() ? categories->code.data() : nullptr;
    std::vector<quint16> byCode;
    if (codes)
        byCode.assign(counts.size() * CategoryIndex::kCodes, 0);
    const bool hasEnd = !layer.end.empty();
    const float *xs = layer.x.data(), *ys = layer.y.data();
    size_t inView = 0;
    for (size_t i = first; i < last; ++i) {
        if (hasEnd && !layer.active(i, from, to))
            continue;
        const double cx = (xs[i] - left) * inv, cy = (top - ys[i]) * inv;
        if (cx < 0 || cy < 0 || cx >= gw || cy >= gh)
            continue;
        const size_t cell = size_t(int(cy)) * size_t(gw) + size_t(int(cx));
        ++counts[cell];
        if (codes) {
            quint16 &c = byCode[cell * CategoryIndex::kCodes + codes[i]];
            c += c < 0xffff ? 1 : 0;
        }
        ++inView;
    }
    if (inView == 0)
        return;
    if (inView <= kMaxDots) {
        const ViewTransform t = s.transform();
        const MapStyle::SymbolSize dot = MapStyle::userEventSymbol();
        const double r = dot.radius * k;
        std::vector<size_t> shown;
        shown.reserve(inView);
        for (size_t i = first; i < last; ++i) {
            if (hasEnd && !layer.active(i, from, to))
                continue;
            const QPointF c = t.toScreen(QPointF(xs[i], ys[i]));
            if (c.x() < -5 || c.y() < -5 || c.x() > w + 5 || c.y() > h + 5)
                continue;
            shown.push_back(i);
        }
        if (codes)
            std::stable_sort(shown.begin(), shown.end(),
                             [codes](size_t a, size_t b) { return drawRank(codes[a]) < drawRank(codes[b]); });
        p.setPen(QPen(MapStyle::symbolOutlineColor(), dot.outline * k));
        p.setBrush(MapStyle::userLayerColor());
        int current = -1;
        for (size_t i : shown) {
            if (codes && codes[i] != current) {
                current = codes[i];
                p.setPen(QPen(MapStyle::categoryOutline(current), dot.outline * k));
                p.setBrush(MapStyle::categoryColor(current));
            }
            p.drawEllipse(t.toScreen(QPointF(xs[i], ys[i])), r, r);
        }
        return;
    }
    if (codes)
        DensityPainter::paintByCategory(p, counts, byCode, gw, gh, bin);
    else
        DensityPainter::paint(p, counts, gw, gh, bin);
}
