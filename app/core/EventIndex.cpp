#include "EventIndex.h"

#include <algorithm>

void EventIndex::build(std::vector<QDate> dates)
{
    m_dates = std::move(dates);
}

std::pair<int, int> EventIndex::range(const QDate &from, const QDate &to) const
{
    const auto b = from.isValid() ? std::lower_bound(m_dates.begin(), m_dates.end(), from)
                                  : m_dates.begin();
    const auto e = to.isValid() ? std::upper_bound(m_dates.begin(), m_dates.end(), to)
                                : m_dates.end();
    return {int(b - m_dates.begin()), int(std::max(b, e) - m_dates.begin())};
}

QDate EventIndex::nextDate(const QDate &date) const
{
    const auto it = std::upper_bound(m_dates.begin(), m_dates.end(), date);
    return it == m_dates.end() ? QDate() : *it;
}

QDate EventIndex::previousDate(const QDate &date) const
{
    const auto it = std::lower_bound(m_dates.begin(), m_dates.end(), date);
    return it == m_dates.begin() ? QDate() : *(it - 1);
}
