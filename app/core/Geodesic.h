#pragma once
// Distances, bearings and areas on the WGS84 ellipsoid, for the ruler. They
// come from PROJ's geodesic routines (Karney's algorithms, the C port of
// GeographicLib that PROJ ships as geodesic.h), accurate to nanometres, not
// from a spherical formula or from distances measured on the projected map.

#include "GeoPoint.h"

#include <QList>
#include <QString>

namespace Geodesic {

struct Leg {
    double metres = 0;         // along the ellipsoid
    double bearing = 0;        // initial azimuth at the leg's start, degrees clockwise from north, [0, 360)
};

Leg inverse(const GeoPoint &from, const GeoPoint &to);
// The point metres from from along the geodesic leaving at bearing.
GeoPoint direct(const GeoPoint &from, double bearing, double metres);

struct Measure {
    QList<Leg> legs;           // one per pair of consecutive points
    double metres = 0;         // the path's whole length
    double areaSquareMetres = 0; // of the closed ring through the points (three or more), else 0
};

// The path through points in order; closed adds the leg back to the first
// point and the ring's area.
Measure measure(const QList<GeoPoint> &points, bool closed);

// A distance as a reader wants it: "850 m", "12.4 km", "312 km".
QString distanceText(double metres);
// The measurement as text to copy: each point, each leg's length and
// bearing, the total and (closed) the area.
QString summary(const QList<GeoPoint> &points, bool closed);

} // namespace Geodesic
