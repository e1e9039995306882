#include "MapRenderer.h"

#include "DatabasePainter.h"
#include "EventLayerPainter.h"
#include "ContextPainter.h"
#include "LegendPlacer.h"
#include "LocatorInset.h"
#include "MapLabels.h"
#include "MapDecorations.h"
#include "MapStyle.h"
#include "MeasurePainter.h"
#include "TerrainPainter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace {

double uncertaintyPixels(double km, const MapSettings &s)
{
    return km * 1000.0 / s.metresPerPixel;
}

// Paints what follows at a bundled layer's opacity until it goes out of scope.
class LayerOpacity
{
public:
    LayerOpacity(QPainter &p, const MapSettings &s, const QString &layer) : m_p(p), m_was(p.opacity())
    {
        p.setOpacity(m_was * s.opacityOf(layer));
    }
    ~LayerOpacity() { m_p.setOpacity(m_was); }
    LayerOpacity(const LayerOpacity &) = delete;
    LayerOpacity &operator=(const LayerOpacity &) = delete;

private:
    QPainter &m_p;
    double m_was;
};

const QString kBasemap = QStringLiteral("basemap");
const QString kTerrain = QStringLiteral("terrain");

} // namespace

QPointF MapRenderer::markerPosition(const Flashpoint &f, const MapSettings &s)
{
    return s.transform().toScreen(f.markerXY);
}

QString MapRenderer::userLayerId(const UserLayer &layer)
{
    return layer.path.isEmpty() ? layer.name : QFileInfo(layer.path).fileName();
}

bool MapRenderer::userLayerShown(const LayerEntry &layer, const MapSettings &s)
{
    return layer.shown() && s.layerShown(userLayerId(*layer.layer));
}

bool MapRenderer::lineShown(const MapLine &line, const MapSettings &s)
{
    return (!s.date.isValid() || line.isValidOn(s.date)) && s.layerShown(MapSettings::layerOfKind(line.kind));
}

QImage MapRenderer::renderImage(const MapSettings &settings, double dpr, BasemapCache *cache) const
{
    const MapStyle::ThemeScope theme(settings.theme);
    QImage image = cache ? cache->find(m_atlas, settings, dpr) : QImage();
    if (image.isNull()) {
        image = QImage(settings.size * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(MapStyle::background());
        QPainter base(&image);
        paintBase(base, settings);
        base.end();
        if (cancelled())
            return QImage();
        if (cache)
            cache->keep(m_atlas, settings, dpr, image);
    }
    QPainter p(&image); // detaches from the cache's copy
    paintOverlay(p, settings);
    p.end();
    return cancelled() ? QImage() : image;
}

MapSettings MapRenderer::withUserLegend(const Atlas &atlas, const MapSettings &settings)
{
    MapSettings s = settings;
    s.recordCheckedTo = atlas.recordCheckedTo;
    s.ownRecord = atlas.hasOwnRecord;
    s.userLegend.clear();
    s.legendCorner = MapSettings::Corner::TopRight;
    if (!s.legend)
        return s;   // nothing to count
    // Topmost layer first, as the layer panel lists them.
    for (auto it = s.layers.user.rbegin(); it != s.layers.user.rend(); ++it) {
        if (!userLayerShown(*it, s))
            continue;
        const UserLayer &layer = *it->layer;
        MapSettings::UserLegendEntry e;
        e.name = layer.name;
        if (layer.database) {
            // What the server counted in view; the width kept for 8 digits.
            const DatabaseSnapshot &d = *layer.database;
            e.events = true;
            e.shown = d.view.to == s.date && d.view.from == s.windowStart() ? qint64(d.total) : 0;
            e.total = std::max<qint64>(e.shown, 99999999);
        } else if (layer.events) {
            e.events = true;
            e.shown = qint64(layer.events->count(s.windowStart(), s.date));
            e.total = qint64(layer.events->size());
            if (const CategoryIndex *c = it->categories.get(); c && c->code.size() == layer.events->size()) {
                e.colourBy = c->colourBy.describe();
                const auto [from, to] = EventLayer::dayRange(s.windowStart(), s.date);
                const auto shown = c->countsIn(*layer.events, from, to);
                for (const CategoryIndex::Category &cat : c->categories)
                    e.categories.append({cat.label, cat.code, shown[cat.code], cat.count});
            }
        }
        s.userLegend.append(e);
    }
    // Placed once its size is known: the user's layers make it taller.
    s.legendCorner = LegendPlacer::corner(atlas, s);
    return s;
}

void MapRenderer::paint(QPainter &p, const MapSettings &settings) const
{
    paintBase(p, settings);
    paintOverlay(p, settings);
}

void MapRenderer::beginPaint(QPainter &p, const MapSettings &s)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setClipRect(QRectF(QPointF(0, 0), QSizeF(s.size)));
}

