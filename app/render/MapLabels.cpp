#include "MapLabels.h"

#include "ContextPainter.h"
#include "LabelPlacer.h"
#include "LocatorInset.h"
#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapRenderer.h"
#include "MapStyle.h"

#include "Translations.h"
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <algorithm>

namespace {

QFont labelFont(PlacedLabel::Rank rank, double k)
{
    switch (rank) {
    case PlacedLabel::Rank::Flashpoint: return MapStyle::font(14, k, true);
    case PlacedLabel::Rank::Major: return MapStyle::font(12, k);
    case PlacedLabel::Rank::Minor: break;
    }
    return MapStyle::font(11, k);
}

QRectF around(const QPointF &c, double r)
{
    return QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

// Places that carry a settlement, a post or a lake are read before the
// confluences, sources and patrol points around them.
bool majorPlace(const Place &p)
{
    static const QStringList kinds = {QStringLiteral("village"), QStringLiteral("base"),
                                      QStringLiteral("post"), QStringLiteral("lake"),
                                      QStringLiteral("plain")};
    return !p.estimate && kinds.contains(p.kind);
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

} // namespace

QList<MapLabels::Symbol> MapLabels::symbols(const Atlas &atlas, const MapSettings &s)
{
    QList<Symbol> out;
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    for (const Flashpoint &f : atlas.flashpoints)
        out.append({around(MapRenderer::markerPosition(f, s), MapStyle::labelClearance(MapStyle::flashpointSymbol()) * k),
                    true});
    if (s.layerShown(QStringLiteral("places")))
        for (const Place &p : atlas.places)
            out.append({around(t.toScreen(p.xy), MapStyle::labelClearance(MapStyle::placeSymbol()) * k)});
    for (int i : ContextPainter::drawnPoints(atlas, s))
        out.append({ContextPainter::markerBox(atlas, i, s)});
    if (s.events && s.layerShown(QStringLiteral("events"))) {
        const double eventClear = MapStyle::labelClearance(MapStyle::eventSymbol()) * k;
        const auto [first, last] = MapRenderer::visibleEvents(atlas, s);
        for (int i = first; i < last; ++i)
            if (atlas.events[i].hasPosition)
                out.append({around(MapRenderer::eventPosition(atlas, i, s), eventClear)});
    }
    // The rings around a selected place or a user's event shown in the details.
    const double ring = MapStyle::selectionClearance(MapStyle::placeSymbol()) * k;
    if (const Place *sel = atlas.place(s.selection))
        out.append({around(t.toScreen(sel->xy), ring)});
    const int li = s.userSelectionLayer;
    const LayerEntry *entry = s.layers.at(li);
    if (entry && (*entry)->events && s.userSelectionIndex >= 0
        && size_t(s.userSelectionIndex) < (*entry)->events->size()) {
        const EventLayer &e = *(*entry)->events;
        const size_t i = size_t(s.userSelectionIndex);
        out.append({around(t.toScreen(QPointF(e.x[i], e.y[i])), ring)});
    }
    return out;
}

MapLabels::Layout MapLabels::layout(const Atlas &atlas, const MapSettings &s)
{
    Layout out;
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    const bool places = s.layerShown(QStringLiteral("places"));
    // What labels must keep clear of: the decorations, then every marker.
    if (s.legend)
        out.obstacles << MapLegend::rect(s);
    for (const QRectF &r : {MapDecorations::headingBox(s), MapDecorations::footerBox(s)})
        if (!r.isEmpty())
            out.obstacles << r;
    if (s.northArrow)
        out.obstacles << MapDecorations::northArrowBox(s);
    if (s.scaleBar)
        out.obstacles << MapDecorations::scaleBarBox(s);
    if (s.locator)
        out.obstacles << LocatorInset::box(s);
    for (const Symbol &symbol : symbols(atlas, s))
        out.obstacles << symbol.box;
    const QList<int> contextPoints = ContextPainter::drawnPoints(atlas, s);
    if (!s.labels)
        return out;

    LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(s.size)));
    for (const QRectF &r : out.obstacles)
        placer.block(r);
    const QString roads = QStringLiteral("roads"), placesLayer = QStringLiteral("places");
    auto add = [&](const QString &text, const QPointF &at, PlacedLabel::Rank rank, double gap, int rings,
                   const QString &layer) {
        const QFontMetricsF fm(labelFont(rank, k));
        PlacedLabel l{text, {}, at, rank, false, layer};
        l.box = placer.place(at, QSizeF(fm.horizontalAdvance(text), fm.height()), gap * k, rings, &l.leader);
        if (!l.box.isEmpty())
            out.labels << l;
    };
    for (const Flashpoint &f : atlas.flashpoints)
        add(Translations::displayName(f.name, f.nameOther), MapRenderer::markerPosition(f, s), PlacedLabel::Rank::Flashpoint, 13, 3, QString());
    // Place labels only when zoomed in enough for them to be read.
    const bool closeUp = s.metresPerPixel <= 700;
    QList<int> minorContext;
    for (int i : contextPoints) {
        const ContextFeature &c = atlas.context[i];
        if (c.kind == QLatin1String("pass"))
            minorContext << i;
        else
            add(Translations::displayName(c.name, c.nameOther), t.toScreen(c.xy), PlacedLabel::Rank::Major, 7, 2, roads);
    }
    QList<const Place *> minorPlaces;
    if (places && closeUp) {
        for (const Place &p : atlas.places) {
            if (!majorPlace(p)) {
                minorPlaces << &p;
                continue;
            }
            add(Translations::displayName(p.name, p.nameOther), t.toScreen(p.xy), PlacedLabel::Rank::Major, 6, 2, placesLayer);
        }
    }
    if (s.metresPerPixel <= 1500)
        for (int i : minorContext)
            add(Translations::displayName(atlas.context[i].name, atlas.context[i].nameOther), t.toScreen(atlas.context[i].xy), PlacedLabel::Rank::Minor, 7, 1, roads);
    for (const Place *p : minorPlaces) {
        QString text = p->name;
        if (p->estimate)
            text += QStringLiteral(" (±%1 km)").arg(p->uncertaintyKm);
        add(text, t.toScreen(p->xy), PlacedLabel::Rank::Minor, 6, 1, placesLayer);
    }
    return out;
}

