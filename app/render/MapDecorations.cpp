#include "MapDecorations.h"

#include "LocatorInset.h"
#include "MapLegend.h"
#include "MapStyle.h"
#include "Projection.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <QtMath>
#include <cmath>

namespace MapDecorations {

void panel(QPainter &p, const QRectF &r)
{
    p.setPen(QPen(MapStyle::panelEdge(), 1));
    p.setBrush(MapStyle::panelFill());
    p.drawRoundedRect(r, 4, 4);
}

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
    return QCoreApplication::translate("MapDecorations", "The LAC is not jointly delineated; every line shown is approximate "
                          "and schematic, not an authoritative boundary.");
}

QString attribution()
{
    return QCoreApplication::translate("MapDecorations", "Basemap: Natural Earth (public domain; de facto boundaries), GSHHG/WDBII "
                          "lakes and rivers (LGPL). Flashpoints, lines and events: LAC Viewer data, "
                          "each from cited public sources (news reports, official statements, "
                          "Wikipedia).");
}

QString ownRecordNote()
{
    return QCoreApplication::translate("MapDecorations", " Ringed events and places are from the user's own record, "
                                                         "not LAC Viewer data.");
}

// The footer: disclaimer and attribution across the bottom of the map.
static QRectF footerRect(const MapSettings &s, QString *textOut = nullptr)
{
    const double k = s.symbolScale();
    const QFontMetricsF fm(MapStyle::font(10, k));
    QString text = disclaimer() + QLatin1Char(' ') + attribution();
    if (s.recordCheckedTo.isValid())
        text += QCoreApplication::translate("MapDecorations", " Record checked to %1.").arg(s.recordCheckedTo.toString(Qt::ISODate));
    if (s.ownRecord)
        text += ownRecordNote();
    const double maxW = s.size.width() - 24 * k;
    const QRectF bound = fm.boundingRect(QRectF(0, 0, maxW, 10000), Qt::TextWordWrap, text);
    if (textOut)
        *textOut = text;
    return QRectF(0, s.size.height() - bound.height() - 8 * k, s.size.width(), bound.height() + 8 * k);
}

QRectF scaleBarBox(const MapSettings &s)
{
    const double k = s.symbolScale();
    // Above the footer when there is one.
    const double bottom = s.disclaimer ? footerRect(s).top() : s.size.height();
    return QRectF(12 * k, bottom - 42 * k, scaleBar(s).pixels + 24 * k, 30 * k);
}

QLineF scaleBarLine(const MapSettings &s)
{
    const double k = s.symbolScale();
    const QRectF box = scaleBarBox(s);
    const double x0 = box.left() + 12 * k, y = box.bottom() - 9 * k;
    return QLineF(x0, y, x0 + scaleBar(s).pixels, y);
}

void paintScaleBar(QPainter &p, const MapSettings &s)
{
    const ScaleBarSpec spec = scaleBar(s);
    const double k = s.symbolScale();
    const QFont font = MapStyle::font(11, s.symbolScale());
    const QFontMetricsF fm(font);
    const QRectF box = scaleBarBox(s);
    panel(p, box);
    const QLineF bar = scaleBarLine(s);
    const double x0 = bar.x1(), y = bar.y1();
    p.setPen(QPen(MapStyle::scaleBarColor(), 2 * k, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x0, y), QPointF(x0 + spec.pixels, y));
    p.drawLine(QPointF(x0, y - 5 * k), QPointF(x0, y));
    p.drawLine(QPointF(x0 + spec.pixels, y - 5 * k), QPointF(x0 + spec.pixels, y));
    p.setFont(font);
    p.drawText(QRectF(x0, box.top() + 2 * k, spec.pixels, fm.height()), Qt::AlignCenter, spec.label);
}

static void paintDateStamp(QPainter &p, const MapSettings &s);

void paintDateLabel(QPainter &p, const MapSettings &s)
{
    if (s.showTitle)
        paintTitle(p, s); // the title block carries the date
    else if (s.date.isValid())
        paintDateStamp(p, s);
}

static QRectF dateStampBox(const MapSettings &s)
{
    const double k = s.symbolScale();
    const QFontMetricsF fm(MapStyle::font(15, s.symbolScale(), true));
    const QString text = QCoreApplication::translate("MapDecorations", "As of %1").arg(s.date.toString(Qt::ISODate));
    return QRectF(12 * k, 12 * k, fm.horizontalAdvance(text) + 20 * k, fm.height() + 10 * k);
}

