#include "ContextPainter.h"

#include "MapStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace {
const QString kRoads = QStringLiteral("roads");
} // namespace

void ContextPainter::paintRoads(QPainter &p, const Atlas &atlas, const MapSettings &s)
{
    if (!s.layerShown(kRoads))
        return;
    const ViewTransform t = s.transform();
    const QRectF visible = t.visibleMapRect();
    const double k = s.symbolScale();
    const MapStyle::LineStyle style = MapStyle::lineStyle(QStringLiteral("road"), k);
    // A light casing first, so a road reads over rivers and boundaries.
    QPen casing(MapStyle::haloColor(), style.pen.widthF() + 2.4 * k, Qt::SolidLine, Qt::RoundCap,
                Qt::RoundJoin);
    for (const QPen &pen : {casing, style.pen}) {
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        for (const ContextFeature &c : atlas.context)
            if (c.isRoad() && c.geometry.bounds.intersects(visible))
                p.drawPath(t.path(c.geometry, false));
    }
}

QList<int> ContextPainter::drawnPoints(const Atlas &atlas, const MapSettings &s)
{
    QList<int> out;
    if (!s.layerShown(kRoads))
        return out;
    const bool places = s.layerShown(QStringLiteral("places"));
    for (int i = 0; i < atlas.context.size(); ++i) {
        const ContextFeature &c = atlas.context[i];
        if (c.isRoad() || c.geometry.isEmpty())
            continue;
        if (places && !c.sameAs.isEmpty() && atlas.place(c.sameAs))
            continue;
        out.append(i);
    }
    return out;
}

QRectF ContextPainter::markerBox(const Atlas &atlas, int i, const MapSettings &s)
{
    const double r = 5.5 * s.symbolScale();
    const QPointF c = s.transform().toScreen(atlas.context[i].xy);
    return QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

void ContextPainter::paintPoints(QPainter &p, const Atlas &atlas, const MapSettings &s)
{
    const double k = s.symbolScale();
    const QColor ink = MapStyle::contextColor();
    for (int i : drawnPoints(atlas, s)) {
        const ContextFeature &f = atlas.context[i];
        const QPointF c = s.transform().toScreen(f.xy);
        p.setPen(QPen(ink, 1.6 * k));
        p.setBrush(MapStyle::symbolOutlineColor());
        if (f.kind == QLatin1String("pass")) {
            // A pass: two facing arcs, the saddle between two slopes.
            QPainterPath saddle;
            saddle.moveTo(c + QPointF(-4.5 * k, -4 * k));
            saddle.quadTo(c + QPointF(-1 * k, 0), c + QPointF(-4.5 * k, 4 * k));
            saddle.moveTo(c + QPointF(4.5 * k, -4 * k));
            saddle.quadTo(c + QPointF(1 * k, 0), c + QPointF(4.5 * k, 4 * k));
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(MapStyle::haloColor(), 3.4 * k, Qt::SolidLine, Qt::RoundCap));
            p.drawPath(saddle);
            p.setPen(QPen(ink, 1.6 * k, Qt::SolidLine, Qt::RoundCap));
            p.drawPath(saddle);
        } else if (f.kind == QLatin1String("post")) {
            p.drawRect(QRectF(c - QPointF(4 * k, 4 * k), QSizeF(8 * k, 8 * k)));
        } else {
            // A town: a ring with a dot, the usual map sign for a settlement.
            p.drawEllipse(c, 4.5 * k, 4.5 * k);
            p.setPen(Qt::NoPen);
            p.setBrush(ink);
            p.drawEllipse(c, 1.8 * k, 1.8 * k);
        }
    }
}
