#include "TimePlayer.h"

#include "EventIndex.h"

#include <QTimer>

TimePlayer::TimePlayer(TimeCursor *time, std::function<const EventIndex *()> events, QObject *parent)
    : QObject(parent), m_time(time), m_events(std::move(events)), m_timer(new QTimer(this))
{
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &TimePlayer::advance);
}

int TimePlayer::intervalMs() const
{
    return m_timer->interval();
}

void TimePlayer::setIntervalMs(int ms)
{
    m_timer->setInterval(std::max(ms, 10));
}

bool TimePlayer::isPlaying() const
{
    return m_timer->isActive();
}

QDate TimePlayer::end() const
{
    const EventIndex *e = events();
    return e ? e->lastDate() : QDate();
}

bool TimePlayer::stepBy(Step unit, int direction)
{
    const int d = direction > 0 ? 1 : -1;
    const QDate now = m_time->date();
    QDate next;
    switch (unit) {
    case Step::Event:
        return events() && m_time->stepEvent(*events(), d);
    case Step::Day: next = now.addDays(d); break;
    case Step::Week: next = now.addDays(7 * d); break;
    case Step::Month: next = now.addMonths(d); break;
    case Step::Year: next = now.addYears(d); break;
    }
    if (!next.isValid())
        return false;
    m_time->setDate(next);
    return true;
}

bool TimePlayer::toFirstEvent()
{
    return events() && m_time->toFirstEvent(*events());
}

bool TimePlayer::toLastEvent()
{
    return events() && m_time->toLastEvent(*events());
}

bool TimePlayer::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    const bool shift = modifiers & Qt::ShiftModifier;
    if (modifiers & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return false;
    switch (key) {
    case Qt::Key_Left: return stepBy(shift ? Step::Month : Step::Event, -1);
    case Qt::Key_Right: return stepBy(shift ? Step::Month : Step::Event, +1);
    case Qt::Key_Home: return !shift && toFirstEvent();
    case Qt::Key_End: return !shift && toLastEvent();
    case Qt::Key_Space:
        if (shift)
            return false;
        toggle();
        return true;
    default: return false;
    }
}

void TimePlayer::play()
{
    if (isPlaying())
        return;
    m_timer->start();
    emit playingChanged(true);
}

void TimePlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    emit playingChanged(false);
}

void TimePlayer::advance()
{
    const QDate before = m_time->date();
    const QDate last = end();
    const bool moved = stepBy(m_step, +1);
    if (moved && (!last.isValid() || m_time->date() <= last))
        return;
    // Past the end (or nowhere to go): back to the start, or stop there.
    if (moved)
        m_time->setDate(before);
    if (m_loop && toFirstEvent())
        return;
    pause();
}
