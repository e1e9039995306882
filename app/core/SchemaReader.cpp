#include "SchemaReader.h"

#include "IsoDate.h"
#include "Projection.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace {

// A hostile file can hold a million features with a dozen problems each:
// the list of errors is capped so that reporting them cannot exhaust memory.
constexpr int kMaxErrors = 10000;


void add(DataErrors *errors, DataError e)
{
    e.message = DataError::escapeControls(e.message);
    if (errors->size() < kMaxErrors)
        errors->append(e);
    else if (errors->size() == kMaxErrors)
        errors->append(DataError{e.file, 0, -1,
                                 QStringLiteral("too many problems: only the first %1 are listed")
                                     .arg(kMaxErrors)});
}

} // namespace

SchemaReader::SchemaReader(const RawLayer &layer, DataErrors *errors)
    : m_layer(layer), m_errors(errors)
{
}

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

void SchemaReader::error(const RawFeature &f, const QString &key, const QString &message)
{
    const int line = f.where.propertyLine.value(key, f.where.line);
    QString text = message;
    if (line <= 0 && f.attributes.contains(QStringLiteral("id")))
        text = QStringLiteral("\"%1\": %2").arg(f.attributes.value(QStringLiteral("id")).toString(),
                                                 message);
    add(m_errors, DataError{m_layer.file, line, f.index, text});
}

// Checks a property's presence and JSON type. For files with no source text
// (not GeoJSON) it falls back to the value GDAL produced.
bool SchemaReader::check(const RawFeature &f, const QString &key, JsonKind kind, Need need)
{
    JsonKind actual = JsonKind::Missing;
    if (m_layer.located) {
        actual = f.where.propertyKind.value(key, JsonKind::Missing);
    } else if (f.attributes.contains(key)) {
        const QVariant v = f.attributes.value(key);
        switch (v.typeId()) {
        case QMetaType::QString: actual = JsonKind::String; break;
        case QMetaType::QVariantList:
        case QMetaType::QStringList: actual = JsonKind::Array; break;
        case QMetaType::QVariantMap: actual = JsonKind::Object; break;
        case QMetaType::Bool: actual = JsonKind::Bool; break;
        default: actual = JsonKind::Number; break;
        }
    } else {
        actual = JsonKind::Null;
    }
    if (actual == JsonKind::Missing || actual == JsonKind::Null) {
        if (need == Need::Required)
            error(f, key, QStringLiteral("required property \"%1\" is %2").arg(key,
                  actual == JsonKind::Missing ? QStringLiteral("missing") : QStringLiteral("null")));
        return false;
    }
    if (actual != kind) {
        error(f, key, QStringLiteral("\"%1\" must be %2, not %3")
                          .arg(key, FeatureLocator::kindName(kind), FeatureLocator::kindName(actual)));
        return false;
    }
    return true;
}

QString SchemaReader::string(const RawFeature &f, const QString &key, Need need)
{
    if (!check(f, key, JsonKind::String, need))
        return {};
    const QString s = f.attributes.value(key).toString();
    if (need == Need::Required && s.trimmed().isEmpty())
        error(f, key, QStringLiteral("\"%1\" is empty").arg(key));
    return s;
}

double SchemaReader::number(const RawFeature &f, const QString &key, Need need, bool *present)
{
    if (present)
        *present = false;
    if (!check(f, key, JsonKind::Number, need))
        return 0;
    bool ok = false;
    const double v = f.attributes.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        error(f, key, QStringLiteral("\"%1\" is not a finite number").arg(key));
        return 0;
    }
    if (present)
        *present = true;
    return v;
}

QDate SchemaReader::date(const RawFeature &f, const QString &key, Need need)
{
    const QString text = string(f, key, need);
    if (text.isEmpty())
        return {};
    const QString why = IsoDate::whyInvalid(text);
    if (!why.isEmpty()) {
        error(f, key, QStringLiteral("\"%1\": %2").arg(key, why));
        return {};
    }
    return IsoDate::parseDay(text);
}

