#include "Geodesic.h"

#include <geodesic.h>

#include <cmath>
#include <vector>

namespace {

const geod_geodesic &wgs84()
{
    // WGS84: a = 6378137 m, f = 1/298.257223563.
    static const geod_geodesic g = [] {
        geod_geodesic e;
        geod_init(&e, 6378137.0, 1.0 / 298.257223563);
        return e;
    }();
    return g;
}

} // namespace

Geodesic::Leg Geodesic::inverse(const GeoPoint &from, const GeoPoint &to)
{
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&wgs84(), from.lat, from.lon, to.lat, to.lon, &s12, &azi1, &azi2);
    Leg leg;
    leg.metres = s12;
    leg.bearing = std::fmod(azi1 + 360.0, 360.0);
    return leg;
}

Geodesic::Measure Geodesic::measure(const QList<GeoPoint> &points, bool closed)
{
    Measure m;
    for (int i = 1; i < points.size(); ++i)
        m.legs.append(inverse(points[i - 1], points[i]));
    if (closed && points.size() >= 3)
        m.legs.append(inverse(points.back(), points.front()));
    for (const Leg &l : m.legs)
        m.metres += l.metres;
    if (closed && points.size() >= 3) {
        std::vector<double> lats, lons;
        for (const GeoPoint &p : points) {
            lats.push_back(p.lat);
            lons.push_back(p.lon);
        }
        double area = 0, perimeter = 0;
        geod_polygonarea(&wgs84(), lats.data(), lons.data(), int(points.size()), &area, &perimeter);
        m.areaSquareMetres = std::abs(area);
    }
    return m;
}
