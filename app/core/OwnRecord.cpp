#include "OwnRecord.h"

#include "AtlasLoader.h"
#include "EventDraft.h"
#include "IsoDate.h"
#include "JsonLayout.h"
#include "PlaceDraft.h"
#include "RecordJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

namespace {

QJsonObject propertiesOf(const QJsonObject &feature)
{
    return feature.value(QStringLiteral("properties")).toObject();
}

QString recordType(const QJsonObject &feature)
{
    return propertiesOf(feature).value(QStringLiteral("record_type")).toString();
}

} // namespace

QString OwnRecord::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("my-record.geojson"));
}

int OwnRecord::indexOf(const QString &id) const
{
    for (int i = 0; i < features.size(); ++i)
        if (propertiesOf(features[i]).value(QStringLiteral("id")).toString() == id)
            return i;
    return -1;
}

QString OwnRecord::idAt(int index) const
{
    return index >= 0 && index < features.size()
               ? propertiesOf(features[index]).value(QStringLiteral("id")).toString() : QString();
}

bool OwnRecord::isEvent(int index) const
{
    return index >= 0 && index < features.size() && recordType(features[index]) == QLatin1String("event");
}

LoadResult OwnRecord::read(const QString &path, const Atlas &bundled, OwnRecord *out, DataErrors *warnings)
{
    OwnRecord record;
    record.path = path;
    if (!QFileInfo::exists(path)) {
        *out = std::move(record);
        return LoadResult::loaded();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadResult::failed(path,
            QCoreApplication::translate("OwnRecord", "cannot read your record: %1").arg(file.errorString()));
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    file.close();
    // An empty collection is a record with nothing in it yet (GDAL would
    // call it a layer without features).
    const QJsonArray list = doc.object().value(QStringLiteral("features")).toArray();
    if (parse.error == QJsonParseError::NoError && doc.isObject()
        && doc.object().value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection")
        && list.isEmpty()) {
        *out = std::move(record);
        return LoadResult::loaded();
    }
    // The reader of every data file says what is wrong, with its line.
    DataErrors errors;
    if (!AtlasLoader().readOwnRecord(path, bundled, &record.events, &record.places, &errors, warnings))
        return LoadResult::failed(errors);
    for (const QJsonValue &v : list)
        record.features.append(v.toObject());
    *out = std::move(record);
    return LoadResult::loaded();
}

LoadResult OwnRecord::check(const QString &path, const QList<QJsonObject> &features, const Atlas &bundled,
                            OwnRecord *out, DataErrors *warnings)
{
    if (features.isEmpty()) {
        OwnRecord empty;
        empty.path = path;
        *out = std::move(empty);
        return LoadResult::loaded();
    }
    QTemporaryDir dir;
    const QString name = QFileInfo(path).fileName().isEmpty() ? QStringLiteral("record.geojson")
                                                              : QFileInfo(path).fileName();
    const QString scratch = dir.filePath(name);
    QFile file(scratch);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(toJson(features)) < 0)
        return LoadResult::failed(
            path, QCoreApplication::translate("OwnRecord", "cannot check your record: no temporary file"));
    file.close();
    OwnRecord checked;
    DataErrors found;
    LoadResult result = read(scratch, bundled, &checked, warnings ? &found : nullptr);
    // The problems are the record's: name its file, not the scratch copy.
    auto rename = [&](DataErrors &list) {
        for (DataError &e : list)
            if (e.file == scratch)
                e.file = path;
    };
    rename(result.errors);
    if (warnings) {
        rename(found);
        warnings->append(found);
    }
    if (!result.ok())
        return result;
    checked.path = path;
    *out = std::move(checked);
    return result;
}

QByteArray OwnRecord::toJson(const QList<QJsonObject> &features)
{
    QList<QJsonObject> places, events;
    for (const QJsonObject &f : features)
        (recordType(f) == QLatin1String("place") ? places : events).append(f);
    std::stable_sort(events.begin(), events.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return propertiesOf(a).value(QStringLiteral("date")).toString()
               < propertiesOf(b).value(QStringLiteral("date")).toString();
    });
    QJsonArray all;
    for (const QJsonObject &f : places + events)
        all.append(f);
    const JsonLayout layout({{QStringLiteral("type"), QStringLiteral("features")},
                             {QStringLiteral("type"), QStringLiteral("properties"), QStringLiteral("geometry")},
                             {QStringLiteral("type"), QStringLiteral("coordinates")},
                             EventDraft::propertyOrder(), PlaceDraft::propertyOrder(),
                             {QStringLiteral("url"), QStringLiteral("publisher"), QStringLiteral("date"),
                              QStringLiteral("title"), QStringLiteral("unconfirmed")}});
    return layout.write(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                    {QStringLiteral("features"), all}});
}

std::shared_ptr<Atlas> OwnRecord::mergedOver(const Atlas &bundled) const
{
    auto atlas = std::make_shared<Atlas>(bundled);
    if (events.isEmpty() && places.isEmpty())
        return atlas;
    atlas->places += places;
    atlas->hasOwnRecord = true;
    // After the bundled events, so that on the same day the user's status
    // change is the later one and holds (Atlas::finish sorts stably).
    atlas->events += events;
    if (QFileInfo::exists(path))
        atlas->files << path;
    atlas->finish();
    return atlas;
}

QString OwnRecord::uniqueId(const QString &base, const Atlas &bundled) const
{
    QString id = base;
    for (int n = 2; bundled.find(id) || indexOf(id) >= 0; ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString OwnRecord::newEventId(const QDate &date, const QString &title, const Atlas &bundled) const
{
    const QString slug = RecordJson::slug(title);
    return uniqueId(IsoDate::format(date) + QLatin1Char('-') + (slug.isEmpty() ? QStringLiteral("event") : slug),
                    bundled);
}

QString OwnRecord::newPlaceId(const QString &name, const Atlas &bundled) const
{
    const QString slug = RecordJson::slug(name);
    return uniqueId(slug.isEmpty() ? QStringLiteral("place") : slug, bundled);
}