void MapRenderer::paintBase(QPainter &p, const MapSettings &s) const
{
    const MapStyle::ThemeScope theme(s.theme);
    beginPaint(p, s);
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(s.size)), MapStyle::background());
    if (m_atlas && s.layerShown(kBasemap)) {
        paintBasemap(p, s);
    } else if (s.layers.terrain && s.layerShown(kTerrain)) {
        const LayerOpacity opacity(p, s, kTerrain);
        TerrainPainter::paint(p, *s.layers.terrain, s);
    }
    p.restore();
}

void MapRenderer::paintOverlay(QPainter &p, const MapSettings &settings) const
{
    // The legend lists the user's layers: every caller gets them.
    const MapSettings s = m_atlas ? withUserLegend(*m_atlas, settings) : settings;
    const MapStyle::ThemeScope theme(s.theme);
    beginPaint(p, s);
    if (m_atlas) {
        // The user's layers lie under the flashpoint areas and the lines, so
        // a dense layer never hides the two sides' lines or the buffer zones.
        paintUserLayers(p, s);
        if (cancelled()) {
            p.restore();
            return;
        }
        const QString roads = QStringLiteral("roads"), places = QStringLiteral("places"),
                      events = QStringLiteral("events");
        {
            const LayerOpacity opacity(p, s, roads);
            ContextPainter::paintRoads(p, *m_atlas, s);
        }
        paintFlashpointAreas(p, s);
        paintLines(p, s);
        if (s.layerShown(places)) {
            const LayerOpacity opacity(p, s, places);
            paintPlaces(p, s);
        }
        {
            const LayerOpacity opacity(p, s, roads);
            ContextPainter::paintPoints(p, *m_atlas, s);
        }
        if (s.events && s.layerShown(events)) {
            const LayerOpacity opacity(p, s, events);
            paintEvents(p, s);
        }
        paintFlashpointMarkers(p, s);
        paintUserSelection(p, s);
        if (s.labels)
            paintLabels(p, s);
        // The ruler is the user's own mark: over everything of the map.
        MeasurePainter::paint(p, s);
    }
    MapDecorations::paint(p, s);
    if (m_atlas)
        LocatorInset::paint(p, *m_atlas, s);
    p.restore();
}

