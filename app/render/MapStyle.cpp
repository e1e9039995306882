#include "MapStyle.h"

#include "CategoryIndex.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace MapStyle {

namespace {
// The theme of the paint in progress on this thread: a render job's worker
// and the GUI thread each paint with their own settings' theme.
thread_local Theme t_theme = Theme::Light;
bool dark() { return t_theme == Theme::Dark; }
QColor pick(const QColor &light, const QColor &darkColor) { return dark() ? darkColor : light; }
} // namespace

Theme theme() { return t_theme; }
ThemeScope::ThemeScope(Theme theme) : m_previous(t_theme) { t_theme = theme; }
ThemeScope::~ThemeScope() { t_theme = m_previous; }

QString themeName(Theme theme) { return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"); }

bool themeFromName(const QString &name, Theme *theme)
{
    const QString n = name.trimmed().toLower();
    if (n != QLatin1String("light") && n != QLatin1String("dark"))
        return false;
    *theme = n == QLatin1String("dark") ? Theme::Dark : Theme::Light;
    return true;
}

QColor background() { return pick(QColor(0xf2, 0xef, 0xe9), QColor(0x1b, 0x1e, 0x23)); }

QColor countryFill(const QString &name)
{
    // Dark: the same tints (warm India, cool China, green Pakistan) kept
    // low, so light text and the status colours stand out over them.
    if (name.contains(QLatin1String("India")))
        return pick(QColor(0xfa, 0xf3, 0xe3), QColor(0x2e, 0x2b, 0x25));
    if (name.contains(QLatin1String("China")))
        return pick(QColor(0xee, 0xea, 0xf2), QColor(0x29, 0x28, 0x31));
    if (name.contains(QLatin1String("Pakistan")))
        return pick(QColor(0xec, 0xf0, 0xe4), QColor(0x27, 0x2d, 0x26));
    return pick(QColor(0xf0, 0xee, 0xea), QColor(0x28, 0x29, 0x2b));
}

QColor lakeFill() { return pick(QColor(0xa6, 0xcd, 0xe6), QColor(0x1f, 0x3d, 0x55)); }
QColor lakeEdge() { return dark() ? lakeFill().lighter(150) : lakeFill().darker(125); }
QColor riverColor() { return pick(QColor(0x6b, 0xa3, 0xcf), QColor(0x3f, 0x72, 0x9c)); }

QColor statusColor(Status s)
{
    // Dark: the same Okabe–Ito hues; the two that are too deep to stand out
    // on a dark fill (buffer zone's blue, patrolling's green) are lightened.
    switch (s) {
    case Status::None: return QColor(0x99, 0x99, 0x99);
    case Status::Standoff: return QColor(0xE6, 0x9F, 0x00);
    case Status::Clash: return QColor(0xD5, 0x5E, 0x00);
    case Status::Disengaging: return QColor(0xCC, 0x79, 0xA7);
    case Status::DisengagedBufferZone: return pick(QColor(0x00, 0x72, 0xB2), QColor(0x3d, 0x9c, 0xde));
    case Status::DisengagedPatrollingRestored: return pick(QColor(0x00, 0x9E, 0x73), QColor(0x1f, 0xb8, 0x8a));
    }
    return Qt::gray;
}

QPainterPath statusMarker(Status s, double r)
{
    QPainterPath path;
    switch (s) {
    case Status::None: // a ring: apart from patrolling's disc by shape, not only by grey
        path.addEllipse(QPointF(0, 0), r, r);
        path.addEllipse(QPointF(0, 0), r * 0.45, r * 0.45);
        path.setFillRule(Qt::OddEvenFill);
        break;
    case Status::DisengagedPatrollingRestored:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case Status::Standoff: // triangle
        path.moveTo(0, -r * 1.15);
        path.lineTo(r * 1.1, r * 0.75);
        path.lineTo(-r * 1.1, r * 0.75);
        path.closeSubpath();
        break;
    case Status::Clash: { // eight-pointed star
        for (int i = 0; i < 16; ++i) {
            const double a = M_PI * i / 8.0 - M_PI / 2;
            const double rr = i % 2 ? r * 0.6 : r * 1.25;
            const QPointF p(rr * std::cos(a), rr * std::sin(a));
            i ? path.lineTo(p) : path.moveTo(p);
        }
        path.closeSubpath();
        break;
    }
    case Status::Disengaging: // diamond
        path.moveTo(0, -r * 1.2);
        path.lineTo(r * 1.2, 0);
        path.lineTo(0, r * 1.2);
        path.lineTo(-r * 1.2, 0);
        path.closeSubpath();
        break;
    case Status::DisengagedBufferZone:
        path.addRect(QRectF(-r * 0.95, -r * 0.95, r * 1.9, r * 1.9));
        break;
    }
    return path;
}

QList<Status> legendStatuses()
{
    return {Status::Standoff, Status::Clash, Status::Disengaging, Status::DisengagedBufferZone,
            Status::DisengagedPatrollingRestored, Status::None};
}

QColor flashpointAreaFill(Status s)
{
    QColor c = statusColor(s);
    c.setAlpha(45);
    return c;
}

QColor flashpointAreaEdge(Status s)
{
    QColor c = statusColor(s);
    c.setAlpha(170);
    return c;
}

QColor markerUncertaintyColor(Status s) { return dark() ? statusColor(s).lighter(120) : statusColor(s).darker(130); }

SymbolSize flashpointSymbol() { return {9, 2, 16}; }
SymbolSize eventSymbol() { return {5, 1.2, 9}; }
SymbolSize placeSymbol() { return {3.5, 1.0, 9}; }
double placePassRadius() { return 4.5; }
SymbolSize userPointSymbol() { return {3.5, 1.0, 0}; }
SymbolSize userEventSymbol() { return {3.0, 0.8, 0}; }
double labelClearance(const SymbolSize &symbol) { return std::ceil(symbol.radius + symbol.outline); }
double selectionClearance(const SymbolSize &symbol) { return std::ceil(symbol.selection + symbol.outline); }
QColor symbolOutlineColor() { return pick(QColor(Qt::white), QColor(0x10, 0x12, 0x15)); }
QColor uncertaintyColor() { return pick(QColor(0x55, 0x55, 0x55, 200), QColor(0xb0, 0xb0, 0xb0, 200)); }
QColor uncertaintyFill() { return pick(QColor(0x55, 0x55, 0x55, 22), QColor(0xb0, 0xb0, 0xb0, 26)); }

QPainterPath eventMarker(const QString &type, double r)
{
    QPainterPath path;
    auto polygon = [&path](std::initializer_list<QPointF> pts) {
        bool first = true;
        for (const QPointF &p : pts) {
            first ? path.moveTo(p) : path.lineTo(p);
            first = false;
        }
        path.closeSubpath();
    };
    const double w = r * 0.38;
    if (type == QLatin1String("clash")) { // a bold X
        polygon({{-r, -r + w}, {-r + w, -r}, {0, -w}, {r - w, -r}, {r, -r + w}, {w, 0},
                 {r, r - w}, {r - w, r}, {0, w}, {-r + w, r}, {-r, r - w}, {-w, 0}});
    } else if (type == QLatin1String("standoff")) {
        polygon({{0, -r}, {r, r * 0.8}, {-r, r * 0.8}});
    } else if (type == QLatin1String("talks")) {
        path.addEllipse(QPointF(0, 0), r * 0.85, r * 0.85);
    } else if (type == QLatin1String("meeting")) {
        path.addEllipse(QPointF(0, 0), r * 0.9, r * 0.9);
        path.addEllipse(QPointF(0, 0), r * 0.4, r * 0.4);
    } else if (type == QLatin1String("agreement")) {
        polygon({{0, -r}, {r, 0}, {0, r}, {-r, 0}});
    } else if (type == QLatin1String("disengagement")) { // arrows pointing apart
        polygon({{-r, 0}, {-w * 0.6, -r * 0.75}, {-w * 0.6, r * 0.75}});
        polygon({{r, 0}, {w * 0.6, -r * 0.75}, {w * 0.6, r * 0.75}});
    } else if (type == QLatin1String("patrol-resumed")) { // a plus
        polygon({{-w, -r}, {w, -r}, {w, -w}, {r, -w}, {r, w}, {w, w}, {w, r}, {-w, r}, {-w, w},
                 {-r, w}, {-r, -w}, {-w, -w}});
    } else if (type == QLatin1String("buffer-zone")) {
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7));
    } else { // statement
        path.addRect(QRectF(-r, -r * 0.45, r * 2, r * 0.9));
    }
    path.setFillRule(Qt::WindingFill);
    return path;
}

