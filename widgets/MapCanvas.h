#pragma once
// The map in the window. It owns nothing but its view (a MapSettings value);
// each change copies that value to a render job on a worker thread, and the
// finished image is painted. While a job runs, the last image is shown moved
// and scaled to the new view, so panning and zooming never wait for a render.

#include "Atlas.h"
#include "Document.h"
#include "GeoPoint.h"
#include "MapHitTester.h"
#include "BasemapCache.h"
#include "MapSettings.h"
#include "RenderJob.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // Follows the document: its record and its layer stack.
    void setDocument(const Document *document);
    void setAtlas(AtlasPtr atlas);
    AtlasPtr atlas() const { return m_atlas; }
    // Where tooltips read a user event's row without waiting on its file.
    void setFeatureRows(FeatureRows *rows);
    // The user's layers and terrain to draw (kept in the view's settings).
    void setLayers(const LayerStack &layers);

    // The view as it would be rendered now (size = the widget's size).
    MapSettings settings() const;
    void setView(const QPointF &center, double metresPerPixel);
    void setDate(const QDate &date);
    void setTimeWindow(TimeCursor::Window window, int days);
    // The selected bundled feature (id), or an event of the user's layers
    // shown in the details (layer and index; -1: none): one render for both.
    void setSelection(const QString &id, int userLayer = -1, qint64 userIndex = -1);
    void setLegendVisible(bool visible);
    // The "As of" date stamp (off while a caption names the date).
    void setDateLabelVisible(bool visible);
    // Takes everything of leader's view but this canvas's own size, date
    // and ruler: the second map of a comparison, kept on the first
    // one's extent, layers, time window and selection.
    void followSettings(const MapSettings &leader);
    // A line shown over the map's top-left corner (the compare mode's
    // "A · date"); highlighted: the side the time keys move. Empty: none.
    void setCaption(const QString &text, bool highlighted);
    QString caption() const { return m_caption; }
    void setCaptionPosition(const QPointF &topLeft);
    // The legend folded to a small "Legend" tab (a click on its header
    // does the same; legendCollapsedChanged tells either way).
    void setLegendCollapsed(bool collapsed);
    bool isLegendCollapsed() const { return m_settings.legendCollapsed; }
    // The bundled layers (and user layers, by file name) left out of the map.
    void setHiddenLayers(const QSet<QString> &ids);
    // How opaque each bundled layer is drawn (by id; absent: opaque).
    void setLayerOpacity(const QHash<QString, double> &opacity);
    // The map's light or dark style (the window's theme follows the desktop
    // or View › Theme).
    void setTheme(MapStyle::Theme theme);

    // The ruler (Tools › Measure): while measuring, a click adds a point
    // (a click on the first point closes the ring), Backspace takes the last
    // one back, Escape ends; dragging still pans. The points stay shown (and
    // exported) until cleared.
    void setMeasuring(bool on);
    bool isMeasuring() const { return m_measuring; }
    void clearMeasure();
    QList<GeoPoint> measurePoints() const { return m_settings.measure; }
    bool measureClosed() const { return m_settings.measureClosed; }

    void zoomBy(double factor, const QPointF &anchor);
    void panByPixels(const QPointF &delta);
    void frame(QRectF mapExtent);

    // The last finished render, and whether one is still running.
    QImage renderedImage() const { return m_image; }
    bool isRenderPending() const;

public slots:
    void zoomIn();
    void zoomOut();
    void resetView();

    // What a hover at pos would show ("" when nothing is there).
    QString tooltipAt(const QPointF &pos) const;

signals:
    void cursorMoved(const GeoPoint &position, bool onMap);
    // A click (not a drag) at pos, with everything under it, topmost first.
    void featuresClicked(const QList<MapHit> &hits, const QPoint &globalPos);
    // Keyboard selection: Tab / Shift+Tab, Enter, Escape.
    void cycleFlashpoint(int direction);
    void activateSelection();
    void clearSelection();
    void viewChanged();
    // Anything in settings() changed (a render follows).
    void settingsChanged();
    // A mouse press on the map (the compare mode focuses its side).
    void pressed();
    // The ruler's points changed (or it was switched on or off).
    void measureChanged();
    void legendCollapsedChanged(bool collapsed);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void showEvent(QShowEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void leaveEvent(QEvent *) override;
    bool event(QEvent *) override;
    // Tab selects flashpoints; Ctrl+Tab (Ctrl+Shift+Tab) leaves the map.
    bool focusNextPrevChild(bool) override { return false; }
    void focusInEvent(QFocusEvent *) override;
    void focusOutEvent(QFocusEvent *) override;

private:
    void addMeasurePoint(const QPointF &screen);
    bool onLegendHeader(const QPointF &pos) const;
    void requestRender();
    // What a screen reader says of the map: its date, what is selected
    // (with a flashpoint's status in words), how to move it.
    void updateAccessibleDescription();
    void keepInRegion();
    void startRender();
    void onRenderDone();

    AtlasPtr m_atlas;
    MapSettings m_settings;
    QImage m_image;
    MapSettings m_imageSettings;   // the view m_image was rendered for
    RenderJob m_job;               // the running (or last) render
    QElapsedTimer m_sinceImage;    // since the last image was delivered
    QFutureWatcher<QImage> m_watcher;
    // The basemap of the current view, reused while only the date, the
    // selection or the layers change (shared with the render job).
    std::shared_ptr<BasemapCache> m_basemapCache = std::make_shared<BasemapCache>();
    bool m_jobActive = false;      // a job runs or its result is not yet taken
    bool m_renderAgain = false;
    QRectF m_pendingFrame;         // extent to frame once the widget is shown
    bool m_dragging = false;
    QPointF m_lastMouse;
    QPointF m_pressPos;
    FeatureRows *m_rows = nullptr;
    bool m_measuring = false;
    QPoint m_tooltipPos{-1, -1};
    QString m_caption;
    bool m_captionHighlighted = false;
    QPointF m_captionAt{8, 8};
};
