#include "Terrain.h"

#include "Atlas.h"
#include "GdalSandbox.h"
#include "Projection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <cmath>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

namespace {

struct DatasetCloser
{
    void operator()(GDALDatasetH d) const
    {
        if (d)
            GDALClose(d);
    }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

QString lastGdalError()
{
    const QString m = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return m.isEmpty() ? QCoreApplication::translate("Terrain", "GDAL cannot read it") : m;
}

} // namespace

float Terrain::at(const QPointF &xy) const
{
    if (width < 2 || height < 2 || !extent.contains(xy))
        return NAN;
    // Cell centres: column c at extent.left() + (c + 0.5) * cellWidth().
    const double fx = (xy.x() - extent.left()) / cellWidth() - 0.5;
    const double fy = (extent.bottom() - xy.y()) / cellHeight() - 0.5;
    const int x0 = std::clamp(int(std::floor(fx)), 0, width - 2);
    const int y0 = std::clamp(int(std::floor(fy)), 0, height - 2);
    const double tx = std::clamp(fx - x0, 0.0, 1.0), ty = std::clamp(fy - y0, 0.0, 1.0);
    const float *r0 = z.data() + size_t(y0) * size_t(width) + size_t(x0);
    const float *r1 = r0 + width;
    return float((r0[0] * (1 - tx) + r0[1] * tx) * (1 - ty) + (r1[0] * (1 - tx) + r1[1] * tx) * ty);
}

std::shared_ptr<const Terrain> Terrain::load(const QString &path, LoadResult *result, long long maxCells)
{
    auto fail = [&](const QString &why) {
        *result = LoadResult::failed(path, why);
        return std::shared_ptr<const Terrain>();
    };
    *result = LoadResult::loaded();
    // The same doors as for vector files: no network, a real local file.
    if (GdalSandbox::isRemotePath(path))
        return fail(QCoreApplication::translate("Terrain", "remote paths are not opened; download the file first"));
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("Terrain", "no such file"));
    if (!info.isFile() && !info.isDir())
        return fail(QCoreApplication::translate("Terrain", "not a regular file"));
    CPLErrorReset();
    Dataset src(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                           nullptr, nullptr, nullptr));
    if (!src)
        return fail(QCoreApplication::translate("Terrain", "not a raster GDAL can read (%1)").arg(lastGdalError()));
    auto *ds = static_cast<GDALDataset *>(src.get());
    if (ds->GetRasterCount() < 1)
        return fail(QCoreApplication::translate("Terrain", "the raster has no bands"));
    GDALRasterBand *band = ds->GetRasterBand(1);
    const GDALColorInterp ci = band->GetColorInterpretation();
    if (ds->GetRasterCount() >= 3 || band->GetColorTable() || ci == GCI_PaletteIndex || ci == GCI_RedBand)
        return fail(QCoreApplication::translate("Terrain", "not an elevation raster: it has colour bands or a palette "
                                   "(an image, not heights); open a DEM such as SRTM .hgt or a GeoTIFF of heights"));
    if (GDALDataTypeIsComplex(band->GetRasterDataType()))
        return fail(QCoreApplication::translate("Terrain", "not an elevation raster: complex values"));
    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None || !ds->GetSpatialRef())
        return fail(QCoreApplication::translate("Terrain", "the raster has no georeferencing (no geotransform or no CRS)"));

    OGRSpatialReference map;
    map.importFromProj4(Projection::proj4Definition().toUtf8().constData());
    char *mapWkt = nullptr;
    map.exportToWkt(&mapWkt);
    char *srcWkt = nullptr;
    ds->GetSpatialRef()->exportToWkt(&srcWkt);
    CPLErrorReset();
    Dataset warped(GDALAutoCreateWarpedVRT(src.get(), srcWkt, mapWkt, GRA_Bilinear, 0.0, nullptr));
    CPLFree(srcWkt);
    CPLFree(mapWkt);
    if (!warped)
        return fail(QCoreApplication::translate("Terrain", "cannot be warped to the map's projection (%1)").arg(lastGdalError()));
    // The warped VRT tells the extent and size the warp suggests; the warp
    // itself goes through gdalwarp's API, with a no-data value for the cells
    // outside the source (the VRT would fill them with 0 m).
    auto *w = static_cast<GDALDataset *>(warped.get());
    double wgt[6];
    w->GetGeoTransform(wgt);
    const int fullW = w->GetRasterXSize(), fullH = w->GetRasterYSize();
    const QRectF extent = QRectF(QPointF(wgt[0], wgt[3] + wgt[5] * fullH),
                                 QPointF(wgt[0] + wgt[1] * fullW, wgt[3])).normalized();
    if (!extent.intersects(Atlas::fullExtent()))
        return fail(QCoreApplication::translate("Terrain", "the raster lies outside the map's region"));
    const double shrink = std::max(1.0, std::sqrt(double(fullW) * fullH / double(maxCells)));
    auto t = std::make_shared<Terrain>();
    t->path = path;
    t->width = std::max(2, int(fullW / shrink));
    t->height = std::max(2, int(fullH / shrink));
    t->extent = extent;
    const QStringList args = {
        QStringLiteral("-of"), QStringLiteral("MEM"), QStringLiteral("-t_srs"), Projection::proj4Definition(),
        QStringLiteral("-r"), QStringLiteral("bilinear"), QStringLiteral("-dstnodata"), QStringLiteral("-32768"),
        QStringLiteral("-ot"), QStringLiteral("Float32"),
        QStringLiteral("-te"), QString::number(extent.left(), 'f', 3), QString::number(extent.top(), 'f', 3),
        QString::number(extent.right(), 'f', 3), QString::number(extent.bottom(), 'f', 3),
        QStringLiteral("-ts"), QString::number(t->width), QString::number(t->height)};
    std::vector<QByteArray> bytes;
    std::vector<char *> argv;
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH in = src.get();
    int usageError = 0;
    CPLErrorReset();
    Dataset out(GDALWarp("", nullptr, 1, &in, options, &usageError));
    GDALWarpAppOptionsFree(options);
    if (!out)
        return fail(QCoreApplication::translate("Terrain", "cannot be warped to the map's projection (%1)").arg(lastGdalError()));
    t->z.resize(size_t(t->width) * size_t(t->height));
    GDALRasterBand *wb = static_cast<GDALDataset *>(out.get())->GetRasterBand(1);
    if (wb->RasterIO(GF_Read, 0, 0, t->width, t->height, t->z.data(), t->width, t->height, GDT_Float32, 0, 0,
                     nullptr)
        != CE_None)
        return fail(QCoreApplication::translate("Terrain", "cannot read the heights (%1)").arg(lastGdalError()));
    int hasNoData = 0;
    const double noData = band->GetNoDataValue(&hasNoData);
    int valid = 0;
    for (float &v : t->z) {
        if (!std::isfinite(v) || v == -32768.0f || (hasNoData && v == float(noData)) || v < -1000 || v > 9000)
            v = NAN;
        else
            ++valid;
    }
    if (valid == 0)
        return fail(QCoreApplication::translate("Terrain", "not an elevation raster: no heights between -1,000 and 9,000 m"));
    return t;
}