QColor eventColor(const QString &type)
{
    if (type == QLatin1String("clash"))
        return pick(QColor(0xA0, 0x3A, 0x00), QColor(0xE8, 0x70, 0x2a));
    if (type == QLatin1String("standoff"))
        return pick(QColor(0xB0, 0x78, 0x00), QColor(0xE6, 0xA8, 0x1a));
    if (type == QLatin1String("disengagement") || type == QLatin1String("buffer-zone"))
        return pick(QColor(0x00, 0x55, 0x88), QColor(0x4a, 0xa4, 0xe0));
    if (type == QLatin1String("patrol-resumed"))
        return pick(QColor(0x00, 0x76, 0x56), QColor(0x2b, 0xc0, 0x90));
    return pick(QColor(0x44, 0x44, 0x55), QColor(0xb4, 0xb4, 0xc8)); // talks, meeting, agreement, statement
}

QString eventTypeLabel(const QString &type)
{
    // The record's event types (docs/data-format.md); a user layer's own
    // type is shown as written, capitalised.
    static const char *const known[][2] = {
        {"agreement", QT_TRANSLATE_NOOP("MapStyle", "Agreement")},
        {"buffer-zone", QT_TRANSLATE_NOOP("MapStyle", "Buffer zone")},
        {"clash", QT_TRANSLATE_NOOP("MapStyle", "Clash")},
        {"disengagement", QT_TRANSLATE_NOOP("MapStyle", "Disengagement")},
        {"meeting", QT_TRANSLATE_NOOP("MapStyle", "Meeting")},
        {"patrol-resumed", QT_TRANSLATE_NOOP("MapStyle", "Patrol resumed")},
        {"standoff", QT_TRANSLATE_NOOP("MapStyle", "Standoff")},
        {"statement", QT_TRANSLATE_NOOP("MapStyle", "Statement")},
        {"talks", QT_TRANSLATE_NOOP("MapStyle", "Talks")},
    };
    for (const auto &k : known)
        if (type == QLatin1String(k[0]))
            return QCoreApplication::translate("MapStyle", k[1]);
    QString t = type;
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

LineStyle lineStyle(const QString &kind, double scale)
{
    LineStyle s;
    s.kind = kind;
    auto pen = [scale](QColor c, double w, Qt::PenStyle style) {
        QPen p(c, w * scale, style, Qt::RoundCap, Qt::RoundJoin);
        return p;
    };
    if (kind == QLatin1String("boundary-india-china")) {
        s.label = QCoreApplication::translate("MapStyle", "India–China de facto line (Natural Earth; approximate, not agreed)");
        s.pen = pen(pick(QColor(0x55, 0x55, 0x55), QColor(0xa8, 0xa8, 0xa8)), 1.6, Qt::DashLine);
    } else if (kind == QLatin1String("boundary-de-facto")) {
        s.label = QCoreApplication::translate("MapStyle", "Other de facto boundary (Natural Earth)");
        s.pen = pen(pick(QColor(0x77, 0x77, 0x77), QColor(0x80, 0x80, 0x80)), 1.2, Qt::SolidLine);
    } else if (kind == QLatin1String("lac-india")) {
        s.label = QCoreApplication::translate("MapStyle", "LAC as India perceives it (schematic)");
        s.pen = pen(pick(QColor(0xE6, 0x9F, 0x00).darker(130), QColor(0xE6, 0x9F, 0x00)), 2.4, Qt::DashLine);
    } else if (kind == QLatin1String("lac-china")) {
        s.label = QCoreApplication::translate("MapStyle", "LAC as China perceives it (schematic)");
        s.pen = pen(pick(QColor(0xCC, 0x44, 0x66), QColor(0xE8, 0x62, 0x84)), 2.4, Qt::DashDotLine);
    } else if (kind == QLatin1String("claim-india")) {
        s.label = QCoreApplication::translate("MapStyle", "India's claim line (schematic)");
        s.pen = pen(pick(QColor(0xE6, 0x9F, 0x00).darker(160), QColor(0xC8, 0x8A, 0x10)), 1.4, Qt::DotLine);
    } else if (kind == QLatin1String("claim-china")) {
        s.label = QCoreApplication::translate("MapStyle", "China's claim line (schematic)");
        s.pen = pen(pick(QColor(0x88, 0x22, 0x55), QColor(0xCC, 0x66, 0x99)), 1.4, Qt::DotLine);
    } else if (kind == QLatin1String("buffer-zone")) {
        s.label = QCoreApplication::translate("MapStyle", "Buffer zone (no patrols; approximate)");
        const QColor blue = statusColor(Status::DisengagedBufferZone);
        s.pen = pen(blue, 1.2, Qt::SolidLine);
        s.brush = QBrush(QColor(blue.red(), blue.green(), blue.blue(), 150), Qt::BDiagPattern);
    } else if (kind == QLatin1String("road")) {
        s.label = QCoreApplication::translate("MapStyle", "Road (context; schematic course)");
        s.pen = pen(contextColor(), 1.8, Qt::SolidLine);
    } else if (kind == QLatin1String("patrol-limit")) {
        s.label = QCoreApplication::translate("MapStyle", "Limit of patrolling (schematic)");
        s.pen = pen(pick(QColor(0x44, 0x44, 0x44), QColor(0xbb, 0xbb, 0xbb)), 1.2, Qt::DashDotDotLine);
    } else {
        s.label = kind;
        s.pen = pen(pick(QColor(0x44, 0x44, 0x44), QColor(0xbb, 0xbb, 0xbb)), 1.0, Qt::SolidLine);
    }
    return s;
}

QStringList lineKindsInLegendOrder()
{
    return {QStringLiteral("boundary-india-china"), QStringLiteral("boundary-de-facto"),
            QStringLiteral("lac-india"), QStringLiteral("lac-china"),
            QStringLiteral("claim-china"), QStringLiteral("claim-india"),
            QStringLiteral("buffer-zone"), QStringLiteral("patrol-limit")};
}

QFont font(double pixelSize, double scale, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(pixelSize * scale))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::NoSubpixelAntialias);
    return f;
}

