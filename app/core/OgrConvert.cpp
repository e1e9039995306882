#include "OgrConvert.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <ogrsf_frmts.h>

#include <cstring>
#include <memory>

namespace OgrConvert {

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

qint64 fieldTextBytes(OGRFeature &feature, int i)
{
    switch (feature.GetFieldDefnRef(i)->GetType()) {
    case OFTString:
        return qint64(std::strlen(feature.GetFieldAsString(i)));
    case OFTStringList: {
        qint64 n = 0;
        for (char **s = feature.GetFieldAsStringList(i); s && *s; ++s)
            n = std::max(n, qint64(std::strlen(*s)));
        return n;
    }
    case OFTBinary: {
        int n = 0;
        feature.GetFieldAsBinary(i, &n);
        return n;
    }
    default:
        return 0;
    }
}

bool appendGeometry(const OGRGeometry *g, Geometry *out, QString *why, int depth)
{
    if (!g)
        return true;
    if (depth > 32) {
        *why = QCoreApplication::translate("OgrConvert", "nests geometry collections more than 32 deep");
        return false;
    }
    if (g->hasCurveGeometry(TRUE)) {
        // Arcs (GML, GeoPackage): drawn as the polyline GDAL approximates.
        std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
        if (!linear) {
            *why = QCoreApplication::translate("OgrConvert", "has a curve that cannot be approximated");
            return false;
        }
        return appendGeometry(linear.get(), out, why, depth + 1);
    }
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
        *why = QCoreApplication::translate("OgrConvert", "mixes geometry types in one feature");
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
        if (g->IsEmpty())
            return true;
        if (!setType(Geometry::Type::Line))
            return false;
        addCurve(g->toLineString());
        return true;
    case wkbPolygon:
        if (g->IsEmpty())
            return true;
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
            if (!appendGeometry(part, out, why, depth + 1))
                return false;
        return true;
    default:
        *why = QCoreApplication::translate("OgrConvert", "has an unsupported geometry type %1")
                   .arg(QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType())));
        return false;
    }
}

bool isPointType(int wkbGeometryType)
{
    const OGRwkbGeometryType f = wkbFlatten(static_cast<OGRwkbGeometryType>(wkbGeometryType));
    return f == wkbPoint || f == wkbMultiPoint;
}

int countVertices(const OGRGeometry *g, int depth)
{
    if (!g || depth > 32)
        return 0;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint:
        return 1;
    case wkbLineString:
    case wkbLinearRing:
    case wkbCircularString:
        return g->toSimpleCurve()->getNumPoints();
    case wkbPolygon:
    case wkbCurvePolygon: {
        int n = 0;
        for (const OGRCurve *ring : *g->toCurvePolygon())
            n += ring->getNumPoints();
        return n;
    }
    case wkbCompoundCurve:
        return g->toCompoundCurve()->getNumPoints();
    default:
        break;
    }
    if (OGR_GT_IsSubClassOf(g->getGeometryType(), wkbGeometryCollection)) {
        int n = 0;
        for (const OGRGeometry *part : *g->toGeometryCollection())
            n += countVertices(part, depth + 1);
        return n;
    }
    return 0;
}

} // namespace OgrConvert
