#include "SwipeHandle.h"

#include "CompareView.h"
#include "MapStyle.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

SwipeHandle::SwipeHandle(CompareView *view) : QWidget(view), m_view(view)
{
    setCursor(Qt::SplitHCursor);
    setToolTip(CompareView::tr("Drag to move the divider between date A (left) and date B (right)"));
    setAccessibleName(CompareView::tr("Swipe divider"));
}

void SwipeHandle::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const double mid = width() / 2.0;
    p.fillRect(QRectF(mid - 1.5, 0, 3, height()), MapStyle::accentColor());
    // A grip in the middle, so the bar reads as something to drag.
    const QRectF grip(mid - kWidth / 2.0 + 1, height() / 2.0 - 22, kWidth - 2, 44);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(MapStyle::accentColor());
    p.drawRoundedRect(grip, 4, 4);
    for (int i = -1; i <= 1; ++i)
        p.drawLine(QPointF(grip.left() + 3, grip.center().y() + i * 6),
                   QPointF(grip.right() - 3, grip.center().y() + i * 6));
}

void SwipeHandle::mousePressEvent(QMouseEvent *e)
{
    e->accept();
}

void SwipeHandle::mouseMoveEvent(QMouseEvent *e)
{
    if (e->buttons() & Qt::LeftButton) {
        const double x = mapTo(m_view, e->position().toPoint()).x();
        m_view->setSwipePosition(x / std::max(1, m_view->width()));
    }
}
