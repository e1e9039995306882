#include "Geodesic.h"

#include <QCoreApplication>
#include <QStringList>

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

GeoPoint Geodesic::direct(const GeoPoint &from, double bearing, double metres)
{
    double lat = 0, lon = 0, azi2 = 0;
    geod_direct(&wgs84(), from.lat, from.lon, bearing, metres, &lat, &lon, &azi2);
    return GeoPoint{lon, lat};
}

QString Geodesic::distanceText(double metres)
{
    if (metres < 1000)
        return QStringLiteral("%1 m").arg(qRound(metres));
    if (metres < 100000)
        return QStringLiteral("%1 km").arg(metres / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 km").arg(qRound(metres / 1000.0));
}

QString Geodesic::summary(const QList<GeoPoint> &points, bool closed)
{
    const bool ring = closed && points.size() >= 3;
    const Measure m = measure(points, ring);
    QStringList lines;
    lines << QCoreApplication::translate("Geodesic", "Measured along the WGS84 ellipsoid (geodesics), %1 points%2")
                 .arg(points.size()).arg(ring ? QCoreApplication::translate("Geodesic", ", closed") : QString());
    for (int i = 0; i < points.size(); ++i)
        lines << QStringLiteral("%1. %2 N %3 E").arg(i + 1).arg(points[i].lat, 0, 'f', 5).arg(points[i].lon, 0, 'f', 5);
    for (int i = 0; i < m.legs.size(); ++i) {
        const int to = (i + 1) % int(points.size());
        lines << QCoreApplication::translate("Geodesic", "%1 → %2: %3 (%4 m), bearing %5°")
                     .arg(i + 1).arg(to + 1).arg(distanceText(m.legs[i].metres))
                     .arg(m.legs[i].metres, 0, 'f', 1).arg(m.legs[i].bearing, 0, 'f', 1);
    }
    lines << QCoreApplication::translate("Geodesic", "Total: %1 (%2 m)").arg(distanceText(m.metres)).arg(m.metres, 0, 'f', 1);
    if (ring)
        lines << QCoreApplication::translate("Geodesic", "Area: %1 km²").arg(m.areaSquareMetres / 1e6, 0, 'f', 2);
    return lines.join(QLatin1Char('\n'));
}
