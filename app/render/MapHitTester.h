#pragma once
// What is under a screen position, topmost first: flashpoint markers, event
// markers, places, the context's towns, posts and passes, lines, roads, the
// user's own events (the topmost layer first), then flashpoint areas. Points and lines are hit
// within a few pixels; areas by containment. Candidates come from the
// atlas's HitIndex (and each user layer's grid), so the cost does not grow
// with the number of features.

#include "Atlas.h"
#include "FeatureRows.h"
#include "MapSettings.h"

#include <QList>

struct MapHit
{
    enum class Kind { Flashpoint, Event, Place, Line, UserEvent, Context };
    Kind kind = Kind::Flashpoint;
    int index = -1;  // in the atlas's list of that kind (Context: atlas.context); for UserEvent, in the layer's EventLayer
    QString id;
    QString label;   // "Galwan (flashpoint)"; empty for a user event (see label())
    int layer = -1;  // UserEvent: index into the settings' layers.user
    // UserEvent: the layer itself, so a hit stays readable after the stack
    // changes (a "which one?" menu open while a layer is removed).
    UserLayerPtr userLayer;

    MapHit() = default;
    MapHit(Kind kind, int index, QString id, QString label, int layer = -1, UserLayerPtr userLayer = {})
        : kind(kind), index(index), id(std::move(id)), label(std::move(label)), layer(layer),
          userLayer(std::move(userLayer))
    {
    }

    bool operator==(const MapHit &o) const { return kind == o.kind && index == o.index && layer == o.layer; }
};

namespace MapHitTester {
constexpr double kTolerancePixels = 6.0;
QList<MapHit> hitsAt(const Atlas &atlas, const MapSettings &settings, const QPointF &screen);
// The text of the tooltip for a hit: name, kind, and a flashpoint's status at the date.
// A user event's title comes from its row: through rows, without waiting
// (a row not yet read gives "event N" until rowReady), or, without rows,
// read now (headless use only).
QString tooltip(const Atlas &atlas, const MapSettings &settings, const MapHit &hit, FeatureRows *rows = nullptr);
// The bundled feature with this id (Atlas::find); index -1 when there is none.
MapHit hitFor(const Atlas &atlas, const QString &id);
// The user layer of a UserEvent hit, or null when the hit is not one or its
// index is past the layer's end.
const UserLayer *userLayerOf(const MapHit &hit);
// A user event's date, or "start – end".
QString userEventWhen(const EventLayer &events, size_t index);
// A user event's title for lists: its "title", "name" or "id" attribute, else "event N".
QString userEventTitle(const QList<QPair<QString, QString>> &row, int index);
// The text a list shows for a hit: its label, or for a user event (whose row
// is read only now, not for every hit test; through rows as for tooltip())
// "date title (layer)".
QString label(const Atlas &atlas, const MapHit &hit, FeatureRows *rows = nullptr);
}
