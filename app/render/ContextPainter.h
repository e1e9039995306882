#pragma once
// Draws the context layer (ContextFeature: roads, towns, posts, passes) that
// explains the flashpoints: the roads under the flashpoint areas, the points
// under the flashpoint markers. A point that is also in places.geojson
// (same_as) is left to the places layer while that layer is shown, so one
// site never gets two markers. All of it is the "roads" layer of MapSettings.

#include "Atlas.h"
#include "MapSettings.h"

#include <QList>
#include <QRectF>

class QPainter;

class ContextPainter
{
public:
    static void paintRoads(QPainter &p, const Atlas &atlas, const MapSettings &s);
    static void paintPoints(QPainter &p, const Atlas &atlas, const MapSettings &s);
    // The points this view draws, as indexes into atlas.context.
    static QList<int> drawnPoints(const Atlas &atlas, const MapSettings &s);
    // Where the marker of point i stands on screen (for labels to keep clear).
    static QRectF markerBox(const Atlas &atlas, int i, const MapSettings &s);
};
