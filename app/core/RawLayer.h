#pragma once
// What LayerReader hands on: a file's features with projected geometry and
// plain attribute values, plus where each feature sits in the file.

#include "FeatureLocator.h"
#include "GeoPoint.h"
#include "Geometry.h"

#include <QString>
#include <QVariantMap>
#include <vector>

struct RawFeature
{
    int index = 0;               // 0-based position in the file
    Geometry geometry;           // projected map coordinates
    GeoPoint firstLonLat;        // first vertex in WGS84 (a point's position)
    QVariantMap attributes;      // GDAL field values; JSON arrays/objects decoded
    FeatureLocator::Feature where; // lines and JSON kinds (GeoJSON only)
};

struct RawLayer
{
    QString file;                // path as given, used in messages
    QString layerName;
    bool located = false;        // true when lines are known (GeoJSON text)
    std::vector<RawFeature> features;
    QHash<QString, int> topLevelLines;
};