QColor labelColor() { return pick(QColor(0x22, 0x22, 0x22), QColor(0xec, 0xec, 0xec)); }
QColor majorLabelColor() { return pick(QColor(0x2a, 0x2a, 0x2a), QColor(0xe2, 0xe2, 0xe2)); }
QColor minorLabelColor() { return pick(QColor(0x40, 0x40, 0x40), QColor(0xcc, 0xcc, 0xcc)); }
QColor leaderLineColor() { return pick(QColor(0x55, 0x55, 0x55), QColor(0xa0, 0xa0, 0xa0)); }
QColor haloColor() { return pick(QColor(255, 255, 255, 220), QColor(0x14, 0x16, 0x1a, 220)); }
QColor measureColor()
{
    // Deep indigo (light periwinkle on dark): apart from every status, line and layer colour.
    return pick(QColor(0x1f, 0x1f, 0x7a), QColor(0xa8, 0xb0, 0xff));
}

QColor measureLabelBackground()
{
    return pick(QColor(255, 255, 255, 225), QColor(0x14, 0x16, 0x1a, 225));
}

QColor selectionColor() { return QColor(0x00, 0xb4, 0xff); }
QColor ownRecordColor() { return QColor(0xc5, 0x1b, 0x7d); }

void paintOwnRecordRing(QPainter &p, const QPointF &centre, double radius, double scale)
{
    p.save();
    p.setPen(QPen(ownRecordColor(), 2.2 * scale));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius + 3.5 * scale, radius + 3.5 * scale);
    p.restore();
}
QColor placeColor() { return pick(QColor(0x3a, 0x3a, 0x3a), QColor(0xd0, 0xd0, 0xd0)); }
QColor contextColor() { return pick(QColor(0x7a, 0x3e, 0x1d), QColor(0xcc, 0x8c, 0x60)); }

