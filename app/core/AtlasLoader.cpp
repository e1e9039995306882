#include "AtlasLoader.h"

#include "FormatRegistry.h"
#include "UserLayerLoader.h"

#include "IsoDate.h"
#include "LayerReader.h"
#include "SchemaReader.h"
#include "SourceChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace {

// A bundled file's problems join the record's list, so --validate reports
// every problem in every file at once.
bool readInto(const LayerReader &reader, const QString &path, RawLayer *raw, DataErrors *errors)
{
    const LoadResult read = reader.read(path, raw);
    errors->append(read.errors);
    return read.ok();
}

int lineOf(const RawLayer &layer, int index, const QString &key = QString())
{
    if (index < 0 || size_t(index) >= layer.features.size())
        return 0;
    const auto &where = layer.features[size_t(index)].where;
    return key.isEmpty() ? where.line : where.propertyLine.value(key, where.line);
}

// Which event types may set which status: a clash status needs a clash, a
// disengaged status an agreement or disengagement, and so on.
bool statusFitsEvent(Status s, const QString &type)
{
    switch (s) {
    case Status::Clash:
        return type == QLatin1String("clash");
    case Status::Standoff:
        return type == QLatin1String("standoff") || type == QLatin1String("clash")
               || type == QLatin1String("talks") || type == QLatin1String("statement");
    case Status::Disengaging:
        return type == QLatin1String("disengagement") || type == QLatin1String("agreement");
    case Status::DisengagedBufferZone:
        return type == QLatin1String("disengagement") || type == QLatin1String("buffer-zone")
               || type == QLatin1String("agreement");
    case Status::DisengagedPatrollingRestored:
        return type == QLatin1String("patrol-resumed") || type == QLatin1String("disengagement")
               || type == QLatin1String("agreement");
    case Status::None:
        return false;
    }
    return false;
}

// The first day the events put a flashpoint into a buffer zone.
QDate bufferZoneDate(const Atlas &atlas, const QString &flashpoint)
{
    for (const Event &e : atlas.events)
        for (const Event::StatusChange &c : e.setsStatus)
            if (c.flashpoint == flashpoint && c.status == Status::DisengagedBufferZone)
                return e.date;
    return {};
}

struct Loaded
{
    RawLayer raw;
    SchemaReader::Kind kind = SchemaReader::Kind::Unknown;
};

