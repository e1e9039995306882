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
#include <QPen>
#include <QString>

namespace MapStyle {

struct LineStyle {
    QString kind;       // lines.geojson kind, or "boundary-de-facto"/"boundary-india-china"
    QString label;      // legend text
    QPen pen;
    QBrush brush;       // for zones
};

QColor background();
QColor countryFill(const QString &name);
QColor lakeFill();
QColor riverColor();

QColor statusColor(Status s);
// A marker shape centred on (0,0) with the given radius.
QPainterPath statusMarker(Status s, double radius);
QList<Status> legendStatuses();

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

QColor labelColor();
QColor haloColor();
QColor selectionColor();
QColor placeColor();
// The context layer's roads, towns, posts and passes.
QColor contextColor();
// The user's own layers: one violet for their points and lines,
// and the density ramp for many events per pixel: the colour of a cell
// holding a share t (0..1, log scale) of the busiest cell, premultiplied.
QColor userLayerColor();
QRgb densityColor(double t);

} // namespace MapStyle
