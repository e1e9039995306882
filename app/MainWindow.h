#pragma once
// The main window: the map in the middle, the flashpoint list docked at the
// side, menus, a status bar with the cursor position and the map scale. It
// is handed the data and the time cursor; it owns neither.

#include "Atlas.h"
#include "GeoPoint.h"

#include <QMainWindow>

class FlashpointPanel;
class MapCanvas;
class QLabel;
class TimeCursor;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AtlasPtr atlas, TimeCursor *time, QWidget *parent = nullptr);

    MapCanvas *canvas() const { return m_canvas; }
    FlashpointPanel *flashpointPanel() const { return m_panel; }

    // Adds a layer from any GDAL vector file; shows the errors if it fails
    // and keeps everything already loaded.
    bool openLayer(const QString &path);
    void zoomToFlashpoint(const QString &id);
    void restoreState();

protected:
    void closeEvent(QCloseEvent *) override;

private:
    void createMenus();
    void updateScaleLabel();
    void showCursor(const GeoPoint &p, bool onMap);

    AtlasPtr m_atlas;
    TimeCursor *m_time;
    MapCanvas *m_canvas;
    FlashpointPanel *m_panel;
    QLabel *m_positionLabel;
    QLabel *m_scaleLabel;
};
