#pragma once
// Each flashpoint's status as a function of date, derived from the events
// that set it. A status holds from its event's date until the next change.

#include "Event.h"
#include "Status.h"

#include <QDate>
#include <QHash>
#include <QList>

class StatusTimeline
{
public:
    struct Change {
        QDate date;
        Status status = Status::None;
        int event = -1;          // index into the atlas's events
    };
    struct State {
        Status status = Status::None;
        QDate since;             // invalid when Status::None
        int event = -1;
    };
    struct PhaseChange {
        QDate date;
        FrontPhase phase = FrontPhase::None;
        int event = -1;
    };

    // events must be sorted by date.
    void build(const QList<Event> &events);

    State stateAt(const QString &flashpoint, const QDate &date) const;
    QList<Change> history(const QString &flashpoint) const { return m_changes.value(flashpoint); }
    PhaseChange frontPhaseAt(const QDate &date) const;

private:
    QHash<QString, QList<Change>> m_changes;
    QList<PhaseChange> m_phases;
};
