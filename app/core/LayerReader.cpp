#include "LayerReader.h"

#include "Projection.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

namespace {

// Collects GDAL's messages while a file is read, so they can be reported with
// the file name instead of going to stderr.
struct GdalMessages
{
    QStringList errors;
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *msg)
    {
        auto *self = static_cast<GdalMessages *>(CPLGetErrorHandlerUserData());
        if (self && level >= CE_Failure)
            self->errors << QString::fromUtf8(msg);
    }
    GdalMessages() { CPLPushErrorHandlerEx(&GdalMessages::handler, this); }
    ~GdalMessages() { CPLPopErrorHandler(); }
    QString last() const { return errors.isEmpty() ? QString() : errors.last(); }
};

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};

bool isJsonPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("geojson") || suffix == QLatin1String("json");
}

QVariant fieldValue(OGRFeature &feature, int i)
{
    const OGRFieldDefn *defn = feature.GetFieldDefnRef(i);
    switch (defn->GetType()) {
    case OFTInteger:
        return feature.GetFieldAsInteger(i);
    case OFTInteger64:
        return qint64(feature.GetFieldAsInteger64(i));
    case OFTReal:
        return feature.GetFieldAsDouble(i);
    case OFTStringList: {
        QStringList list;
        for (char **s = feature.GetFieldAsStringList(i); s && *s; ++s)
            list << QString::fromUtf8(*s);
        return list;
    }
    default:
        break;
    }
    const QString text = QString::fromUtf8(feature.GetFieldAsString(i));
    if (defn->GetSubType() == OFSTJSON) {
        // Nested arrays and objects arrive as JSON text (ARRAY_AS_STRING):
        // decode them with Qt's JSON reader into lists and maps.
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray())
            return doc.array().toVariantList();
        if (doc.isObject())
            return doc.object().toVariantMap();
    }
    return text;
}

// Appends one OGR geometry's vertices (lon/lat) to geometry, part by part.
bool appendGeometry(const OGRGeometry *g, Geometry *out, QString *why)
{
    if (!g)
        return true;
    const auto flat = wkbFlatten(g->getGeometryType());
    auto addCurve = [&](const OGRSimpleCurve *curve) {
        if (curve->getNumPoints() == 0)
            return;
        out->partStarts.push_back(int(out->points.size()));
        for (int i = 0; i < curve->getNumPoints(); ++i)
            out->points.emplace_back(curve->getX(i), curve->getY(i));
    };
    auto setType = [&](Geometry::Type t) {
        if (out->type == Geometry::Type::None || out->type == t) {
            out->type = t;
            return true;
        }
        *why = QStringLiteral("mixes geometry types in one feature");
        return false;
    };
    switch (flat) {
    case wkbPoint: {
        const auto *p = g->toPoint();
        if (p->IsEmpty())
            return true;
        if (!setType(Geometry::Type::Point))
            return false;
        out->partStarts.push_back(int(out->points.size()));
        out->points.emplace_back(p->getX(), p->getY());
        return true;
    }
    case wkbLineString:
        if (!setType(Geometry::Type::Line))
            return false;
        addCurve(g->toLineString());
        return true;
    case wkbPolygon:
        if (!setType(Geometry::Type::Polygon))
            return false;
        for (const OGRLinearRing *ring : *g->toPolygon())
            addCurve(ring);
        return true;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *g->toGeometryCollection())
            if (!appendGeometry(part, out, why))
                return false;
        return true;
    default:
        *why = QStringLiteral("has an unsupported geometry type %1")
                   .arg(QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType())));
        return false;
    }
}

} // namespace

qint64 LayerReader::maxFileBytes()
{
    bool ok = false;
    const qint64 mb = qEnvironmentVariableIntValue("LACVIEWER_MAX_FILE_MB", &ok);
    return (ok && mb > 0 ? mb : 2048) * 1024 * 1024;
}

bool LayerReader::isRemotePath(const QString &path)
{
    const QString p = path.trimmed();
    return p.startsWith(QLatin1String("/vsi")) || p.contains(QLatin1String("://"))
           || p.startsWith(QLatin1String("\\\\"));
}

void LayerReader::configureGdal()
{
    // The viewer is offline by design. Refusing remote paths happens before
    // GDAL is called; these close GDAL's own doors as a second line.
    CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".lacviewer-never");
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    GDALAllRegister();
}

