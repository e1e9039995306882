#include "MapHitTester.h"

#include "ContextPainter.h"

#include "EventLayerLoader.h"
#include "MapRenderer.h"
#include "MapStyle.h"

#include "Translations.h"
#include <QCoreApplication>
#include <QLineF>
#include <algorithm>

namespace MapHitTester {

QList<MapHit> hitsAt(const Atlas &atlas, const MapSettings &s, const QPointF &screen)
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    const double tolerance = kTolerancePixels * k;
    const QPointF at = t.toMap(screen);
    // Event markers fan out up to ~45 px from their place: widen the query.
    const double radius = (45.0 * k + tolerance) * s.metresPerPixel;
    const auto [firstEvent, lastEvent] = MapRenderer::visibleEvents(atlas, s);
    // How far from its centre each symbol is hit: the sizes the renderer
    // draws with. A flashpoint marker and a place reach to the outer edge of
    // their outline; an event marker to its path's radius.
    const MapStyle::SymbolSize flashpoint = MapStyle::flashpointSymbol();
    const MapStyle::SymbolSize event = MapStyle::eventSymbol();
    const MapStyle::SymbolSize place = MapStyle::placeSymbol();
    const double markerReach = (flashpoint.radius + flashpoint.outline / 2) * k + tolerance / 2;
    const double eventReach = event.radius * k + tolerance / 2;
    const double placeReach = (place.radius + place.outline / 2) * k + tolerance;

    QList<MapHit> markers, events, places, lines, areas;
    for (const HitIndex::Entry &e : atlas.hitIndex.query(at, radius)) {
        switch (e.kind) {
        case HitIndex::Kind::FlashpointMarker: {
            const Flashpoint &f = atlas.flashpoints[e.index];
            if (QLineF(MapRenderer::markerPosition(f, s), screen).length() <= markerReach)
                markers.append({MapHit::Kind::Flashpoint, e.index, f.id, f.name + QCoreApplication::translate("MapHitTester", " (flashpoint)")});
            break;
        }
        case HitIndex::Kind::FlashpointArea: {
            const Flashpoint &f = atlas.flashpoints[e.index];
            if (f.area.containsPoint(at))
                areas.append({MapHit::Kind::Flashpoint, e.index, f.id, f.name + QCoreApplication::translate("MapHitTester", " (flashpoint area)")});
            break;
        }
        case HitIndex::Kind::Event: {
            if (e.index < firstEvent || e.index >= lastEvent || !s.events || !s.layerShown(QStringLiteral("events")))
                break;
            const Event &ev = atlas.events[e.index];
            if (QLineF(MapRenderer::eventPosition(atlas, e.index, s), screen).length() <= eventReach)
                events.append({MapHit::Kind::Event, e.index, ev.id,
                               QStringLiteral("%1 %2 (event)").arg(ev.date.toString(Qt::ISODate), ev.title)});
            break;
        }
        case HitIndex::Kind::Place: {
            const Place &p = atlas.places[e.index];
            if (s.layerShown(QStringLiteral("places")) && QLineF(t.toScreen(p.xy), screen).length() <= placeReach)
                places.append({MapHit::Kind::Place, e.index, p.id,
                               QStringLiteral("%1 (%2)").arg(p.name, p.kind)});
            break;
        }
        case HitIndex::Kind::Line: {
            const MapLine &l = atlas.lines[e.index];
            if (!MapRenderer::lineShown(l, s))
                break;
            const bool inside = l.geometry.type == Geometry::Type::Polygon && l.geometry.containsPoint(at);
            if (inside || l.geometry.distanceTo(at) <= tolerance * s.metresPerPixel)
                lines.append({MapHit::Kind::Line, e.index, l.id, QStringLiteral("%1 (%2)").arg(l.name, l.kind)});
            break;
        }
        }
    }
    // The user's own events: the nearest active one in each visible layer,
    // through the layer's grid and date index; topmost layer first.
    QList<MapHit> user;
    for (int li = int(s.layers.user.size()) - 1; li >= 0; --li) {
        const LayerEntry &entry = s.layers.user[size_t(li)];
        if (!entry->events || !MapRenderer::userLayerShown(entry, s))
            continue;
        const long long i = entry->events->nearest(at, tolerance * s.metresPerPixel, s.windowStart(), s.date);
        if (i >= 0)
            user.append({MapHit::Kind::UserEvent, int(i), QString(), QString(), li, entry.layer});
    }
    // Topmost first, in the renderer's drawing order reversed. A flashpoint's
    // area counts only where nothing more specific is under the cursor, so a
    // click on a symbol inside an area is about the symbol.
    // The context layer (a few dozen features): its points where the
    // renderer draws their markers, its roads by distance.
    QList<MapHit> contextPoints, roads;
    for (int i : ContextPainter::drawnPoints(atlas, s)) {
        const ContextFeature &c = atlas.context[i];
        if (ContextPainter::markerBox(atlas, i, s).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(screen))
            contextPoints.append({MapHit::Kind::Context, i, c.id, QStringLiteral("%1 (%2)").arg(c.name, c.kind)});
    }
    if (s.layerShown(QStringLiteral("roads")))
        for (int i = 0; i < atlas.context.size(); ++i) {
            const ContextFeature &c = atlas.context[i];
            if (c.isRoad() && !c.geometry.isEmpty() && c.geometry.distanceTo(at) <= tolerance * s.metresPerPixel)
                roads.append({MapHit::Kind::Context, i, c.id, QCoreApplication::translate("MapHitTester", "%1 (road)").arg(c.name)});
        }
    QList<MapHit> out = markers + events + places + contextPoints + lines + roads + user;
    if (out.isEmpty())
        out = areas;
    return out;
}

