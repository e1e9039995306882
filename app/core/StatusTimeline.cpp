#include "StatusTimeline.h"

#include <algorithm>

void StatusTimeline::build(const QList<Event> &events)
{
    m_changes.clear();
    m_phases.clear();
    for (int i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        for (const Event::StatusChange &c : e.setsStatus)
            m_changes[c.flashpoint].append(Change{e.date, c.status, i});
        if (e.setsFrontPhase != FrontPhase::None)
            m_phases.append(PhaseChange{e.date, e.setsFrontPhase, i});
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
    return State{c.status, first->date, first->event};
}

StatusTimeline::PhaseChange StatusTimeline::frontPhaseAt(const QDate &date) const
{
    auto after = std::upper_bound(m_phases.begin(), m_phases.end(), date,
                                  [](const QDate &d, const PhaseChange &c) { return d < c.date; });
    if (after == m_phases.begin())
        return {};
    return *(after - 1);
}
