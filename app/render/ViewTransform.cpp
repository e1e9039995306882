#include "ViewTransform.h"

QRectF ViewTransform::visibleMapRect() const
{
    const QPointF a = toMap(QPointF(0, 0));
    const QPointF b = toMap(QPointF(m_size.width(), m_size.height()));
    return QRectF(a, b).normalized();
}
