#pragma once
// The one current date of the application, and how much time around it is
// shown. Owned by the application, passed to the map, panels and export;
// never owned by a widget.

#include <QDate>
#include <QObject>

class TimeCursor : public QObject
{
    Q_OBJECT
public:
    enum class Window { Instant, LastDays, Cumulative };
    Q_ENUM(Window)

    explicit TimeCursor(QObject *parent = nullptr);

    QDate date() const { return m_date; }
    Window window() const { return m_window; }
    int windowDays() const { return m_windowDays; }

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
