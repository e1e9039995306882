#pragma once
// What changed between two dates A and B (A before B): each flashpoint whose
// status differs, with every change on the way (date, status, the event that
// set it), the events dated after A up to B, and the lines and buffer zones
// that appeared or ended in between. The compare view, its exports and
// "lacviewer --changes" all list these, so they agree.

#include "Atlas.h"

#include <QDate>
#include <QList>
#include <QString>

class ChangeList
{
public:
    struct StatusChange {
        QString flashpoint;
        Status from = Status::None;   // at A
        Status to = Status::None;     // at B
        // Each change after A up to B, in order (several for one flashpoint
        // when it went through a clash or a disengagement on the way).
        QList<StatusTimeline::Change> steps;
    };
    struct LineChange {
        int line = -1;                // index into the atlas's lines
        bool appeared = false;        // valid at B, not at A (else: ended)
        QDate date;                   // valid_from, or the day after valid_to
    };

    ChangeList(const Atlas &atlas, const QDate &a, const QDate &b);

    QDate from() const { return m_a; }
    QDate to() const { return m_b; }
    QList<StatusChange> statuses() const { return m_statuses; }
    QList<int> events() const { return m_events; }   // indexes, in date order
    QList<LineChange> lines() const { return m_lines; }
    bool isEmpty() const { return m_statuses.isEmpty() && m_events.isEmpty() && m_lines.isEmpty(); }

    // One row of text per change, as "lacviewer --changes" prints them.
    QStringList rows() const;

private:
    const Atlas &m_atlas;
    QDate m_a, m_b;
    QList<StatusChange> m_statuses;
    QList<int> m_events;
    QList<LineChange> m_lines;
};
