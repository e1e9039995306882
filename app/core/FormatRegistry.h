#pragma once
// The vector formats the viewer opens, in one table: which suffix is which
// format, which GDAL drivers may open a file, and the file dialog's filter.
// LayerReader, EventLayerLoader and the window all ask here, so a format is
// added or dropped in one place.

#include <QString>
#include <QStringList>

class FormatRegistry
{
public:
    enum class Format {
        Unknown,
        GeoJson,     // .geojson, .json
        GeoJsonSeq,  // one GeoJSON value a line (.geojsonl, .ndjson, ...)
        TopoJson,
        Kml,
        Kmz,
        Gml,
        Gpx,
        GeoPackage,
        FlatGeobuf,
        Shapefile,
        Csv,         // .csv, .tsv: points from coordinate columns
        MapInfo
    };

    // The format a file's suffix names (case ignored); Unknown for any other.
    static Format formatOf(const QString &path);
    // Whether the suffix names a format the viewer opens.
    static bool isVectorFile(const QString &path) { return formatOf(path) != Format::Unknown; }
    // Formats EventLayerLoader reads in bulk when a file is large: GDAL (or
    // the streaming GeoJSON reader) reads them fast, row by row.
    static bool isBulkFormat(Format format);

    // The GDAL drivers a layer may be opened with: local file formats only
    // (no VRT, no database or web-service drivers).
    static QStringList allowedDrivers();

    // "Vector data (*.geojson ...);;All files (*)" for QFileDialog.
    static QString fileDialogFilter();
};
