#pragma once
// A time-aware point layer of the user's own events, built for a
// million rows: projected positions in contiguous float arrays, start (and
// optional end) days as Julian day numbers, all sorted by start day, so the
// events within a display window [from, to] are two binary searches (plus a
// short scan back by the longest duration when events have an end). A grid
// over the projected extent answers "which event is under the cursor".
//
// Attributes are not held for large layers: each event keeps where its row
// is in the file it was read from (the GDAL FID, or for streamed GeoJSON the
// byte offset of the feature), and identify re-reads that one row
// (EventLayerLoader::attributes). Small layers read through LayerReader keep
// their attributes in memory instead.
//
// Immutable once finish() has run; shared between the GUI thread and render
// jobs without locks. Plain Qt Core: no GDAL here.

#include "DataError.h"

#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVariantMap>
#include <QMap>
#include <climits>
#include <utility>
#include <vector>

class EventLayer
{
public:
    QString path;              // the file the user opened
    QString readPath;          // where attributes are re-read from (the file or its cached copy)
    QString layerName;         // the GDAL layer read
    QString dateField;         // the field giving each event's (start) date
    QString endField;          // empty unless events have an end date
    QStringList fieldNames;    // every attribute column, in file order
    int skipped = 0;           // rows without a usable point or date
    // Rows left out because a date or position is written but cannot be
    // read: one line per column, with the count, an example and where the
    // first is (RowProblems). The window and the command line show them;
    // --validate fails on them.
    DataErrors problems;
    // What fid holds: GDAL feature ids, or byte offsets of each feature in
    // readPath (GeoJsonPointReader). Offsets are only good for the file as
    // it was read: identify checks readSize and readModified (ms since epoch).
    enum class RowKey { Fid, ByteOffset };
    RowKey rowKey = RowKey::Fid;
    qint64 readSize = -1;
    qint64 readModified = -1;

    // Per event, sorted by start day (index i is the same event in each).
    std::vector<float> x, y;   // projected metres (float: ~3 cm at 300 km)
    std::vector<qint32> start; // Julian day number
    std::vector<qint32> end;   // empty when there is no end field
    std::vector<qint64> fid;   // row in readPath: see rowKey
    std::vector<QVariantMap> inlineAttributes; // small layers only (else empty)

    size_t size() const { return start.size(); }
    QRectF bounds() const { return m_bounds; }
    QDate firstDate() const;
    QDate lastDate() const;

    // Sorts by start day, computes bounds and builds the grid. Call once
    // after filling the per-event arrays (any order).
    void finish();

    // Julian day bounds of a display window: from = invalid date (cumulative)
    // means from the beginning.
    static std::pair<qint32, qint32> dayRange(const QDate &from, const QDate &to);
    // Half-open index range whose start day may fall within [from, to] for an
    // event active in the window; test each with active().
    std::pair<size_t, size_t> candidates(qint32 from, qint32 to) const;
    bool active(size_t i, qint32 from, qint32 to) const
    {
        return start[i] <= to && (end.empty() ? start[i] : end[i]) >= from;
    }
    // Events active in [from, to] (an event is active when its [start, end]
    // overlaps the window; with no end field, when its date lies in it).
    size_t count(const QDate &from, const QDate &to) const;

    // The active event nearest to p within radius (projected metres), or -1.
    long long nearest(const QPointF &p, double radius, const QDate &from, const QDate &to) const;

    // Events per month (first of the month -> count), by start date.
    QMap<QDate, int> monthCounts() const;

    // Bytes held by the arrays and the grid (not the attribute rows).
    size_t memoryBytes() const;

private:
    QRectF m_bounds;
    qint32 m_maxDuration = 0;
    // Grid: cells of m_cell metres from m_origin; m_cellStart (size cells+1)
    // indexes m_cellItems (event indexes), CSR style.
    QPointF m_origin;
    double m_cell = 1000.0;
    int m_gridW = 0, m_gridH = 0;
    std::vector<quint32> m_cellStart;
    std::vector<quint32> m_cellItems;
};
