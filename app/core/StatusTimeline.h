#pragma once
// Each flashpoint's status as a function of date, derived from the events
// that set it. A status holds from its event's date until the next change,
// except a clash: it lasts the clash's own day or days, after which the
// flashpoint takes the status the event gives for afterwards (standoff when
// it gives none), unless another event changes it first.

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
        // When the change is known only to fall in [date, dateEnd] (an
        // uncertain start); invalid for a dated change.
        QDate dateEnd;
        bool afterClash = false; // the status that follows a clash episode
    };
    struct State {
        Status status = Status::None;
        QDate since;             // invalid when Status::None
        QDate sinceEnd;          // valid when the start is a range: "between since and sinceEnd"
        int event = -1;
        bool afterClash = false;

        // "2020-06-17", or "between 2020-04-01 and 2020-05-31" for a range.
        QString sinceText() const;
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
