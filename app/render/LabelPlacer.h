#pragma once
// Greedy label placement: each label tries the positions around its anchor
// in order, nearest ring first, and takes the first that overlaps nothing
// placed or blocked before it. Callers add labels by priority (flashpoints
// first), so the important ones always win and nothing piles up; a label
// placed on an outer ring is drawn with a leader line to its anchor.

#include <QRectF>
#include <QSizeF>
#include <vector>

class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds) : m_bounds(bounds) {}

    // Marks an area (a symbol, a decoration) that labels must not cover.
    void block(const QRectF &r) { m_taken.push_back(r); }
    // Finds a free rectangle of size next to anchor, gap pixels away, or on
    // one of rings - 1 further rings (then *leader is set); returns an empty
    // rect when there is none.
    QRectF place(const QPointF &anchor, const QSizeF &size, double gap, int rings = 1,
                 bool *leader = nullptr);

private:
    bool isFree(const QRectF &r) const;
    QRectF m_bounds;
    std::vector<QRectF> m_taken;
};
