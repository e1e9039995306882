#include "Geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

void Geometry::updateBounds()
{
    if (points.empty()) {
        bounds = QRectF();
        return;
    }
    double minX = points.front().x(), maxX = minX, minY = points.front().y(), maxY = minY;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

bool Geometry::containsPoint(const QPointF &p) const
{
    if (type != Type::Polygon || !bounds.contains(p))
        return false;
    bool inside = false;
    for (int part = 0; part < partCount(); ++part) {
        const int b = partBegin(part), e = partEnd(part);
        for (int i = b, j = e - 1; i < e; j = i++) {
            const QPointF &a = points[size_t(i)], &c = points[size_t(j)];
            if ((a.y() > p.y()) != (c.y() > p.y())
                && p.x() < (c.x() - a.x()) * (p.y() - a.y()) / (c.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

static double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

double Geometry::distanceTo(const QPointF &p) const
{
    double best = std::numeric_limits<double>::infinity();
    for (int part = 0; part < partCount(); ++part) {
        const int b = partBegin(part), e = partEnd(part);
        if (e - b == 1) {
            best = std::min(best, std::hypot(p.x() - points[size_t(b)].x(),
                                             p.y() - points[size_t(b)].y()));
            continue;
        }
        for (int i = b + 1; i < e; ++i)
            best = std::min(best, segmentDistance(p, points[size_t(i - 1)], points[size_t(i)]));
    }
    return best;
}
