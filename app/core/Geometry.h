#pragma once
// A feature's shape in projected map coordinates (metres), stored as one flat
// array of points plus the start index of each part, so a million features
// cost a few allocations rather than a million.

#include <QPointF>
#include <QRectF>
#include <vector>

struct Geometry
{
    enum class Type { None, Point, Line, Polygon };

    Type type = Type::None;
    std::vector<QPointF> points;   // projected x/y in metres
    std::vector<int> partStarts;   // index into points where each ring/line starts
    QRectF bounds;                 // bounding box in projected metres

    bool isEmpty() const { return points.empty(); }
    int partCount() const { return int(partStarts.size()); }
    // Points of part i as [begin, end) indexes into points.
    int partBegin(int i) const { return partStarts[size_t(i)]; }
    int partEnd(int i) const
    {
        return i + 1 < partCount() ? partStarts[size_t(i) + 1] : int(points.size());
    }
    void updateBounds();
    // Containment for polygons (even-odd over all rings), in projected metres.
    bool containsPoint(const QPointF &p) const;
    // Distance in metres from p to the nearest segment or point.
    double distanceTo(const QPointF &p) const;
};
