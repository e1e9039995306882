#include "LayerLimits.h"

#include <QByteArray>

namespace {

qint64 envLimit(const char *name, qint64 fallback, qint64 unit = 1)
{
    bool ok = false;
    const qint64 v = QByteArray(qgetenv(name)).trimmed().toLongLong(&ok);
    return (ok && v > 0 ? v : fallback) * unit;
}

QString tooMany(const QString &count, qint64 limit, const char *what, const char *variable)
{
    return QStringLiteral("has %1 %2, over the limit of %3 (set %4 to raise it)")
        .arg(count, QLatin1String(what)).arg(limit).arg(QLatin1String(variable));
}

} // namespace

namespace LayerLimits {

qint64 maxFileBytes()
{
    return envLimit("LACVIEWER_MAX_FILE_MB", 512, 1024 * 1024);
}

qint64 maxFeatures()
{
    return envLimit("LACVIEWER_MAX_FEATURES", 1000000);
}

qint64 maxVertices()
{
    return envLimit("LACVIEWER_MAX_VERTICES", 20000000);
}

qint64 maxFeatureVertices()
{
    return envLimit("LACVIEWER_MAX_FEATURE_VERTICES", 2000000);
}

qint64 maxTextBytes()
{
    return envLimit("LACVIEWER_MAX_TEXT_MB", 16, 1024 * 1024);
}

qint64 smallFileBytes()
{
    // Unlike the others, 0 is a valid value (every file takes the bulk path).
    bool ok = false;
    const qint64 mb = qEnvironmentVariable("LACVIEWER_SMALL_LAYER_MB").toLongLong(&ok);
    return (ok && mb >= 0 ? mb : 8) * 1024 * 1024;
}

QString tooManyFeatures(qint64 count, bool exact)
{
    const qint64 limit = maxFeatures();
    return tooMany(exact ? QString::number(count) : QStringLiteral("more than %1").arg(limit), limit,
                   "features", "LACVIEWER_MAX_FEATURES");
}

QString tooManyVertices(qint64 count)
{
    return tooMany(QString::number(count), maxVertices(), "vertices", "LACVIEWER_MAX_VERTICES");
}

QString tooManyFeatureVertices(qint64 count)
{
    return tooMany(QString::number(count), maxFeatureVertices(), "vertices", "LACVIEWER_MAX_FEATURE_VERTICES");
}

QString megabytes(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / (1024 * 1024))
                                : QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace LayerLimits
