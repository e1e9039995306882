#include "HitIndex.h"

#include <algorithm>
#include <cmath>

void HitIndex::insert(const QRectF &b, Entry entry)
{
    const qint64 x0 = qint64(std::floor(b.left() / m_cell)), x1 = qint64(std::floor(b.right() / m_cell));
    const qint64 y0 = qint64(std::floor(b.top() / m_cell)), y1 = qint64(std::floor(b.bottom() / m_cell));
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            m_cells[key(x, y)].push_back(entry);
    ++m_count;
}

std::vector<HitIndex::Entry> HitIndex::query(const QPointF &p, double radius) const
{
    std::vector<Entry> out;
    const qint64 x0 = qint64(std::floor((p.x() - radius) / m_cell));
    const qint64 x1 = qint64(std::floor((p.x() + radius) / m_cell));
    const qint64 y0 = qint64(std::floor((p.y() - radius) / m_cell));
    const qint64 y1 = qint64(std::floor((p.y() + radius) / m_cell));
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            if (const auto it = m_cells.constFind(key(x, y)); it != m_cells.cend())
                out.insert(out.end(), it->begin(), it->end());
    // A feature spanning several cells appears once.
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.index < b.index;
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Entry &a, const Entry &b) { return a.kind == b.kind && a.index == b.index; }),
              out.end());
    return out;
}
