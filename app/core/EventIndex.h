#pragma once
// Event dates in sorted order, so "events up to D" or "events in [A, B]" are
// two binary searches and stepping to the next event date is one.

#include <QDate>
#include <utility>
#include <vector>

class EventIndex
{
public:
    // dates must be sorted ascending (events are kept in date order).
    void build(std::vector<QDate> dates);

    // Half-open index range [first, second) of events dated within [from, to].
    std::pair<int, int> range(const QDate &from, const QDate &to) const;
    // The first event date after / last before date (invalid if none).
    QDate nextDate(const QDate &date) const;
    QDate previousDate(const QDate &date) const;
    QDate firstDate() const { return m_dates.empty() ? QDate() : m_dates.front(); }
    QDate lastDate() const { return m_dates.empty() ? QDate() : m_dates.back(); }
    int size() const { return int(m_dates.size()); }

private:
    std::vector<QDate> m_dates;
};
