#include "EventLayerLoader.h"

#include "GeoJsonPointReader.h"
#include "LayerReader.h"
#include "Projection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstring>

namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

bool isGeoJson(const QString &s) { return s == QLatin1String("geojson") || s == QLatin1String("json"); }
bool isGeoJsonSeq(const QString &s)
{
    return s == QLatin1String("geojsons") || s == QLatin1String("geojsonl") || s == QLatin1String("geojsonseq")
           || s == QLatin1String("ndjson") || s == QLatin1String("jsonl");
}
bool isCsv(const QString &s) { return s == QLatin1String("csv") || s == QLatin1String("tsv"); }

const char *const kCsvOptions[] = {"X_POSSIBLE_NAMES=lon,lng,long,longitude,x,LON,Longitude,LONGITUDE,X",
                                    "Y_POSSIBLE_NAMES=lat,latitude,y,LAT,Latitude,LATITUDE,Y",
                                    "GEOM_POSSIBLE_NAMES=wkt,WKT,geometry,geom",
                                    "KEEP_GEOM_COLUMNS=YES", "AUTODETECT_TYPE=NO", nullptr};

DatasetPtr openVector(const QString &path, QString *why)
{
    std::vector<QByteArray> names;
    for (const QString &d : LayerReader::allowedDrivers())
        names.push_back(d.toUtf8());
    std::vector<const char *> drivers;
    for (const QByteArray &n : names)
        drivers.push_back(n.constData());
    drivers.push_back(nullptr);
    const QByteArray native = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    const bool csv = isCsv(suffixOf(path));
    CPLErrorReset();
    DatasetPtr ds(GDALDataset::Open(native.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                    drivers.data(), csv ? kCsvOptions : nullptr));
    if (!ds && why) {
        const QString msg = QString::fromUtf8(CPLGetLastErrorMsg());
        *why = msg.isEmpty() ? QStringLiteral("not a vector format the viewer can read")
                             : QStringLiteral("GDAL cannot read it: %1").arg(msg);
    }
    return ds;
}

struct ProgressBridge
{
    const EventLayerLoader::Progress *progress;
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

bool isPointType(OGRwkbGeometryType t)
{
    const OGRwkbGeometryType f = wkbFlatten(t);
    return f == wkbPoint || f == wkbMultiPoint;
}

} // namespace

qint64 EventLayerLoader::smallFileBytes()
{
    bool ok = false;
    const qint64 mb = qEnvironmentVariable("LACVIEWER_SMALL_LAYER_MB").toLongLong(&ok);
    return (ok && mb >= 0 ? mb : 8) * 1024 * 1024;
}

bool EventLayerLoader::prefersBulkPath(const QString &path)
{
    if (LayerReader::isRemotePath(path) || LayerReader::isConnectionString(path))
        return false;
    const QString s = suffixOf(path);
    if (isCsv(s))
        return true;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() < smallFileBytes())
        return false;
    if (isGeoJson(s) || isGeoJsonSeq(s)) {
        // Only what looks like points in its first 64 KB: anything else
        // (polygons, a giant string...) keeps LayerReader's checks and limits.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        static const QRegularExpression point(QStringLiteral("\"type\"\\s*:\\s*\"(Multi)?Point\""));
        return point.match(QString::fromUtf8(f.read(64 * 1024))).hasMatch();
    }
    return s == QLatin1String("gpkg") || s == QLatin1String("fgb") || s == QLatin1String("shp");
}

QString EventLayerLoader::cachePath(const QString &path)
{
    const QString s = suffixOf(path);
    const QFileInfo info(path);
    if (!(isGeoJson(s) || isGeoJsonSeq(s) || isCsv(s)) || info.size() < smallFileBytes())
        return QString();
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(info.absoluteFilePath().toUtf8());
    h.addData(QByteArray::number(info.size()));
    h.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/layers");
    return dir + QLatin1Char('/') + QString::fromLatin1(h.result().toHex().left(24)) + QStringLiteral(".fgb");
}

