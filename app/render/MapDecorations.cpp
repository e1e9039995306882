#include "MapDecorations.h"

#include "MapStyle.h"
#include "Projection.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace MapDecorations {

namespace {

void panel(QPainter &p, const QRectF &r)
{
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(r, 4, 4);
}

} // namespace

double groundMetresPerPixel(const MapSettings &s)
{
    const ViewTransform t = s.transform();
    const QPointF c(s.size.width() / 2.0, s.size.height() / 2.0);
    GeoPoint a, b;
    const double half = 50.0;
    if (!Projection::instance().inverse(t.toMap(c - QPointF(half, 0)), &a)
        || !Projection::instance().inverse(t.toMap(c + QPointF(half, 0)), &b))
        return s.metresPerPixel;
    return Projection::geodesicDistance(a, b) / (2 * half);
}

ScaleBarSpec scaleBar(const MapSettings &s)
{
    const double mpp = groundMetresPerPixel(s);
    const double target = mpp * s.size.width() / 5.0;
    // Round down to 1, 2 or 5 times a power of ten.
    const double power = std::pow(10.0, std::floor(std::log10(std::max(target, 1.0))));
    double nice = power;
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * power <= target) {
            nice = m * power;
            break;
        }
    }
    ScaleBarSpec spec;
    spec.metres = nice;
    spec.pixels = nice / mpp;
    spec.label = nice >= 1000 ? QStringLiteral("%1 km").arg(nice / 1000.0)
                              : QStringLiteral("%1 m").arg(nice);
    return spec;
}

QString disclaimer()
{
    return QStringLiteral("The LAC is not jointly delineated; every line shown is approximate "
                          "and schematic, not an authoritative boundary.");
}

QString attribution()
{
    return QStringLiteral("Boundaries: Natural Earth (de facto). Lakes, rivers: GSHHG/WDBII. "
                          "Flashpoint data: LAC Viewer, from cited public sources.");
}

// The footer: disclaimer and attribution across the bottom of the map.
static QRectF footerRect(const MapSettings &s, QString *textOut = nullptr)
{
    const double k = s.symbolScale();
    const QFontMetricsF fm(MapStyle::font(10, k));
    const QString text = disclaimer() + QLatin1Char(' ') + attribution();
    const double maxW = s.size.width() - 24 * k;
    const QRectF bound = fm.boundingRect(QRectF(0, 0, maxW, 10000), Qt::TextWordWrap, text);
    if (textOut)
        *textOut = text;
    return QRectF(0, s.size.height() - bound.height() - 8 * k, s.size.width(), bound.height() + 8 * k);
}

void paintScaleBar(QPainter &p, const MapSettings &s)
{
    const ScaleBarSpec spec = scaleBar(s);
    const double k = s.symbolScale();
    const QFont font = MapStyle::font(11, s.symbolScale());
    const QFontMetricsF fm(font);
    // Above the footer when there is one.
    const double bottom = s.disclaimer ? footerRect(s).top() : s.size.height();
    const QRectF box(12 * k, bottom - 42 * k, spec.pixels + 24 * k, 30 * k);
    panel(p, box);
    const double x0 = box.left() + 12 * k, y = box.bottom() - 9 * k;
    p.setPen(QPen(Qt::black, 2 * k, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x0, y), QPointF(x0 + spec.pixels, y));
    p.drawLine(QPointF(x0, y - 5 * k), QPointF(x0, y));
    p.drawLine(QPointF(x0 + spec.pixels, y - 5 * k), QPointF(x0 + spec.pixels, y));
    p.setFont(font);
    p.drawText(QRectF(x0, box.top() + 2 * k, spec.pixels, fm.height()), Qt::AlignCenter, spec.label);
}

