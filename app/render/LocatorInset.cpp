#include "LocatorInset.h"

#include "MapDecorations.h"
#include "MapStyle.h"

#include <QPainter>

QRectF LocatorInset::box(const MapSettings &s)
{
    if (!s.locator)
        return {};
    const double k = s.symbolScale();
    const QRectF region = Atlas::fullExtent();
    const double w = std::min(190 * k, s.size.width() * 0.28);
    const double h = w * region.height() / region.width();
    const double bottom = s.disclaimer ? MapDecorations::footerBox(s).top() : s.size.height();
    return QRectF(s.size.width() - w - 12 * k, bottom - h - 12 * k, w, h);
}

bool LocatorInset::helps(const MapSettings &s)
{
    const QRectF region = Atlas::fullExtent();
    return s.size.width() * s.metresPerPixel < region.width() / 2
           && s.size.height() * s.metresPerPixel < region.height() / 2;
}

void LocatorInset::paint(QPainter &p, const Atlas &atlas, const MapSettings &s)
{
    const QRectF b = box(s);
    if (b.isEmpty())
        return;
    const double k = s.symbolScale();
    const QRectF region = Atlas::fullExtent();
    // The region fills the inset: same projection, its own scale.
    const ViewTransform t(region.center(), region.width() / b.width(), b.size());
    p.save();
    p.setClipRect(b);
    p.translate(b.topLeft());
    p.fillRect(QRectF(QPointF(0, 0), b.size()), MapStyle::background());
    for (const BasemapLayer &layer : atlas.basemap) {
        if (layer.kind != BasemapLayer::Kind::Countries && layer.kind != BasemapLayer::Kind::Lakes)
            continue;
        for (const BasemapFeature &f : layer.features) {
            p.setPen(Qt::NoPen);
            p.setBrush(layer.kind == BasemapLayer::Kind::Lakes ? MapStyle::lakeFill()
                                                               : MapStyle::countryFill(f.name));
            p.drawPath(t.path(f.geometry, true));
        }
    }
    for (const BasemapLayer &layer : atlas.basemap) {
        if (layer.kind != BasemapLayer::Kind::Boundaries)
            continue;
        p.setPen(QPen(MapStyle::locatorBoundaryColor(), 0.8 * k));
        p.setBrush(Qt::NoBrush);
        for (const BasemapFeature &f : layer.features)
            p.drawPath(t.path(f.geometry, false));
    }
    // The exported view, outlined; never smaller than a few pixels.
    const ViewTransform view = s.transform();
    QRectF r(t.toScreen(view.toMap(QPointF(0, 0))), t.toScreen(view.toMap(QPointF(s.size.width(), s.size.height()))));
    r = r.normalized();
    const QPointF c = r.center();
    r.setSize(r.size().expandedTo(QSizeF(6 * k, 6 * k)));
    r.moveCenter(c);
    p.setPen(QPen(MapStyle::locatorViewEdge(), 2 * k));
    p.setBrush(MapStyle::locatorViewFill());
    p.drawRect(r);
    p.restore();
    p.setPen(QPen(MapStyle::locatorFrameColor(), 1 * k));
    p.setBrush(Qt::NoBrush);
    p.drawRect(b);
}
