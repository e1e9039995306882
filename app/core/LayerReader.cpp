#include "LayerReader.h"

#include "FilePreflight.h"
#include "FormatRegistry.h"
#include "GdalOpen.h"
#include "LayerLimits.h"
#include "OgrConvert.h"
#include "Projection.h"

#include <QCoreApplication>
#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace LayerLimits;

namespace {

// Messages quote the file's own text: escaped, so they stay one line.
void escapeFrom(DataErrors *errors, qsizetype before)
{
    for (qsizetype i = before; i < errors->size(); ++i)
        (*errors)[i].message = DataError::escapeControls((*errors)[i].message);
}

} // namespace

LoadResult LayerReader::read(const QString &path, RawLayer *out) const
{
    DataErrors errors;
    const bool ok = readFile(path, out, &errors);
    escapeFrom(&errors, 0);
    return ok ? LoadResult::loaded() : LoadResult::failed(errors);
}

LoadResult LayerReader::preflight(const QString &path, Scan scan) const
{
    configureGdal();
    DataErrors errors;
    FilePreflight::Result prepared;
    const bool ok = FilePreflight::check(path, &prepared, &errors, scan == Scan::FileAndContent);
    escapeFrom(&errors, 0);
    if (!ok && errors.isEmpty())
        errors << DataError { path, 0, -1, QCoreApplication::translate("LayerReader", "cannot be read") };
    return ok ? LoadResult::loaded() : LoadResult::failed(errors);
}

