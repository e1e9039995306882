#include "MeasurePainter.h"

#include "Geodesic.h"
#include "MapStyle.h"
#include "Projection.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace {

// Screen points of the leg from a to b, through intermediate points on the
// ellipsoid's geodesic (16 steps; the same as a straight line for a short leg).
QPolygonF legOnScreen(const GeoPoint &a, const GeoPoint &b, const ViewTransform &t)
{
    QPolygonF out;
    const Geodesic::Leg leg = Geodesic::inverse(a, b);
    const int steps = leg.metres > 20000 ? 16 : 1;
    for (int i = 0; i <= steps; ++i) {
        const GeoPoint g = i == 0 ? a : i == steps ? b : Geodesic::direct(a, leg.bearing, leg.metres * i / steps);
        QPointF xy;
        if (Projection::instance().forward(g, &xy))
            out << t.toScreen(xy);
    }
    return out;
}

void label(QPainter &p, const QPointF &at, const QString &text, double k)
{
    QFont f = p.font();
    f.setPointSizeF(8.5 * k);
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF m(f);
    const QRectF box(at + QPointF(6 * k, -m.height() - 2 * k), QSizeF(m.horizontalAdvance(text) + 8 * k, m.height() + 2 * k));
    p.setPen(Qt::NoPen);
    p.setBrush(MapStyle::measureLabelBackground());
    p.drawRoundedRect(box, 3 * k, 3 * k);
    p.setPen(MapStyle::measureColor());
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace

void MeasurePainter::paint(QPainter &p, const MapSettings &s)
{
    if (s.measure.isEmpty())
        return;
    const ViewTransform t = s.transform();
    const double k = s.symbolScale();
    QList<GeoPoint> pts = s.measure;
    const bool closed = s.measureClosed && pts.size() >= 3;
    if (closed)
        pts << pts.front();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    QList<QPair<QPointF, double>> legLabels;
    for (int i = 0; i + 1 < pts.size(); ++i) {
        const QPolygonF leg = legOnScreen(pts[i], pts[i + 1], t);
        if (leg.isEmpty())
            continue;
        path.addPolygon(leg);
        legLabels.append({leg[leg.size() / 2], Geodesic::inverse(pts[i], pts[i + 1]).metres});
    }
    if (closed) {
        QColor fill = MapStyle::measureColor();
        fill.setAlpha(40);
        p.fillPath(path, fill);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(MapStyle::measureLabelBackground(), 4.5 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(QPen(MapStyle::measureColor(), 2.2 * k, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(QPen(MapStyle::measureLabelBackground(), 1.2 * k));
    p.setBrush(MapStyle::measureColor());
    for (const GeoPoint &g : s.measure) {
        QPointF xy;
        if (Projection::instance().forward(g, &xy))
            p.drawEllipse(t.toScreen(xy), 4 * k, 4 * k);
    }
    if (legLabels.size() > 1)
        for (const auto &[at, metres] : legLabels)
            label(p, at, Geodesic::distanceText(metres), k * 0.9);
    const Geodesic::Measure m = Geodesic::measure(s.measure, closed);
    QPointF last;
    if (s.measure.size() >= 2 && Projection::instance().forward(s.measure.back(), &last)) {
        QString total = Geodesic::distanceText(m.metres);
        if (closed)
            total += QStringLiteral(", %1 km²").arg(m.areaSquareMetres / 1e6, 0, 'f', 1);
        label(p, t.toScreen(last), total, k);
    }
    p.restore();
}
