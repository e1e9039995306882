#pragma once
// The SQL of a database layer: what the table holds (describe) and what one
// view needs (fetch). The server does the work its indexes are for: the
// GiST index on the geometry picks the view's box, the B-tree on the date
// the display window; many events come back as counts per cell (grouped on
// the server), few as rows with their attributes. Runs on a worker.

#include "DatabaseSnapshot.h"
#include "PgConnection.h"

#include <atomic>

namespace DatabaseQuery {

// Up to this many events in view come back as rows; more as counts.
constexpr int kMaxRows = 5000;

// Fills in the geometry column and its SRID, the date column (the first
// date or timestamp column unless named) and the other columns; false with
// a message naming the table and what is missing.
bool describe(PgConnection &db, PgSource *source, QString *error);

enum class Outcome { Ok, Failed, Cancelled, ConnectionLost };
// What view shows of source: rows or cells, with total set. With base (the
// counts of the same extent and cells at another window, and the table
// unchanged since), only the days that entered or left the window are
// counted and added to or taken from base's: a scrub step of a day reads a
// day's rows, whatever the window's length.
Outcome fetch(PgConnection &db, const std::shared_ptr<const PgSource> &source, const DatabaseView &view,
              DatabaseSnapshot *out, QString *error, const std::atomic_bool *cancel = nullptr,
              const DatabaseSnapshot *base = nullptr);

// The lon/lat box (degrees) around a projected extent.
QRectF lonLatBox(const QRectF &extent);

} // namespace DatabaseQuery