QColor userLayerColor()
{
    return pick(QColor(0x6a, 0x3d, 0x9a), QColor(0xb4, 0x8c, 0xe6));
}

QColor userLayerFill()
{
    QColor c = userLayerColor();
    c.setAlpha(50);
    return c;
}

QColor categoryColor(int code)
{
    static const QRgb colours[] = {0x332288, 0x88CCEE, 0x117733, 0xDDCC77, 0xCC6677,
                                   0xAA4499, 0x44AA99, 0x999933, 0x882255};
    static_assert(sizeof(colours) / sizeof(colours[0]) == CategoryIndex::kColours);
    if (code >= 0 && code < CategoryIndex::kColours)
        return QColor::fromRgb(colours[code]);
    return code == CategoryIndex::kOther ? QColor(0xBB, 0xBB, 0xBB) : QColor(0x77, 0x77, 0x77);
}

QColor categoryOutline(int code)
{
    return code == CategoryIndex::kNoValue ? QColor(0xEE, 0xEE, 0xEE) : symbolOutlineColor();
}

QRgb categoryDensityColor(int code, double t)
{
    const QColor c = categoryColor(code);
    const int alpha = int(std::lround(255 * (0.45 + 0.55 * std::clamp(t, 0.0, 1.0))));
    return qPremultiply(qRgba(c.red(), c.green(), c.blue(), alpha));
}

