#pragma once
// The one way a reader opens a vector file with GDAL, and the two things
// every reader then needs: ownership of the dataset, and a transform of
// another CRS to WGS84 longitude/latitude.
//
// Before calling open(), a reader has made the file checks (LayerReader's
// preflight) and GdalSandbox::configure() has run.

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class GDALDataset;
class OGRCoordinateTransformation;
class OGRSpatialReference;

struct GdalDatasetCloser
{
    void operator()(GDALDataset *dataset) const;
};
// Owns an open dataset; closes it when it goes.
using GdalDataset = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

struct OgrTransformDeleter
{
    void operator()(OGRCoordinateTransformation *transform) const;
};
using OgrTransform = std::unique_ptr<OGRCoordinateTransformation, OgrTransformDeleter>;

namespace GdalOpen {

// How the driver is asked to read.
enum class Options {
    None,
    // GeoJSON: arrays and dates arrive as the text written in the file.
    GeoJsonVerbatim,
    // CSV: points from longitude/latitude (or WKT) columns, values as text.
    CsvPoints
};

// Opens path (made absolute, so no name is taken for a connection string
// or a /vsi path) read-only as vector data, through drivers only (empty:
// FormatRegistry::allowedDrivers()), with GDAL's verbose errors so a
// failure has a reason. Null on failure: see whyNot().
GdalDataset vector(const QString &path, const QStringList &drivers = {}, Options options = Options::None);

// How the readers of dated points open a file: any allowed driver, and a
// CSV with its coordinate columns read as points.
GdalDataset points(const QString &path);

// The column names a CSV point's longitude, latitude or WKT geometry is
// read from (the open options of Options::CsvPoints).
enum class Coordinate { Longitude, Latitude, Geometry };
QStringList csvCoordinateNames(Coordinate which);

// The reason an open failed, from GDAL's message (empty: none given).
QString whyNot(const QString &gdalMessage);

// A transform from srs to WGS84 (longitude, latitude order). Null, with
// *ok true, when srs is null or already WGS84; null with *ok false when GDAL
// cannot convert it.
OgrTransform toWgs84(const OGRSpatialReference *srs, bool *ok);

// Transforms lon/lat in place, in chunks; a point that does not convert
// becomes NaN, NaN (a reader drops or refuses it).
void transform(OGRCoordinateTransformation *transform, std::vector<double> &lon, std::vector<double> &lat);

} // namespace GdalOpen
