#include "TimeCursor.h"

#include "EventIndex.h"

TimeCursor::TimeCursor(QObject *parent) : QObject(parent), m_date(QDate::currentDate()) {}

void TimeCursor::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    emit dateChanged(m_date);
}

void TimeCursor::setWindow(Window window, int days)
{
    days = qMax(1, days);
    if (window == m_window && days == m_windowDays)
        return;
    m_window = window;
    m_windowDays = days;
    emit windowChanged();
}

QDate TimeCursor::windowStart(const QDate &date, Window window, int days)
{
    switch (window) {
    case Window::Instant: return date;
    case Window::LastDays: return date.addDays(-(qMax(1, days) - 1));
    case Window::Cumulative: return {};
    }
    return {};
}

bool TimeCursor::stepEvent(const EventIndex &events, int direction)
{
    const QDate target = direction > 0 ? events.nextDate(m_date) : events.previousDate(m_date);
    if (!target.isValid())
        return false;
    setDate(target);
    return true;
}

bool TimeCursor::stepMonth(int direction)
{
    setDate(m_date.addMonths(direction > 0 ? 1 : -1));
    return true;
}

bool TimeCursor::toFirstEvent(const EventIndex &events)
{
    if (!events.firstDate().isValid())
        return false;
    setDate(events.firstDate());
    return true;
}

bool TimeCursor::toLastEvent(const EventIndex &events)
{
    if (!events.lastDate().isValid())
        return false;
    setDate(events.lastDate());
    return true;
}
