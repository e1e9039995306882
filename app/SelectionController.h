#pragma once
// What is selected, and the one place a selection is made: a click on the
// map (with the "which one?" menu when several things are under it), the
// status list, the timeline, search and the keyboard all come here, and the
// map, status panel, timeline lane and Details panel follow together.

#include "Document.h"
#include "FeatureRows.h"

#include <QObject>
#include <QPoint>
#include <QString>

class DetailsPanel;
class MapCanvas;
class QMenu;
class QWidget;
class StatusPanel;
class TimeCursor;
class TimelinePlot;
struct MapHit;
struct SearchResult;

class SelectionController : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        MapCanvas *canvas;
        StatusPanel *status;
        TimelinePlot *timeline;
        DetailsPanel *details;
    };
    SelectionController(const Document *document, TimeCursor *time, FeatureRows *rows, const Views &views,
                        QWidget *window);

    QString selection() const { return m_selection; }
    // The "which one?" menu shown when a click hits several features.
    QMenu *hitChooser() const { return m_chooser; }

    // Selects a bundled feature by id (empty: nothing) everywhere.
    void select(const QString &id);
    void selectHit(const MapHit &hit);
    // Frames a flashpoint (Atlas::flashpointView) and selects it.
    void zoomToFlashpoint(const QString &id);
    // An event chosen in the timeline, details or search: its date, its
    // flashpoint selected and framed, the event itself in the details.
    void activateEvent(int eventIndex);
    void cycleFlashpoint(int direction);
    void featuresClicked(const QList<MapHit> &hits, const QPoint &globalPos);
    void searchResult(const SearchResult &result);

signals:
    // A line for the status bar.
    void message(const QString &text, int timeoutMs);

private:
    // id: a bundled feature or empty; userEvent: an event of the user's
    // layers; shown: what the details show when not the selection itself.
    void apply(const QString &id, const MapHit *userEvent, const MapHit *shown = nullptr);
    void dropChooser();

    const Document *m_document;
    TimeCursor *m_time;
    FeatureRows *m_rows;
    Views m_views;
    QWidget *m_window;
    QString m_selection;
    bool m_userEvent = false;   // an event of the user's layers is selected
    QMenu *m_chooser = nullptr;
};
