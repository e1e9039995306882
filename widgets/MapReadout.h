#pragma once
// The status bar's readout of the map: the position under the cursor (and
// the elevation there when a terrain is loaded) and the map's scale at the
// screen's resolution.

#include "Document.h"
#include "GeoPoint.h"

#include <QObject>

class MapCanvas;
class QLabel;
class QStatusBar;

class MapReadout : public QObject
{
    Q_OBJECT
public:
    MapReadout(MapCanvas *canvas, const Document *document, QStatusBar *bar);

private:
    void showCursor(const GeoPoint &p, bool onMap);
    void updateScale();

    MapCanvas *m_canvas;
    const Document *m_document;
    QLabel *m_position;
    QLabel *m_scale;
};
