#pragma once
// A database layer as the view shows it: its rows are a file's events
// (EventLayerPainter); its per-cell counts from the server are summed into
// the same screen cells and drawn through the same density ramp. Also the
// one place a map's settings become what a database is asked for.

#include "DatabaseSnapshot.h"
#include "MapSettings.h"

class QPainter;

namespace DatabasePainter {
void paint(QPainter &painter, const DatabaseSnapshot &snapshot, const MapSettings &settings);
// The view settings ask of a database layer: the visible extent, cells of
// the renderer's bin size, the display window.
DatabaseView viewOf(const MapSettings &settings);
}
