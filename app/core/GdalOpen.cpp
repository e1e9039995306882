#include "GdalOpen.h"

#include "FormatRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cmath>

void GdalDatasetCloser::operator()(GDALDataset *dataset) const
{
    GDALClose(dataset);
}

void OgrTransformDeleter::operator()(OGRCoordinateTransformation *transform) const
{
    OGRCoordinateTransformation::DestroyCT(transform);
}

namespace GdalOpen {

namespace {

const char *const kGeoJsonVerbatim[] = {"ARRAY_AS_STRING=YES", "DATE_AS_STRING=YES", nullptr};
// The CSV columns a point's position is read from, in the order GDAL tries
// them: the names spreadsheets, ACLED (latitude/longitude) and GDELT
// (ActionGeo_Lat/ActionGeo_Long: where the event took place) use.
const char *const kLongitudeNames = "lon,lng,long,longitude,x,LON,Lon,Longitude,LONGITUDE,X,ActionGeo_Long";
const char *const kLatitudeNames = "lat,latitude,y,LAT,Lat,Latitude,LATITUDE,Y,ActionGeo_Lat";
const char *const kGeometryNames = "wkt,WKT,geometry,geom";

const char *const *csvPoints()
{
    static const QByteArray x = QByteArray("X_POSSIBLE_NAMES=") + kLongitudeNames;
    static const QByteArray y = QByteArray("Y_POSSIBLE_NAMES=") + kLatitudeNames;
    static const QByteArray g = QByteArray("GEOM_POSSIBLE_NAMES=") + kGeometryNames;
    static const char *const options[] = {x.constData(), y.constData(), g.constData(), "KEEP_GEOM_COLUMNS=YES",
                                          "AUTODETECT_TYPE=NO", nullptr};
    return options;
}

const char *const *openOptions(Options options)
{
    switch (options) {
    case Options::GeoJsonVerbatim:
        return kGeoJsonVerbatim;
    case Options::CsvPoints:
        return csvPoints();
    case Options::None:
        break;
    }
    return nullptr;
}

} // namespace

GdalDataset vector(const QString &path, const QStringList &drivers, Options options)
{
    const QStringList allowed = drivers.isEmpty() ? FormatRegistry::allowedDrivers() : drivers;
    std::vector<QByteArray> names;
    names.reserve(size_t(allowed.size()));
    for (const QString &d : allowed)
        names.push_back(d.toUtf8());
    std::vector<const char *> list;
    for (const QByteArray &n : names)
        list.push_back(n.constData());
    list.push_back(nullptr);
    const QByteArray native = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    CPLErrorReset(); // so CPLGetLastErrorMsg() after a failure is this open's
    return GdalDataset(GDALDataset::Open(native.constData(),
                                         GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                         list.data(), openOptions(options)));
}

GdalDataset points(const QString &path)
{
    const bool csv = FormatRegistry::formatOf(path) == FormatRegistry::Format::Csv;
    return vector(path, {}, csv ? Options::CsvPoints : Options::None);
}

QStringList csvCoordinateNames(Coordinate which)
{
    const char *names = which == Coordinate::Longitude ? kLongitudeNames
                        : which == Coordinate::Latitude ? kLatitudeNames : kGeometryNames;
    return QString::fromLatin1(names).split(QLatin1Char(','));
}

QString whyNot(const QString &gdalMessage)
{
    return gdalMessage.isEmpty()
        ? QCoreApplication::translate("GdalOpen", "not a vector format the viewer can read")
        : QCoreApplication::translate("GdalOpen", "GDAL cannot read it: %1").arg(gdalMessage);
}

OgrTransform toWgs84(const OGRSpatialReference *srs, bool *ok)
{
    *ok = true;
    if (!srs)
        return {};
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (srs->IsSame(&wgs84))
        return {};
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OgrTransform ct(OGRCreateCoordinateTransformation(&source, &wgs84));
    *ok = ct != nullptr;
    return ct;
}

void transform(OGRCoordinateTransformation *ct, std::vector<double> &lon, std::vector<double> &lat)
{
    const size_t chunk = 65536;
    std::vector<int> ok;
    for (size_t i = 0; i < lon.size(); i += chunk) {
        const size_t m = std::min(chunk, lon.size() - i);
        ok.assign(m, 0);
        ct->Transform(m, lon.data() + i, lat.data() + i, nullptr, ok.data());
        for (size_t k = 0; k < m; ++k)
            if (!ok[k])
                lon[i + k] = lat[i + k] = std::nan("");
    }
}

} // namespace GdalOpen
