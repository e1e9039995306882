#include "StatusTimeline.h"

#include "IsoDate.h"

#include <QCoreApplication>

#include <algorithm>

QString StatusTimeline::State::sinceText() const
{
    if (!since.isValid())
        return {};
    if (sinceEnd.isValid())
        return QCoreApplication::translate("Event", "between %1 and %2").arg(IsoDate::format(since), IsoDate::format(sinceEnd));
    return IsoDate::format(since);
}

void StatusTimeline::build(const QList<Event> &events)
{
    m_changes.clear();
    m_phases.clear();
    for (int i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        for (const Event::StatusChange &c : e.setsStatus)
            m_changes[c.flashpoint].append(
                Change{e.date, c.status, i, e.uncertainEnd(), false});
        if (e.setsFrontPhase != FrontPhase::None)
            m_phases.append(PhaseChange{e.date, e.setsFrontPhase, i});
    }
    // Each clash ends: the day after its last day the flashpoint takes the
    // status that followed, unless a later event has changed it by then.
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it) {
        QList<Change> &changes = it.value();
        QList<Change> out;
        for (int j = 0; j < changes.size(); ++j) {
            out.append(changes[j]);
            if (changes[j].status != Status::Clash)
                continue;
            const Event &e = events[changes[j].event];
            const QDate next = e.lastDay().addDays(1);
            if (j + 1 < changes.size() && changes[j + 1].date <= next)
                continue;
            Status after = Status::Standoff;
            for (const Event::StatusChange &c : e.statusAfter)
                if (c.flashpoint == it.key())
                    after = c.status;
            out.append(Change{next, after, changes[j].event, QDate(), true});
        }
        changes = out;
    }
}

StatusTimeline::State StatusTimeline::stateAt(const QString &flashpoint, const QDate &date) const
{
    const auto it = m_changes.constFind(flashpoint);
    if (it == m_changes.cend())
        return {};
    const QList<Change> &changes = *it;
    // Changes are in date order: the last one on or before date wins.
    auto after = std::upper_bound(changes.begin(), changes.end(), date,
                                  [](const QDate &d, const Change &c) { return d < c.date; });
    if (after == changes.begin())
        return {};
    const Change &c = *(after - 1);
    // "since" is when this status began: skip back over repeats of it.
    auto first = after - 1;
    while (first != changes.begin() && (first - 1)->status == c.status)
        --first;
    return State{c.status, first->date, first->dateEnd, first->event, first->afterClash};
}

StatusTimeline::PhaseChange StatusTimeline::frontPhaseAt(const QDate &date) const
{
    auto after = std::upper_bound(m_phases.begin(), m_phases.end(), date,
                                  [](const QDate &d, const PhaseChange &c) { return d < c.date; });
    if (after == m_phases.begin())
        return {};
    return *(after - 1);
}
