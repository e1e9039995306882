#pragma once
// OGR's features as the model holds them: attribute values as QVariant,
// geometry as a Geometry of lon/lat parts, and the counts a reader checks
// against the limits before it keeps anything.

#include "Geometry.h"

#include <QString>
#include <QVariant>

class OGRFeature;
class OGRGeometry;

namespace OgrConvert {
// Field i of feature: numbers as numbers, string lists as QStringList,
// JSON arrays and objects (read as text, ARRAY_AS_STRING) as lists and
// maps, anything else as its text.
QVariant fieldValue(OGRFeature &feature, int i);
// Bytes of text field i holds (0 for numbers), to hold the text limit for
// formats the JSON scan does not see.
qint64 fieldTextBytes(OGRFeature &feature, int i);
// Appends g's vertices (lon/lat) to out, part by part; curves as GDAL's
// polyline approximation. False, with why, for a type the model does not
// hold, mixed types, or collections nested more than 32 deep.
bool appendGeometry(const OGRGeometry *g, Geometry *out, QString *why, int depth = 0);
// Whether an OGRwkbGeometryType is a point or multipoint.
bool isPointType(int wkbGeometryType);
// The vertices of g (collections to 32 deep).
int countVertices(const OGRGeometry *g, int depth = 0);
}