bool EventLayerLoader::parseIsoDay(const char *t, qint32 *julianDay)
{
    if (!t)
        return false;
    // Leading blanks as detection trims them.
    while (*t == ' ' || *t == '\t')
        ++t;
    // In order, so that a shorter string stops at its NUL.
    // ISO 8601 with '-', or GDAL's own text form of a Date field with '/'.
    const char sep = t[0] && t[1] && t[2] && t[3] ? t[4] : '\0';
    if (sep != '-' && sep != '/')
        return false;
    for (int i = 0; i < 10; ++i) {
        const bool ok = (i == 4 || i == 7) ? t[i] == sep : (t[i] >= '0' && t[i] <= '9');
        if (!ok)
            return false;
    }
    if (t[10] != '\0' && t[10] != 'T' && t[10] != ' ')
        return false;
    const int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
    const int m = (t[5] - '0') * 10 + (t[6] - '0');
    const int d = (t[8] - '0') * 10 + (t[9] - '0');
    if (!QDate::isValid(y, m, d))
        return false;
    *julianDay = qint32(QDate(y, m, d).toJulianDay());
    return true;
}

QString EventLayerLoader::severalDateFields(const QStringList &candidates)
{
    return QStringLiteral("several date fields (%1); choose one").arg(candidates.join(QStringLiteral(", ")));
}

EventLayerLoader::Detection EventLayerLoader::detectDateFields(const QList<Field> &fields)
{
    Detection r;
    QStringList dated;
    for (const Field &f : fields) {
        // A Date/DateTime column counts when it holds values (LIBKML adds
        // empty "timestamp", "begin" and "end" columns to every layer).
        bool ok = f.dateType && !f.samples.isEmpty();
        if (!f.dateType && f.stringType && !f.samples.isEmpty()) {
            ok = true;
            for (const QString &s : f.samples) {
                qint32 jd;
                if (!parseIsoDay(s.trimmed().toUtf8().constData(), &jd)) {
                    ok = false;
                    break;
                }
            }
        }
        if (ok)
            dated << f.name;
    }
    // start/end pairs by name.
    static const QList<QPair<QString, QString>> pairNames = {
        {"start", "end"}, {"date_start", "date_end"}, {"start_date", "end_date"},
        {"startdate", "enddate"}, {"from", "to"}, {"date_from", "date_to"},
        {"begin", "end"}, {"valid_from", "valid_to"}, {"begin_date", "end_date"},
        {"start_time", "end_time"}, {"timestamp_start", "timestamp_end"}};
    auto find = [&dated](const QString &lower) {
        for (const QString &d : dated)
            if (d.toLower() == lower)
                return d;
        return QString();
    };
    QList<QPair<QString, QString>> pairs;
    for (const auto &p : pairNames) {
        const QString a = find(p.first), b = find(p.second);
        if (!a.isEmpty() && !b.isEmpty())
            pairs.append({a, b});
    }
    if (dated.size() == 1) {
        r.start = dated.front();
        return r;
    }
    if (pairs.size() == 1 && dated.size() == 2) {
        r.start = pairs.front().first;
        r.end = pairs.front().second;
        return r;
    }
    for (const auto &p : pairs)
        r.candidates << p.first + QLatin1Char('|') + p.second;
    r.candidates << dated;
    if (dated.isEmpty())
        return r;
    // One field plainly named "date" among others, and no pair: take it.
    const QString plain = find(QStringLiteral("date"));
    if (!plain.isEmpty() && pairs.isEmpty()) {
        r.start = plain;
        r.candidates.clear();
        return r;
    }
    r.ambiguous = true;
    return r;
}