QColor panelFill() { return pick(QColor(255, 255, 255, 225), QColor(0x20, 0x23, 0x28, 230)); }
QColor panelEdge() { return pick(QColor(0, 0, 0, 60), QColor(255, 255, 255, 70)); }
QColor footerFill() { return pick(QColor(255, 255, 255, 215), QColor(0x20, 0x23, 0x28, 220)); }
QColor footerTextColor() { return pick(QColor(0x33, 0x33, 0x33), QColor(0xd4, 0xd4, 0xd4)); }
QColor scaleBarColor() { return pick(QColor(Qt::black), QColor(0xec, 0xec, 0xec)); }
QColor northArrowLight() { return pick(QColor(Qt::white), QColor(0x20, 0x23, 0x28)); }
QColor locatorBoundaryColor() { return pick(QColor(0x66, 0x66, 0x66), QColor(0x90, 0x90, 0x90)); }
QColor locatorViewFill() { return QColor(0, 0x90, 0xd0, 50); }
QColor locatorViewEdge() { return dark() ? selectionColor() : selectionColor().darker(140); }
QColor locatorFrameColor() { return pick(QColor(0, 0, 0, 110), QColor(255, 255, 255, 110)); }

// The details panel follows the window's theme (DetailsPanel sets it while
// it builds the text); printed details and briefings are always light.
QColor noteTextColor() { return pick(QColor(0x66, 0x66, 0x66), QColor(0xa8, 0xa8, 0xa8)); }
QColor futureTextColor() { return pick(QColor(0x88, 0x88, 0x88), QColor(0x96, 0x96, 0x96)); }
QColor addressTextColor() { return pick(QColor(0x55, 0x55, 0x55), QColor(0xb0, 0xb0, 0xb0)); }
QColor citationAddressColor() { return QColor(0x44, 0x44, 0x44); }

