#include "SchemaReader.h"

#include "IsoDate.h"
#include "Projection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

SchemaReader::SchemaReader(const RawLayer &layer, DataErrors *errors) : PropertyReader(layer, errors) {}

SchemaReader::Kind SchemaReader::detectKind(const RawLayer &layer)
{
    // "events.geojson", "events-2025.geojson"...: the name starts with the kind.
    const QString base = QFileInfo(layer.file).completeBaseName().toLower();
    if (base.startsWith(QLatin1String("flashpoint")))
        return Kind::Flashpoints;
    if (base.startsWith(QLatin1String("place")))
        return Kind::Places;
    if (base.startsWith(QLatin1String("line")))
        return Kind::Lines;
    if (base.startsWith(QLatin1String("event")))
        return Kind::Events;
    if (base.startsWith(QLatin1String("context")))
        return Kind::Context;
    if (layer.features.empty())
        return Kind::Unknown;
    const QVariantMap &a = layer.features.front().attributes;
    if (a.contains(QStringLiteral("marker_lon")))
        return Kind::Flashpoints;
    if (a.contains(QStringLiteral("sets_status")) || a.contains(QStringLiteral("date_precision")))
        return Kind::Events;
    if (a.contains(QStringLiteral("drawn_by")))
        return Kind::Lines;
    if (a.contains(QStringLiteral("confidence")))
        return Kind::Places;
    return Kind::Unknown;
}

QList<Event::Claim> SchemaReader::claims(const RawFeature &f, const QList<SourceRef> &sources)
{
    const QString key = QStringLiteral("claims");
    if (!check(f, key, JsonKind::Array, Need::Optional))
        return {};
    QList<Event::Claim> out;
    int n = 0;
    for (const QVariant &v : f.attributes.value(key).toList()) {
        ++n;
        if (v.typeId() != QMetaType::QVariantMap) {
            error(f, key, QCoreApplication::translate("SchemaReader", "claim %1 is not an object").arg(n));
            continue;
        }
        const QVariantMap m = v.toMap();
        Event::Claim c{m.value(QStringLiteral("side")).toString(), m.value(QStringLiteral("by")).toString(),
                       m.value(QStringLiteral("date")).toString(), m.value(QStringLiteral("text")).toString(),
                       m.value(QStringLiteral("source_url")).toString()};
        if (c.side != QLatin1String("india") && c.side != QLatin1String("china"))
            error(f, key,
                QCoreApplication::translate(
                    "SchemaReader", "claim %1: \"side\" must be india or china, not \"%2\"")
                    .arg(n)
                    .arg(c.side.left(40)));
        if (c.by.trimmed().isEmpty() || c.text.trimmed().isEmpty())
            error(f, key,
                QCoreApplication::translate(
                    "SchemaReader", "claim %1 needs \"by\" (who said it) and \"text\"")
                    .arg(n));
        if (!c.date.isEmpty() && !IsoDate::parseDay(c.date).isValid())
            error(f, key,
                QCoreApplication::translate("SchemaReader", "claim %1 date: %2")
                    .arg(n)
                    .arg(IsoDate::whyInvalid(c.date)));
        const bool cited = std::any_of(sources.cbegin(), sources.cend(),
                                       [&](const SourceRef &s) { return s.url == c.sourceUrl; });
        if (!cited)
            error(f, key,
                QCoreApplication::translate(
                    "SchemaReader", "claim %1: its source_url is not one of the event's sources (\"%2\")")
                    .arg(n)
                    .arg(c.sourceUrl.left(80)));
        out.append(c);
    }
    return out;
}

void SchemaReader::expectGeometry(const RawFeature &f, QList<Geometry::Type> allowed, bool required)
{
    const int line = f.where.geometryLine ? f.where.geometryLine : f.where.line;
    if (f.geometry.isEmpty()) {
        if (required)
            errorAt(f, line, QCoreApplication::translate("SchemaReader", "the feature has no geometry"));
        return;
    }
    if (!allowed.contains(f.geometry.type)) {
        errorAt(f, line,
            QCoreApplication::translate("SchemaReader", "the geometry has the wrong type for this file"));
        return;
    }
    if (f.geometry.type == Geometry::Type::Polygon) {
        for (int i = 0; i < f.geometry.partCount(); ++i)
            if (f.geometry.partEnd(i) - f.geometry.partBegin(i) < 4) {
                errorAt(f, line,
                    QCoreApplication::translate("SchemaReader", "a polygon ring has fewer than 4 positions"));
                return;
            }
    }
    if (f.geometry.type == Geometry::Type::Line) {
        for (int i = 0; i < f.geometry.partCount(); ++i)
            if (f.geometry.partEnd(i) - f.geometry.partBegin(i) < 2) {
                errorAt(f, line,
                    QCoreApplication::translate("SchemaReader", "a line has fewer than 2 positions"));
                return;
            }
    }
}

