#pragma once
// The one current date of the application, and how much time around it is
// shown. Owned by the application, passed to the map, panels and export;
// never owned by a widget.

#include <QDate>
#include <QObject>

class EventIndex;

class TimeCursor : public QObject
{
    Q_OBJECT
public:
    enum class Window { Instant, LastDays, Cumulative };
    Q_ENUM(Window)

    explicit TimeCursor(QObject *parent = nullptr);

    QDate date() const { return m_date; }
    // First day whose events are shown: the date itself (instant), N-1 days
    // before it (last N days), or invalid = from the beginning (cumulative).
    QDate windowStart() const { return windowStart(m_date, m_window, m_windowDays); }
    static QDate windowStart(const QDate &date, Window window, int days);
    Window window() const { return m_window; }
    int windowDays() const { return m_windowDays; }

    // Steps between real event dates (direction -1 or +1), by calendar
    // months, or to the first/last event. Return false when there is nowhere to go.
    bool stepEvent(const EventIndex &events, int direction);
    bool stepMonth(int direction);
    bool toFirstEvent(const EventIndex &events);
    bool toLastEvent(const EventIndex &events);

public slots:
    void setDate(const QDate &date);
    void setWindow(Window window, int days = 30);

signals:
    void dateChanged(const QDate &date);
    void windowChanged();

private:
    QDate m_date;
    Window m_window = Window::Cumulative;
    int m_windowDays = 30;
};