// The checks that need more than one feature: ids, references, statuses.
void crossCheck(const Atlas &atlas, const std::vector<Loaded> &layers, const Atlas *reference,
                DataErrors *errors, DataErrors *warnings)
{
    const SourcePolicy *policy = atlas.policy ? atlas.policy.get()
                                 : reference && reference->policy ? reference->policy.get() : nullptr;
    QSet<QString> flashpointIds, placeIds;
    for (const Flashpoint &f : atlas.flashpoints)
        flashpointIds.insert(f.id);
    for (const Place &p : atlas.places)
        placeIds.insert(p.id);
    if (reference) {
        for (const Flashpoint &f : reference->flashpoints)
            flashpointIds.insert(f.id);
        for (const Place &p : reference->places)
            placeIds.insert(p.id);
    }

    int flashpointN = 0, placeN = 0, lineN = 0, eventN = 0, contextN = 0;
    for (const Loaded &l : layers) {
        const RawLayer &raw = l.raw;
        auto err = [&](int index, const QString &key, const QString &message) {
            errors->append(DataError{raw.file, lineOf(raw, index, key), index, message});
        };
        QHash<QString, int> seen;
        auto unique = [&](int index, const QString &id) {
            if (id.isEmpty())
                return;
            if (seen.contains(id))
                err(index, QStringLiteral("id"),
                    QCoreApplication::translate("AtlasLoader", "duplicate id \"%1\" (first at line %2)")
                        .arg(id)
                        .arg(lineOf(raw, seen.value(id))));
            else
                seen.insert(id, index);
        };
        auto knownFlashpoint = [&](int index, const QString &key, const QString &id) {
            if (!id.isEmpty() && !flashpointIds.contains(id))
                err(index, key,
                    QCoreApplication::translate("AtlasLoader", "unknown flashpoint \"%1\"").arg(id.left(60)));
        };
        const int n = int(raw.features.size());
        std::optional<SourceChecker> sources;
        if (policy)
            sources.emplace(*policy, raw, errors, warnings);
        auto checkSources = [&](int i, const QList<SourceRef> &list, bool needPrimary) {
            if (sources)
                sources->check(i, list, needPrimary);
        };
        switch (l.kind) {
        case SchemaReader::Kind::Flashpoints: {
            QSet<QString> ids;
            for (int i = 0; i < n; ++i) {
                const Flashpoint &f = atlas.flashpoints[flashpointN + i];
                unique(i, f.id);
                ids.insert(f.id);
                checkSources(i, f.sources, false);
                if (!f.area.isEmpty() && !f.area.containsPoint(f.markerXY))
                    err(i, QStringLiteral("marker_lon"),
                        QCoreApplication::translate(
                            "AtlasLoader", "the marker of \"%1\" lies outside its area")
                            .arg(f.id));
            }
            for (const QString &id : AtlasLoader::flashpointIds())
                if (!ids.contains(id))
                    errors->append(DataError { raw.file, 1, -1,
                        QCoreApplication::translate("AtlasLoader", "flashpoint \"%1\" is missing").arg(id) });
            flashpointN += n;
            break;
        }
        case SchemaReader::Kind::Places:
            for (int i = 0; i < n; ++i) {
                const Place &p = atlas.places[placeN + i];
                unique(i, p.id);
                knownFlashpoint(i, QStringLiteral("flashpoint"), p.flashpoint);
                checkSources(i, p.sources, false);
            }
            placeN += n;
            break;
        case SchemaReader::Kind::Lines:
            for (int i = 0; i < n; ++i) {
                const MapLine &m = atlas.lines[lineN + i];
                unique(i, m.id);
                knownFlashpoint(i, QStringLiteral("flashpoint"), m.flashpoint);
                checkSources(i, m.sources, false);
                // A buffer zone appears on the day its flashpoint's status says
                // it was created, so the map never shows one without the other.
                const QDate created = bufferZoneDate(atlas, m.flashpoint);
                if (m.kind == QLatin1String("buffer-zone") && created.isValid() && m.validFrom != created)
                    err(i, QStringLiteral("valid_from"),
                        QCoreApplication::translate("AtlasLoader",
                            "buffer zone \"%1\" is valid from %2, but %3 becomes "
                            "disengaged-buffer-zone on %4")
                            .arg(m.id,
                                m.validFrom.isValid()
                                    ? IsoDate::format(m.validFrom)
                                    : QCoreApplication::translate("AtlasLoader", "the start"),
                                m.flashpoint, IsoDate::format(created)));
            }
            lineN += n;
            break;
        case SchemaReader::Kind::Events: {
            QHash<QString, QString> statusDay; // "flashpoint@date" -> event id
            for (int i = 0; i < n; ++i) {
                const Event &e = atlas.events[eventN + i];
                unique(i, e.id);
                checkSources(i, e.sources, true);
                if (i > 0 && e.date.isValid() && atlas.events[eventN + i - 1].date.isValid()
                    && e.date < atlas.events[eventN + i - 1].date)
                    err(i, QStringLiteral("date"),
                        QCoreApplication::translate(
                            "AtlasLoader", "events must be in date order: %1 comes after %2")
                            .arg(e.date.toString(Qt::ISODate),
                                atlas.events[eventN + i - 1].date.toString(Qt::ISODate)));
                if (e.datePrecision == QLatin1String("month") && e.date.isValid() && e.date.day() != 1)
                    err(i, QStringLiteral("date"),
                        QCoreApplication::translate(
                            "AtlasLoader", "a month-precision date is written as the 1st of the month"));
                if (e.datePrecision != QLatin1String("range") && e.datePrecision != QLatin1String("between")
                    && e.dateEnd.isValid())
                    err(i, QStringLiteral("date_end"),
                        QCoreApplication::translate(
                            "AtlasLoader", "only a \"range\" or \"between\" has a date_end"));
                for (const QString &f : e.flashpoints)
                    knownFlashpoint(i, QStringLiteral("flashpoints"), f);
                if (!e.place.isEmpty() && !placeIds.contains(e.place))
                    err(i, QStringLiteral("place"),
                        QCoreApplication::translate("AtlasLoader", "unknown place \"%1\"")
                            .arg(e.place.left(60)));
                for (const Event::StatusChange &c : e.setsStatus) {
                    knownFlashpoint(i, QStringLiteral("sets_status"), c.flashpoint);
                    if (!e.flashpoints.contains(c.flashpoint))
                        err(i, QStringLiteral("sets_status"),
                            QCoreApplication::translate(
                                "AtlasLoader", "sets the status of \"%1\", which is not in its flashpoints")
                                .arg(c.flashpoint.left(60)));
                    if (!e.type.isEmpty() && !statusFitsEvent(c.status, e.type))
                        err(i, QStringLiteral("sets_status"),
                            QCoreApplication::translate(
                                "AtlasLoader", "a \"%1\" event cannot set status \"%2\"")
                                .arg(e.type, StatusInfo::id(c.status)));
                    const QString key = c.flashpoint + QLatin1Char('@') + e.date.toString(Qt::ISODate);
                    if (e.date.isValid() && statusDay.contains(key))
                        err(i, QStringLiteral("sets_status"),
                            QCoreApplication::translate(
                                "AtlasLoader", "\"%1\" already changes status on %2 (event \"%3\")")
                                .arg(c.flashpoint, e.date.toString(Qt::ISODate), statusDay.value(key)));
                    statusDay.insert(key, e.id);
                }
            }
            eventN += n;
            break;
        }
        case SchemaReader::Kind::Context:
            for (int i = 0; i < n; ++i) {
                const ContextFeature &c = atlas.context[contextN + i];
                unique(i, c.id);
                checkSources(i, c.sources, false);
                if (!c.sameAs.isEmpty() && !placeIds.contains(c.sameAs))
                    err(i, QStringLiteral("same_as"),
                        QCoreApplication::translate("AtlasLoader", "unknown place \"%1\"")
                            .arg(c.sameAs.left(60)));
            }
            contextN += n;
            break;
        case SchemaReader::Kind::Unknown:
            break;
        }
    }
}

