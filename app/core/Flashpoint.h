#pragma once
// A friction point on the LAC: its schematic area, where its symbol goes, and
// what it is. Its status over time is derived from events (StatusTimeline).

#include "GeoPoint.h"
#include "Geometry.h"
#include "SourceRef.h"

struct Flashpoint
{
    QString id;
    QString name;
    QString nameOther;          // the other side's name, if there is one
    QString sector;
    QString description;
    QString areaBasis;          // "schematic": our outline, not a surveyed boundary
    GeoPoint marker;            // where the symbol and label are drawn
    QPointF markerXY;           // the same, projected
    double markerUncertaintyKm = 0; // 0 when the marker position is sourced
    Geometry area;
    QList<SourceRef> sources;
};
