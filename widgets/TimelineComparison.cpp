#include "TimelineComparison.h"

#include "MapStyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <initializer_list>

TimelineComparison::TimelineComparison(QCustomPlot *plot, QCPAxisRect *lanes, QCPAxisRect *histogram)
    : m_plot(plot), m_lanes(lanes), m_histogram(histogram)
{
}

bool TimelineComparison::owns(const QCPAbstractItem *item) const
{
    for (const QCPAbstractItem *i : std::initializer_list<const QCPAbstractItem *>{
             m_lineLanes, m_lineHist, m_shadeLanes, m_shadeHist, m_currentLabel, m_otherLabel})
        if (i && item == i)
            return true;
    return false;
}

void TimelineComparison::create(const QColor &cursor, const QFont &font)
{
    m_lineLanes = new QCPItemStraightLine(m_plot);
    m_lineHist = new QCPItemStraightLine(m_plot);
    for (auto *line : {m_lineLanes, m_lineHist}) {
        line->setPen(QPen(cursor, 2, Qt::DashLine));
        line->setSelectable(false);
        line->setLayer(QStringLiteral("overlay"));
    }
    m_lineHist->setClipAxisRect(m_histogram);
    m_lineHist->point1->setAxes(m_histogram->axis(QCPAxis::atBottom), m_histogram->axis(QCPAxis::atLeft));
    m_lineHist->point2->setAxes(m_histogram->axis(QCPAxis::atBottom), m_histogram->axis(QCPAxis::atLeft));
    QColor shade = MapStyle::accentColor();
    shade.setAlpha(40);
    m_shadeLanes = new QCPItemRect(m_plot);
    m_shadeHist = new QCPItemRect(m_plot);
    for (auto [rect, axes] : {std::pair{m_shadeLanes, m_lanes}, std::pair{m_shadeHist, m_histogram}}) {
        rect->setPen(Qt::NoPen);
        rect->setBrush(shade);
        rect->setSelectable(false);
        rect->setClipAxisRect(axes);
        rect->setLayer(QStringLiteral("background"));
        // Across the whole height of its axis rect, between two dates.
        for (QCPItemPosition *p : {rect->topLeft, rect->bottomRight}) {
            p->setAxes(axes->axis(QCPAxis::atBottom), axes->axis(QCPAxis::atLeft));
            p->setAxisRect(axes);
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
    }
    QFont bold = font;
    bold.setBold(true);
    for (QCPItemText **label : {&m_currentLabel, &m_otherLabel}) {
        *label = new QCPItemText(m_plot);
        (*label)->setLayer(QStringLiteral("overlay"));
        (*label)->setSelectable(false);
        (*label)->setClipAxisRect(m_lanes);
        (*label)->position->setAxes(m_lanes->axis(QCPAxis::atBottom), m_lanes->axis(QCPAxis::atLeft));
        (*label)->position->setAxisRect(m_lanes);
        (*label)->position->setTypeX(QCPItemPosition::ptPlotCoords);
        (*label)->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        (*label)->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        (*label)->setPadding(QMargins(3, 1, 3, 1));
        (*label)->setBrush(QColor(255, 255, 255, 230));
        (*label)->setPen(QPen(cursor));
        (*label)->setColor(QColor(0x20, 0x20, 0x20));
        (*label)->setFont(bold);
    }
}

void TimelineComparison::set(bool active, const QDate &other, const QString &currentLabel,
                             const QString &otherLabel, const QColor &cursor, const QFont &font)
{
    m_active = active;
    m_other = other;
    if (active && !m_lineLanes)
        create(cursor, font);
    if (!m_lineLanes)
        return;
    for (QCPAbstractItem *i : std::initializer_list<QCPAbstractItem *>{
             m_lineLanes, m_lineHist, m_shadeLanes, m_shadeHist, m_currentLabel, m_otherLabel})
        i->setVisible(active);
    m_currentLabel->setText(currentLabel);
    m_otherLabel->setText(otherLabel);
}

void TimelineComparison::place(double currentKey, double otherKey)
{
    if (!m_active || !m_lineLanes)
        return;
    for (QCPItemStraightLine *line : {m_lineLanes, m_lineHist}) {
        line->point1->setCoords(otherKey, 0);
        line->point2->setCoords(otherKey, 1);
    }
    for (QCPItemRect *rect : {m_shadeLanes, m_shadeHist}) {
        rect->topLeft->setCoords(std::min(currentKey, otherKey), 0);
        rect->bottomRight->setCoords(std::max(currentKey, otherKey), 1);
    }
    m_currentLabel->position->setCoords(currentKey, 0.0);
    m_otherLabel->position->setCoords(otherKey, 0.0);
}
