#include "ViewTransform.h"

#include "Geometry.h"

QRectF ViewTransform::visibleMapRect() const
{
    const QPointF a = toMap(QPointF(0, 0));
    const QPointF b = toMap(QPointF(m_size.width(), m_size.height()));
    return QRectF(a, b).normalized();
}

QPainterPath ViewTransform::path(const Geometry &g, bool close) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int part = 0; part < g.partCount(); ++part) {
        const int b = g.partBegin(part), e = g.partEnd(part);
        path.moveTo(toScreen(g.points[size_t(b)]));
        for (int i = b + 1; i < e; ++i)
            path.lineTo(toScreen(g.points[size_t(i)]));
        if (close)
            path.closeSubpath();
    }
    return path;
}