QList<Flashpoint> SchemaReader::flashpoints()
{
    QList<Flashpoint> out;
    for (const RawFeature &f : m_layer.features) {
        Flashpoint fp;
        fp.id = id(f);
        fp.name = string(f, QStringLiteral("name"), Need::Required);
        fp.nameOther = string(f, QStringLiteral("name_other"), Need::Optional);
        fp.sector = string(f, QStringLiteral("sector"), Need::Optional);
        fp.description = string(f, QStringLiteral("description"), Need::Required);
        fp.areaBasis = string(f, QStringLiteral("area_basis"), Need::Optional);
        bool hasLon = false, hasLat = false;
        fp.marker.lon = number(f, QStringLiteral("marker_lon"), Need::Required, &hasLon);
        fp.marker.lat = number(f, QStringLiteral("marker_lat"), Need::Required, &hasLat);
        if (hasLon && hasLat) {
            if (std::abs(fp.marker.lon) > 180 || std::abs(fp.marker.lat) > 90)
                error(f, QStringLiteral("marker_lon"),
                    QCoreApplication::translate("SchemaReader", "marker (%1, %2) is out of range")
                        .arg(fp.marker.lon)
                        .arg(fp.marker.lat));
            else
                Projection::instance().forward(fp.marker, &fp.markerXY);
        }
        bool hasU = false;
        fp.markerUncertaintyKm = number(f, QStringLiteral("marker_uncertainty_km"), Need::Optional, &hasU);
        if (hasU && fp.markerUncertaintyKm < 0)
            error(f, QStringLiteral("marker_uncertainty_km"),
                QCoreApplication::translate("SchemaReader", "uncertainty cannot be negative"));
        expectGeometry(f, {Geometry::Type::Polygon}, true);
        fp.area = f.geometry;
        fp.sources = sources(f);
        out.append(fp);
    }
    return out;
}

QList<Place> SchemaReader::places()
{
    static const QStringList kinds = {
        QStringLiteral("post"), QStringLiteral("base"), QStringLiteral("pass"),
        QStringLiteral("village"), QStringLiteral("patrol-point"), QStringLiteral("meeting-point"),
        QStringLiteral("confluence"), QStringLiteral("river-source"), QStringLiteral("junction"),
        QStringLiteral("plain"), QStringLiteral("feature"), QStringLiteral("campsite"),
        QStringLiteral("lake")};
    QList<Place> out;
    for (const RawFeature &f : m_layer.features) {
        Place p;
        p.id = id(f);
        p.name = string(f, QStringLiteral("name"), Need::Required);
        p.nameOther = string(f, QStringLiteral("name_other"), Need::Optional);
        p.kind = oneOf(f, QStringLiteral("kind"), kinds, Need::Required);
        p.flashpoint = string(f, QStringLiteral("flashpoint"), Need::Optional);
        p.description = string(f, QStringLiteral("description"), Need::Optional);
        p.notes = string(f, QStringLiteral("notes"), Need::Optional);
        const QString confidence = oneOf(f, QStringLiteral("confidence"),
                                         {QStringLiteral("sourced"), QStringLiteral("estimate")},
                                         Need::Required);
        p.estimate = confidence == QLatin1String("estimate");
        p.uncertaintyKm = uncertaintyKm(f, p.estimate ? Need::Required : Need::Optional);
        expectGeometry(f, {Geometry::Type::Point}, true);
        if (!f.geometry.isEmpty()) {
            p.position = f.firstLonLat;
            p.xy = f.geometry.points.front();
        }
        p.sources = sources(f);
        out.append(p);
    }
    return out;
}

