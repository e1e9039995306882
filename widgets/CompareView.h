#pragma once
// The map area of the window: one map, or the compare mode's two maps of
// one extent at two dates, either side by side or one over the other with a
// swipe divider. The second map follows the first's settings (extent, layers,
// time window, selection) but its own date; panning or zooming either moves
// both. The window owns what each map shows; this only lays them out.

#include <QWidget>

class MapCanvas;
class SwipeHandle;

class CompareView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Single, SideBySide, Swipe };
    Q_ENUM(Mode)

    // Takes first (the window's map) as its child; makes the second map.
    explicit CompareView(MapCanvas *first, QWidget *parent = nullptr);

    MapCanvas *first() const { return m_first; }
    MapCanvas *second() const { return m_second; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Swipe: where the divider stands, as a fraction of the width; the
    // second map shows right of it.
    double swipePosition() const { return m_swipe; }
    void setSwipePosition(double fraction);

signals:
    void modeChanged(CompareView::Mode mode);

protected:
    void resizeEvent(QResizeEvent *) override;

private:
    void arrange();

    MapCanvas *m_first;
    MapCanvas *m_second;
    SwipeHandle *m_handle;
    Mode m_mode = Mode::Single;
    double m_swipe = 0.5;
    bool m_syncing = false;
};
