#include "FormatRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct Suffix
{
    const char *suffix;
    FormatRegistry::Format format;
    bool offered; // listed in the file dialog's filter (the others: "All files")
};

using F = FormatRegistry::Format;

// In the order the file dialog lists them.
const Suffix kSuffixes[] = {
    {"geojson", F::GeoJson, true},     {"json", F::GeoJson, true},
    {"geojsons", F::GeoJsonSeq, true}, {"geojsonl", F::GeoJsonSeq, true},
    {"ndjson", F::GeoJsonSeq, true},   {"geojsonseq", F::GeoJsonSeq, false},
    {"jsonl", F::GeoJsonSeq, false},   {"gpkg", F::GeoPackage, true},
    {"fgb", F::FlatGeobuf, true},      {"kml", F::Kml, true},
    {"shp", F::Shapefile, true},       {"csv", F::Csv, true},
    {"tsv", F::Csv, false},            {"kmz", F::Kmz, false},
    {"topojson", F::TopoJson, false},  {"gml", F::Gml, false},
    {"gpx", F::Gpx, false},            {"tab", F::MapInfo, false},
    {"mif", F::MapInfo, false},
};

} // namespace

FormatRegistry::Format FormatRegistry::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const Suffix &s : kSuffixes)
        if (suffix == QLatin1String(s.suffix))
            return s.format;
    return Format::Unknown;
}

bool FormatRegistry::isBulkFormat(Format format)
{
    switch (format) {
    case Format::GeoJson:
    case Format::GeoJsonSeq:
    case Format::Csv:
    case Format::GeoPackage:
    case Format::FlatGeobuf:
    case Format::Shapefile:
        return true;
    default:
        return false;
    }
}

QStringList FormatRegistry::allowedDrivers()
{
    return {QStringLiteral("GeoJSON"), QStringLiteral("GeoJSONSeq"), QStringLiteral("TopoJSON"),
            QStringLiteral("KML"), QStringLiteral("LIBKML"), QStringLiteral("GML"),
            QStringLiteral("GPX"), QStringLiteral("GPKG"), QStringLiteral("FlatGeobuf"),
            QStringLiteral("ESRI Shapefile"), QStringLiteral("CSV"), QStringLiteral("MapInfo File")};
}

QString FormatRegistry::fileDialogFilter()
{
    QStringList patterns;
    for (const Suffix &s : kSuffixes)
        if (s.offered)
            patterns << QStringLiteral("*.") + QLatin1String(s.suffix);
    return QCoreApplication::translate("FormatRegistry", "Vector data (%1);;All files (*)")
        .arg(patterns.join(QLatin1Char(' ')));
}
