#include "MapRenderer.h"

#include "LabelPlacer.h"
#include "MapDecorations.h"
#include "MapStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace {

// Builds a screen path for a geometry; rings and lines become subpaths.
QPainterPath screenPath(const Geometry &g, const ViewTransform &t, bool close)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int part = 0; part < g.partCount(); ++part) {
        const int b = g.partBegin(part), e = g.partEnd(part);
        path.moveTo(t.toScreen(g.points[size_t(b)]));
        for (int i = b + 1; i < e; ++i)
            path.lineTo(t.toScreen(g.points[size_t(i)]));
        if (close)
            path.closeSubpath();
    }
    return path;
}

// Text with a light halo so it reads over any background. The halo is the
// text drawn at eight offsets rather than a stroked outline path: glyph
// outlines from QPainterPath::addText were seen to differ between the first
// and later renders in a process, and renders must be reproducible.
void drawHaloText(QPainter &p, const QRectF &r, const QString &text, const QColor &color)
{
    const QFontMetricsF fm(p.font());
    const QPointF base(r.left(), r.top() + fm.ascent());
    const double d = std::max(1.0, p.font().pixelSize() / 10.0);
    p.setPen(MapStyle::haloColor());
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            if (dx || dy)
                p.drawText(base + QPointF(dx * d, dy * d), text);
    p.setPen(color);
    p.drawText(base, text);
}

double uncertaintyPixels(double km, const MapSettings &s)
{
    return km * 1000.0 / s.metresPerPixel;
}

} // namespace

QPointF MapRenderer::markerPosition(const Flashpoint &f, const MapSettings &s)
{
    return s.transform().toScreen(f.markerXY);
}

QImage MapRenderer::renderImage(const MapSettings &settings, double dpr, BasemapCache *cache) const
{
    QImage image = cache ? cache->find(m_atlas, settings, dpr) : QImage();
    if (image.isNull()) {
        image = QImage(settings.size * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(MapStyle::background());
        QPainter base(&image);
        paintBase(base, settings);
        base.end();
        if (cache)
            cache->keep(m_atlas, settings, dpr, image);
    }
    QPainter p(&image); // detaches from the cache's copy
    paintOverlay(p, settings);
    p.end();
    return image;
}

MapSettings MapRenderer::withUserLegend(const Atlas &atlas, const MapSettings &settings)
{
    MapSettings s = settings;
    s.recordCheckedTo = atlas.recordCheckedTo;
    s.userLegend.clear();
    if (!s.legend)
        return s;   // nothing to count
    // Topmost layer first, as the layer panel lists them.
    for (auto it = atlas.userLayers.rbegin(); it != atlas.userLayers.rend(); ++it) {
        if (!it->shown())
            continue;
        MapSettings::UserLegendEntry e;
        e.name = it->name;
        if (it->events) {
            e.events = true;
            e.shown = qint64(it->events->count(s.windowStart(), s.date));
            e.total = qint64(it->events->size());
        }
        s.userLegend.append(e);
    }
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
    beginPaint(p, s);
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(s.size)), MapStyle::background());
    if (m_atlas)
        paintBasemap(p, s);
    p.restore();
}

void MapRenderer::paintOverlay(QPainter &p, const MapSettings &settings) const
{
    // The legend lists the user's layers: every caller gets them.
    const MapSettings s = m_atlas ? withUserLegend(*m_atlas, settings) : settings;
    beginPaint(p, s);
    if (m_atlas) {
        // The user's layers lie under the flashpoint areas and the lines, so
        // a dense layer never hides the two sides' lines or the buffer zones.
        paintUserLayers(p, s);
        paintFlashpointAreas(p, s);
        paintLines(p, s);
        paintPlaces(p, s);
        if (s.events)
            paintEvents(p, s);
        paintFlashpointMarkers(p, s);
        paintUserSelection(p, s);
        if (s.labels)
            paintLabels(p, s);
    }
    MapDecorations::paint(p, s);
    p.restore();
}

