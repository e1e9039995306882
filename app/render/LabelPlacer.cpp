#include "LabelPlacer.h"

QRectF LabelPlacer::place(const QPointF &a, const QSizeF &s, double gap)
{
    const double w = s.width(), h = s.height();
    const QRectF candidates[] = {
        QRectF(a.x() + gap, a.y() - h / 2, w, h),               // right
        QRectF(a.x() - gap - w, a.y() - h / 2, w, h),           // left
        QRectF(a.x() - w / 2, a.y() - gap - h, w, h),           // above
        QRectF(a.x() - w / 2, a.y() + gap, w, h),               // below
        QRectF(a.x() + gap * 0.7, a.y() - gap * 0.7 - h, w, h), // upper right
        QRectF(a.x() + gap * 0.7, a.y() + gap * 0.7, w, h),     // lower right
        QRectF(a.x() - gap * 0.7 - w, a.y() - gap * 0.7 - h, w, h),
        QRectF(a.x() - gap * 0.7 - w, a.y() + gap * 0.7, w, h),
    };
    for (const QRectF &r : candidates) {
        if (isFree(r)) {
            m_taken.push_back(r);
            return r;
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
