#include "PlaceDraft.h"

#include "RecordJson.h"

QStringList PlaceDraft::kinds()
{
    return {QStringLiteral("post"), QStringLiteral("base"), QStringLiteral("pass"),
            QStringLiteral("village"), QStringLiteral("patrol-point"), QStringLiteral("meeting-point"),
            QStringLiteral("confluence"), QStringLiteral("river-source"), QStringLiteral("junction"),
            QStringLiteral("plain"), QStringLiteral("feature"), QStringLiteral("campsite"),
            QStringLiteral("lake")};
}

QStringList PlaceDraft::propertyOrder()
{
    return {QStringLiteral("record_type"), QStringLiteral("id"), QStringLiteral("name"),
            QStringLiteral("name_other"), QStringLiteral("kind"), QStringLiteral("flashpoint"),
            QStringLiteral("confidence"), QStringLiteral("uncertainty_km"), QStringLiteral("description"),
            QStringLiteral("notes"), QStringLiteral("sources")};
}

PlaceDraft PlaceDraft::fromFeature(const QJsonObject &feature)
{
    const QJsonObject p = feature.value(QStringLiteral("properties")).toObject();
    PlaceDraft d;
    d.id = p.value(QStringLiteral("id")).toString();
    d.name = p.value(QStringLiteral("name")).toString();
    d.nameOther = p.value(QStringLiteral("name_other")).toString();
    d.kind = p.value(QStringLiteral("kind")).toString(QStringLiteral("feature"));
    d.flashpoint = p.value(QStringLiteral("flashpoint")).toString();
    RecordJson::pointOf(feature.value(QStringLiteral("geometry")), &d.lon, &d.lat);
    d.estimate = p.value(QStringLiteral("confidence")).toString() == QLatin1String("estimate");
    d.uncertaintyKm = p.value(QStringLiteral("uncertainty_km")).toDouble();
    d.description = p.value(QStringLiteral("description")).toString();
    d.sources = RecordJson::sources(p.value(QStringLiteral("sources")));
    return d;
}

QJsonObject PlaceDraft::toFeature(const QJsonObject &previous) const
{
    QJsonObject p = previous.value(QStringLiteral("properties")).toObject();
    p.insert(QStringLiteral("record_type"), QStringLiteral("place"));
    p.insert(QStringLiteral("id"), id);
    p.insert(QStringLiteral("name"), name.trimmed());
    p.insert(QStringLiteral("name_other"), RecordJson::orNull(nameOther.trimmed()));
    p.insert(QStringLiteral("kind"), kind);
    p.insert(QStringLiteral("flashpoint"), RecordJson::orNull(flashpoint));
    p.insert(QStringLiteral("confidence"), estimate ? QStringLiteral("estimate") : QStringLiteral("sourced"));
    p.insert(QStringLiteral("uncertainty_km"), estimate ? QJsonValue(uncertaintyKm) : QJsonValue(QJsonValue::Null));
    p.insert(QStringLiteral("description"), description.trimmed());
    if (!p.contains(QStringLiteral("notes")))
        p.insert(QStringLiteral("notes"), QJsonValue(QJsonValue::Null));
    p.insert(QStringLiteral("sources"), RecordJson::sources(sources));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("properties"), p},
                       {QStringLiteral("geometry"), RecordJson::point(lon, lat)}};
}
