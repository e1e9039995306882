// libFuzzer: any bytes as a layer in another format. The first byte picks
// the file name's suffix (KML, GML, GPX, CSV, KMZ, GeoJSONSeq, TopoJSON,
// GeoPackage, FlatGeobuf); the rest is the file. Exercises the content
// sniffing, the XML scan for network references and the zip scan of KMZ
// before GDAL, and our handling of what the allowed drivers return.

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
    static const char *const suffixes[] = {"kml", "gml", "gpx", "csv", "kmz",
                                           "geojsonl", "topojson", "gpkg", "fgb", "json"};
    if (size < 1)
        return 0;
    const char *suffix = suffixes[data[0] % (sizeof suffixes / sizeof *suffixes)];
    const QString path = fuzz::writeInput(data + 1, size - 1,
                                          QStringLiteral("input.") + QLatin1String(suffix));
    RawLayer layer;
    DataErrors errors;
    const LoadResult read = LayerReader().read(path, &layer);
    const bool ok = read.ok();
    errors = read.errors;
    if (ok != errors.isEmpty())
        std::abort();
    if (!ok && !layer.features.empty())
        std::abort();
    for (const RawFeature &f : layer.features)
        for (const QPointF &p : f.geometry.points)
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                std::abort();
    return 0;
}