EventLayerLoader::Result EventLayerLoader::load(const QString &path, const Options &options,
                                                std::shared_ptr<EventLayer> *out, const Progress &progress)
{
    m_error.clear();
    m_candidates.clear();
    m_finalError = DataError{QString(), -1, -1, QString()};
    // GeoJSON of points: one streaming pass, which makes the content checks
    // itself (so the file is not read twice); anything it does not take as
    // it is (another CRS, other geometries) goes on through GDAL. Everything
    // else gets the same checks, scans and limits as every other file (no
    // remote paths, no network references inside, size and count limits)
    // before GDAL opens it.
    const QString suffix = suffixOf(path);
    DataErrors problems;
    if (isGeoJson(suffix) || isGeoJsonSeq(suffix)) {
        if (!LayerReader().preflight(path, &problems, LayerReader::Scan::FileOnly))
            return fail(problems.front().toString());
        bool unsuitable = false;
        const Result r = streamGeoJson(path, isGeoJsonSeq(suffix), options, out, progress, &unsuitable);
        if (!unsuitable)
            return r;
    }
    if (!LayerReader().preflight(path, &problems))
        return fail(problems.isEmpty() ? QStringLiteral("%1: cannot be read").arg(path)
                                       : problems.front().toString());
    const QFileInfo info(path);
    LayerReader::configureGdal();
    const QString cached = cachePath(path);
    if (cached.isEmpty())
        return readDataset(path, path, info.size() < smallFileBytes(), options, out, progress, 0.0, 1.0);
    if (!QFileInfo(cached).isFile()) {
        QDir(cached).removeRecursively();
        const Result r = convert(path, cached, progress, 0.75);
        if (r != Result::Loaded)
            return r;
    }
    return readDataset(cached, path, false, options, out, progress, 0.75, 1.0);
}

EventLayerLoader::Result EventLayerLoader::chooseDateFields(const QList<Field> &fields, const QString &userPath,
                                                            const Options &options, QString *start, QString *end)
{
    *start = options.dateField;
    *end = options.endField;
    if (!start->isEmpty()) {
        // A chosen field must be there.
        auto has = [&fields](const QString &name) {
            return std::any_of(fields.cbegin(), fields.cend(), [&name](const Field &f) { return f.name == name; });
        };
        for (const QString *name : {start, end})
            if (!name->isEmpty() && !has(*name))
                return fail(QStringLiteral("%1: no field \"%2\"").arg(userPath, *name));
        return Result::Loaded;
    }
    const Detection d = detectDateFields(fields);
    if (d.ambiguous) {
        m_candidates = d.candidates;
        m_error = userPath + QStringLiteral(": ") + severalDateFields(d.candidates);
        return Result::Ambiguous;
    }
    if (d.start.isEmpty())
        return Result::NotEventLayer;
    *start = d.start;
    *end = d.end;
    return Result::Loaded;
}

EventLayerLoader::Result EventLayerLoader::streamGeoJson(const QString &path, bool sequence, const Options &options,
                                                         std::shared_ptr<EventLayer> *out, const Progress &progress,
                                                         bool *unsuitable)
{
    *unsuitable = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    const QFileInfo info(path);
    Result chosen = Result::Loaded;
    auto choose = [&](const QList<Field> &fields, QString *start, QString *end) {
        chosen = chooseDateFields(fields, path, options, start, end);
        return chosen == Result::Loaded;
    };
    GeoJsonPointReader reader;
    GeoJsonPointReader::Rows rows;
    constexpr double kRead = 0.85; // progress share of the pass over the file
    switch (reader.read(&file, sequence, choose, progress, kRead, &rows)) {
    case GeoJsonPointReader::Status::Read:
        break;
    case GeoJsonPointReader::Status::Unsuitable:
        *unsuitable = true;
        return Result::NotEventLayer;
    case GeoJsonPointReader::Status::NotPoints:
        return Result::NotEventLayer;
    case GeoJsonPointReader::Status::Invalid:
        m_finalError = DataError{path, reader.errorLine(), -1, reader.error()};
        return fail(m_finalError.toString());
    case GeoJsonPointReader::Status::Declined:
        return chosen == Result::Loaded ? Result::NotEventLayer : chosen;
    case GeoJsonPointReader::Status::Cancelled:
        return Result::Cancelled;
    }
    auto layer = std::make_shared<EventLayer>();
    layer->path = path;
    layer->readPath = path;
    layer->layerName = info.completeBaseName();
    layer->dateField = rows.startField;
    layer->endField = rows.endField;
    layer->fieldNames = rows.fieldNames;
    layer->skipped = rows.skipped;
    layer->rowKey = EventLayer::RowKey::ByteOffset;
    layer->readSize = info.size();
    layer->readModified = info.lastModified().toMSecsSinceEpoch();
    layer->start = std::move(rows.start);
    layer->end = std::move(rows.end);
    layer->fid = std::move(rows.offset);
    if (layer->start.empty())
        return fail(QStringLiteral("%1: no feature has both a point and a date in \"%2\"").arg(path, layer->dateField));
    return finishLayer(std::move(layer), rows.lon, rows.lat, nullptr, out, progress, kRead, 1.0);
}

