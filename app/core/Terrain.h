#pragma once
// An elevation raster the user supplies (GeoTIFF, SRTM .hgt, a VRT of tiles,
// Copernicus DEM: whatever GDAL opens), warped once, at load, to the map's
// projection and held as a float grid in projected metres. The renderer
// shades it for each view (TerrainPainter); the status bar reads the
// elevation under the cursor. Read-only once loaded, shared like the Atlas.

#include "LoadResult.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

class Terrain
{
public:
    QString path;
    int width = 0, height = 0;   // cells
    QRectF extent;               // projected metres; row 0 is the northern edge
    std::vector<float> z;        // metres, row-major; NaN where there is no data

    // Bilinear elevation at a projected point; NaN outside or on no data.
    float at(const QPointF &xy) const;
    double cellWidth() const { return width ? extent.width() / width : 0; }
    double cellHeight() const { return height ? extent.height() / height : 0; }

    // Reads path, or says why not: missing, remote, not a raster GDAL reads,
    // not an elevation raster (colour bands, a palette, no georeferencing),
    // or outside the map's region (*result Failed, null returned). The grid
    // holds at most maxCells cells.
    static std::shared_ptr<const Terrain> load(const QString &path, LoadResult *result,
                                               long long maxCells = 16'000'000);
};
