#pragma once
// A small map of the whole region in an export's lower right corner, with
// the exported view outlined on it, so a zoomed figure says where it is.
// Switched by MapSettings::locator; exports turn it on for zoomed views.

#include "Atlas.h"
#include "MapSettings.h"

#include <QRectF>

class QPainter;

class LocatorInset
{
public:
    // Where the inset stands (empty when the settings have none).
    static QRectF box(const MapSettings &s);
    static void paint(QPainter &p, const Atlas &atlas, const MapSettings &s);
    // Whether a view shows so little of the region that an inset helps: it
    // is less than half as wide and less than half as tall as the region.
    static bool helps(const MapSettings &s);
};
