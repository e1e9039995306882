#pragma once
// The timeline's compare-mode items: a second, dashed cursor at the date not
// focused, the span between it and the current date shaded on the lanes and
// the histogram, and an "A"/"B" label on each cursor. Made on first use,
// hidden when not comparing, and kept by TimelinePlot across rebuilds.

#include <QColor>
#include <QDate>
#include <QFont>
#include <QString>

class QCPAbstractItem;
class QCPAxisRect;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;

class TimelineComparison
{
public:
    TimelineComparison(QCustomPlot *plot, QCPAxisRect *lanes, QCPAxisRect *histogram);

    void set(bool active, const QDate &other, const QString &currentLabel, const QString &otherLabel,
             const QColor &cursor, const QFont &font);
    bool isActive() const { return m_active; }
    QDate other() const { return m_other; }
    // Puts the items at the current date's key and the other date's.
    void place(double currentKey, double otherKey);
    bool owns(const QCPAbstractItem *item) const;

private:
    void create(const QColor &cursor, const QFont &font);

    QCustomPlot *m_plot;
    QCPAxisRect *m_lanes, *m_histogram;
    bool m_active = false;
    QDate m_other;
    QCPItemStraightLine *m_lineLanes = nullptr, *m_lineHist = nullptr;
    QCPItemRect *m_shadeLanes = nullptr, *m_shadeHist = nullptr;
    QCPItemText *m_currentLabel = nullptr, *m_otherLabel = nullptr;
};