namespace {

FeatureRows::Row rowOf(const MapHit &hit, FeatureRows *rows)
{
    if (!rows)
        return FeatureRows::read(*hit.userLayer, hit.index);
    return rows->row(hit.userLayer, hit.index).value_or(FeatureRows::Row());
}

} // namespace

QString tooltip(const Atlas &atlas, const MapSettings &s, const MapHit &hit, FeatureRows *rows)
{
    switch (hit.kind) {
    case MapHit::Kind::Flashpoint: {
        const Flashpoint &f = atlas.flashpoints[hit.index];
        const auto st = atlas.statuses.stateAt(f.id, s.date);
        QString text = QCoreApplication::translate("MapHitTester", "%1 — flashpoint\n%2").arg(Translations::displayName(f.name, f.nameOther), StatusInfo::label(st.status));
        if (st.since.isValid())
            text += QCoreApplication::translate("MapHitTester", " since %1").arg(st.sinceText());
        return text;
    }
    case MapHit::Kind::Place: {
        const Place &p = atlas.places[hit.index];
        QString text = QStringLiteral("%1 — %2").arg(Translations::displayName(p.name, p.nameOther), p.kind);
        if (p.estimate)
            text += QCoreApplication::translate("MapHitTester", "\nposition estimated, ±%1 km").arg(p.uncertaintyKm);
        return text;
    }
    case MapHit::Kind::Line: {
        const MapLine &l = atlas.lines[hit.index];
        return QStringLiteral("%1 — %2\n%3").arg(l.name, MapStyle::lineStyle(l.kind).label, l.accuracy);
    }
    case MapHit::Kind::Event: {
        const Event &e = atlas.events[hit.index];
        return QStringLiteral("%1 — %2\n%3").arg(e.dateText(), MapStyle::eventTypeLabel(e.type), e.title);
    }
    case MapHit::Kind::Context: {
        const ContextFeature &c = atlas.context[hit.index];
        QString text = QCoreApplication::translate("MapHitTester", "%1 — %2 (context)").arg(Translations::displayName(c.name, c.nameOther), c.kind);
        if (!c.description.isEmpty())
            text += QLatin1Char('\n') + c.description.left(160);
        return text;
    }
    case MapHit::Kind::UserEvent: {
        const UserLayer *layer = userLayerOf(hit);
        if (!layer)
            return {};
        const EventLayer &e = *layer->events;
        return QCoreApplication::translate("MapHitTester", "%1 — %2 (your layer)\n%3")
            .arg(userEventWhen(e, size_t(hit.index)), layer->name, userEventTitle(rowOf(hit, rows), hit.index));
    }
    }
    return {};
}

const UserLayer *userLayerOf(const MapHit &hit)
{
    if (hit.kind != MapHit::Kind::UserEvent || !hit.userLayer)
        return nullptr;
    const UserLayer &layer = *hit.userLayer;
    if (!layer.events || hit.index < 0 || size_t(hit.index) >= layer.events->size())
        return nullptr;
    return &layer;
}

QString userEventWhen(const EventLayer &e, size_t i)
{
    QString when = QDate::fromJulianDay(e.start[i]).toString(Qt::ISODate);
    if (!e.end.empty() && e.end[i] != e.start[i])
        when += QStringLiteral(" – ") + QDate::fromJulianDay(e.end[i]).toString(Qt::ISODate);
    return when;
}

MapHit hitFor(const Atlas &atlas, const QString &id)
{
    auto found = [&id](MapHit::Kind kind, int index) { return MapHit{kind, index, id, {}}; };
    if (id.isEmpty())
        return found(MapHit::Kind::Flashpoint, -1);
    if (const Flashpoint *f = atlas.flashpoint(id))
        return found(MapHit::Kind::Flashpoint, int(f - atlas.flashpoints.constData()));
    if (const Place *p = atlas.place(id))
        return found(MapHit::Kind::Place, int(p - atlas.places.constData()));
    if (const MapLine *l = atlas.line(id))
        return found(MapHit::Kind::Line, int(l - atlas.lines.constData()));
    if (const Event *e = atlas.event(id))
        return found(MapHit::Kind::Event, int(e - atlas.events.constData()));
    if (const ContextFeature *c = atlas.contextFeature(id))
        return found(MapHit::Kind::Context, int(c - atlas.context.constData()));
    return found(MapHit::Kind::Flashpoint, -1);
}

QString userEventTitle(const QList<QPair<QString, QString>> &row, int index)
{
    for (const char *key : {"title", "name", "Name", "Title", "id", "ID"})
        for (const auto &[name, value] : row)
            if (name == QLatin1String(key) && !value.simplified().isEmpty())
                return value.simplified().left(120);
    return QCoreApplication::translate("MapHitTester", "event %1").arg(index + 1);
}

QString label([[maybe_unused]] const Atlas &atlas, const MapHit &hit, FeatureRows *rows)
{
    const UserLayer *layer = userLayerOf(hit);
    if (!layer)
        return hit.label;
    const size_t i = size_t(hit.index);
    return QStringLiteral("%1 %2 (%3)")
        .arg(userEventWhen(*layer->events, i),
             userEventTitle(rowOf(hit, rows), hit.index), layer->name);
}

} // namespace MapHitTester