void MapRenderer::paintBasemap(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const QRectF visible = t.visibleMapRect();
    const double k = s.symbolScale();
    // Terrain has its own opacity: it is not part of the basemap's.
    auto paintTerrain = [&] {
        if (s.layers.terrain && s.layerShown(kTerrain)) {
            const LayerOpacity opacity(p, s, kTerrain);
            TerrainPainter::paint(p, *s.layers.terrain, s);
        }
    };
    bool terrainDone = false;
    for (const BasemapLayer &layer : m_atlas->basemap) {
        // The relief goes on the country fills, under the lakes, rivers and lines.
        if (!terrainDone && layer.kind != BasemapLayer::Kind::Countries) {
            terrainDone = true;
            paintTerrain();
        }
        const LayerOpacity opacity(p, s, kBasemap);
        for (const BasemapFeature &f : layer.features) {
            if (!f.geometry.bounds.intersects(visible) && !f.geometry.bounds.isEmpty())
                continue;
            switch (layer.kind) {
            case BasemapLayer::Kind::Countries:
                p.setPen(Qt::NoPen);
                p.setBrush(MapStyle::countryFill(f.name));
                p.drawPath(t.path(f.geometry, true));
                break;
            case BasemapLayer::Kind::Lakes:
                p.setPen(QPen(MapStyle::lakeEdge(), 0.8 * k));
                p.setBrush(MapStyle::lakeFill());
                p.drawPath(t.path(f.geometry, true));
                break;
            case BasemapLayer::Kind::Rivers:
                p.setPen(QPen(MapStyle::riverColor(), 1.0 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                p.setBrush(Qt::NoBrush);
                p.drawPath(t.path(f.geometry, false));
                break;
            case BasemapLayer::Kind::Boundaries: {
                const bool indiaChina = f.between.contains(QLatin1String("India"))
                                        && f.between.contains(QLatin1String("China"));
                const auto style = MapStyle::lineStyle(
                    indiaChina ? QStringLiteral("boundary-india-china")
                                            : QStringLiteral("boundary-de-facto"), k);
                p.setPen(style.pen);
                p.setBrush(Qt::NoBrush);
                p.drawPath(t.path(f.geometry, false));
                break;
            }
            }
        }
    }
    if (!terrainDone)
        paintTerrain();
}

void MapRenderer::paintFlashpointAreas(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    for (const Flashpoint &f : m_atlas->flashpoints) {
        const Status st = m_atlas->statuses.stateAt(f.id, s.date).status;
        // Dashed outline: the areas are schematic, not surveyed.
        p.setPen(QPen(MapStyle::flashpointAreaEdge(st), 1.3 * k, Qt::DashLine));
        p.setBrush(MapStyle::flashpointAreaFill(st));
        p.drawPath(t.path(f.area, true));
        if (f.id == s.selection) {
            p.setPen(QPen(MapStyle::selectionColor(), 3 * k));
            p.setBrush(Qt::NoBrush);
            p.drawPath(t.path(f.area, true));
        }
    }
}

void MapRenderer::paintLines(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    // Layer by layer in the layer tree's order, not the file's: the claims
    // and buffer zones under each side's LAC, so a zone or claim that runs
    // along a line never hides it.
    for (const QString &layer : MapSettings::layerIds()) {
        for (const MapLine &l : m_atlas->lines) {
            if (MapSettings::layerOfKind(l.kind) != layer || !lineShown(l, s))
                continue;
            const LayerOpacity opacity(p, s, layer);
            const auto style = MapStyle::lineStyle(l.kind, k);
            const bool zone = l.geometry.type == Geometry::Type::Polygon;
            p.setPen(style.pen);
            p.setBrush(zone ? style.brush : Qt::NoBrush);
            p.drawPath(t.path(l.geometry, zone));
            if (l.id == s.selection) {
                p.setPen(QPen(MapStyle::selectionColor(), 4 * k));
                p.setBrush(Qt::NoBrush);
                p.drawPath(t.path(l.geometry, zone));
            }
        }
    }
}


void MapRenderer::paintUserLayers(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    const QColor color = MapStyle::userLayerColor();
    const MapStyle::SymbolSize point = MapStyle::userPointSymbol();
    for (const LayerEntry &entry : s.layers.user) {
        if (!userLayerShown(entry, s))
            continue;
        const UserLayer &layer = *entry.layer;
        p.save();
        p.setOpacity(p.opacity() * std::clamp(entry.opacity, 0.0, 1.0));
        if (layer.database)
            DatabasePainter::paint(p, *layer.database, s);
        else if (layer.events)
            EventLayerPainter::paint(p, *layer.events, s, entry.categories.get());
        for (const RawFeature &f : layer.layer.features) {
            switch (f.geometry.type) {
            case Geometry::Type::Point:
                p.setPen(QPen(MapStyle::symbolOutlineColor(), point.outline * k));
                p.setBrush(color);
                for (const QPointF &pt : f.geometry.points)
                    p.drawEllipse(t.toScreen(pt), point.radius * k, point.radius * k);
                break;
            case Geometry::Type::Line:
                p.setPen(QPen(color, 1.8 * k));
                p.setBrush(Qt::NoBrush);
                p.drawPath(t.path(f.geometry, false));
                break;
            case Geometry::Type::Polygon: {
                p.setPen(QPen(color, 1.2 * k));
                p.setBrush(MapStyle::userLayerFill());
                p.drawPath(t.path(f.geometry, true));
                break;
            }
            case Geometry::Type::None:
                break;
            }
        }
        p.restore();
    }
}

void MapRenderer::paintPlaces(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    const MapStyle::SymbolSize size = MapStyle::placeSymbol();
    const double r = size.radius * k, ring = size.selection * k, pass = MapStyle::placePassRadius() * k;
    for (const Place &place : m_atlas->places) {
        const QPointF c = t.toScreen(place.xy);
        if (place.own)
            MapStyle::paintOwnRecordRing(p, c, r, k);
        if (place.estimate) {
            // An estimate is drawn as its uncertainty, never as a precise dot.
            const double u = uncertaintyPixels(place.uncertaintyKm, s);
            p.setPen(QPen(MapStyle::uncertaintyColor(), 1.1 * k, Qt::DashLine));
            p.setBrush(MapStyle::uncertaintyFill());
            p.drawEllipse(c, u, u);
            p.setPen(QPen(MapStyle::placeColor(), 1.4 * k));
            p.setBrush(Qt::NoBrush);
            p.drawLine(c - QPointF(r, 0), c + QPointF(r, 0));
            p.drawLine(c - QPointF(0, r), c + QPointF(0, r));
        } else {
            p.setPen(QPen(MapStyle::symbolOutlineColor(), size.outline * k));
            p.setBrush(MapStyle::placeColor());
            if (place.kind == QLatin1String("post") || place.kind == QLatin1String("base"))
                p.drawRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)));
            else if (place.kind == QLatin1String("pass")) {
                QPolygonF tri;
                tri << c + QPointF(0, -pass) << c + QPointF(pass, r) << c + QPointF(-pass, r);
                p.drawPolygon(tri);
            } else
                p.drawEllipse(c, r, r);
        }
        if (place.id == s.selection) {
            p.setPen(QPen(MapStyle::selectionColor(), 3 * k));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, ring, ring);
        }
    }
}

