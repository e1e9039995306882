#pragma once
// What stands on top of the map: the title and date stamp, the legend, the
// scale bar, the north arrow and the footer (disclaimer and attribution) every
// view and export carries. Each is switched by its MapSettings flag.
// MapRenderer::paint draws them all with MapDecorations::paint, after the map.

#include "MapSettings.h"

#include <QLineF>
#include <QRectF>
#include <QString>

class QPainter;
class Atlas;

namespace MapDecorations {

struct ScaleBarSpec {
    double pixels = 0;   // logical pixels
    double metres = 0;   // ground distance it stands for
    QString label;       // "20 km"
};

// A round ground distance about a fifth of the map's width, measured
// geodesically at the map centre (so it stays right at any size and dpi).
ScaleBarSpec scaleBar(const MapSettings &settings);
// Ground metres per logical pixel at the map centre.
double groundMetresPerPixel(const MapSettings &settings);

// Where the scale bar's panel stands, and the bar from one tick's centre to
// the other's, in logical pixels.
QRectF scaleBarBox(const MapSettings &settings);
QLineF scaleBarLine(const MapSettings &settings);

// The angle of true north at the map centre, in degrees clockwise from
// straight up (meridians converge away from the projection's 78.5°E).
double northAngle(const MapSettings &settings);
QRectF northArrowBox(const MapSettings &settings);
// Where the title (or the date stamp) and the footer stand; empty when off.
QRectF headingBox(const MapSettings &settings);
QRectF footerBox(const MapSettings &settings);

QString disclaimer();
QString attribution();
// Added to the footer when the user's own record is shown with the bundled one.
QString ownRecordNote();

void paintTitle(QPainter &p, const MapSettings &s);
void paintNorthArrow(QPainter &p, const MapSettings &s);
// The title (when the date label, which otherwise carries it, is off) and
// the north arrow, each when its flag is set.
void paintExtras(QPainter &p, const MapSettings &s);
// Every decoration whose flag is set, in order, the title and arrow on top.
void paint(QPainter &p, const MapSettings &s);

void paintScaleBar(QPainter &p, const MapSettings &s);
void paintDateLabel(QPainter &p, const MapSettings &s);
// The legend is MapLegend's (MapLegend.h).
// The white box behind a decoration.
void panel(QPainter &p, const QRectF &r);
void paintDisclaimer(QPainter &p, const MapSettings &s);

// Centres and scales settings so that extent fits, with a margin, in the part
// of the map its title, legend, scale bar and footer leave clear (beside the
// legend or below it, whichever shows it larger). For exports and the
// window's "frame this"; apply MapRenderer::withUserLegend first.
void frameClearOfDecorations(MapSettings *settings, const QRectF &extent);

} // namespace MapDecorations