bool LayerReader::readFile(const QString &path, RawLayer *out, DataErrors *errors) const
{
    configureGdal();
    *out = RawLayer();
    out->file = path;
    auto fail = [&](int line, const QString &message) {
        errors->append(DataError{path, line, -1, message});
        *out = RawLayer();
        out->file = path;
        return false;
    };
    FilePreflight::Result prepared;
    if (!FilePreflight::check(path, &prepared, errors))
        return false; // *out is already empty
    out->located = prepared.located;
    const QStringList &drivers = prepared.drivers;
    const FeatureLocator &locator = prepared.locator;
    const QString &absolute = prepared.absolute;

    // --- Open with GDAL, through the drivers for this content only. -------
    GdalSandbox::RefusalWatch refused;
    GdalSandbox::Messages messages;
    const bool geojson = drivers == QStringList{QStringLiteral("GeoJSON")};
    // A CSV's points come from its coordinate columns, as in the bulk reader.
    const bool csv = FormatRegistry::formatOf(path) == FormatRegistry::Format::Csv;
    const GdalDataset ds = GdalOpen::vector(prepared.gdalPath, drivers,
                                            geojson ? GdalOpen::Options::GeoJsonVerbatim
                                            : csv   ? GdalOpen::Options::CsvPoints
                                                    : GdalOpen::Options::None);
    if (refused.any())
        return fail(0, refused.message());
    if (!ds) {
        const QByteArray native = QFile::encodeName(absolute);
        if (GDALDriverH other = GDALIdentifyDriverEx(native.constData(), GDAL_OF_VECTOR, nullptr, nullptr))
            if (!drivers.contains(QString::fromUtf8(GDALGetDriverShortName(other))))
                return fail(0,
                    QCoreApplication::translate(
                        "LayerReader", "is a %1 file, a format the viewer does not open")
                        .arg(QString::fromUtf8(GDALGetDriverLongName(other))));
        return fail(0, GdalOpen::whyNot(messages.last()));
    }
    // Every layer of the file (a GeoPackage or KMZ can hold several): showing
    // only the first would be showing part of the file.
    const int layerCount = ds->GetLayerCount();
    if (layerCount < 1)
        return fail(0, QCoreApplication::translate("LayerReader", "contains no layer"));
    if (layerCount > 1000)
        return fail(0,
            QCoreApplication::translate("LayerReader", "has %1 layers, over the limit of 1000")
                .arg(layerCount));
    out->layerName = QString::fromUtf8(ds->GetLayer(0)->GetName());

    const auto &located = locator.features();
    DataErrors found;
    int index = 0;
    qint64 vertices = 0;
    for (int layerIndex = 0; layerIndex < layerCount; ++layerIndex) {
        OGRLayer *layer = ds->GetLayer(layerIndex);
        if (!layer)
            continue;
        if (layer->GetLayerDefn()->GetFieldCount() > 10000)
            return fail(0,
                QCoreApplication::translate(
                    "LayerReader", "has %1 attribute columns, over the limit of 10000")
                    .arg(layer->GetLayerDefn()->GetFieldCount()));

        // Layers in another CRS are first brought to WGS84, then projected.
        bool convertible = true;
        const OgrTransform toWgs84 = GdalOpen::toWgs84(layer->GetSpatialRef(), &convertible);
        if (!convertible)
            return fail(out->located ? locator.topLevelLine(QStringLiteral("crs")) : 0,
                QCoreApplication::translate("LayerReader",
                    "its coordinate system cannot be converted to "
                    "WGS84: %1")
                    .arg(messages.last()));

        layer->ResetReading();
        for (auto &feature : *layer) {
            if (index >= maxFeatures())
                return fail(0, tooManyFeatures(qint64(index) + 1, false));
            RawFeature raw;
            raw.index = index;
            if (out->located && size_t(index) < located.size())
                raw.where = located[size_t(index)];
            auto problem = [&](const QString &message, int line = 0) {
                if (found.size() < 1000)
                    found.append(DataError{path, line ? line : raw.where.line, index, message});
            };
            for (int i = 0; i < feature->GetFieldCount(); ++i) {
                if (!feature->IsFieldSetAndNotNull(i))
                    continue;
                const QString name = QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef());
                if (const qint64 n = OgrConvert::fieldTextBytes(*feature, i); n > maxTextBytes())
                    return fail(raw.where.propertyLine.value(name, raw.where.line),
                        QCoreApplication::translate("LayerReader",
                            "feature %1: \"%2\" is %3 of text, over the %4 limit "
                            "for one value (set LACVIEWER_MAX_TEXT_MB to raise it)")
                            .arg(index + 1)
                            .arg(name.left(60), megabytes(n), megabytes(maxTextBytes())));
                raw.attributes.insert(name, OgrConvert::fieldValue(*feature, i));
            }
            static const QStringList known = {"Point", "MultiPoint", "LineString", "MultiLineString",
                                              "Polygon", "MultiPolygon", "GeometryCollection"};
            if (!feature->GetGeometryRef() && !raw.where.geometryType.isEmpty()
                && !known.contains(raw.where.geometryType, Qt::CaseInsensitive)) {
                // GDAL drops a geometry of a type it does not know without a
                // word: the feature would pass for one without geometry. (A
                // known type with no coordinates is an empty geometry.)
                problem(QCoreApplication::translate("LayerReader", "unknown geometry type \"%1\"")
                            .arg(raw.where.geometryType),
                    raw.where.geometryTypeLine ? raw.where.geometryTypeLine : raw.where.geometryLine);
                ++index;
                continue;
            }
            if (OGRGeometry *g = feature->GetGeometryRef()) {
                const int n = OgrConvert::countVertices(g);
                vertices += n;
                if (n > maxFeatureVertices() && !out->located)
                    return fail(raw.where.line,
                        QCoreApplication::translate("LayerReader", "feature %1 %2")
                            .arg(index + 1)
                            .arg(tooManyFeatureVertices(n)));
                if (vertices > maxVertices())
                    return fail(0, tooManyVertices(vertices));
                if (toWgs84 && g->transform(toWgs84.get()) != OGRERR_NONE) {
                    problem(
                        QCoreApplication::translate("LayerReader", "geometry cannot be converted to WGS84"),
                        raw.where.geometryLine);
                    ++index;
                    continue;
                }
                QString why;
                if (!OgrConvert::appendGeometry(g, &raw.geometry, &why)) {
                    problem(QCoreApplication::translate("LayerReader", "geometry %1").arg(why),
                        raw.where.geometryLine);
                    ++index;
                    continue;
                }
            }
            bool inRange = true;
            for (const QPointF &p : raw.geometry.points) {
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 180
                    || std::abs(p.y()) > 90) {
                    problem(QCoreApplication::translate(
                                "LayerReader", "coordinate (%1, %2) is not a longitude/latitude in range")
                                .arg(p.x())
                                .arg(p.y()),
                        raw.where.geometryLine);
                    inRange = false;
                    break;
                }
            }
            if (inRange && !raw.geometry.isEmpty()) {
                raw.firstLonLat = GeoPoint{raw.geometry.points.front().x(),
                                           raw.geometry.points.front().y()};
                if (!Projection::instance().forward(raw.geometry.points))
                    problem(QCoreApplication::translate("LayerReader", "geometry cannot be projected"),
                        raw.where.geometryLine);
                raw.geometry.updateBounds();
            }
            out->features.push_back(std::move(raw));
            ++index;
        }
    }
    if (refused.any())
        return fail(0, refused.message());
    if (!messages.errors.isEmpty())
        found.append(DataError{path, 0, -1, messages.errors.join(QStringLiteral("; "))});
    if (out->located && size_t(index) != located.size() && found.isEmpty())
        found.append(DataError { path, 0, -1,
            QCoreApplication::translate("LayerReader", "GDAL read %1 features but the file has %2")
                .arg(index)
                .arg(located.size()) });
    if (!found.isEmpty()) {
        errors->append(found);
        *out = RawLayer();
        out->file = path;
        return false;
    }
    out->topLevelLines = {};
    return true;
}