EventLayerLoader::Result EventLayerLoader::convert(const QString &source, const QString &target,
                                                   const Progress &progress, double to)
{
    QString why;
    DatasetPtr src = openVector(source, &why);
    if (!src)
        return fail(QStringLiteral("%1: %2").arg(source, why));
    if (src->GetLayerCount() < 1)
        return fail(QStringLiteral("%1: contains no layer").arg(source));
    if (!isPointType(src->GetLayer(0)->GetGeomType()) && wkbFlatten(src->GetLayer(0)->GetGeomType()) != wkbUnknown)
        return Result::NotEventLayer;
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
        return Result::Cancelled;
    }
    if (!ok) {
        QFile::remove(partial);
        return fail(QStringLiteral("%1: GDAL cannot convert it: %2").arg(source, msg));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(QStringLiteral("%1: cannot write the cached copy %2").arg(source, target));
    }
    return Result::Loaded;
}

EventLayerLoader::Result EventLayerLoader::readDataset(const QString &readPath, const QString &userPath,
                                                       bool inlineAttrs, const Options &options,
                                                       std::shared_ptr<EventLayer> *out,
                                                       const Progress &progress, double from, double to)
{
    QString why;
    DatasetPtr ds = openVector(readPath, &why);
    if (!ds)
        return fail(QStringLiteral("%1: %2").arg(userPath, why));
    if (ds->GetLayerCount() < 1)
        return fail(QStringLiteral("%1: contains no layer").arg(userPath));
    OGRLayer *layer = ds->GetLayer(0);
    const OGRwkbGeometryType gt = layer->GetGeomType();
    if (!isPointType(gt) && wkbFlatten(gt) != wkbUnknown)
        return Result::NotEventLayer;
    OGRFeatureDefn *defn = layer->GetLayerDefn();

    // Fields and samples for date detection.
    QList<Field> fields;
    QStringList names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn *fd = defn->GetFieldDefn(i);
        Field f;
        f.name = QString::fromUtf8(fd->GetNameRef());
        f.dateType = fd->GetType() == OFTDate || fd->GetType() == OFTDateTime;
        f.stringType = fd->GetType() == OFTString;
        fields << f;
        names << f.name;
    }
    layer->ResetReading();
    int sampled = 0;
    bool sawPoint = false;
    for (auto &feature : *layer) {
        if (OGRGeometry *g = feature->GetGeometryRef()) {
            if (!isPointType(g->getGeometryType()))
                return Result::NotEventLayer;
            sawPoint = true;
        }
        for (int i = 0; i < fields.size(); ++i)
            if ((fields[i].stringType || fields[i].dateType) && feature->IsFieldSetAndNotNull(i)
                && fields[i].samples.size() < 50) {
                const QString v = QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
                if (!v.isEmpty())
                    fields[i].samples << v;
            }
        if (++sampled >= 200)
            break;
    }
    if (!sawPoint)
        return Result::NotEventLayer;

    QString startField, endField;
    if (const Result r = chooseDateFields(fields, userPath, options, &startField, &endField); r != Result::Loaded)
        return r;
    const int startIdx = names.indexOf(startField);
    const int endIdx = endField.isEmpty() ? -1 : names.indexOf(endField);

    // Only the date fields are decoded in the bulk pass (unless attributes are kept).
    if (!inlineAttrs) {
        std::vector<QByteArray> ignoredNames;
        for (int i = 0; i < names.size(); ++i)
            if (i != startIdx && i != endIdx)
                ignoredNames.push_back(names[i].toUtf8());
        std::vector<const char *> ignored;
        for (const QByteArray &n : ignoredNames)
            ignored.push_back(n.constData());
        ignored.push_back("OGR_STYLE");
        ignored.push_back(nullptr);
        layer->SetIgnoredFields(ignored.data());
    }

    auto layerOut = std::make_shared<EventLayer>();
    EventLayer &e = *layerOut;
    e.path = userPath;
    e.readPath = readPath;
    e.layerName = QString::fromUtf8(layer->GetName());
    e.dateField = startField;
    e.endField = endIdx >= 0 ? endField : QString();
    e.fieldNames = names;

    const GIntBig total = layer->TestCapability(OLCFastFeatureCount) ? layer->GetFeatureCount(TRUE) : -1;
    if (total > LayerReader::maxFeatures())
        return fail(QStringLiteral("%1: %2 features, over the limit of %3 (set LACVIEWER_MAX_FEATURES to raise it)")
                        .arg(userPath).arg(total).arg(LayerReader::maxFeatures()));
    if (total > 0) {
        e.x.reserve(size_t(total));
        e.y.reserve(size_t(total));
        e.start.reserve(size_t(total));
        e.fid.reserve(size_t(total));
        if (endIdx >= 0)
            e.end.reserve(size_t(total));
    }
    std::vector<double> lon, lat;
    lon.reserve(size_t(std::max<GIntBig>(total, 0)));
    lat.reserve(size_t(std::max<GIntBig>(total, 0)));

    auto dayOf = [&](OGRFeature *f, int idx, qint32 *jd) {
        if (!f->IsFieldSetAndNotNull(idx))
            return false;
        const OGRFieldType t = defn->GetFieldDefn(idx)->GetType();
        if (t == OFTDate || t == OFTDateTime) {
            const OGRField *raw = f->GetRawFieldRef(idx);
            const int y = raw->Date.Year, m = raw->Date.Month, d = raw->Date.Day;
            if (!QDate::isValid(y, m, d))
                return false;
            *jd = qint32(QDate(y, m, d).toJulianDay());
            return true;
        }
        return parseIsoDay(f->GetFieldAsString(idx), jd);
    };

    layer->ResetReading();
    qint64 n = 0;
    const double step = 1.0 / double(std::max<GIntBig>(total, 1));
    for (auto &feature : *layer) {
        if (++n > LayerReader::maxFeatures())
            return fail(QStringLiteral("%1: more than %2 features (set LACVIEWER_MAX_FEATURES to raise it)")
                            .arg(userPath).arg(LayerReader::maxFeatures()));
        if ((n & 0x3fff) == 0 && progress
            && !progress(from + (to - from) * 0.9 * std::min(1.0, double(n) * step), QStringLiteral("Reading")))
            return Result::Cancelled;
        const OGRGeometry *g = feature->GetGeometryRef();
        const OGRPoint *pt = nullptr;
        if (g && wkbFlatten(g->getGeometryType()) == wkbPoint)
            pt = g->toPoint();
        else if (g && wkbFlatten(g->getGeometryType()) == wkbMultiPoint && !g->toMultiPoint()->IsEmpty())
            pt = g->toMultiPoint()->getGeometryRef(0);
        qint32 s = 0, en = 0;
        if (!pt || pt->IsEmpty() || !dayOf(feature.get(), startIdx, &s)
            || (endIdx >= 0 && !dayOf(feature.get(), endIdx, &en))) {
            ++e.skipped;
            continue;
        }
        if (endIdx >= 0 && en < s)
            std::swap(s, en);
        lon.push_back(pt->getX());
        lat.push_back(pt->getY());
        e.start.push_back(s);
        if (endIdx >= 0)
            e.end.push_back(en);
        e.fid.push_back(feature->GetFID());
        if (inlineAttrs) {
            QVariantMap attrs;
            for (int i = 0; i < names.size(); ++i)
                if (feature->IsFieldSetAndNotNull(i))
                    attrs.insert(names[i], QString::fromUtf8(feature->GetFieldAsString(i)));
            e.inlineAttributes.push_back(std::move(attrs));
        }
    }
    if (e.start.empty())
        return fail(QStringLiteral("%1: no feature has both a point and a date in \"%2\"").arg(userPath, startField));
    return finishLayer(std::move(layerOut), lon, lat, layer->GetSpatialRef(), out, progress, from + (to - from) * 0.9, to);
}

