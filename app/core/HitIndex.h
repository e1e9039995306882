#pragma once
// A uniform grid over the projected map, so "what is near this point" looks
// at a few cells instead of every feature. Built once per Atlas; read-only.

#include <QPointF>
#include <QRectF>
#include <QHash>
#include <vector>

class HitIndex
{
public:
    enum class Kind { FlashpointMarker, FlashpointArea, Place, Line, Event };
    struct Entry {
        Kind kind;
        int index;          // into the atlas's list of that kind
    };

    explicit HitIndex(double cellMetres = 5000.0) : m_cell(cellMetres) {}

    void insert(const QRectF &bounds, Entry entry);
    // Entries whose bounds come within radius metres of p (a superset:
    // callers test the real geometry).
    std::vector<Entry> query(const QPointF &p, double radius) const;
    int size() const { return m_count; }

private:
    static quint64 key(qint64 cx, qint64 cy) { return (quint64(quint32(cx)) << 32) | quint32(cy); }
    double m_cell;
    QHash<quint64, std::vector<Entry>> m_cells;
    int m_count = 0;
};
