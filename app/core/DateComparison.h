#pragma once
// Two dates side by side: the compare mode's A and B over the one time
// cursor. The cursor always holds the focused date, so the keys, the date
// field, the timeline and playback move the focused side without knowing
// about comparisons; the other date waits here. Switching focus swaps them.
// Plain Qt Core.

#include "TimeCursor.h"

#include <QDate>
#include <QObject>

#include <algorithm>
#include <utility>

class DateComparison : public QObject
{
    Q_OBJECT
public:
    enum class Side { A, B };
    Q_ENUM(Side)

    explicit DateComparison(TimeCursor *time, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Compares a with b, B focused (the cursor moves to b).
    void start(const QDate &a, const QDate &b);
    // Back to one date: the focused one stays.
    void stop();

    QDate date(Side side) const;
    QDate dateA() const { return date(Side::A); }
    QDate dateB() const { return date(Side::B); }
    // The side the time cursor moves (while active).
    Side focus() const { return m_focus; }
    void setFocus(Side side);
    // The earlier and the later of the two, for what changed between them.
    QDate earlier() const { return std::min(dateA(), dateB()); }
    QDate later() const { return std::max(dateA(), dateB()); }

    // The pair a comparison starts from when the user asks for one at date:
    // the last pair compared (kept in QSettings); else a year before date
    // (not before the first event), and date.
    static std::pair<QDate, QDate> suggestedPair(const QDate &date, const QDate &firstEvent);
    static void rememberPair(const QDate &a, const QDate &b);

signals:
    // Switched on or off, a date moved, or the focus changed.
    void changed();

private:
    TimeCursor *m_time;
    bool m_active = false;
    Side m_focus = Side::B;
    QDate m_other;   // the date of the side not focused
};