static void paintDateStamp(QPainter &p, const MapSettings &s)
{
    const QFont font = MapStyle::font(15, s.symbolScale(), true);
    const QString text = QCoreApplication::translate("MapDecorations", "As of %1").arg(s.date.toString(Qt::ISODate));
    const QRectF box = dateStampBox(s);
    panel(p, box);
    p.setFont(font);
    p.setPen(MapStyle::labelColor());
    p.drawText(box, Qt::AlignCenter, text);
}


void paintDisclaimer(QPainter &p, const MapSettings &s)
{
    const double k = s.symbolScale();
    QString text;
    const QRectF box = footerRect(s, &text);
    p.setPen(Qt::NoPen);
    p.setBrush(MapStyle::footerFill());
    p.drawRect(box);
    p.setFont(MapStyle::font(10, k));
    p.setPen(MapStyle::footerTextColor());
    p.drawText(box.adjusted(12 * k, 4 * k, -12 * k, -4 * k), Qt::TextWordWrap, text);
}

namespace {

struct TitleLayout {
    double fontSize = 18;  // unscaled pixels: 18, or down to 14 to stay on one line
    QRectF box;
    QRectF titleRect;
    QRectF dateRect;   // empty when the title shows the date itself
    QString dateText;
};

TitleLayout titleLayout(const MapSettings &s)
{
    const double k = s.symbolScale();
    const QFontMetricsF dfm(MapStyle::font(12, k));
    // As wide as the map leaves beside the legend.
    double maxW = s.size.width() - 24 * k - (s.legend ? MapLegend::size(s).width() + 12 * k : 0);
    maxW = std::max(std::max(maxW, s.size.width() * 0.3) - 20 * k, 1.0);
    const QString title = s.titleText();
    TitleLayout l;
    // Smaller before it wraps.
    while (l.fontSize > 14 && QFontMetricsF(MapStyle::font(l.fontSize, k, true)).horizontalAdvance(title) > maxW)
        l.fontSize -= 1;
    const QFontMetricsF tfm(MapStyle::font(l.fontSize, k, true));
    const QRectF t = tfm.boundingRect(QRectF(0, 0, maxW, 1e6), Qt::TextWordWrap, title);
    const QString iso = s.date.isValid() ? s.date.toString(Qt::ISODate) : QString();
    double w = t.width(), h = t.height();
    if (s.dateLabel && !iso.isEmpty() && !title.contains(iso)) {
        l.dateText = QCoreApplication::translate("MapDecorations", "As of %1").arg(iso);
        w = std::max(w, dfm.horizontalAdvance(l.dateText));
        l.dateRect = QRectF(22 * k, 17 * k + h + 2 * k, w, dfm.height());
        h += 2 * k + dfm.height();
    }
    l.titleRect = QRectF(22 * k, 17 * k, w, t.height());
    l.box = QRectF(12 * k, 12 * k, w + 20 * k, h + 10 * k);
    return l;
}

} // namespace

QRectF headingBox(const MapSettings &s)
{
    if (s.showTitle)
        return titleLayout(s).box;
    return s.dateLabel && s.date.isValid() ? dateStampBox(s) : QRectF();
}

QRectF footerBox(const MapSettings &s)
{
    return s.disclaimer ? footerRect(s) : QRectF();
}

void paintTitle(QPainter &p, const MapSettings &s)
{
    const double k = s.symbolScale();
    const TitleLayout l = titleLayout(s);
    panel(p, l.box);
    p.setPen(MapStyle::labelColor());
    p.setFont(MapStyle::font(l.fontSize, k, true));
    p.drawText(l.titleRect, Qt::TextWordWrap, s.titleText());
    if (!l.dateText.isEmpty()) {
        p.setFont(MapStyle::font(12, k));
        p.drawText(l.dateRect, Qt::AlignLeft | Qt::AlignVCenter, l.dateText);
    }
}

double northAngle(const MapSettings &s)
{
    const QPointF c = s.transform().toMap(QPointF(s.size.width() / 2.0, s.size.height() / 2.0));
    GeoPoint g;
    QPointF north;
    if (!Projection::instance().inverse(c, &g) || g.lat > 89.9
        || !Projection::instance().forward(GeoPoint{g.lon, g.lat + 0.05}, &north))
        return 0;
    // Map y grows northward; screen y grows downward.
    return qRadiansToDegrees(std::atan2(north.x() - c.x(), north.y() - c.y()));
}

