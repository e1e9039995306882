#pragma once
// The map's legend: the statuses, the line kinds of the layers shown and the
// user's visible layers, in a box at a corner of the map (the corner
// LegendPlacer chose), with a header that folds it to a tab in the window.
// One of the decorations MapDecorations paints, in a file of its own.

#include "MapSettings.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace MapLegend {

void paint(QPainter &p, const MapSettings &s);
// The whole legend's size (unfolded), wherever it stands.
QSizeF size(const MapSettings &s);
// Where the legend box goes (in settings.legendCorner, or the collapsed
// tab there), so labels can keep clear of it.
QRectF rect(const MapSettings &s);
// Where the whole legend would stand in corner, clear of the other
// decorations; empty when it does not fit there.
QRectF boxAt(const MapSettings &s, MapSettings::Corner corner);
// The part a click collapses or expands (the header, or the whole tab);
// empty unless the legend is collapsible.
QRectF headerRect(const MapSettings &s);

} // namespace MapLegend
