#include "LayerLimits.h"

#include <QByteArray>
#include <QCoreApplication>

namespace {

qint64 envLimit(const char *name, qint64 fallback, qint64 unit = 1)
{
    bool ok = false;
    const qint64 v = QByteArray(qgetenv(name)).trimmed().toLongLong(&ok);
    return (ok && v > 0 ? v : fallback) * unit;
}

// One sentence per kind of thing counted, so a translation can put the
// count, the noun and the verb in its own order.
enum class Counted { Features, Vertices };

QString tooMany(const QString &count, qint64 limit, Counted what, const char *variable)
{
    const QString text = what == Counted::Features
        ? QCoreApplication::translate(
            "LayerLimits", "has %1 features, over the limit of %2 (set %3 to raise it)")
        : QCoreApplication::translate(
            "LayerLimits", "has %1 vertices, over the limit of %2 (set %3 to raise it)");
    return text.arg(count).arg(limit).arg(QLatin1String(variable));
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
    return tooMany(exact ? QString::number(count)
                         : QCoreApplication::translate("LayerLimits", "more than %1").arg(limit),
        limit, Counted::Features, "LACVIEWER_MAX_FEATURES");
}

QString tooManyVertices(qint64 count)
{
    return tooMany(QString::number(count), maxVertices(), Counted::Vertices, "LACVIEWER_MAX_VERTICES");
}

QString tooManyFeatureVertices(qint64 count)
{
    return tooMany(
        QString::number(count), maxFeatureVertices(), Counted::Vertices, "LACVIEWER_MAX_FEATURE_VERTICES");
}

QString megabytes(qint64 bytes)
{
    return bytes >= 1024 * 1024
        ? QCoreApplication::translate("LayerLimits", "%1 MB").arg(bytes / (1024 * 1024))
        : QCoreApplication::translate("LayerLimits", "%1 bytes").arg(bytes);
}

} // namespace LayerLimits
