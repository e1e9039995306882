#include "CompareView.h"

#include "MapCanvas.h"
#include "SwipeHandle.h"

#include <algorithm>
#include <cmath>

CompareView::CompareView(MapCanvas *first, QWidget *parent)
    : QWidget(parent), m_first(first), m_second(new MapCanvas(this)), m_handle(new SwipeHandle(this))
{
    m_first->setParent(this);
    m_second->setObjectName(QStringLiteral("secondMap"));
    m_second->setAccessibleName(tr("Map at date B"));
    // The second map keeps to the first; a pan or zoom on it moves the first,
    // which the second then follows.
    connect(m_first, &MapCanvas::settingsChanged, this, [this] {
        if (m_mode != Mode::Single && !m_syncing) {
            m_syncing = true;
            m_second->followSettings(m_first->settings());
            m_syncing = false;
        }
    });
    // A click on the second map's legend header folds both legends (and
    // View › Legend follows the first map's).
    connect(m_second, &MapCanvas::legendCollapsedChanged, m_first, &MapCanvas::setLegendCollapsed);
    connect(m_second, &MapCanvas::viewChanged, this, [this] {
        if (m_mode == Mode::Single || m_syncing)
            return;
        m_syncing = true;
        const double mpp = m_second->settings().metresPerPixel;
        m_first->setView(m_second->settings().center, mpp);
        m_syncing = false;
        m_second->followSettings(m_first->settings());
    });
    arrange();
}

void CompareView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    arrange();
    if (mode != Mode::Single)
        m_second->followSettings(m_first->settings());
    emit modeChanged(mode);
}

void CompareView::setSwipePosition(double fraction)
{
    m_swipe = std::clamp(fraction, 0.02, 0.98);
    arrange();
}

void CompareView::resizeEvent(QResizeEvent *)
{
    arrange();
}

void CompareView::arrange()
{
    const QRect all = rect();
    switch (m_mode) {
    case Mode::Single:
        m_second->hide();
        m_handle->hide();
        m_first->setGeometry(all);
        break;
    case Mode::SideBySide: {
        const int gap = 4;
        const int half = (all.width() - gap) / 2;
        m_first->setGeometry(0, 0, half, all.height());
        m_second->setGeometry(half + gap, 0, all.width() - half - gap, all.height());
        m_second->clearMask();
        m_second->setCaptionPosition(QPointF(8, 8));
        m_second->show();
        m_handle->hide();
        break;
    }
    case Mode::Swipe: {
        // One over the other, the same size and so the same view: only the
        // part right of the divider of the second map shows.
        m_first->setGeometry(all);
        m_second->setGeometry(all);
        const int x = int(std::round(all.width() * m_swipe));
        m_second->setMask(QRegion(x, 0, all.width() - x, all.height()));
        m_second->setCaptionPosition(QPointF(x + SwipeHandle::kWidth, 8));
        m_second->show();
        m_second->raise();
        m_handle->setGeometry(x - SwipeHandle::kWidth / 2, 0, SwipeHandle::kWidth, all.height());
        m_handle->show();
        m_handle->raise();
        break;
    }
    }
}
