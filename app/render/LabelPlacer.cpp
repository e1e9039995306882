#include "LabelPlacer.h"

QRectF LabelPlacer::place(const QPointF &a, const QSizeF &s, double gap, int rings, bool *leader)
{
    const double w = s.width(), h = s.height();
    for (int ring = 0; ring < rings; ++ring) {
        // The first ring touches the symbol; outer ones stand off, each twice
        // as far as the one before.
        const double g = gap * (ring == 0 ? 1.0 : 1.0 + 1.5 * ring);
        const double d = g * 0.7;
        const QRectF candidates[] = {
            QRectF(a.x() + g, a.y() - h / 2, w, h),          // right
            QRectF(a.x() - g - w, a.y() - h / 2, w, h),      // left
            QRectF(a.x() - w / 2, a.y() - g - h, w, h),      // above
            QRectF(a.x() - w / 2, a.y() + g, w, h),          // below
            QRectF(a.x() + d, a.y() - d - h, w, h),          // upper right
            QRectF(a.x() + d, a.y() + d, w, h),              // lower right
            QRectF(a.x() - d - w, a.y() - d - h, w, h),      // upper left
            QRectF(a.x() - d - w, a.y() + d, w, h),          // lower left
        };
        for (const QRectF &r : candidates) {
            if (isFree(r)) {
                m_taken.push_back(r);
                if (leader)
                    *leader = ring > 0;
                return r;
            }
        }
    }
    return {};
}

bool LabelPlacer::isFree(const QRectF &r) const
{
    if (!m_bounds.contains(r))
        return false;
    for (const QRectF &t : m_taken)
        if (t.intersects(r))
            return false;
    return true;
}