void MapRenderer::paintBasemap(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const QRectF visible = t.visibleMapRect();
    const double k = s.symbolScale();
    for (const BasemapLayer &layer : m_atlas->basemap) {
        for (const BasemapFeature &f : layer.features) {
            if (!f.geometry.bounds.intersects(visible) && !f.geometry.bounds.isEmpty())
                continue;
            switch (layer.kind) {
            case BasemapLayer::Kind::Countries:
                p.setPen(Qt::NoPen);
                p.setBrush(MapStyle::countryFill(f.name));
                p.drawPath(screenPath(f.geometry, t, true));
                break;
            case BasemapLayer::Kind::Lakes:
                p.setPen(QPen(MapStyle::lakeFill().darker(125), 0.8 * k));
                p.setBrush(MapStyle::lakeFill());
                p.drawPath(screenPath(f.geometry, t, true));
                break;
            case BasemapLayer::Kind::Rivers:
                p.setPen(QPen(MapStyle::riverColor(), 1.0 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                p.setBrush(Qt::NoBrush);
                p.drawPath(screenPath(f.geometry, t, false));
                break;
            case BasemapLayer::Kind::Boundaries: {
                const bool indiaChina = f.between.contains(QLatin1String("India"))
                                        && f.between.contains(QLatin1String("China"));
                const auto style = MapStyle::lineStyle(
                    indiaChina ? QStringLiteral("boundary-india-china")
                                            : QStringLiteral("boundary-de-facto"), k);
                p.setPen(style.pen);
                p.setBrush(Qt::NoBrush);
                p.drawPath(screenPath(f.geometry, t, false));
                break;
            }
            }
        }
    }
}

void MapRenderer::paintFlashpointAreas(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    for (const Flashpoint &f : m_atlas->flashpoints) {
        const Status st = m_atlas->statuses.stateAt(f.id, s.date).status;
        QColor fill = MapStyle::statusColor(st);
        fill.setAlpha(45);
        QColor edge = MapStyle::statusColor(st);
        edge.setAlpha(170);
        // Dashed outline: the areas are schematic, not surveyed.
        p.setPen(QPen(edge, 1.3 * k, Qt::DashLine));
        p.setBrush(fill);
        p.drawPath(screenPath(f.area, t, true));
        if (f.id == s.selection) {
            p.setPen(QPen(MapStyle::selectionColor(), 3 * k));
            p.setBrush(Qt::NoBrush);
            p.drawPath(screenPath(f.area, t, true));
        }
    }
}

void MapRenderer::paintLines(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    for (const MapLine &l : m_atlas->lines) {
        if (s.date.isValid() && !l.isValidOn(s.date))
            continue;
        const auto style = MapStyle::lineStyle(l.kind, k);
        const bool zone = l.geometry.type == Geometry::Type::Polygon;
        p.setPen(style.pen);
        p.setBrush(zone ? style.brush : Qt::NoBrush);
        p.drawPath(screenPath(l.geometry, t, zone));
        if (l.id == s.selection) {
            p.setPen(QPen(MapStyle::selectionColor(), 4 * k));
            p.setBrush(Qt::NoBrush);
            p.drawPath(screenPath(l.geometry, t, zone));
        }
    }
}

namespace {


// Up to this many events in view are drawn as dots; more as a density raster.
constexpr size_t kMaxDots = 3000;

// A time-aware event layer: the events active in the display window (two
// binary searches on the sorted start days), binned into cells of a few
// pixels; few events are drawn as dots, many as counts per cell through a
// colour ramp, so a million points stay readable rather than a solid smear.
void paintEventLayer(QPainter &p, const EventLayer &layer, const MapSettings &s)
{
    if (layer.size() == 0)
        return;
    const auto [from, to] = EventLayer::dayRange(s.windowStart(), s.date);
    const auto [first, last] = layer.candidates(from, to);
    if (first >= last)
        return;
    const double k = s.symbolScale();
    const int bin = std::max(1, int(std::lround(2.0 * k)));
    const int w = s.size.width(), h = s.size.height();
    const int gw = (w + bin - 1) / bin, gh = (h + bin - 1) / bin;
    if (gw <= 0 || gh <= 0)
        return;
    const double mpp = s.metresPerPixel;
    const double inv = 1.0 / (mpp * bin);
    const double left = s.center.x() - w / 2.0 * mpp;
    const double top = s.center.y() + h / 2.0 * mpp;
    std::vector<quint32> counts(size_t(gw) * size_t(gh), 0);
    const bool hasEnd = !layer.end.empty();
    const float *xs = layer.x.data(), *ys = layer.y.data();
    size_t inView = 0;
    for (size_t i = first; i < last; ++i) {
        if (hasEnd && !layer.active(i, from, to))
            continue;
        const double cx = (xs[i] - left) * inv, cy = (top - ys[i]) * inv;
        if (cx < 0 || cy < 0 || cx >= gw || cy >= gh)
            continue;
        ++counts[size_t(int(cy)) * size_t(gw) + size_t(int(cx))];
        ++inView;
    }
    if (inView == 0)
        return;
    if (inView <= kMaxDots) {
        const ViewTransform t = s.transform();
        p.setPen(QPen(Qt::white, 0.8 * k));
        p.setBrush(MapStyle::userLayerColor());
        for (size_t i = first; i < last; ++i) {
            if (hasEnd && !layer.active(i, from, to))
                continue;
            const QPointF c = t.toScreen(QPointF(xs[i], ys[i]));
            if (c.x() < -5 || c.y() < -5 || c.x() > w + 5 || c.y() > h + 5)
                continue;
            p.drawEllipse(c, 3.0 * k, 3.0 * k);
        }
        return;
    }
    quint32 busiest = 1;
    for (quint32 c : counts)
        busiest = std::max(busiest, c);
    QRgb lut[256];
    for (int i = 0; i < 256; ++i)
        lut[i] = MapStyle::densityColor(i / 255.0);
    const double scale = 255.0 / std::log1p(double(busiest));
    QImage image(gw, gh, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < gh; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const quint32 *c = counts.data() + size_t(row) * size_t(gw);
        for (int col = 0; col < gw; ++col)
            line[col] = c[col] ? lut[std::min(255, int(std::log1p(double(c[col])) * scale))] : 0u;
    }
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRectF(0, 0, double(gw) * bin, double(gh) * bin), image);
    p.restore();
}

} // namespace

void MapRenderer::paintUserLayers(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    const QColor color = MapStyle::userLayerColor();
    for (const UserLayer &layer : m_atlas->userLayers) {
        if (!layer.shown())
            continue;
        p.save();
        p.setOpacity(p.opacity() * std::clamp(layer.opacity, 0.0, 1.0));
        if (layer.events)
            paintEventLayer(p, *layer.events, s);
        for (const RawFeature &f : layer.layer.features) {
            switch (f.geometry.type) {
            case Geometry::Type::Point:
                p.setPen(QPen(Qt::white, 1 * k));
                p.setBrush(color);
                for (const QPointF &pt : f.geometry.points)
                    p.drawEllipse(t.toScreen(pt), 3.5 * k, 3.5 * k);
                break;
            case Geometry::Type::Line:
                p.setPen(QPen(color, 1.8 * k));
                p.setBrush(Qt::NoBrush);
                p.drawPath(screenPath(f.geometry, t, false));
                break;
            case Geometry::Type::Polygon: {
                QColor fill = color;
                fill.setAlpha(50);
                p.setPen(QPen(color, 1.2 * k));
                p.setBrush(fill);
                p.drawPath(screenPath(f.geometry, t, true));
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
    for (const Place &place : m_atlas->places) {
        const QPointF c = t.toScreen(place.xy);
        if (place.estimate) {
            // An estimate is drawn as its uncertainty, never as a precise dot.
            const double r = uncertaintyPixels(place.uncertaintyKm, s);
            p.setPen(QPen(QColor(0x55, 0x55, 0x55, 200), 1.1 * k, Qt::DashLine));
            p.setBrush(QColor(0x55, 0x55, 0x55, 22));
            p.drawEllipse(c, r, r);
            p.setPen(QPen(MapStyle::placeColor(), 1.4 * k));
            p.setBrush(Qt::NoBrush);
            p.drawLine(c - QPointF(3.5 * k, 0), c + QPointF(3.5 * k, 0));
            p.drawLine(c - QPointF(0, 3.5 * k), c + QPointF(0, 3.5 * k));
        } else {
            p.setPen(QPen(Qt::white, 1.0 * k));
            p.setBrush(MapStyle::placeColor());
            if (place.kind == QLatin1String("post") || place.kind == QLatin1String("base"))
                p.drawRect(QRectF(c - QPointF(3.5 * k, 3.5 * k), QSizeF(7 * k, 7 * k)));
            else if (place.kind == QLatin1String("pass")) {
                QPolygonF tri;
                tri << c + QPointF(0, -4.5 * k) << c + QPointF(4.5 * k, 3.5 * k)
                    << c + QPointF(-4.5 * k, 3.5 * k);
                p.drawPolygon(tri);
            } else
                p.drawEllipse(c, 3.5 * k, 3.5 * k);
        }
        if (place.id == s.selection) {
            p.setPen(QPen(MapStyle::selectionColor(), 3 * k));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 9 * k, 9 * k);
        }
    }
}

// A ring around the user's event shown in the details, as around a selected
// place; drawn whatever the date, so the user sees where it is.
void MapRenderer::paintUserSelection(QPainter &p, const MapSettings &s) const
{
    const int li = s.userSelectionLayer;
    if (li < 0 || size_t(li) >= m_atlas->userLayers.size() || !m_atlas->userLayers[size_t(li)].events)
        return;
    const EventLayer &e = *m_atlas->userLayers[size_t(li)].events;
    if (s.userSelectionIndex < 0 || size_t(s.userSelectionIndex) >= e.size())
        return;
    const size_t i = size_t(s.userSelectionIndex);
    const double k = s.symbolScale();
    const QPointF c = s.transform().toScreen(QPointF(e.x[i], e.y[i]));
    p.setPen(QPen(MapStyle::selectionColor(), 3 * k));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, 9 * k, 9 * k);
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
            p.drawEllipse(QPointF(0, 0), 9 * k, 9 * k);
        }
        p.setPen(QPen(Qt::white, 1.2 * k));
        p.setBrush(MapStyle::eventColor(e.type));
        p.drawPath(MapStyle::eventMarker(e.type, 5 * k));
        p.restore();
    }
}

void MapRenderer::paintFlashpointMarkers(QPainter &p, const MapSettings &s) const
{
    const double k = s.symbolScale();
    for (const Flashpoint &f : m_atlas->flashpoints) {
        const Status st = m_atlas->statuses.stateAt(f.id, s.date).status;
        const QPointF c = markerPosition(f, s);
        if (f.markerUncertaintyKm > 0) {
            const double r = uncertaintyPixels(f.markerUncertaintyKm, s);
            p.setPen(QPen(MapStyle::statusColor(st).darker(130), 1.1 * k, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r, r);
        }
        if (f.id == s.selection) {
            p.setPen(Qt::NoPen);
            p.setBrush(MapStyle::selectionColor());
            p.drawEllipse(c, 16 * k, 16 * k);
        }
        p.save();
        p.translate(c);
        p.setPen(QPen(Qt::white, 2 * k));
        p.setBrush(MapStyle::statusColor(st));
        p.drawPath(MapStyle::statusMarker(st, 9 * k));
        p.restore();
    }
}

void MapRenderer::paintLabels(QPainter &p, const MapSettings &s) const
{
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(s.size)));
    // Labels keep clear of the decorations.
    if (s.legend)
        placer.block(MapDecorations::legendRect(s));
    for (const QRectF &r : {MapDecorations::headingBox(s), MapDecorations::footerBox(s)})
        if (!r.isEmpty())
            placer.block(r);
    if (s.northArrow)
        placer.block(MapDecorations::northArrowBox(s));
    if (s.scaleBar)
        placer.block(MapDecorations::scaleBarBox(s));
    for (const Flashpoint &f : m_atlas->flashpoints) {
        const QPointF c = markerPosition(f, s);
        placer.block(QRectF(c - QPointF(11 * k, 11 * k), QSizeF(22 * k, 22 * k)));
    }
    const QFont big = MapStyle::font(14, s.symbolScale(), true);
    p.setFont(big);
    QFontMetricsF fm(big);
    for (const Flashpoint &f : m_atlas->flashpoints) {
        const QPointF c = markerPosition(f, s);
        const QRectF r = placer.place(c, QSizeF(fm.horizontalAdvance(f.name), fm.height()), 13 * k);
        if (!r.isEmpty())
            drawHaloText(p, r, f.name, MapStyle::labelColor());
    }
    // Place labels only when zoomed in enough for them to be read.
    if (s.metresPerPixel > 700)
        return;
    const QFont small = MapStyle::font(11, s.symbolScale());
    p.setFont(small);
    fm = QFontMetricsF(small);
    for (const Place &place : m_atlas->places) {
        const QPointF c = t.toScreen(place.xy);
        QString text = place.name;
        if (place.estimate)
            text += QStringLiteral(" (±%1 km)").arg(place.uncertaintyKm);
        const QRectF r = placer.place(c, QSizeF(fm.horizontalAdvance(text), fm.height()), 6 * k);
        if (!r.isEmpty())
            drawHaloText(p, r, text, QColor(0x30, 0x30, 0x30));
    }
}