QColor figureBackground() { return QColor(255, 255, 255); }
QColor tableRuleColor() { return QColor(0xc8, 0xc8, 0xc8); }
QColor tableHeaderFill() { return QColor(0xe8, 0xec, 0xf0); }
QColor tableStripeFill() { return QColor(0xf6, 0xf7, 0xf8); }

bool isDark(const QPalette &palette)
{
    // Qt 6.4 has no colour-scheme hint: a dark desktop shows as a dark
    // window colour.
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

TimelineColors timelineColors(const QPalette &palette)
{
    const bool darkPalette = isDark(palette);
    TimelineColors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.grid = palette.color(QPalette::Mid);
    c.grid.setAlpha(90);
    c.cursor = darkPalette ? QColor(0xff, 0x5c, 0x5c) : QColor(0xCC, 0x00, 0x00);
    c.userEvents = QColor(0xe6, 0x55, 0x0d);
    c.userEventsFill = QColor(0xe6, 0x55, 0x0d, 40);
    // Washes a band towards the background, and outlines a marker against it.
    c.rangeFade = c.background;
    c.rangeFade.setAlpha(150);
    c.markerOutline = c.background;
    c.histogram = darkPalette ? QColor(0x8a, 0x9c, 0xb0) : QColor(0x55, 0x66, 0x77);
    c.invalidInput = darkPalette ? QColor(0x6a, 0x22, 0x1c) : QColor(0xff, 0xd9, 0xd0);
    return c;
}

QRgb densityColor(double t)
{
    // Light violet through the user-layer violet to orange and yellow.
    struct Stop { double t; int r, g, b, a; };
    static const Stop stops[] = {{0.0, 0x9e, 0x9a, 0xc8, 170}, {0.35, 0x6a, 0x3d, 0x9a, 225},
                                 {0.7, 0xe6, 0x55, 0x0d, 240}, {1.0, 0xff, 0xe0, 0x30, 255}};
    t = std::clamp(t, 0.0, 1.0);
    int i = 0;
    while (i < 2 && t > stops[i + 1].t)
        ++i;
    const Stop &a = stops[i], &b = stops[i + 1];
    const double u = (t - a.t) / (b.t - a.t);
    auto mix = [u](int x, int y) { return int(std::lround(x + (y - x) * u)); };
    return qPremultiply(qRgba(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), mix(a.a, b.a)));
}

QColor sideColor(const QString &side)
{
    return lineStyle(side == QLatin1String("china") ? QStringLiteral("lac-china") : QStringLiteral("lac-india"))
        .pen.color();
}

} // namespace MapStyle

QColor MapStyle::accentColor() { return theme() == Theme::Dark ? QColor(0x6a, 0xa6, 0xf2) : QColor(0x1f, 0x5f, 0xbf); }

void MapStyle::paintCaption(QPainter &p, const QString &text, bool highlighted, const QPointF &topLeft, double scale)
{
    p.save();
    const QFont f = font(13, scale, highlighted);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const double pad = 6 * scale;
    const QRectF box(topLeft, QSizeF(fm.horizontalAdvance(text) + 2 * pad, fm.height() + 2 * pad));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(highlighted ? QPen(accentColor(), 3 * scale) : QPen(QColor(0x88, 0x88, 0x88), 1 * scale));
    p.setBrush(theme() == Theme::Dark ? QColor(0x20, 0x23, 0x28, 235) : QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 4 * scale, 4 * scale);
    p.setPen(labelColor());
    p.drawText(box.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter, text);
    p.restore();
}
