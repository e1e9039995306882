#pragma once
// The ruler on the map: the measured path as geodesic legs (each densified
// along the ellipsoid, so a long leg curves as it does on the map), its
// points, each leg's length at its middle and the total at the last point.

#include "MapSettings.h"

class QPainter;

namespace MeasurePainter {
void paint(QPainter &p, const MapSettings &s);
}
