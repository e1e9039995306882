#include "LayerCache.h"

#include "FormatRegistry.h"
#include "GdalOpen.h"
#include "LayerLimits.h"
#include "OgrConvert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

namespace LayerCache {

namespace {

struct ProgressBridge
{
    const LoadProgress *progress;
    double from, to;
    bool cancelled = false;
};

int CPL_STDCALL gdalProgress(double done, const char *, void *data)
{
    auto *b = static_cast<ProgressBridge *>(data);
    if (b->progress && *b->progress
        && !(*b->progress)(b->from + (b->to - b->from) * done, QStringLiteral("Converting"))) {
        b->cancelled = true;
        return FALSE;
    }
    return TRUE;
}

} // namespace

QString pathFor(const QString &path)
{
    const FormatRegistry::Format format = FormatRegistry::formatOf(path);
    const QFileInfo info(path);
    const bool converted = format == FormatRegistry::Format::GeoJson || format == FormatRegistry::Format::GeoJsonSeq
                           || format == FormatRegistry::Format::Csv;
    if (!converted || info.size() < LayerLimits::smallFileBytes())
        return QString();
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(info.absoluteFilePath().toUtf8());
    h.addData(QByteArray::number(info.size()));
    h.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/layers");
    return dir + QLatin1Char('/') + QString::fromLatin1(h.result().toHex().left(24)) + QStringLiteral(".fgb");
}

LoadResult convert(const QString &source, const QString &target, const LoadProgress &progress, double to)
{
    auto fail = [&source](const QString &message) { return LoadResult::failed(source, message); };
    const GdalDataset src = GdalOpen::points(source);
    if (!src)
        return fail(GdalOpen::whyNot(QString::fromUtf8(CPLGetLastErrorMsg())));
    if (src->GetLayerCount() < 1)
        return fail(QCoreApplication::translate("LayerCache", "contains no layer"));
    if (!OgrConvert::isPointType(src->GetLayer(0)->GetGeomType()) && wkbFlatten(src->GetLayer(0)->GetGeomType()) != wkbUnknown)
        return LoadResult::of(LoadResult::Status::NotEvents);
    QDir().mkpath(QFileInfo(target).absolutePath());
    // Ends in .fgb, or GDAL's FlatGeobuf driver makes a directory of layers.
    const QString partial = target.chopped(4) + QStringLiteral(".part.fgb");
    QFile::remove(partial);
    const char *args[] = {"-f", "FlatGeobuf", "-lco", "SPATIAL_INDEX=YES", "-nlt", "POINT", nullptr};
    GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(const_cast<char **>(args), nullptr);
    ProgressBridge bridge{&progress, 0.0, to};
    GDALVectorTranslateOptionsSetProgress(opts, gdalProgress, &bridge);
    GDALDatasetH srcH = GDALDataset::ToHandle(src.get());
    int usageError = FALSE;
    CPLErrorReset();
    GDALDatasetH dst = GDALVectorTranslate(QFile::encodeName(partial).constData(), nullptr, 1, &srcH, opts,
                                           &usageError);
    GDALVectorTranslateOptionsFree(opts);
    const bool ok = dst != nullptr;
    const QString msg = QString::fromUtf8(CPLGetLastErrorMsg());
    if (dst)
        GDALClose(dst);
    if (progress && !bridge.cancelled && !progress(to, QStringLiteral("Converted")))
        bridge.cancelled = true;
    if (bridge.cancelled) {
        QFile::remove(partial);
        return LoadResult::of(LoadResult::Status::Cancelled);
    }
    if (!ok) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("LayerCache", "GDAL cannot convert it: %1").arg(msg));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("LayerCache", "cannot write the cached copy %1").arg(target));
    }
    return LoadResult::loaded();
}

} // namespace LayerCache
