// libFuzzer: any bytes as a .geojson layer, through LayerReader::read (the
// JSON scan, GDAL's GeoJSON driver, the CRS transform, the range checks and
// the projection). Invariants: a refused file leaves the layer empty and
// every error names the file; a loaded one has only finite coordinates.

#include "FuzzInput.h"
#include "LayerReader.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    LayerReader::configureGdal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::Cleanup cleanup;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.geojson"));
    RawLayer layer;
    DataErrors errors;
    const LoadResult read = LayerReader().read(path, &layer);
    const bool ok = read.ok();
    errors = read.errors;
    if (!ok) {
        if (!layer.features.empty() || errors.isEmpty())
            std::abort();
    } else if (!errors.isEmpty()) {
        std::abort();
    }
    for (const DataError &e : errors)
        if (e.file != path || e.line < 0)
            std::abort();
    for (const RawFeature &f : layer.features)
        for (const QPointF &p : f.geometry.points)
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                std::abort();
    return 0;
}
