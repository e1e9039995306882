#include "ChangeList.h"

#include "IsoDate.h"

#include <algorithm>

ChangeList::ChangeList(const Atlas &atlas, const QDate &a, const QDate &b) : m_atlas(atlas), m_a(a), m_b(b)
{
    for (const Flashpoint &f : atlas.flashpoints) {
        StatusChange c;
        c.flashpoint = f.id;
        c.from = atlas.statuses.stateAt(f.id, a).status;
        c.to = atlas.statuses.stateAt(f.id, b).status;
        for (const StatusTimeline::Change &step : atlas.statuses.history(f.id))
            if (step.date > a && step.date <= b)
                c.steps.append(step);
        // A restatement of the same status on the way is no change.
        if (c.from != c.to || std::any_of(c.steps.cbegin(), c.steps.cend(),
                                          [&](const StatusTimeline::Change &s) { return s.status != c.from; }))
            m_statuses.append(c);
    }
    const auto [first, last] = atlas.eventIndex.range(a.addDays(1), b);
    for (int i = first; i < last; ++i)
        m_events.append(i);
    for (int i = 0; i < atlas.lines.size(); ++i) {
        const MapLine &l = atlas.lines[i];
        const bool atA = l.isValidOn(a), atB = l.isValidOn(b);
        if (!atA && atB)
            m_lines.append(LineChange{i, true, l.validFrom});
        else if (atA && !atB)
            m_lines.append(LineChange{i, false, l.validTo.addDays(1)});
    }
}

QStringList ChangeList::rows() const
{
    QStringList out;
    for (const StatusChange &c : m_statuses) {
        const Flashpoint *f = m_atlas.flashpoint(c.flashpoint);
        out << QStringLiteral("status  %1: %2 -> %3").arg(f ? f->name : c.flashpoint, StatusInfo::label(c.from),
                                                         StatusInfo::label(c.to));
        for (const StatusTimeline::Change &s : c.steps)
            out << QStringLiteral("          %1  %2  (%3%4)")
                       .arg(IsoDate::format(s.date), StatusInfo::label(s.status),
                            s.afterClash ? QStringLiteral("after ") : QString(), m_atlas.events[s.event].markedTitle());
    }
    for (const LineChange &l : m_lines) {
        const MapLine &line = m_atlas.lines[l.line];
        out << QStringLiteral("line    %1 %2 on %3").arg(line.name, l.appeared ? QStringLiteral("appeared") : QStringLiteral("ended"),
                                                       IsoDate::format(l.date));
    }
    for (int i : m_events) {
        const Event &e = m_atlas.events[i];
        out << QStringLiteral("event   %1  %2  %3").arg(e.dateText(), e.type, e.markedTitle());
    }
    return out;
}
