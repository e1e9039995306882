#pragma once
// Greedy label placement: each label tries the positions around its anchor
// in order and takes the first that overlaps nothing placed before it.
// Callers add labels by priority (flashpoints first), so the important
// ones always win and nothing piles up.

#include <QRectF>
#include <QSizeF>
#include <vector>

class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds) : m_bounds(bounds) {}

    // Marks an area (a symbol) that labels must not cover.
    void block(const QRectF &r) { m_taken.push_back(r); }
    // Finds a free rectangle of size next to anchor (gap pixels away);
    // returns an empty rect when there is none.
    QRectF place(const QPointF &anchor, const QSizeF &size, double gap);

private:
    bool isFree(const QRectF &r) const;
    QRectF m_bounds;
    std::vector<QRectF> m_taken;
};
