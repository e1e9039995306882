#pragma once
// The small JSON pieces both drafts of the user's record share: sources,
// nullable strings, a point geometry.

#include "SourceRef.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RecordJson {

QJsonArray sources(const QList<SourceRef> &list);
QList<SourceRef> sources(const QJsonValue &value);
// A string, or null when empty (the format writes "no value" as null).
QJsonValue orNull(const QString &text);
QJsonObject point(double lon, double lat);
// The point's position; false when the geometry is not a point.
bool pointOf(const QJsonValue &geometry, double *lon, double *lat);
// "2024-10-21 Troops pull back" -> "troops-pull-back": lowercase ASCII
// letters and digits joined by hyphens (the ids' pattern), at most 48 long.
QString slug(const QString &text);

} // namespace RecordJson
