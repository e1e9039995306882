#pragma once
// The main window: the map in the middle, the flashpoint list docked at the
// side, menus, a status bar with the cursor position and the map scale. It
// is handed the data and the time cursor; it owns neither.

#include "Atlas.h"
#include "GeoPoint.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <functional>
#include <atomic>

class DetailsPanel;
class LayerPanel;
class QProgressDialog;
class QTimer;
class MapCanvas;
class QMenu;
class SearchBox;
struct MapHit;
struct SearchResult;
class QLabel;
class StatusPanel;
class TimeCursor;
class TimelinePlot;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AtlasPtr atlas, TimeCursor *time, QWidget *parent = nullptr);

    MapCanvas *canvas() const { return m_canvas; }
    StatusPanel *statusPanel() const { return m_statusPanel; }
    TimelinePlot *timeline() const { return m_timeline; }
    TimeCursor *timeCursor() const { return m_time; }
    DetailsPanel *detailsPanel() const { return m_details; }
    SearchBox *searchBox() const { return m_search; }
    // The "which one?" menu shown when a click hits several features.
    QMenu *hitChooser() const { return m_chooser; }
    QString selection() const { return m_selection; }

    // Adds a layer from any GDAL vector file; shows the errors if it fails
    // and keeps everything already loaded. Dated points become a time-aware
    // event layer. Large files (and CSV) load in the background with
    // progress and cancel: then it returns true when the load has started,
    // and layerLoadFinished() tells the outcome.
    bool openLayer(const QString &path);
    // The same with a chosen date field (and end field) and panel options.
    struct LayerOptions
    {
        QString dateField, endField;
        bool visible = true;
        double opacity = 1.0;
    };
    bool openLayer(const QString &path, const LayerOptions &options);
    // Reads an elevation raster and shades it under the map (File › Open
    // Terrain…, --dem); a problem is shown and leaves the map as it was.
    bool openTerrain(const QString &path);
    LayerPanel *layerPanel() const { return m_layers; }
    bool isLoadingLayer() const { return m_loading; }
    // Cancels the background load (and any queued ones): nothing is added.
    void cancelLayerLoad();
    // The progress dialog of the running load (null when none).
    QProgressDialog *loadProgress() const { return m_progress; }
    void zoomToFlashpoint(const QString &id);
    // Selects a feature by id (flashpoint, place, line or event) everywhere.
    void select(const QString &id);
    void selectHit(const MapHit &hit);
    // An event chosen in the timeline, details or search: its date, its
    // flashpoint selected and framed.
    void activateEvent(int eventIndex);
    // Window, docks, view and time as last saved; the saved date only when
    // restoreDate (the command line's --date wins).
    void restoreState(bool restoreDate = true);

signals:
    // A background layer load ended (added = a layer was added).
    void layerLoadFinished(bool added);

protected:
    void closeEvent(QCloseEvent *) override;
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;
    // Time keys work anywhere in the window, not only in the timeline.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSize defaultSize() const;
    struct LoadOutcome;
    void createMenus();
    // Adds what a load gave (or shows why not, or asks for the date field).
    bool applyLoad(const QString &path, const LayerOptions &options, LoadOutcome &out);
    void setAtlasEverywhere(AtlasPtr atlas);
    // The one place a selection is made: a bundled feature's id, or (id
    // empty) an event of the user's layers.
    void applySelection(const QString &id, const MapHit *userEvent);
    void editUserLayers(const std::function<void(std::vector<UserLayer> &)> &edit);
    void startNextLoad();
    void onLoadFinished();
    void askDateField(const QString &path, const QStringList &candidates, const LayerOptions &options);
    void showLayerError(const QString &title, const QStringList &lines);
    void saveLayers();
    void restoreLayers();
    void exportMap();   // File › Export Map…
    void copyMap();     // Edit › Copy Map
    void updateScaleLabel();
    void showCursor(const GeoPoint &p, bool onMap);
    void onDateChanged(const QDate &date);
    void onFeaturesClicked(const QList<MapHit> &hits, const QPoint &globalPos);
    void onSearchResult(const SearchResult &result);
    void cycleFlashpoint(int direction);
    bool handleTimeKey(int key, Qt::KeyboardModifiers modifiers);

    AtlasPtr m_atlas;
    TimeCursor *m_time;
    MapCanvas *m_canvas;
    StatusPanel *m_statusPanel;
    TimelinePlot *m_timeline;
    DetailsPanel *m_details;
    SearchBox *m_search;
    QMenu *m_chooser = nullptr;
    QString m_selection;
    QLabel *m_positionLabel;
    QLabel *m_scaleLabel;
    LayerPanel *m_layers = nullptr;
    // Background loads (one at a time, the rest queued).
    QList<QPair<QString, LayerOptions>> m_loadQueue;
    QFutureWatcher<std::shared_ptr<LoadOutcome>> m_loadWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_loadPermille;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QPair<QString, LayerOptions> m_current;
    bool m_loading = false;
};