EventLayerLoader::Result EventLayerLoader::finishLayer(std::shared_ptr<EventLayer> layerOut, std::vector<double> &lon,
                                                       std::vector<double> &lat, const OGRSpatialReference *srs,
                                                       std::shared_ptr<EventLayer> *out, const Progress &progress,
                                                       double from, double to)
{
    EventLayer &e = *layerOut;
    if (progress && !progress(from, QStringLiteral("Projecting")))
        return Result::Cancelled;

    // To WGS84 (when the layer has another CRS), then to the map projection.
    if (srs) {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!srs->IsSame(&wgs84)) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&source, &wgs84));
            if (!ct)
                return fail(QStringLiteral("%1: its coordinate system cannot be converted to WGS84").arg(e.path));
            const size_t chunk = 65536;
            for (size_t i = 0; i < lon.size(); i += chunk) {
                const size_t m = std::min(chunk, lon.size() - i);
                std::vector<int> ok(m);
                ct->Transform(m, lon.data() + i, lat.data() + i, nullptr, ok.data());
                for (size_t k = 0; k < m; ++k)
                    if (!ok[k])
                        lon[i + k] = lat[i + k] = std::nan("");
            }
        }
    }
    std::vector<QPointF> pts(lon.size());
    for (size_t i = 0; i < lon.size(); ++i)
        pts[i] = QPointF(lon[i], lat[i]);
    lon = {};
    lat = {};
    Projection::instance().forward(pts);
    // Drop what is not a real position (NaN, out of range): compact in place.
    size_t w = 0;
    e.x.resize(pts.size());
    e.y.resize(pts.size());
    for (size_t i = 0; i < pts.size(); ++i) {
        const QPointF &p = pts[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 2e7 || std::abs(p.y()) > 2e7) {
            ++e.skipped;
            continue;
        }
        e.x[w] = float(p.x());
        e.y[w] = float(p.y());
        e.start[w] = e.start[i];
        if (!e.end.empty())
            e.end[w] = e.end[i];
        e.fid[w] = e.fid[i];
        if (!e.inlineAttributes.empty())
            e.inlineAttributes[w] = std::move(e.inlineAttributes[i]);
        ++w;
    }
    e.x.resize(w);
    e.y.resize(w);
    e.start.resize(w);
    if (!e.end.empty())
        e.end.resize(w);
    e.fid.resize(w);
    if (!e.inlineAttributes.empty())
        e.inlineAttributes.resize(w);
    e.x.shrink_to_fit();
    e.y.shrink_to_fit();
    e.start.shrink_to_fit();
    e.end.shrink_to_fit();
    e.fid.shrink_to_fit();
    if (w == 0)
        return fail(QStringLiteral("%1: no feature has both a point and a date in \"%2\"").arg(e.path, e.dateField));
    if (progress && !progress(from + (to - from) * 0.5, QStringLiteral("Indexing")))
        return Result::Cancelled;
    e.finish();
    if (progress)
        progress(to, QStringLiteral("Done"));
    *out = std::move(layerOut);
    return Result::Loaded;
}

