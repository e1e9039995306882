#include "EventDraft.h"

#include "IsoDate.h"
#include "RecordJson.h"

#include <QJsonArray>

QStringList EventDraft::propertyOrder()
{
    return {QStringLiteral("record_type"), QStringLiteral("id"), QStringLiteral("date"),
            QStringLiteral("date_precision"), QStringLiteral("date_end"), QStringLiteral("date_note"),
            QStringLiteral("date_alternatives"), QStringLiteral("type"), QStringLiteral("type_detail"),
            QStringLiteral("flashpoints"), QStringLiteral("scope"), QStringLiteral("place"),
            QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("casualties"),
            QStringLiteral("sets_status"), QStringLiteral("sets_front_phase"), QStringLiteral("cc_round"),
            QStringLiteral("notes"), QStringLiteral("claims"), QStringLiteral("status_after"),
            QStringLiteral("sources")};
}

EventDraft EventDraft::fromFeature(const QJsonObject &feature)
{
    const QJsonObject p = feature.value(QStringLiteral("properties")).toObject();
    EventDraft d;
    d.id = p.value(QStringLiteral("id")).toString();
    d.date = IsoDate::parseDay(p.value(QStringLiteral("date")).toString());
    d.precision = p.value(QStringLiteral("date_precision")).toString(QStringLiteral("day"));
    d.dateEnd = IsoDate::parseDay(p.value(QStringLiteral("date_end")).toString());
    d.type = p.value(QStringLiteral("type")).toString();
    d.scope = p.value(QStringLiteral("scope")).toString(QStringLiteral("flashpoint"));
    for (const QJsonValue &v : p.value(QStringLiteral("flashpoints")).toArray())
        d.flashpoints << v.toString();
    d.place = p.value(QStringLiteral("place")).toString();
    d.hasPoint = RecordJson::pointOf(feature.value(QStringLiteral("geometry")), &d.lon, &d.lat);
    d.title = p.value(QStringLiteral("title")).toString();
    d.summary = p.value(QStringLiteral("summary")).toString();
    const QJsonObject sets = p.value(QStringLiteral("sets_status")).toObject();
    if (!sets.isEmpty()) {
        d.statusFlashpoint = sets.begin().key();
        StatusInfo::fromId(sets.begin().value().toString(), &d.status);
    }
    d.sources = RecordJson::sources(p.value(QStringLiteral("sources")));
    return d;
}

QJsonObject EventDraft::toFeature(const QJsonObject &previous) const
{
    QJsonObject p = previous.value(QStringLiteral("properties")).toObject();
    p.insert(QStringLiteral("record_type"), QStringLiteral("event"));
    p.insert(QStringLiteral("id"), id);
    p.insert(QStringLiteral("date"), date.isValid() ? IsoDate::format(date) : QString());
    p.insert(QStringLiteral("date_precision"), precision);
    const bool window = precision == QLatin1String("range") || precision == QLatin1String("between");
    p.insert(QStringLiteral("date_end"), window && dateEnd.isValid() ? QJsonValue(IsoDate::format(dateEnd))
                                                                     : QJsonValue(QJsonValue::Null));
    p.insert(QStringLiteral("type"), type);
    p.insert(QStringLiteral("flashpoints"), QJsonArray::fromStringList(flashpoints));
    p.insert(QStringLiteral("scope"), scope);
    p.insert(QStringLiteral("place"), RecordJson::orNull(place));
    p.insert(QStringLiteral("title"), title.trimmed());
    p.insert(QStringLiteral("summary"), summary.trimmed());
    // A status the draft no longer sets takes its "afterwards" with it.
    if (!statusFlashpoint.isEmpty() && status != Status::None) {
        p.insert(QStringLiteral("sets_status"), QJsonObject{{statusFlashpoint, StatusInfo::id(status)}});
        if (status != Status::Clash)
            p.remove(QStringLiteral("status_after"));
    } else {
        p.insert(QStringLiteral("sets_status"), QJsonValue(QJsonValue::Null));
        p.remove(QStringLiteral("status_after"));
    }
    // The keys the format requires on every event, null when the dialog
    // has nothing for them.
    for (const char *key : {"date_note", "date_alternatives", "casualties", "sets_front_phase"})
        if (!p.contains(QLatin1String(key)))
            p.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
    p.insert(QStringLiteral("sources"), RecordJson::sources(sources));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("properties"), p},
                       {QStringLiteral("geometry"), hasPoint ? QJsonValue(RecordJson::point(lon, lat))
                                                             : QJsonValue(QJsonValue::Null)}};
}
