#pragma once
// Playback and stepping over the one TimeCursor: play, pause, a step unit
// (each event, or a calendar day, week, month or year), an interval between
// steps and looping. The timeline's buttons, the window's time keys and
// playback all step through here, so they move the same way. Plain Qt Core.

#include "TimeCursor.h"

#include <QObject>
#include <functional>

class EventIndex;
class QTimer;

class TimePlayer : public QObject
{
    Q_OBJECT
public:
    enum class Step { Day, Week, Month, Year, Event };
    Q_ENUM(Step)

    // events gives the index to step through (the document's record); it
    // is asked each time, so a new record is followed.
    TimePlayer(TimeCursor *time, std::function<const EventIndex *()> events, QObject *parent = nullptr);

    TimeCursor *time() const { return m_time; }
    Step step() const { return m_step; }
    void setStep(Step step) { m_step = step; }
    bool loops() const { return m_loop; }
    void setLoop(bool loop) { m_loop = loop; }
    int intervalMs() const;
    void setIntervalMs(int ms);
    bool isPlaying() const;
    // Where playback stops (or loops back from): the last event.
    QDate end() const;

    // One step of unit in direction (-1 or +1); false when there is nowhere to go.
    bool stepBy(Step unit, int direction);
    bool toFirstEvent();
    bool toLastEvent();
    // The window's time keys: Left/Right each event, Shift+Left/Right a
    // month, Home/End the first and last event, Space play or pause.
    // Returns whether the key was one of them (and acted on).
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);

public slots:
    void play();
    void pause();
    void toggle() { isPlaying() ? pause() : play(); }

signals:
    void playingChanged(bool playing);

private:
    void advance();
    const EventIndex *events() const { return m_events ? m_events() : nullptr; }

    TimeCursor *m_time;
    std::function<const EventIndex *()> m_events;
    QTimer *m_timer;
    Step m_step = Step::Month;
    bool m_loop = false;
};
