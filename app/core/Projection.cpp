#include "Projection.h"

#include <geodesic.h>
#include <ogr_spatialref.h>

#include <cmath>

struct Projection::Impl
{
    OGRSpatialReference wgs84;
    OGRSpatialReference lcc;
    std::unique_ptr<OGRCoordinateTransformation> toMap;
    std::unique_ptr<OGRCoordinateTransformation> toLonLat;
};

QString Projection::proj4Definition()
{
    return QStringLiteral("+proj=lcc +lat_0=34 +lon_0=78.5 +lat_1=32 +lat_2=36 "
                          "+x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs");
}

Projection::Projection() : d(std::make_unique<Impl>())
{
    d->wgs84.importFromEPSG(4326);
    // GeoJSON is lon/lat; OSR would otherwise use EPSG:4326's lat/lon axis order.
    d->wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    d->lcc.importFromProj4(proj4Definition().toUtf8().constData());
    d->lcc.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    d->toMap.reset(OGRCreateCoordinateTransformation(&d->wgs84, &d->lcc));
    d->toLonLat.reset(OGRCreateCoordinateTransformation(&d->lcc, &d->wgs84));
}

Projection::~Projection() = default;

Projection &Projection::instance()
{
    static Projection projection;
    return projection;
}

bool Projection::forward(std::vector<QPointF> &points) const
{
    if (points.empty())
        return true;
    std::vector<double> x(points.size()), y(points.size());
    std::vector<int> ok(points.size(), 0);
    for (size_t i = 0; i < points.size(); ++i) {
        x[i] = points[i].x();
        y[i] = points[i].y();
    }
    bool allOk;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        allOk = d->toMap->Transform(points.size(), x.data(), y.data(), nullptr, ok.data());
    }
    for (size_t i = 0; i < points.size(); ++i) {
        const bool good = ok[i] && std::isfinite(x[i]) && std::isfinite(y[i]);
        allOk = allOk && good;
        points[i] = good ? QPointF(x[i], y[i]) : QPointF(qQNaN(), qQNaN());
    }
    return allOk;
}

bool Projection::forward(GeoPoint in, QPointF *out) const
{
    std::vector<QPointF> one{QPointF(in.lon, in.lat)};
    const bool ok = forward(one);
    *out = one.front();
    return ok;
}

bool Projection::inverse(const QPointF &xy, GeoPoint *out) const
{
    double x = xy.x(), y = xy.y();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!d->toLonLat->Transform(1, &x, &y))
        return false;
    out->lon = x;
    out->lat = y;
    return std::isfinite(x) && std::isfinite(y);
}

double Projection::geodesicDistance(GeoPoint a, GeoPoint b)
{
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    double s12 = 0;
    geod_inverse(&wgs84, a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
    return s12;
}
