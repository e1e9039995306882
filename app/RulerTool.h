#pragma once
// Tools › Measure: the geodesic ruler's menu entries (Measure, M; Copy
// Measurement, Ctrl+Shift+M; Clear Measurement) and its readout in the
// status bar. The points live in the map's settings (MapCanvas), the
// distances come from the core's Geodesic (PROJ's geodesic routines).

#include <QObject>

class MapCanvas;
class QMenu;
class QStatusBar;

class RulerTool : public QObject
{
    Q_OBJECT
public:
    RulerTool(MapCanvas *canvas, QMenu *menu, QStatusBar *bar, QObject *parent);

private:
    MapCanvas *m_canvas;
    QStatusBar *m_bar;
};