QList<MapLine> SchemaReader::lines()
{
    static const QStringList kinds = {
        QStringLiteral("lac-india"), QStringLiteral("lac-china"), QStringLiteral("claim-india"),
        QStringLiteral("claim-china"), QStringLiteral("buffer-zone"), QStringLiteral("patrol-limit")};
    QList<MapLine> out;
    for (const RawFeature &f : m_layer.features) {
        MapLine l;
        l.id = id(f);
        l.name = string(f, QStringLiteral("name"), Need::Required);
        l.kind = oneOf(f, QStringLiteral("kind"), kinds, Need::Required);
        l.drawnBy = string(f, QStringLiteral("drawn_by"), Need::Required);
        l.geometryBasis = oneOf(f, QStringLiteral("geometry_basis"),
                                {QStringLiteral("schematic"), QStringLiteral("described"),
                                 QStringLiteral("traced")}, Need::Required);
        l.accuracy = string(f, QStringLiteral("accuracy"), Need::Required);
        l.flashpoint = string(f, QStringLiteral("flashpoint"), Need::Optional);
        l.description = string(f, QStringLiteral("description"), Need::Optional);
        l.validFrom = date(f, QStringLiteral("valid_from"), Need::Optional);
        l.validTo = date(f, QStringLiteral("valid_to"), Need::Optional);
        if (l.validFrom.isValid() && l.validTo.isValid() && l.validTo < l.validFrom)
            error(f, QStringLiteral("valid_to"),
                QCoreApplication::translate("SchemaReader", "valid_to %1 is before valid_from %2")
                    .arg(IsoDate::format(l.validTo), IsoDate::format(l.validFrom)));
        if (l.kind == QLatin1String("buffer-zone"))
            expectGeometry(f, {Geometry::Type::Polygon}, true);
        else
            expectGeometry(f, {Geometry::Type::Line, Geometry::Type::Polygon}, true);
        l.geometry = f.geometry;
        l.sources = sources(f);
        out.append(l);
    }
    return out;
}

QList<Event> SchemaReader::events()
{
    QList<Event> out;
    for (const RawFeature &f : m_layer.features) {
        Event e;
        e.id = id(f);
        e.date = date(f, QStringLiteral("date"), Need::Required);
        e.datePrecision = oneOf(f, QStringLiteral("date_precision"),
                                {QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("range"),
                                 QStringLiteral("between")},
                                Need::Required);
        e.dateEnd = date(f, QStringLiteral("date_end"), Need::Optional);
        const bool window = e.datePrecision == QLatin1String("range") || e.datePrecision == QLatin1String("between");
        if (window && !e.dateEnd.isValid())
            error(f, QStringLiteral("date_precision"),
                QCoreApplication::translate("SchemaReader", "a \"%1\" needs \"date_end\"")
                    .arg(e.datePrecision));
        if (e.date.isValid() && e.dateEnd.isValid() && e.dateEnd < e.date)
            error(f, QStringLiteral("date_end"),
                QCoreApplication::translate("SchemaReader", "date_end %1 is before date %2")
                    .arg(IsoDate::format(e.dateEnd), IsoDate::format(e.date)));
        e.dateNote = string(f, QStringLiteral("date_note"), Need::Optional);
        if (check(f, QStringLiteral("date_alternatives"), JsonKind::Array, Need::Optional)) {
            for (const QVariant &v : f.attributes.value(QStringLiteral("date_alternatives")).toList()) {
                const QVariantMap m = v.toMap();
                Event::DateAlternative alt{m.value(QStringLiteral("date")).toString(),
                                           m.value(QStringLiteral("source_url")).toString(),
                                           m.value(QStringLiteral("note")).toString()};
                if (!IsoDate::parseDayOrMonth(alt.date).isValid())
                    error(f, QStringLiteral("date_alternatives"),
                        QCoreApplication::translate("SchemaReader", "alternative date: %1")
                            .arg(IsoDate::whyInvalid(alt.date)));
                if (!alt.sourceUrl.isEmpty() && !SourceRef::isWebUrl(alt.sourceUrl))
                    error(f, QStringLiteral("date_alternatives"),
                        QCoreApplication::translate(
                            "SchemaReader", "alternative date's source is not an http(s) URL"));
                e.dateAlternatives.append(alt);
            }
        }
        e.type = oneOf(f, QStringLiteral("type"), Event::typeIds(), Need::Required);
        e.scope = oneOf(f, QStringLiteral("scope"),
                        {QStringLiteral("flashpoint"), QStringLiteral("front"), QStringLiteral("elsewhere")},
                        Need::Required);
        e.flashpoints = stringList(f, QStringLiteral("flashpoints"), Need::Required);
        if (e.scope == QLatin1String("flashpoint") && e.flashpoints.isEmpty()
            && f.attributes.contains(QStringLiteral("flashpoints")))
            error(f, QStringLiteral("flashpoints"),
                QCoreApplication::translate(
                    "SchemaReader", "scope \"flashpoint\" needs at least one flashpoint id"));
        e.place = string(f, QStringLiteral("place"), Need::Optional);
        e.title = string(f, QStringLiteral("title"), Need::Required);
        e.summary = string(f, QStringLiteral("summary"), Need::Required);
        const QVariantMap casualties = object(f, QStringLiteral("casualties"));
        e.casualtiesIndia = casualties.value(QStringLiteral("india")).toString();
        e.casualtiesChina = casualties.value(QStringLiteral("china")).toString();
        e.casualtiesOther = casualties.value(QStringLiteral("other")).toString();
        const QVariantMap sets = object(f, QStringLiteral("sets_status"));
        for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
            Event::StatusChange c;
            c.flashpoint = it.key();
            if (!StatusInfo::fromId(it.value().toString(), &c.status)) {
                error(f, QStringLiteral("sets_status"),
                    QCoreApplication::translate(
                        "SchemaReader", "unknown status \"%1\" for %2; expected one of: %3")
                        .arg(it.value().toString().left(60), it.key().left(60),
                            StatusInfo::allIds().join(QStringLiteral(", "))));
                continue;
            }
            e.setsStatus.append(c);
        }
        const QVariantMap after = object(f, QStringLiteral("status_after"));
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            Event::StatusChange c;
            c.flashpoint = it.key();
            const bool afterClash = std::any_of(e.setsStatus.cbegin(), e.setsStatus.cend(),
                [&](const Event::StatusChange &s) { return s.flashpoint == c.flashpoint && s.status == Status::Clash; });
            if (!StatusInfo::fromId(it.value().toString(), &c.status) || c.status == Status::Clash)
                error(f, QStringLiteral("status_after"),
                    QCoreApplication::translate("SchemaReader",
                        "\"status_after\" for %1 must be a status other than clash, not \"%2\"")
                        .arg(it.key().left(60), it.value().toString().left(60)));
            else if (!afterClash)
                error(f, QStringLiteral("status_after"),
                    QCoreApplication::translate(
                        "SchemaReader", "\"status_after\" names %1, which this event does not set to clash")
                        .arg(it.key().left(60)));
            else
                e.statusAfter.append(c);
        }
        const QString phase = string(f, QStringLiteral("sets_front_phase"), Need::Optional);
        if (!phase.isEmpty() && !FrontPhaseInfo::fromId(phase, &e.setsFrontPhase))
            error(f, QStringLiteral("sets_front_phase"),
                QCoreApplication::translate("SchemaReader", "unknown front phase \"%1\"")
                    .arg(phase.left(60)));
        if (!f.geometry.isEmpty()) {
            expectGeometry(f, {Geometry::Type::Point}, false);
            e.hasPosition = true;
            e.position = f.firstLonLat;
            e.xy = f.geometry.points.front();
        }
        e.sources = sources(f);
        e.claims = claims(f, e.sources);
        out.append(e);
    }
    return out;
}

