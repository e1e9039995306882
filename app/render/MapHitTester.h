#pragma once
// What is under a screen position, topmost first: flashpoint markers, event
// markers, places, lines, then flashpoint areas. Points and lines are hit
// within a few pixels; areas by containment. Candidates come from the
// atlas's HitIndex, so the cost does not grow with the number of features.

#include "Atlas.h"
#include "MapSettings.h"

#include <QList>

struct MapHit
{
    enum class Kind { Flashpoint, Event, Place, Line };
    Kind kind = Kind::Flashpoint;
    int index = -1;
    QString id;
    QString label;   // "Galwan (flashpoint)"

    bool operator==(const MapHit &o) const { return kind == o.kind && index == o.index; }
};

namespace MapHitTester {
constexpr double kTolerancePixels = 6.0;
QList<MapHit> hitsAt(const Atlas &atlas, const MapSettings &settings, const QPointF &screen);
// The text of the tooltip for a hit: name, kind, and a flashpoint's status at the date.
QString tooltip(const Atlas &atlas, const MapSettings &settings, const MapHit &hit);
}
