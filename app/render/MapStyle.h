#pragma once
// The one table of colours, pens and symbols: the renderer, the legend and
// the panels all read it, so what the legend says is what the map draws.
// Status colours are the Okabe–Ito palette (safe for colour-blind readers),
// and every status also has its own marker shape: never colour alone.

#include "Status.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPalette>
#include <QPen>
#include <QString>

class QPainter;

namespace MapStyle {

// Light (every export unless asked) or dark (the window on a dark desktop,
// --theme dark). The colours below are those of the current theme: the one
// of the paint in progress on this thread, which MapRenderer sets from
// MapSettings::theme (a ThemeScope); Light outside any.
enum class Theme { Light, Dark };
Theme theme();
class ThemeScope
{
public:
    explicit ThemeScope(Theme theme);
    ~ThemeScope();
    ThemeScope(const ThemeScope &) = delete;
    ThemeScope &operator=(const ThemeScope &) = delete;

private:
    Theme m_previous;
};
QString themeName(Theme theme);   // "light", "dark"
bool themeFromName(const QString &name, Theme *theme);
// Whether a widget palette is dark (its window colour under half lightness).
bool isDark(const QPalette &palette);

struct LineStyle {
    QString kind;       // lines.geojson kind, or "boundary-de-facto"/"boundary-india-china"
    QString label;      // legend text
    QPen pen;
    QBrush brush;       // for zones
};

QColor background();
QColor countryFill(const QString &name);
QColor lakeFill();
QColor lakeEdge();
QColor riverColor();

QColor statusColor(Status s);
// A marker shape centred on (0,0) with the given radius.
QPainterPath statusMarker(Status s, double radius);
QList<Status> legendStatuses();
// A flashpoint's schematic area, tinted by its status.
QColor flashpointAreaFill(Status s);
QColor flashpointAreaEdge(Status s);
// The circle of a flashpoint marker whose position is uncertain.
QColor markerUncertaintyColor(Status s);

// The size of a point symbol on the map, in pixels at 96 dpi (drawn times
// MapSettings::symbolScale()). The renderer draws with these and the hit
// test reaches as far, so what can be clicked is what is drawn.
struct SymbolSize {
    double radius;     // of the marker: statusMarker, eventMarker, a place's dot
    double outline;    // width of its outline (symbolOutlineColor)
    double selection;  // radius of the disc or ring drawn when it is selected (0: none)
};
SymbolSize flashpointSymbol();
SymbolSize eventSymbol();
// A place: dot radius, half the square of a post, the arms of an estimate's
// cross; a selected place (and a user's event shown in the details) is ringed.
SymbolSize placeSymbol();
double placePassRadius();  // a pass's triangle: its top and half its base
SymbolSize userPointSymbol();  // a point of a user's plain layer
SymbolSize userEventSymbol();  // a dot of a user's event layer
// How far from a symbol's centre labels keep (and a leader line starts):
// its outer edge, outline included, in whole pixels at 96 dpi.
double labelClearance(const SymbolSize &symbol);
// The same around its selection ring.
double selectionClearance(const SymbolSize &symbol);
// White, so a symbol reads over any fill; also a context symbol's inside.
QColor symbolOutlineColor();
// An estimated position: its uncertainty circle.
QColor uncertaintyColor();
QColor uncertaintyFill();

// Events: one shape per type (the map and the timeline draw the same path).
QPainterPath eventMarker(const QString &type, double radius);
QColor eventColor(const QString &type);
QString eventTypeLabel(const QString &type);

// Styles of the basemap boundaries and of every lines.geojson kind.
LineStyle lineStyle(const QString &kind, double scale = 1.0);
QStringList lineKindsInLegendOrder();

// The map's typeface at a pixel size (scaled by scale). Unhinted, so text
// looks the same on every device and thread: window, PNG, SVG and PDF.
QFont font(double pixelSize, double scale, bool bold = false);

// Each side's colour: its perceived LAC's pen, also used to label its account.
QColor sideColor(const QString &side);

QColor labelColor();       // flashpoint names, legend and decoration text
QColor majorLabelColor();  // settlements, posts, lakes
QColor minorLabelColor();  // everything else
QColor leaderLineColor();  // from a symbol to a label set away from it
// A caption box over a map's corner (the compare view's "A · date"); the
// highlighted one has a thick accent border and bold text, so it does not
// rest on colour alone.
void paintCaption(QPainter &p, const QString &text, bool highlighted, const QPointF &topLeft, double scale = 1.0);
QColor accentColor();
QColor haloColor();
QColor selectionColor();
// The ring around the user's own events and places (their own record): a
// ring, so it does not rest on colour alone.
QColor ownRecordColor();
// That ring around a symbol of the given radius at centre.
void paintOwnRecordRing(QPainter &p, const QPointF &centre, double radius, double scale);
// The ruler's path, points and labels, and the halo under them.
QColor measureColor();
QColor measureLabelBackground();
QColor placeColor();
// The context layer's roads, towns, posts and passes.
QColor contextColor();
// The user's own layers: one violet for their points and lines,
// and the density ramp for many events per pixel: the colour of a cell
// holding a share t (0..1, log scale) of the busiest cell, premultiplied.
QColor userLayerColor();
QColor userLayerFill();   // a user's polygons
QRgb densityColor(double t);
// A layer coloured by a field: the colour of a category's code
// (CategoryIndex: 0..kColours-1 its own, then Other and no value). Paul
// Tol's "muted" qualitative palette, safe for colour-blind readers and apart
// from the Okabe–Ito status colours; greys for Other and no value.
QColor categoryColor(int code);
// The outline of a category's dot: white, and grey for no value (pale).
QColor categoryOutline(int code);
// A density cell of the category: its colour, more opaque the busier the
// cell (t: 0..1, log scale, of the busiest cell), premultiplied.
QRgb categoryDensityColor(int code, double t);

// The decorations: the panels behind the scale bar, legend, title and north
// arrow; the footer band; the scale bar; the north arrow's light half.
QColor panelFill();
QColor panelEdge();
QColor footerFill();
QColor footerTextColor();  // also the page footer of a PDF's pages
QColor scaleBarColor();
QColor northArrowLight();
// The locator inset: its boundaries, the exported view and the frame.
QColor locatorBoundaryColor();
QColor locatorViewFill();
QColor locatorViewEdge();
QColor locatorFrameColor();

// Hill shading, premultiplied: black shadow or white light at alpha.
inline QRgb reliefShadow(int alpha) { return qRgba(0, 0, 0, alpha); }
inline QRgb reliefLight(int alpha) { return qRgba(alpha, alpha, alpha, alpha); }

// Text colours of the details (panel and PDF) and the briefing, for HTML
// (QColor::name()): a note beside a source, an event after the current date,
// a link's address written out, a briefing citation's address.
QColor noteTextColor();
QColor futureTextColor();
QColor addressTextColor();
QColor citationAddressColor();

// A comparison figure: its page, the rules between the change table's
// rows, the band behind its column headings and every other row's tint.
QColor figureBackground();
QColor tableRuleColor();
QColor tableHeaderFill();
QColor tableStripeFill();

// The timeline's own colours, from the widget's palette: its background,
// axes and the markers' outline follow the palette (so a dark desktop gets
// a dark timeline); the cursor, the histogram and the date field's warning
// have a lighter (or deeper) variant for a dark palette.
struct TimelineColors {
    QColor background;      // the plot's background (the palette's base)
    QColor text;            // axes, ticks and their labels
    QColor grid;
    QColor cursor;          // the current date's line
    QColor userEvents;      // the user's events per month: step line and axis label
    QColor userEventsFill;
    QColor rangeFade;       // over a status start known only to a range of days
    QColor markerOutline;
    QColor histogram;       // the bundled events per month
    QColor invalidInput;    // the date field while what is typed is no date
};
TimelineColors timelineColors(const QPalette &palette);

} // namespace MapStyle
