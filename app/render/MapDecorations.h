#pragma once
// What stands on top of the map: the date stamp, the legend, the scale bar
// and the disclaimer every view and export carries.

#include "MapSettings.h"

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

QString disclaimer();
QString attribution();

void paintScaleBar(QPainter &p, const MapSettings &s);
void paintDateLabel(QPainter &p, const MapSettings &s);
void paintLegend(QPainter &p, const MapSettings &s);
void paintDisclaimer(QPainter &p, const MapSettings &s);

} // namespace MapDecorations