EventLayerLoader::Result EventLayerLoader::fromRawLayer(const RawLayer &raw, const QString &path,
                                                        const Options &options, std::shared_ptr<EventLayer> *out)
{
    m_error.clear();
    m_candidates.clear();
    if (raw.features.empty())
        return Result::NotEventLayer;
    QList<Field> fields;
    QHash<QString, int> fieldIndex;
    for (const RawFeature &f : raw.features) {
        // Features without a geometry are skipped below, as in the bulk path.
        if (f.geometry.type != Geometry::Type::Point && f.geometry.type != Geometry::Type::None)
            return Result::NotEventLayer;
        for (auto it = f.attributes.cbegin(); it != f.attributes.cend(); ++it) {
            int i = fieldIndex.value(it.key(), -1);
            if (i < 0) {
                i = fields.size();
                fieldIndex.insert(it.key(), i);
                Field fd;
                fd.name = it.key();
                const int t = it.value().typeId();
                fd.dateType = t == QMetaType::QDate || t == QMetaType::QDateTime;
                fd.stringType = t == QMetaType::QString;
                fields << fd;
            }
            Field &fd = fields[i];
            if ((fd.stringType || fd.dateType) && fd.samples.size() < 50 && !it.value().isNull()) {
                const QString v = it.value().toString().trimmed();
                if (!v.isEmpty())
                    fd.samples << v;
            }
        }
    }
    QString startField, endField;
    if (const Result r = chooseDateFields(fields, path, options, &startField, &endField); r != Result::Loaded)
        return r;
    auto dayOf = [](const QVariant &v, qint32 *jd) {
        if (v.typeId() == QMetaType::QDate || v.typeId() == QMetaType::QDateTime) {
            const QDate d = v.toDate();
            if (!d.isValid())
                return false;
            *jd = qint32(d.toJulianDay());
            return true;
        }
        return parseIsoDay(v.toString().trimmed().toUtf8().constData(), jd);
    };
    auto layer = std::make_shared<EventLayer>();
    layer->path = path;
    layer->readPath = path;
    layer->layerName = raw.layerName;
    layer->dateField = startField;
    layer->endField = endField;
    for (const Field &f : fields)
        layer->fieldNames << f.name;
    for (const RawFeature &f : raw.features) {
        qint32 s = 0, en = 0;
        if (f.geometry.points.empty() || !dayOf(f.attributes.value(startField), &s)
            || (!endField.isEmpty() && !dayOf(f.attributes.value(endField), &en))) {
            ++layer->skipped;
            continue;
        }
        if (!endField.isEmpty() && en < s)
            std::swap(s, en);
        layer->x.push_back(float(f.geometry.points.front().x()));
        layer->y.push_back(float(f.geometry.points.front().y()));
        layer->start.push_back(s);
        if (!endField.isEmpty())
            layer->end.push_back(en);
        layer->fid.push_back(f.index);
        QVariantMap attrs;
        for (auto it = f.attributes.cbegin(); it != f.attributes.cend(); ++it)
            attrs.insert(it.key(), it.value().toString());
        layer->inlineAttributes.push_back(std::move(attrs));
    }
    if (layer->start.empty())
        return Result::NotEventLayer;
    layer->finish();
    *out = std::move(layer);
    return Result::Loaded;
}

