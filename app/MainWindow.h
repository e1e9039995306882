#pragma once
// The main window: the map in the middle, the status, details and layers
// docked at the side, the timeline beneath, menus and a status bar with the
// cursor position and the map scale. It is handed the document and the time
// cursor (both core objects it does not own); its panels follow them. Loads
// run through a LayerLoadController (shown by LoadFeedback), selection
// through a SelectionController, playback and the time keys through a
// TimePlayer, renders and exports through RenderJob.

#include "DateText.h"
#include "Document.h"
#include "FeatureRows.h"
#include "GeoPoint.h"
#include "LayerLoadController.h"
#include "ViewRequest.h"

#include <QFutureWatcher>
#include <QMainWindow>

class BookmarkMenu;
class BundledLayers;
class ChangeListPanel;
class CompareController;
class CompareView;
class DatabaseLayers;
class DateComparison;
class DetailsPanel;
class QDockWidget;
class LayerPanel;
class LoadFeedback;
class OwnRecordController;
class WindowExport;
class QProgressDialog;
class MapCanvas;
class QMenu;
class SearchBox;
struct MapHit;
class QLabel;
class SelectionController;
class StatusPanel;
class ThemeController;
class TimeCursor;
class TimePlayer;
class TimelinePlot;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Document *document, TimeCursor *time, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    TimePlayer *player() const { return m_player; }
    MapCanvas *canvas() const { return m_canvas; }
    StatusPanel *statusPanel() const { return m_statusPanel; }
    TimelinePlot *timeline() const { return m_timeline; }
    DetailsPanel *detailsPanel() const { return m_details; }
    SearchBox *searchBox() const { return m_search; }
    LayerPanel *layerPanel() const { return m_layers; }
    // The compare mode: its two maps, its dates and the Changes panel.
    CompareView *compareView() const { return m_compareView; }
    CompareController *compare() const { return m_compare; }
    ChangeListPanel *changesPanel() const { return m_changes; }
    // The user's own record: its file, editing, undo.
    OwnRecordController *ownRecord() const { return m_ownRecord; }
    // View › Theme and View › Bookmarks.
    ThemeController *themes() const { return m_themes; }
    BookmarkMenu *bookmarks() const { return m_bookmarks; }
    // The database layers (File › Open Database…, "PG:" on the command line).
    DatabaseLayers *databases() const { return m_databases; }
    // The "which one?" menu shown when a click hits several features.
    QMenu *hitChooser() const;
    QString selection() const;

    // Adds a layer from any GDAL vector file, in the background with
    // progress and cancel. Returns false when the file is refused at once
    // (missing, not a local file: the error is shown); else true, and
    // layerLoadFinished() tells the outcome. A "PG:" connection string
    // opens a database layer instead (DatabaseLayers), also in the background. Dated points become a
    // time-aware event layer; a failure shows why and keeps everything loaded.
    bool openLayer(const QString &path);
    // The same with a chosen date field (and end field) and panel options.
    struct LayerOptions
    {
        QString dateField, endField;
        DateText::Order dateOrder = DateText::Order::Unknown; // --date-order
        bool visible = true;
        double opacity = 1.0;
        QString colourBy;   // --colour-by's FIELD[:root|:N] for this file
    };
    bool openLayer(const QString &path, const LayerOptions &options);
    // Reads an elevation raster in the background and shades it under the
    // map (File › Open Terrain…, --dem); a problem is shown and leaves the
    // map as it was. Returns false when refused at once.
    bool openTerrain(const QString &path);
    // Reads the bundled record from a data directory in the background;
    // what the request asks for (view, selection) is applied once it is in.
    void openRecord(const QString &dataDir);
    // What the command line asks for: date, display window, hidden layers
    // now; view and selection now or, while the record loads, once it is in.
    void applyRequest(const ViewRequest &request);
    bool isLoadingLayer() const;
    // Cancels the background load (and any queued ones): nothing is added.
    void cancelLayerLoad();
    // The progress dialog of the running load (null when none).
    QProgressDialog *loadProgress() const;
    void zoomToFlashpoint(const QString &id);
    // Selects a feature by id (flashpoint, place, line or event) everywhere.
    void select(const QString &id);
    void selectHit(const MapHit &hit);
    void activateEvent(int eventIndex);
    // Window, docks, view and time as last saved; the saved date only when
    // restoreDate (the command line's --date wins).
    void restoreState(bool restoreDate = true);
    // Whether a background export (File › Export Map…) is running.
    bool isExporting() const;

signals:
    // A background layer load ended (added = a layer was added).
    void layerLoadFinished(bool added);
    void terrainLoadFinished(bool added);
    void recordLoadFinished(bool loaded);
    void exportFinished(bool written);

protected:
    void closeEvent(QCloseEvent *) override;
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;
    // Time keys work anywhere in the window, not only in the timeline.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSize defaultSize() const;
    void createDocks();
    void createMenus();
    void applyView(const ViewRequest &request);
    void onDateChanged(const QDate &date);

    Document *m_document;
    TimeCursor *m_time;
    TimePlayer *m_player;
    LayerLoadController *m_loads;
    DatabaseLayers *m_databases = nullptr;
    FeatureRows *m_rows;
    MapCanvas *m_canvas;
    StatusPanel *m_statusPanel;
    TimelinePlot *m_timeline;
    DetailsPanel *m_details;
    SearchBox *m_search;
    LayerPanel *m_layers = nullptr;
    DateComparison *m_comparison = nullptr;
    CompareView *m_compareView = nullptr;
    ChangeListPanel *m_changes = nullptr;
    QDockWidget *m_changesDock = nullptr;
    CompareController *m_compare = nullptr;
    BundledLayers *m_bundledLayers = nullptr;
    ThemeController *m_themes = nullptr;
    BookmarkMenu *m_bookmarks = nullptr;
    SelectionController *m_selection = nullptr;
    LoadFeedback *m_feedback = nullptr;
    OwnRecordController *m_ownRecord = nullptr;
    const Atlas *m_framedRecord = nullptr;   // the bundled record last framed
    WindowExport *m_export = nullptr;
    // View and selection the command line asked for, until the record is in.
    ViewRequest m_pendingView;
    bool m_viewPending = false;
    bool m_viewRestored = false;   // a saved or requested view: the record's arrival keeps it
};
