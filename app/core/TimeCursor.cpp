#include "TimeCursor.h"

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
