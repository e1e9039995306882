#pragma once
// The only transform the renderer applies: projected metres <-> screen pixels
// (a scale and an offset; y grows upwards on the map, downwards on screen).

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

struct Geometry;

class ViewTransform
{
public:
    ViewTransform() = default;
    ViewTransform(const QPointF &center, double metresPerPixel, const QSizeF &size)
        : m_center(center), m_mpp(metresPerPixel), m_size(size)
    {
    }

    QPointF toScreen(const QPointF &map) const
    {
        return {(map.x() - m_center.x()) / m_mpp + m_size.width() / 2.0,
                m_size.height() / 2.0 - (map.y() - m_center.y()) / m_mpp};
    }
    QPointF toMap(const QPointF &screen) const
    {
        return {m_center.x() + (screen.x() - m_size.width() / 2.0) * m_mpp,
                m_center.y() - (screen.y() - m_size.height() / 2.0) * m_mpp};
    }
    // A geometry in screen pixels: rings and lines become subpaths (closed
    // when close is set), holes by the odd-even rule.
    QPainterPath path(const Geometry &geometry, bool close) const;
    // The map rectangle that is visible (projected metres).
    QRectF visibleMapRect() const;
    double metresPerPixel() const { return m_mpp; }

private:
    QPointF m_center;
    double m_mpp = 1.0;
    QSizeF m_size;
};
