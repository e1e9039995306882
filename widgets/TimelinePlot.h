#pragma once
// The timeline: one lane per flashpoint with its status over time as
// coloured bands, the events as markers shaped by type, a histogram of events
// per month beneath, and a cursor at the current date. Above it, the date
// field, event stepping, play/pause with speed and loop, and the display
// window (TimeControls). It reads and writes the application's TimeCursor through the
// core's TimePlayer (the same steps as the window's time keys); it owns no time.
// This is the only file that includes QCustomPlot.

#include "Document.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPAxisRect;
class QCPAbstractItem;
class QCPGraph;
class QCPItemStraightLine;
class QLineEdit;
class QMouseEvent;
class QSpinBox;
class QToolButton;
class TimeCursor;
class TimePlayer;
class TimeControls;
class TimelineComparison;

class TimelinePlot : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePlot(TimePlayer *player, QWidget *parent = nullptr);
    ~TimelinePlot() override;

    // Follows the document: the record's lanes and events, and the visible
    // event layers of the user's stack in the histogram.
    void setDocument(const Document *document);
    void setAtlas(AtlasPtr atlas);
    void setLayers(const LayerStack &layers);
    void setSelection(const QString &flashpointId);
    // Compare mode: a second, dashed cursor at other, the span between it and
    // the current date shaded, and each cursor labelled (e.g. "B" at the
    // current date, "A" at other). Inactive: the one cursor alone.
    void setComparison(bool active, const QDate &other = {}, const QString &currentLabel = {},
                       const QString &otherLabel = {});

    // For tests and tools: the plot, the date field, pixel <-> date on the
    // lanes, and the histogram as drawn (month start -> events).
    QCustomPlot *plot() const { return m_plot; }
    QLineEdit *dateField() const;
    double pixelForDate(const QDate &date) const;
    QDate dateAtPixel(double x) const;
    double laneCenterPixel(int lane) const;
    QMap<QDate, int> histogram() const { return m_histogram; }
    bool isPlaying() const;
    QString hoverText(const QPoint &pos) const; // the tooltip a position would show

public slots:
    void play();
    void pause();

signals:
    // An event marker was double-clicked (index into the atlas's events).
    void eventActivated(int eventIndex);

protected:
    // The plot follows the palette (a dark desktop, View › Theme later).
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void rebuild();
    void updateCursor();
    bool isCursorItem(const QCPAbstractItem *item) const;
    void onMousePress(QMouseEvent *e);
    void onMouseMove(QMouseEvent *e);
    void onMouseRelease(QMouseEvent *e);
    void onDoubleClick(QMouseEvent *e);
    void updateTickFormat();
    int eventNear(const QPoint &pos) const;  // -1 if none within a few pixels
    QList<int> lanesOf(const Event &e) const;

    TimePlayer *m_player;
    TimeCursor *m_time;
    AtlasPtr m_atlas;
    // The user's visible event layers (the histogram's second series): an
    // opacity change leaves them as they are, and the plot is not rebuilt.
    std::vector<std::shared_ptr<const EventLayer>> m_userEvents, m_allUserEvents;
    QCPGraph *m_userGraph = nullptr;   // their series, replaced alone when they change
    QString m_selection;
    TimeControls *m_controls = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_lanesRect = nullptr;
    QCPAxisRect *m_histRect = nullptr;
    QCPItemStraightLine *m_cursorLanes = nullptr;
    QCPItemStraightLine *m_cursorHist = nullptr;
    // The compare mode's items: kept across rebuilds like the cursor.
    std::unique_ptr<TimelineComparison> m_comparison;
    QMap<QDate, int> m_histogram;
    bool m_scrubbing = false;
    QPoint m_pressPos;
    bool m_pressed = false;
};
