#pragma once
// What a database layer holds for one view: its content depends on what is
// looked at, so the viewer asks the server for that part only and keeps the
// answer as an immutable value, like a file's layer. Few events in view come
// as rows (an EventLayer, drawn, hit and identified as a file's events are);
// many come as per-cell counts aggregated by the server. A new view or a
// refresh makes a new snapshot; render jobs holding the old one stay safe.

#include "EventLayer.h"
#include "PgSource.h"

#include <QDateTime>
#include <QRectF>
#include <memory>
#include <vector>

// The part of the map a database layer is asked for: the projected extent
// (padded), the size of one count cell in metres and the display window.
struct DatabaseView
{
    QRectF extent;             // projected metres
    double cellMetres = 0;     // aggregation cell when counts are asked for
    QDate from;                // invalid: from the beginning (cumulative)
    QDate to;
    bool operator==(const DatabaseView &o) const
    {
        return extent == o.extent && cellMetres == o.cellMetres && from == o.from && to == o.to;
    }
    bool operator!=(const DatabaseView &o) const { return !(*this == o); }
    bool isValid() const { return extent.isValid() && cellMetres > 0 && to.isValid(); }
};

struct DatabaseSnapshot
{
    // The table's description; the same object for every snapshot of one
    // layer, so its controller finds the layer wherever it has moved.
    std::shared_ptr<const PgSource> source;
    DatabaseView view;         // what was asked for
    enum class Kind { Empty, Rows, Cells };
    Kind kind = Kind::Empty;
    // Rows: the events in view and window, with their attributes (also
    // UserLayer::events). Cells: per-cell counts at projected cell centres.
    std::shared_ptr<const EventLayer> rows;
    std::vector<float> cellX, cellY;
    std::vector<qint32> cellI, cellJ;   // the server's cell indexes (lon, lat / cell size)
    std::vector<quint32> cellCount;
    quint64 total = 0;         // events in view and window
    QDateTime refreshed;       // when the server last answered (UTC)
    QString problem;           // non-empty while the connection is lost: why
    qint64 elapsedMs = -1;     // how long the last answer took

    // Shows view without asking again: same window, inside the extent, and
    // complete (rows, so no finer cells are needed).
    bool covers(const DatabaseView &v) const
    {
        return kind == Kind::Rows && view.from == v.from && view.to == v.to && view.extent.contains(v.extent);
    }
};