QString SchemaReader::oneOf(const RawFeature &f, const QString &key, const QStringList &allowed,
                            Need need)
{
    const QString s = string(f, key, need);
    if (!s.isEmpty() && !allowed.contains(s)) {
        error(f, key, QStringLiteral("\"%1\" is \"%2\"; expected one of: %3")
                          .arg(key, s.left(60), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return s;
}

QStringList SchemaReader::stringList(const RawFeature &f, const QString &key, Need need)
{
    if (!check(f, key, JsonKind::Array, need))
        return {};
    QStringList out;
    const QVariantList list = f.attributes.value(key).toList();
    for (const QVariant &v : list) {
        if (v.typeId() != QMetaType::QString) {
            error(f, key, QStringLiteral("\"%1\" must hold only strings").arg(key));
            return {};
        }
        out << v.toString();
    }
    return out;
}

QVariantMap SchemaReader::object(const RawFeature &f, const QString &key)
{
    if (!check(f, key, JsonKind::Object, Need::Optional))
        return {};
    return f.attributes.value(key).toMap();
}

QList<SourceRef> SchemaReader::sources(const RawFeature &f)
{
    if (!check(f, QStringLiteral("sources"), JsonKind::Array, Need::Required))
        return {};
    QStringList problems;
    const auto list = SourceRef::listFromVariant(f.attributes.value(QStringLiteral("sources")),
                                                 &problems);
    for (const QString &p : problems)
        error(f, QStringLiteral("sources"), p);
    return list;
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
            error(f, key, QStringLiteral("claim %1 is not an object").arg(n));
            continue;
        }
        const QVariantMap m = v.toMap();
        Event::Claim c{m.value(QStringLiteral("side")).toString(), m.value(QStringLiteral("by")).toString(),
                       m.value(QStringLiteral("date")).toString(), m.value(QStringLiteral("text")).toString(),
                       m.value(QStringLiteral("source_url")).toString()};
        if (c.side != QLatin1String("india") && c.side != QLatin1String("china"))
            error(f, key, QStringLiteral("claim %1: \"side\" must be india or china, not \"%2\"").arg(n).arg(c.side.left(40)));
        if (c.by.trimmed().isEmpty() || c.text.trimmed().isEmpty())
            error(f, key, QStringLiteral("claim %1 needs \"by\" (who said it) and \"text\"").arg(n));
        if (!c.date.isEmpty() && !IsoDate::parseDay(c.date).isValid())
            error(f, key, QStringLiteral("claim %1 date: %2").arg(n).arg(IsoDate::whyInvalid(c.date)));
        const bool cited = std::any_of(sources.cbegin(), sources.cend(),
                                       [&](const SourceRef &s) { return s.url == c.sourceUrl; });
        if (!cited)
            error(f, key, QStringLiteral("claim %1: its source_url is not one of the event's sources (\"%2\")")
                              .arg(n).arg(c.sourceUrl.left(80)));
        out.append(c);
    }
    return out;
}

// A position's radius of uncertainty: a positive number of km when given.
double SchemaReader::uncertaintyKm(const RawFeature &f, Need need)
{
    bool present = false;
    const double km = number(f, QStringLiteral("uncertainty_km"), need, &present);
    if (present && km <= 0)
        error(f, QStringLiteral("uncertainty_km"), QStringLiteral("uncertainty_km must be above 0"));
    return km;
}

QString SchemaReader::id(const RawFeature &f)
{
    // Anchored with \A...\z: "$" would let "galwan\n" through.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]*")));
    const QString s = string(f, QStringLiteral("id"), Need::Required);
    if (!s.isEmpty() && !pattern.match(s).hasMatch())
        error(f, QStringLiteral("id"),
              QStringLiteral("id \"%1\" must be lowercase letters, digits and hyphens").arg(s.left(60)));
    return s;
}

void SchemaReader::expectGeometry(const RawFeature &f, QList<Geometry::Type> allowed, bool required)
{
    const int line = f.where.geometryLine ? f.where.geometryLine : f.where.line;
    if (f.geometry.isEmpty()) {
        if (required)
            add(m_errors, DataError{m_layer.file, line, f.index,
                                       QStringLiteral("the feature has no geometry")});
        return;
    }
    if (!allowed.contains(f.geometry.type)) {
        add(m_errors, DataError{m_layer.file, line, f.index,
                                   QStringLiteral("the geometry has the wrong type for this file")});
        return;
    }
    if (f.geometry.type == Geometry::Type::Polygon) {
        for (int i = 0; i < f.geometry.partCount(); ++i)
            if (f.geometry.partEnd(i) - f.geometry.partBegin(i) < 4) {
                add(m_errors, DataError{m_layer.file, line, f.index,
                                           QStringLiteral("a polygon ring has fewer than 4 positions")});
                return;
            }
    }
    if (f.geometry.type == Geometry::Type::Line) {
        for (int i = 0; i < f.geometry.partCount(); ++i)
            if (f.geometry.partEnd(i) - f.geometry.partBegin(i) < 2) {
                add(m_errors, DataError{m_layer.file, line, f.index,
                                           QStringLiteral("a line has fewer than 2 positions")});
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
                      QStringLiteral("marker (%1, %2) is out of range").arg(fp.marker.lon).arg(fp.marker.lat));
            else
                Projection::instance().forward(fp.marker, &fp.markerXY);
        }
        bool hasU = false;
        fp.markerUncertaintyKm = number(f, QStringLiteral("marker_uncertainty_km"), Need::Optional, &hasU);
        if (hasU && fp.markerUncertaintyKm < 0)
            error(f, QStringLiteral("marker_uncertainty_km"), QStringLiteral("uncertainty cannot be negative"));
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
            error(f, QStringLiteral("valid_to"), QStringLiteral("valid_to %1 is before valid_from %2")
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
                  QStringLiteral("a \"%1\" needs \"date_end\"").arg(e.datePrecision));
        if (e.date.isValid() && e.dateEnd.isValid() && e.dateEnd < e.date)
            error(f, QStringLiteral("date_end"), QStringLiteral("date_end %1 is before date %2")
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
                          QStringLiteral("alternative date: %1").arg(IsoDate::whyInvalid(alt.date)));
                if (!alt.sourceUrl.isEmpty() && !SourceRef::isWebUrl(alt.sourceUrl))
                    error(f, QStringLiteral("date_alternatives"),
                          QStringLiteral("alternative date's source is not an http(s) URL"));
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
                  QStringLiteral("scope \"flashpoint\" needs at least one flashpoint id"));
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
                      QStringLiteral("unknown status \"%1\" for %2; expected one of: %3")
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
                      QStringLiteral("\"status_after\" for %1 must be a status other than clash, not \"%2\"")
                          .arg(it.key().left(60), it.value().toString().left(60)));
            else if (!afterClash)
                error(f, QStringLiteral("status_after"),
                      QStringLiteral("\"status_after\" names %1, which this event does not set to clash")
                          .arg(it.key().left(60)));
            else
                e.statusAfter.append(c);
        }
        const QString phase = string(f, QStringLiteral("sets_front_phase"), Need::Optional);
        if (!phase.isEmpty() && !FrontPhaseInfo::fromId(phase, &e.setsFrontPhase))
            error(f, QStringLiteral("sets_front_phase"),
                  QStringLiteral("unknown front phase \"%1\"").arg(phase.left(60)));
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
                error(f, QStringLiteral("course"), QStringLiteral("only a road has a \"course\""));
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
