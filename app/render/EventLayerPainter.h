#pragma once
// Draws a user's time-aware event layer: the events active in the display
// window, as dots when few, else as counts per cell through a colour ramp,
// so a million points stay readable rather than a solid smear. Coloured by
// a field (categories given): each dot in its category's colour, and each
// density cell in the colour of the category most of its events are in.

#include "CategoryIndex.h"
#include "EventLayer.h"
#include "MapSettings.h"

class QPainter;

class EventLayerPainter
{
public:
    static void paint(QPainter &painter, const EventLayer &layer, const MapSettings &settings,
                      const CategoryIndex *categories = nullptr);
};
