#include "DateComparison.h"

#include <QSettings>

DateComparison::DateComparison(TimeCursor *time, QObject *parent) : QObject(parent), m_time(time)
{
    connect(time, &TimeCursor::dateChanged, this, [this] {
        if (m_active)
            emit changed();
    });
}

void DateComparison::start(const QDate &a, const QDate &b)
{
    m_active = true;
    m_focus = Side::B;
    m_other = a;
    if (m_time->date() == b)
        emit changed();
    else
        m_time->setDate(b);   // changed() follows from the cursor
}

void DateComparison::stop()
{
    if (!m_active)
        return;
    m_active = false;
    emit changed();
}

QDate DateComparison::date(Side side) const
{
    if (!m_active)
        return m_time->date();
    return side == m_focus ? m_time->date() : m_other;
}

void DateComparison::setFocus(Side side)
{
    if (!m_active || side == m_focus)
        return;
    const QDate focused = m_other;
    m_other = m_time->date();
    m_focus = side;
    if (m_time->date() == focused)
        emit changed();
    else
        m_time->setDate(focused);
}

std::pair<QDate, QDate> DateComparison::suggestedPair(const QDate &date, const QDate &firstEvent)
{
    QSettings settings;
    const QDate a = settings.value(QStringLiteral("compare/a")).toDate();
    const QDate b = settings.value(QStringLiteral("compare/b")).toDate();
    if (a.isValid() && b.isValid() && a < b)
        return {a, b};
    QDate earlier = date.addYears(-1);
    if (firstEvent.isValid() && earlier < firstEvent && firstEvent < date)
        earlier = firstEvent;
    return {earlier, date};
}

void DateComparison::rememberPair(const QDate &a, const QDate &b)
{
    QSettings settings;
    settings.setValue(QStringLiteral("compare/a"), a);
    settings.setValue(QStringLiteral("compare/b"), b);
}