bool LayerReader::read(const QString &path, RawLayer *out, DataErrors *errors) const
{
    *out = RawLayer();
    out->file = path;
    auto fail = [&](int line, const QString &message) {
        errors->append(DataError{path, line, -1, message});
        *out = RawLayer();
        out->file = path;
        return false;
    };

    if (isRemotePath(path))
        return fail(0, QStringLiteral("refused: the viewer never reads from the network "
                                      "or GDAL virtual file systems"));
    const QFileInfo info(path);
    if (!info.exists())
        return fail(0, QStringLiteral("no such file"));
    if (info.isDir())
        return fail(0, QStringLiteral("is a directory, not a file"));
    if (!info.isReadable())
        return fail(0, QStringLiteral("cannot be read (permission denied)"));
    if (info.size() == 0)
        return fail(0, QStringLiteral("is empty"));
    if (info.size() > maxFileBytes())
        return fail(0, QStringLiteral("is %1 MB, over the %2 MB limit (set LACVIEWER_MAX_FILE_MB "
                                      "to raise it)")
                           .arg(info.size() / (1024 * 1024))
                           .arg(maxFileBytes() / (1024 * 1024)));

    const bool json = isJsonPath(path);
    FeatureLocator locator;
    if (json) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(0, file.errorString());
        const QByteArray text = file.readAll();
        if (!locator.scan(text))
            return fail(locator.errorLine(),
                        QStringLiteral("invalid JSON: %1").arg(locator.errorString()));
        if (!locator.hasTopLevel(QStringLiteral("type")))
            return fail(1, QStringLiteral("not GeoJSON: no \"type\" member"));
        out->located = true;
    }

    GdalMessages messages;
    const QByteArray native = QFile::encodeName(path);
    const char *const geojsonOptions[] = {"ARRAY_AS_STRING=YES", "DATE_AS_STRING=YES", nullptr};
    const char *const geojsonDriver[] = {"GeoJSON", nullptr};
    std::unique_ptr<GDALDataset, DatasetCloser> ds(GDALDataset::Open(
        native.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
        json ? geojsonDriver : nullptr, json ? geojsonOptions : nullptr));
    if (!ds) {
        const QString why = messages.last();
        return fail(0, why.isEmpty() ? QStringLiteral("not a vector format GDAL can read")
                                     : QStringLiteral("GDAL cannot read it: %1").arg(why));
    }
    if (ds->GetLayerCount() < 1)
        return fail(0, QStringLiteral("contains no layer"));
    OGRLayer *layer = ds->GetLayer(0);
    out->layerName = QString::fromUtf8(layer->GetName());

    // Layers in another CRS are first brought to WGS84, then projected.
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!srs->IsSame(&wgs84)) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            toWgs84.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
            if (!toWgs84)
                return fail(0, QStringLiteral("its coordinate system cannot be converted to "
                                              "WGS84: %1").arg(messages.last()));
        }
    }

    const auto &located = locator.features();
    DataErrors found;
    int index = 0;
    layer->ResetReading();
    for (auto &feature : *layer) {
        RawFeature raw;
        raw.index = index;
        if (out->located && size_t(index) < located.size())
            raw.where = located[size_t(index)];
        auto problem = [&](const QString &message, int line = 0) {
            found.append(DataError{path, line ? line : raw.where.line, index, message});
        };
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            if (feature->IsFieldSetAndNotNull(i))
                raw.attributes.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                                      fieldValue(*feature, i));
        }
        if (OGRGeometry *g = feature->GetGeometryRef()) {
            if (toWgs84 && g->transform(toWgs84.get()) != OGRERR_NONE) {
                problem(QStringLiteral("geometry cannot be converted to WGS84"),
                        raw.where.geometryLine);
                ++index;
                continue;
            }
            QString why;
            if (!appendGeometry(g, &raw.geometry, &why)) {
                problem(QStringLiteral("geometry %1").arg(why), raw.where.geometryLine);
                ++index;
                continue;
            }
        }
        bool inRange = true;
        for (const QPointF &p : raw.geometry.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 180
                || std::abs(p.y()) > 90) {
                problem(QStringLiteral("coordinate (%1, %2) is not a longitude/latitude in range")
                            .arg(p.x()).arg(p.y()),
                        raw.where.geometryLine);
                inRange = false;
                break;
            }
        }
        if (inRange && !raw.geometry.isEmpty()) {
            raw.firstLonLat = GeoPoint{raw.geometry.points.front().x(),
                                       raw.geometry.points.front().y()};
            if (!Projection::instance().forward(raw.geometry.points))
                problem(QStringLiteral("geometry cannot be projected"), raw.where.geometryLine);
            raw.geometry.updateBounds();
        }
        out->features.push_back(std::move(raw));
        ++index;
    }
    if (!messages.errors.isEmpty())
        found.append(DataError{path, 0, -1, messages.errors.join(QStringLiteral("; "))});
    if (out->located && size_t(index) != located.size() && found.isEmpty())
        found.append(DataError{path, 0, -1,
                               QStringLiteral("GDAL read %1 features but the file has %2")
                                   .arg(index).arg(located.size())});
    if (!found.isEmpty()) {
        errors->append(found);
        *out = RawLayer();
        out->file = path;
        return false;
    }
    out->topLevelLines = {};
    return true;
}