void decodeInto(Atlas *atlas, const Loaded &l, DataErrors *errors)
{
    SchemaReader reader(l.raw, errors);
    switch (l.kind) {
    case SchemaReader::Kind::Flashpoints: atlas->flashpoints += reader.flashpoints(); break;
    case SchemaReader::Kind::Places: atlas->places += reader.places(); break;
    case SchemaReader::Kind::Lines: atlas->lines += reader.lines(); break;
    case SchemaReader::Kind::Events: atlas->events += reader.events(); break;
    case SchemaReader::Kind::Context: atlas->context += reader.context(); break;
    case SchemaReader::Kind::Unknown: break;
    }
}

BasemapLayer basemapFrom(const RawLayer &raw, BasemapLayer::Kind kind)
{
    BasemapLayer layer;
    layer.kind = kind;
    layer.file = raw.file;
    for (const RawFeature &f : raw.features) {
        if (f.geometry.isEmpty())
            continue;
        BasemapFeature b;
        b.name = f.attributes.value(QStringLiteral("name")).toString();
        b.between = f.attributes.value(QStringLiteral("between")).toString();
        b.agreed = f.attributes.value(QStringLiteral("agreed"), true).toBool();
        b.geometry = f.geometry;
        layer.features.push_back(std::move(b));
    }
    return layer;
}

// record.json: {"checked_to": "YYYY-MM-DD", ...}.
QDate readRecordDate(const QString &path, DataErrors *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(DataError { path, 0, -1,
            QCoreApplication::translate("AtlasLoader", "cannot read the record's description: %1")
                .arg(file.errorString()) });
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const QString text = o.value(QStringLiteral("checked_to")).toString();
    const QDate d = IsoDate::parseDay(text);
    if (!d.isValid())
        errors->append(DataError { path, 1, -1,
            QCoreApplication::translate("AtlasLoader", "\"checked_to\" must be a date YYYY-MM-DD, not \"%1\"")
                .arg(text.left(40)) });
    return d;
}

} // namespace

QString AtlasLoader::policyFileName()
{
    return QStringLiteral("source-policy.json");
}

