#pragma once
// The row above the timeline: first/previous/next/last event, the date
// field (type YYYY-MM-DD and Enter, or pick from a calendar), play/pause,
// the step unit, speed and loop of playback, and the display window. Every
// control acts through the core's TimePlayer and TimeCursor; it holds no time.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;
class TimeCursor;
class TimePlayer;

class TimeControls : public QWidget
{
    Q_OBJECT
public:
    explicit TimeControls(TimePlayer *player, QWidget *parent = nullptr);

    QLineEdit *dateField() const { return m_dateField; }

private:
    void applyTypedDate();
    void showDate();

    TimePlayer *m_player;
    TimeCursor *m_time;
    QLineEdit *m_dateField = nullptr;
    QToolButton *m_playButton = nullptr;
    QComboBox *m_step = nullptr;
    QComboBox *m_speed = nullptr;
    QCheckBox *m_loop = nullptr;
    QComboBox *m_window = nullptr;
    QSpinBox *m_windowDays = nullptr;
};
