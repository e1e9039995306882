#include "DatabasePainter.h"

#include "DensityPainter.h"
#include "EventLayerPainter.h"

#include <QPainter>
#include <cmath>

namespace {
int binOf(const MapSettings &s) { return std::max(1, int(std::lround(2.0 * s.symbolScale()))); }
} // namespace

DatabaseView DatabasePainter::viewOf(const MapSettings &s)
{
    DatabaseView v;
    const double mpp = s.metresPerPixel;
    v.extent = QRectF(s.center.x() - s.size.width() / 2.0 * mpp, s.center.y() - s.size.height() / 2.0 * mpp,
                      s.size.width() * mpp, s.size.height() * mpp);
    v.cellMetres = binOf(s) * mpp;
    v.from = s.windowStart();
    v.to = s.date;
    return v;
}

void DatabasePainter::paint(QPainter &p, const DatabaseSnapshot &snap, const MapSettings &s)
{
    if (snap.kind == DatabaseSnapshot::Kind::Rows && snap.rows) {
        EventLayerPainter::paint(p, *snap.rows, s);
        return;
    }
    if (snap.kind != DatabaseSnapshot::Kind::Cells || snap.cellCount.empty())
        return;
    // Counts of another window would show the wrong date: draw none.
    if (snap.view.to != s.date || snap.view.from != s.windowStart())
        return;
    const int bin = binOf(s);
    const int w = s.size.width(), h = s.size.height();
    const int gw = (w + bin - 1) / bin, gh = (h + bin - 1) / bin;
    if (gw <= 0 || gh <= 0)
        return;
    const double mpp = s.metresPerPixel;
    const double inv = 1.0 / (mpp * bin);
    const double left = s.center.x() - w / 2.0 * mpp;
    const double top = s.center.y() + h / 2.0 * mpp;
    std::vector<quint32> counts(size_t(gw) * size_t(gh), 0);
    bool any = false;
    for (size_t i = 0; i < snap.cellCount.size(); ++i) {
        const double cx = (snap.cellX[i] - left) * inv, cy = (top - snap.cellY[i]) * inv;
        if (cx < 0 || cy < 0 || cx >= gw || cy >= gh)
            continue;
        counts[size_t(int(cy)) * size_t(gw) + size_t(int(cx))] += snap.cellCount[i];
        any = true;
    }
    if (any)
        DensityPainter::paint(p, counts, gw, gh, bin);
}