void paintDateLabel(QPainter &p, const MapSettings &s)
{
    if (!s.date.isValid())
        return;
    const double k = s.symbolScale();
    const QFont font = MapStyle::font(15, s.symbolScale(), true);
    const QString text = QStringLiteral("As of %1").arg(s.date.toString(Qt::ISODate));
    const QFontMetricsF fm(font);
    const QRectF box(12 * k, 12 * k, fm.horizontalAdvance(text) + 20 * k, fm.height() + 10 * k);
    panel(p, box);
    p.setFont(font);
    p.setPen(MapStyle::labelColor());
    p.drawText(box, Qt::AlignCenter, text);
}

void paintLegend(QPainter &p, const MapSettings &s)
{
    const double k = s.symbolScale();
    const QFont title = MapStyle::font(11, s.symbolScale(), true);
    const QFont font = MapStyle::font(10, s.symbolScale());
    const QFontMetricsF fm(font);
    const double row = std::max(fm.height(), 16 * k) + 2 * k;
    const QStringList kinds = {QStringLiteral("boundary-india-china"),
                               QStringLiteral("boundary-de-facto"), QStringLiteral("lac-india"),
                               QStringLiteral("lac-china"), QStringLiteral("buffer-zone")};
    const auto statuses = MapStyle::legendStatuses();
    double textWidth = 0;
    for (Status st : statuses)
        textWidth = std::max(textWidth, fm.horizontalAdvance(StatusInfo::label(st)));
    for (const QString &kind : kinds)
        textWidth = std::max(textWidth, fm.horizontalAdvance(MapStyle::lineStyle(kind).label));
    textWidth = std::min(textWidth, s.size.width() * 0.38);
    const double w = textWidth + 52 * k;
    const double h = row * (statuses.size() + kinds.size() + 2) + 10 * k;
    const QRectF box(s.size.width() - w - 12 * k, 12 * k, w, h);
    panel(p, box);
    double y = box.top() + 6 * k;
    const double sx = box.left() + 18 * k, tx = box.left() + 38 * k;
    p.setFont(title);
    p.setPen(MapStyle::labelColor());
    p.drawText(QRectF(box.left() + 8 * k, y, w, row), Qt::AlignVCenter, QStringLiteral("Flashpoint status"));
    y += row;
    p.setFont(font);
    for (Status st : statuses) {
        p.save();
        p.translate(sx, y + row / 2);
        p.setPen(QPen(Qt::white, 1.2 * k));
        p.setBrush(MapStyle::statusColor(st));
        p.drawPath(MapStyle::statusMarker(st, 6 * k));
        p.restore();
        p.setPen(MapStyle::labelColor());
        p.drawText(QRectF(tx, y, textWidth + 10 * k, row), Qt::AlignVCenter, StatusInfo::label(st));
        y += row;
    }
    p.setFont(title);
    p.drawText(QRectF(box.left() + 8 * k, y, w, row), Qt::AlignVCenter, QStringLiteral("Lines"));
    y += row;
    p.setFont(font);
    for (const QString &kind : kinds) {
        const MapStyle::LineStyle ls = MapStyle::lineStyle(kind, k);
        if (ls.brush.style() != Qt::NoBrush) {
            p.setPen(ls.pen);
            p.setBrush(ls.brush);
            p.drawRect(QRectF(sx - 9 * k, y + 3 * k, 18 * k, row - 6 * k));
        } else {
            p.setPen(ls.pen);
            p.drawLine(QPointF(sx - 10 * k, y + row / 2), QPointF(sx + 10 * k, y + row / 2));
        }
        p.setPen(MapStyle::labelColor());
        p.drawText(QRectF(tx, y, textWidth + 10 * k, row), Qt::AlignVCenter | Qt::TextWordWrap,
                   fm.elidedText(ls.label, Qt::ElideRight, textWidth + 8 * k));
        y += row;
    }
}

void paintDisclaimer(QPainter &p, const MapSettings &s)
{
    const double k = s.symbolScale();
    QString text;
    const QRectF box = footerRect(s, &text);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRect(box);
    p.setFont(MapStyle::font(10, k));
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(box.adjusted(12 * k, 4 * k, -12 * k, -4 * k), Qt::TextWordWrap, text);
}

} // namespace MapDecorations