QVariantMap EventLayerLoader::attributes(const EventLayer &layer, size_t index)
{
    if (index >= layer.size())
        return {};
    if (!layer.inlineAttributes.empty())
        return layer.inlineAttributes[index];
    if (LayerReader::isRemotePath(layer.readPath) || LayerReader::isConnectionString(layer.readPath))
        return {};
    if (layer.rowKey == EventLayer::RowKey::ByteOffset) {
        // Offsets hold only for the file as it was read.
        const QFileInfo info(layer.readPath);
        if (!info.isFile() || info.size() != layer.readSize
            || info.lastModified().toMSecsSinceEpoch() != layer.readModified)
            return {};
        QFile file(layer.readPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return GeoJsonPointReader::attributesAt(&file, layer.fid[index]);
    }
    DatasetPtr ds = openVector(layer.readPath, nullptr);
    if (!ds || ds->GetLayerCount() < 1)
        return {};
    OGRLayer *l = ds->GetLayer(0);
    std::unique_ptr<OGRFeature> f(l->GetFeature(layer.fid[index]));
    if (!f)
        return {};
    QVariantMap attrs;
    for (int i = 0; i < f->GetFieldCount(); ++i)
        if (f->IsFieldSetAndNotNull(i))
            attrs.insert(QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()),
                         QString::fromUtf8(f->GetFieldAsString(i)));
    return attrs;
}

QList<QPair<QString, QString>> EventLayerLoader::orderedAttributes(const EventLayer &layer, size_t index)
{
    const QVariantMap attrs = attributes(layer, index);
    // In file order where known, then any others.
    QStringList order = layer.fieldNames;
    const QSet<QString> known(order.cbegin(), order.cend());
    for (auto it = attrs.cbegin(); it != attrs.cend(); ++it)
        if (!known.contains(it.key()))
            order << it.key();
    QList<QPair<QString, QString>> out;
    for (const QString &k : order)
        if (attrs.contains(k))
            out.append({k, attrs.value(k).toString()});
    return out;
}
