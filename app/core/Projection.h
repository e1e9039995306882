#pragma once
// The map projection, through OGR/OSR (PROJ): WGS84 lon/lat <-> a Lambert
// conformal conic centred on eastern Ladakh (standard parallels 32°N and 36°N,
// origin 34°N 78.5°E, metres). Conformal keeps shapes and the scale bar true in
// every direction; across the 75–81°E, 31–37°N box the scale error stays under
// 0.2 %. Coordinates are projected once, at load; the renderer only scales.
//
// OGR transformations are not thread-safe, so calls are serialised.

#include "GeoPoint.h"

#include <QPointF>
#include <QString>
#include <memory>
#include <mutex>
#include <vector>

class Projection
{
public:
    Projection();
    ~Projection();
    Projection(const Projection &) = delete;
    Projection &operator=(const Projection &) = delete;

    // The process-wide instance (the projection is fixed for the product).
    static Projection &instance();

    static QString proj4Definition();

    // Projects lon/lat points in place; false if any point failed (it is then NaN).
    bool forward(std::vector<QPointF> &points) const;
    bool forward(GeoPoint in, QPointF *out) const;
    bool inverse(const QPointF &xy, GeoPoint *out) const;

    // Geodesic distance on the WGS84 ellipsoid (PROJ's geodesic routines).
    static double geodesicDistance(GeoPoint a, GeoPoint b);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    mutable std::mutex m_mutex;
};
