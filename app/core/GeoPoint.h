#pragma once
// A WGS84 position in decimal degrees. GeoJSON order (lon, lat) throughout.

struct GeoPoint
{
    double lon = 0.0;
    double lat = 0.0;
};
