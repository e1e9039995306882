#pragma once
// Shades the user's elevation raster (Terrain) for one view: a
// multidirectional hillshade (light from the west, north-west, north and
// south-west, weighted by how much each faces the slope, as gdaldem's
// -multidirectional does), computed at half the view's device pixels from
// the grid warped to the map's projection. Shadows darken and lit slopes
// lighten what lies under them, so the country fills keep their colours.
// It runs inside the render job (never on the GUI thread), and the window's
// BasemapCache keeps the result for the view.

#include "MapSettings.h"
#include "Terrain.h"

class QPainter;

class TerrainPainter
{
public:
    static void paint(QPainter &p, const Terrain &terrain, const MapSettings &s);
};
