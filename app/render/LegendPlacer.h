#pragma once
// Where the legend stands: of the four corners of the map, the one where it
// covers the least of what the map draws. Flashpoint markers count most,
// then their labels, the other symbols and labels, then the length of the
// record's lines, zones, areas and roads under it. Computed from the
// settings alone, so the window and every export of a view put it in the
// same corner, and an export's bytes do not change from run to run. It
// leaves the top right, where readers look first, only for a corner that
// covers more than a symbol's worth less; on a tie the earlier corner wins
// (top right, top left, bottom right, bottom left).

#include "Atlas.h"
#include "MapSettings.h"

#include <QRectF>

namespace LegendPlacer {
// The corner for settings' legend (top right when it has none, or fits nowhere).
MapSettings::Corner corner(const Atlas &atlas, const MapSettings &settings);
// How much of the map box would hide, in the weights above.
double coverage(const Atlas &atlas, const MapSettings &settings, const QRectF &box);
} // namespace LegendPlacer
