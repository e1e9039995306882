#pragma once
// Counts per screen cell drawn as a raster: the one way a crowd of events is
// drawn, for a file's events and a database's counts alike.

#include <QtGlobal>
#include <vector>

class QPainter;

namespace DensityPainter {
// counts: gw x gh cells of bin device pixels each, row by row from the top
// left, drawn through the density ramp (log scale, the busiest cell darkest).
void paint(QPainter &painter, const std::vector<quint32> &counts, int gw, int gh, int bin);

// The same cells of a layer coloured by a field: byCode holds
// CategoryIndex::kCodes counts per cell, and each cell takes the colour of
// the category most of its events are in, more opaque the busier it is.
void paintByCategory(QPainter &painter, const std::vector<quint32> &counts,
                     const std::vector<quint16> &byCode, int gw, int gh, int bin);
}
