#pragma once
// Counts per screen cell drawn through the density colour ramp (log scale,
// the busiest cell darkest): the one way a crowd of events is drawn, for a
// file's events and a database's counts alike.

#include <QtGlobal>
#include <vector>

class QPainter;

namespace DensityPainter {
// counts: gw x gh cells of bin device pixels each, row by row from the top left.
void paint(QPainter &painter, const std::vector<quint32> &counts, int gw, int gh, int bin);
}
