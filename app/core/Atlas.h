#pragma once
// Everything the viewer shows, loaded and projected once, then read-only:
// shared between the GUI thread, render jobs and exports without locks.

#include "BasemapLayer.h"
#include "ContextFeature.h"
#include "Event.h"
#include "EventLayer.h"
#include "EventIndex.h"
#include "Flashpoint.h"
#include "HitIndex.h"
#include "MapLine.h"
#include "Place.h"
#include "RawLayer.h"
#include "SourcePolicy.h"
#include "StatusTimeline.h"
#include "Terrain.h"

#include <QRectF>
#include <QStringList>
#include <memory>
#include <vector>

struct UserLayer
{
    QString name;
    RawLayer layer;
    // Time-aware point events: set instead of layer's features
    // when the file is dated points; filtered by the date and display window.
    std::shared_ptr<const EventLayer> events;
    QString path;            // the file opened (for the layer panel and settings)
    bool visible = true;
    double opacity = 1.0;    // 0..1

    // Drawn, listed in the legend and clickable.
    bool shown() const { return visible && opacity > 0.0; }
};

class Atlas
{
public:
    QList<Flashpoint> flashpoints;
    QList<Place> places;
    QList<MapLine> lines;
    QList<Event> events;            // sorted by date
    QList<ContextFeature> context;  // roads, towns, posts, passes
    std::vector<BasemapLayer> basemap;
    std::vector<UserLayer> userLayers;
    std::shared_ptr<const Terrain> terrain; // the user's elevation raster, if any
    QStringList files;              // every data file read, for provenance
    // The source policy the record was checked against (geodata/source-policy.json)
    // and the last day the record was checked to (geodata/record.json): every
    // view and export says where the record ends.
    std::shared_ptr<const SourcePolicy> policy;
    QDate recordCheckedTo;
    StatusTimeline statuses;
    EventIndex eventIndex;
    HitIndex hitIndex;              // flashpoints, places, lines, events by position

    const Flashpoint *flashpoint(const QString &id) const;
    const Place *place(const QString &id) const;
    // The lon/lat box the bundled basemap covers (x: longitude, y: latitude);
    // geodata/tools/make-basemap.sh clips to the same box.
    static QRectF basemapBox() { return QRectF(71.0, 27.0, 17.0, 12.0); }
    // The largest projected rectangle inside basemapBox(): the whole region.
    // No view the window allows and no export goes beyond it, so the end of
    // the basemap is never seen.
    static QRectF fullExtent();
    // The lon/lat box an export may frame (--extent): its projected bounds
    // lie inside fullExtent(), so any box inside it is shown whole.
    static QRectF dataBox() { return QRectF(72.0, 28.0, 14.0, 10.0); }
    // The projected bounds of a lon/lat box (its edges, not only its corners:
    // parallels are arcs in the map's projection).
    static QRectF projectedBounds(const QRectF &lonLat);
    // The flashpoints and their places with a margin: the default view.
    QRectF flashpointExtent() const;
    // One flashpoint with room around its area to read its surroundings.
    static QRectF flashpointView(const Flashpoint &f);
    // Sorts events, resolves their positions and builds the indexes.
    void finish();
};

using AtlasPtr = std::shared_ptr<const Atlas>;