QString AtlasLoader::recordFileName()
{
    return QStringLiteral("record.json");
}

QString AtlasLoader::defaultDataDir()
{
    const QString env = qEnvironmentVariable("LACVIEWER_DATA_DIR");
    if (!env.isEmpty())
        return env;
    if (QCoreApplication::instance()) {
        const QString installed = QCoreApplication::applicationDirPath()
                                  + QStringLiteral("/../share/lacviewer/geodata");
        if (QFileInfo::exists(installed + QStringLiteral("/flashpoints.geojson")))
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(LAC_GEODATA_DIR);
}

QStringList AtlasLoader::flashpointIds()
{
    return {QStringLiteral("depsang"), QStringLiteral("demchok"), QStringLiteral("galwan"),
            QStringLiteral("pangong-north"), QStringLiteral("pangong-south"), QStringLiteral("gogra"),
            QStringLiteral("hot-springs")};
}

QStringList AtlasLoader::dataFileNames()
{
    return {QStringLiteral("flashpoints.geojson"), QStringLiteral("places.geojson"),
            QStringLiteral("lines.geojson"), QStringLiteral("events.geojson"),
            QStringLiteral("context.geojson")};
}

QStringList AtlasLoader::basemapFileNames()
{
    return {QStringLiteral("basemap/countries.geojson"), QStringLiteral("basemap/lakes.geojson"),
            QStringLiteral("basemap/rivers.geojson"), QStringLiteral("basemap/boundaries.geojson")};
}

std::shared_ptr<Atlas> AtlasLoader::load(const QString &dir, DataErrors *errors,
                                         DataErrors *warnings) const
{
    auto atlas = std::make_shared<Atlas>();
    const int before = errors->size();
    auto policy = std::make_shared<SourcePolicy>();
    if (policy->load(QDir(dir).filePath(policyFileName()), errors))
        atlas->policy = policy;
    atlas->recordCheckedTo = readRecordDate(QDir(dir).filePath(recordFileName()), errors);
    LayerReader reader;
    const QList<BasemapLayer::Kind> basemapKinds = {
        BasemapLayer::Kind::Countries, BasemapLayer::Kind::Lakes, BasemapLayer::Kind::Rivers,
        BasemapLayer::Kind::Boundaries};
    const QStringList basemapFiles = basemapFileNames();
    for (int i = 0; i < basemapFiles.size(); ++i) {
        RawLayer raw;
        const QString path = QDir(dir).filePath(basemapFiles[i]);
        if (readInto(reader, path, &raw, errors)) {
            atlas->basemap.push_back(basemapFrom(raw, basemapKinds[i]));
            atlas->files << path;
        }
    }
    std::vector<Loaded> layers;
    for (const QString &name : dataFileNames()) {
        Loaded l;
        const QString path = QDir(dir).filePath(name);
        if (!readInto(reader, path, &l.raw, errors))
            continue;
        l.kind = SchemaReader::detectKind(l.raw);
        decodeInto(atlas.get(), l, errors);
        atlas->files << path;
        layers.push_back(std::move(l));
    }
    crossCheck(*atlas, layers, nullptr, errors, warnings);
    if (errors->size() > before)
        return nullptr;
    atlas->finish();
    return atlas;
}

bool AtlasLoader::isOwnRecord(const RawLayer &raw)
{
    for (const RawFeature &f : raw.features)
        if (f.attributes.contains(QStringLiteral("record_type")))
            return true;
    return false;
}

bool AtlasLoader::readOwnRecord(const QString &path, const Atlas &bundled, QList<Event> *events,
                                QList<Place> *places, DataErrors *errors, DataErrors *warnings) const
{
    const int before = errors->size();
    RawLayer raw;
    if (!readInto(LayerReader(), path, &raw, errors))
        return false;
    // One file holds both kinds: split it into the two layers the schema
    // knows, each feature keeping where it is in the file.
    Loaded placeLayer, eventLayer;
    for (Loaded *l : {&placeLayer, &eventLayer}) {
        l->raw.file = raw.file;
        l->raw.layerName = raw.layerName;
        l->raw.located = raw.located;
    }
    placeLayer.kind = SchemaReader::Kind::Places;
    eventLayer.kind = SchemaReader::Kind::Events;
    for (RawFeature &f : raw.features) {
        const QString type = f.attributes.value(QStringLiteral("record_type")).toString();
        if (type == QLatin1String("place")) {
            placeLayer.raw.features.push_back(std::move(f));
        } else if (type == QLatin1String("event")) {
            eventLayer.raw.features.push_back(std::move(f));
        } else {
            errors->append(DataError { raw.file,
                f.where.propertyLine.value(QStringLiteral("record_type"), f.where.line), f.index,
                QCoreApplication::translate(
                    "AtlasLoader", "\"record_type\" must be \"event\" or \"place\", not \"%1\"")
                    .arg(type.left(40)) });
        }
    }
    Atlas scratch;
    decodeInto(&scratch, placeLayer, errors);
    decodeInto(&scratch, eventLayer, errors);
    std::vector<Loaded> layers;
    layers.push_back(std::move(placeLayer));
    layers.push_back(std::move(eventLayer));
    crossCheck(scratch, layers, &bundled, errors, warnings);
    // An id names one feature across the bundled record and the user's.
    auto unused = [&](const Loaded &l, int index, const QString &id) {
        if (!id.isEmpty() && bundled.find(id))
            errors->append(DataError { raw.file, lineOf(l.raw, index, QStringLiteral("id")), index,
                QCoreApplication::translate("AtlasLoader", "id \"%1\" is already used by the bundled record")
                    .arg(id) });
    };
    for (int i = 0; i < scratch.places.size(); ++i)
        unused(layers[0], i, scratch.places[i].id);
    for (int i = 0; i < scratch.events.size(); ++i)
        unused(layers[1], i, scratch.events[i].id);
    if (errors->size() > before)
        return false;
    for (Place &p : scratch.places)
        p.own = true;
    for (Event &e : scratch.events)
        e.own = true;
    *places = std::move(scratch.places);
    *events = std::move(scratch.events);
    return true;
}

DataErrors AtlasLoader::validateFiles(const QStringList &files, const Atlas *reference, DataErrors *warnings,
                                     const EventLayerLoader::Options &options, bool *optionMissing) const
{
    DataErrors errors;
    LayerReader reader;
    Atlas scratch;
    std::vector<Loaded> layers;
    for (const QString &path : files) {
        Loaded l;
        // A CSV is never one of the record's files: it is read only as the
        // window reads it, whose messages name the line of each problem.
        const bool csv = FormatRegistry::formatOf(path) == FormatRegistry::Format::Csv;
        if (!csv && !readInto(reader, path, &l.raw, &errors))
            continue;
        // The user's own record is checked as a whole, against the bundled one.
        if (isOwnRecord(l.raw)) {
            static const Atlas none;
            QList<Event> events;
            QList<Place> places;
            readOwnRecord(path, reference ? *reference : none, &events, &places, &errors, warnings);
            continue;
        }
        l.kind = csv ? SchemaReader::Kind::Unknown : SchemaReader::detectKind(l.raw);
        if (l.kind == SchemaReader::Kind::Unknown) {
            // Valid only if the window can show it as it is: its dates and
            // positions read (a choice among date fields is the user's, not
            // a fault of the file).
            UserLayer user;
            const LoadResult r = UserLayerLoader().load(path, options, &user);
            if (r.is(LoadResult::Status::Ambiguous) && r.question == LoadResult::Question::DateOrder) {
                errors << r.errors;
                if (optionMissing)
                    *optionMissing = true;
            } else if (r.is(LoadResult::Status::Failed)) {
                errors << r.errors;
            } else if (r.ok() && user.events) {
                errors << user.events->problems;
            }
        }
        decodeInto(&scratch, l, &errors);
        layers.push_back(std::move(l));
    }
    crossCheck(scratch, layers, reference, &errors, warnings);
    return errors;
}

LoadResult AtlasLoader::addUserLayer(LayerStack *layers, const QString &path,
                                     const EventLayerLoader::Options &options) const
{
    auto user = std::make_shared<UserLayer>();
    LoadResult result = UserLayerLoader().load(path, options, user.get());
    if (result.ok())
        layers->user.push_back(LayerEntry{std::move(user)});
    return result;
}