void MapLabels::paint(QPainter &p, const Layout &layout, const MapSettings &s)
{
    const double k = s.symbolScale();
    const double opacity = p.opacity();
    for (const PlacedLabel &l : layout.labels) {
        // A label fades with the layer of what it names.
        p.setOpacity(l.layer.isEmpty() ? opacity : opacity * s.opacityOf(l.layer));
        if (l.leader) {
            // From the symbol's edge to the nearest point of the label.
            const QPointF to(std::clamp(l.anchor.x(), l.box.left(), l.box.right()),
                             std::clamp(l.anchor.y(), l.box.top(), l.box.bottom()));
            QLineF line(l.anchor, to);
            const double start = MapStyle::labelClearance(l.rank == PlacedLabel::Rank::Flashpoint
                                                              ? MapStyle::flashpointSymbol()
                                                              : MapStyle::placeSymbol()) * k;
            if (line.length() > start) {
                line.setP1(line.pointAt(start / line.length()));
                p.setPen(QPen(MapStyle::leaderLineColor(), 1.0 * k));
                p.drawLine(line);
            }
        }
        p.setFont(labelFont(l.rank, k));
        const QColor color = l.rank == PlacedLabel::Rank::Flashpoint ? MapStyle::labelColor()
                             : l.rank == PlacedLabel::Rank::Major   ? MapStyle::majorLabelColor()
                                                                      : MapStyle::minorLabelColor();
        drawHaloText(p, l.box, l.text, color);
    }
    p.setOpacity(opacity);
}