QList<ContextFeature> SchemaReader::context()
{
    QList<ContextFeature> out;
    for (const RawFeature &f : m_layer.features) {
        ContextFeature c;
        c.id = id(f);
        c.name = string(f, QStringLiteral("name"), Need::Required);
        c.nameOther = string(f, QStringLiteral("name_other"), Need::Optional);
        c.kind = oneOf(f, QStringLiteral("kind"),
                       {QStringLiteral("road"), QStringLiteral("town"), QStringLiteral("post"),
                        QStringLiteral("pass")},
                       Need::Required);
        c.description = string(f, QStringLiteral("description"), Need::Optional);
        c.notes = string(f, QStringLiteral("notes"), Need::Optional);
        c.sameAs = string(f, QStringLiteral("same_as"), Need::Optional);
        // Every position is approximate: the uncertainty is always given.
        c.uncertaintyKm = uncertaintyKm(f, Need::Required);
        if (c.isRoad()) {
            c.course = string(f, QStringLiteral("course"), Need::Required);
            expectGeometry(f, {Geometry::Type::Line}, true);
        } else if (!c.kind.isEmpty()) {
            if (f.where.propertyKind.contains(QStringLiteral("course")))
                error(f, QStringLiteral("course"),
                    QCoreApplication::translate("SchemaReader", "only a road has a \"course\""));
            expectGeometry(f, {Geometry::Type::Point}, true);
            if (!f.geometry.isEmpty()) {
                c.position = f.firstLonLat;
                c.xy = f.geometry.points.front();
            }
        }
        c.geometry = f.geometry;
        c.sources = sources(f);
        out.append(c);
    }
    return out;
}
