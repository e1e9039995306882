#pragma once
// How the bundled layers are shown, between the Layers panel and the map:
// a tick box or the opacity slider changes the map view's settings (so the
// window and everything exported from it follow) and is kept in QSettings
// ("layers/hidden", "layers/opacity") for the next run, which restore()
// brings back.

#include <QObject>

class LayerPanel;
class MapCanvas;

class BundledLayers : public QObject
{
    Q_OBJECT
public:
    BundledLayers(LayerPanel *panel, MapCanvas *canvas, QObject *parent = nullptr);

    // The visibility and opacity saved by the last run, in the map and the panel.
    void restore();

private:
    LayerPanel *m_panel;
    MapCanvas *m_canvas;
};