QRectF northArrowBox(const MapSettings &s)
{
    const double k = s.symbolScale();
    const double w = 30 * k, h = 46 * k;
    if (s.scaleBar) {
        const QRectF bar = scaleBarBox(s);
        return QRectF(bar.right() + 8 * k, bar.bottom() - h, w, h);
    }
    const double bottom = (s.disclaimer ? footerRect(s).top() : s.size.height()) - 12 * k;
    return QRectF(12 * k, bottom - h, w, h);
}

void paintNorthArrow(QPainter &p, const MapSettings &s)
{
    const double k = s.symbolScale();
    const QRectF box = northArrowBox(s);
    panel(p, box);
    const QFont font = MapStyle::font(11, k, true);
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(MapStyle::labelColor());
    p.drawText(QRectF(box.left(), box.top() + 2 * k, box.width(), fm.height()), Qt::AlignCenter,
               QStringLiteral("N"));
    // A two-tone arrowhead: dark on the west half, white on the east.
    const double r = 13 * k;
    const QPointF c(box.center().x(), box.top() + 2 * k + fm.height() + r + 1 * k);
    p.save();
    p.translate(c);
    p.rotate(northAngle(s));
    const QPointF tip(0, -r), left(-0.55 * r, r), right(0.55 * r, r), notch(0, 0.45 * r);
    p.setPen(QPen(MapStyle::labelColor(), 1.1 * k, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    p.setBrush(MapStyle::labelColor());
    p.drawPolygon(QPolygonF({tip, left, notch}));
    p.setBrush(MapStyle::northArrowLight());
    p.drawPolygon(QPolygonF({tip, right, notch}));
    p.restore();
}

void paintExtras(QPainter &p, const MapSettings &s)
{
    if (s.showTitle && !s.dateLabel)
        paintTitle(p, s);
    if (s.northArrow)
        paintNorthArrow(p, s);
}

void paint(QPainter &p, const MapSettings &s)
{
    if (s.dateLabel)
        paintDateLabel(p, s);
    if (s.legend)
        MapLegend::paint(p, s);
    if (s.scaleBar)
        paintScaleBar(p, s);
    if (s.disclaimer)
        paintDisclaimer(p, s);
    paintExtras(p, s); // on top of everything
}

void frameClearOfDecorations(MapSettings *settings, const QRectF &extent)
{
    MapSettings &s = *settings;
    const double k = s.symbolScale();
    const double w = s.size.width(), h = s.size.height(), margin = 16 * k;
    // The bands at the top and bottom that the decorations take.
    double top = margin, bottom = h - margin;
    const QRectF heading = headingBox(s);
    if (!heading.isEmpty())
        top = heading.bottom() + margin;
    if (s.disclaimer)
        bottom = footerBox(s).top() - margin;
    if (s.scaleBar)
        bottom = std::min(bottom, scaleBarBox(s).top() - margin);
    if (s.northArrow)
        bottom = std::min(bottom, northArrowBox(s).top() - margin);
    QList<QRectF> candidates;
    if (s.legend) {
        // The view is framed beside the legend at the top right; once
        // framed, nothing it frames is there for the legend to cover.
        s.legendCorner = MapSettings::Corner::TopRight;
        const QRectF legend = MapLegend::rect(s);
        // Below the legend the locator inset, when there is one, stands at the right.
        const double right = s.locator ? std::min(w - margin, w - 220 * k) : w - margin;
        candidates << QRectF(QPointF(margin, top), QPointF(legend.left() - margin, bottom))   // beside
                   << QRectF(QPointF(margin, std::max(top, legend.bottom() + margin)),
                             QPointF(right, bottom));                                       // below
    } else {
        candidates << QRectF(QPointF(margin, top), QPointF(w - margin, bottom));
    }
    const double ew = std::max(extent.width(), 1.0), eh = std::max(extent.height(), 1.0);
    QRectF best;
    double bestMpp = 0;
    for (const QRectF &c : candidates) {
        // Too small a gap: the decorations crowd the map whatever we do.
        if (c.width() < w * 0.35 || c.height() < h * 0.35)
            continue;
        const double mpp = std::max(ew / c.width(), eh / c.height());
        if (best.isNull() || mpp < bestMpp) {
            best = c;
            bestMpp = mpp;
        }
    }
    if (best.isNull()) {
        s.frame(extent, int(std::lround(24 * k)));
        return;
    }
    s.metresPerPixel = std::max(bestMpp, 1.0);
    // The extent's centre goes to the clear rectangle's centre.
    s.center = QPointF(extent.center().x() - (best.center().x() - w / 2) * s.metresPerPixel,
                       extent.center().y() + (best.center().y() - h / 2) * s.metresPerPixel);
}

} // namespace MapDecorations