// A ring around the user's event shown in the details, as around a selected
// place; drawn whatever the date, so the user sees where it is.
void MapRenderer::paintUserSelection(QPainter &p, const MapSettings &s) const
{
    const int li = s.userSelectionLayer;
    const LayerEntry *entry = s.layers.at(li);
    if (!entry || !(*entry)->events)
        return;
    const EventLayer &e = *(*entry)->events;
    if (s.userSelectionIndex < 0 || size_t(s.userSelectionIndex) >= e.size())
        return;
    const size_t i = size_t(s.userSelectionIndex);
    const double k = s.symbolScale();
    const double ring = MapStyle::placeSymbol().selection * k;
    const QPointF c = s.transform().toScreen(QPointF(e.x[i], e.y[i]));
    p.setPen(QPen(MapStyle::selectionColor(), 3 * k));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, ring, ring);
}

std::pair<int, int> MapRenderer::visibleEvents(const Atlas &atlas, const MapSettings &s)
{
    if (!s.date.isValid())
        return {0, 0};
    return atlas.eventIndex.range(s.windowStart(), s.date);
}

QPointF MapRenderer::eventPosition(const Atlas &atlas, int i, const MapSettings &s)
{
    const Event &e = atlas.events[i];
    // Fan out events that share a position: the k-th earlier event at the
    // same place shifts the marker along a small ring around it.
    int k = 0;
    for (int j = i - 1; j >= 0 && k < 64; --j)
        if (atlas.events[j].hasPosition && atlas.events[j].xy == e.xy)
            ++k;
    const QPointF c = s.transform().toScreen(e.xy);
    if (k == 0)
        return c + QPointF(0, 14 * s.symbolScale());
    const double step = 11 * s.symbolScale();
    const int ring = 1 + k / 8;
    const double angle = (k % 8) * M_PI / 4 + ring * 0.4 + M_PI / 2;
    return c + QPointF(std::cos(angle), std::sin(angle)) * step * (ring + 0.3);
}

void MapRenderer::paintEvents(QPainter &p, const MapSettings &s) const
{
    const double k = s.symbolScale();
    const MapStyle::SymbolSize size = MapStyle::eventSymbol();
    const auto [first, last] = visibleEvents(*m_atlas, s);
    for (int i = first; i < last; ++i) {
        const Event &e = m_atlas->events[i];
        if (!e.hasPosition)
            continue;
        const QPointF c = eventPosition(*m_atlas, i, s);
        p.save();
        p.translate(c);
        if (e.id == s.selection) {
            p.setPen(Qt::NoPen);
            p.setBrush(MapStyle::selectionColor());
            p.drawEllipse(QPointF(0, 0), size.selection * k, size.selection * k);
        }
        if (e.own)
            MapStyle::paintOwnRecordRing(p, QPointF(0, 0), size.radius * k, k);
        p.setPen(QPen(MapStyle::symbolOutlineColor(), size.outline * k));
        p.setBrush(MapStyle::eventColor(e.type));
        p.drawPath(MapStyle::eventMarker(e.type, size.radius * k));
        p.restore();
    }
}

void MapRenderer::paintFlashpointMarkers(QPainter &p, const MapSettings &s) const
{
    const double k = s.symbolScale();
    const MapStyle::SymbolSize size = MapStyle::flashpointSymbol();
    for (const Flashpoint &f : m_atlas->flashpoints) {
        const Status st = m_atlas->statuses.stateAt(f.id, s.date).status;
        const QPointF c = markerPosition(f, s);
        if (f.markerUncertaintyKm > 0) {
            const double r = uncertaintyPixels(f.markerUncertaintyKm, s);
            p.setPen(QPen(MapStyle::markerUncertaintyColor(st), 1.1 * k, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r, r);
        }
        if (f.id == s.selection) {
            p.setPen(Qt::NoPen);
            p.setBrush(MapStyle::selectionColor());
            p.drawEllipse(c, size.selection * k, size.selection * k);
        }
        p.save();
        p.translate(c);
        p.setPen(QPen(MapStyle::symbolOutlineColor(), size.outline * k));
        p.setBrush(MapStyle::statusColor(st));
        p.drawPath(MapStyle::statusMarker(st, size.radius * k));
        p.restore();
    }
}

void MapRenderer::paintLabels(QPainter &p, const MapSettings &s) const
{
    MapLabels::paint(p, MapLabels::layout(*m_atlas, s), s);
}
