#pragma once
// Roads, towns, posts and passes that explain the flashpoints (the road to
// Daulat Beg Oldi, China's G219, Leh, Rutog...): context, not part of the
// standoff data. Sourced like places: each has its sources and an
// uncertainty, and a road says how its course was drawn.

#include "GeoPoint.h"
#include "Geometry.h"
#include "SourceRef.h"

#include <QPointF>

struct ContextFeature
{
    QString id;
    QString name;
    QString nameOther;
    QString kind;            // "road", "town", "post" or "pass"
    QString description;
    QString course;          // roads: how the drawn course was made
    QString notes;
    // The id of the same site in places.geojson: the places layer draws it
    // while shown, so one site never gets two markers.
    QString sameAs;
    double uncertaintyKm = 0; // points: of the position; roads: of the course
    GeoPoint position;       // points
    QPointF xy;              // points, projected
    Geometry geometry;       // roads: the line (projected); points: the point
    QList<SourceRef> sources;

    bool isRoad() const { return kind == QLatin1String("road"); }
};
