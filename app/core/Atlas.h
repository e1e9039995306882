#pragma once
// The bundled record and its basemap, loaded and projected once, then
// read-only: shared between the GUI thread, render jobs and exports without
// locks. The user's own layers and terrain are a LayerStack beside it.

#include "BasemapLayer.h"
#include "ContextFeature.h"
#include "Event.h"
#include "EventIndex.h"
#include "Flashpoint.h"
#include "HitIndex.h"
#include "MapLine.h"
#include "Place.h"
#include "SourcePolicy.h"
#include "StatusTimeline.h"

#include <QHash>
#include <QRectF>
#include <QStringList>
#include <memory>
#include <vector>

class Atlas
{
public:
    QList<Flashpoint> flashpoints;
    QList<Place> places;
    QList<MapLine> lines;
    QList<Event> events;            // sorted by date
    QList<ContextFeature> context;  // roads, towns, posts, passes
    std::vector<BasemapLayer> basemap;
    QStringList files;              // every bundled data file read, for provenance
    // The source policy the record was checked against (geodata/source-policy.json)
    // and the last day the record was checked to (geodata/record.json): every
    // view and export says where the record ends.
    std::shared_ptr<const SourcePolicy> policy;
    QDate recordCheckedTo;
    // Holds the user's own record merged over the bundled one
    // (OwnRecord::mergedOver): the legend then explains how it is marked.
    bool hasOwnRecord = false;
    StatusTimeline statuses;
    EventIndex eventIndex;
    HitIndex hitIndex;              // flashpoints, places, lines, events by position

    // The one id index: ids are unique across flashpoints, places, lines
    // and events (the validator checks), so an id names one feature.
    struct FeatureRef
    {
        enum class Kind { None, Flashpoint, Place, Line, Event, Context };
        Kind kind = Kind::None;
        int index = -1;   // in the list of that kind
        explicit operator bool() const { return kind != Kind::None; }
    };
    FeatureRef find(const QString &id) const { return m_ids.value(id); }
    const Flashpoint *flashpoint(const QString &id) const;
    const Place *place(const QString &id) const;
    const MapLine *line(const QString &id) const;
    const Event *event(const QString &id) const;
    const ContextFeature *contextFeature(const QString &id) const;
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

private:
    void buildIdIndex();
    QHash<QString, FeatureRef> m_ids;
};

using AtlasPtr = std::shared_ptr<const Atlas>;
