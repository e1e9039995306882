#include "TimeControls.h"

#include "IsoDate.h"
#include "MapStyle.h"
#include "TimeCursor.h"
#include "TimePlayer.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QTextDocument> // Qt::convertFromPlainText
#include <QToolButton>
#include <QToolTip>
#include <QWidgetAction>
#include <algorithm>

TimeControls::TimeControls(TimePlayer *player, QWidget *parent)
    : QWidget(parent), m_player(player), m_time(player->time())
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [this, row](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        row->addWidget(b);
        return b;
    };
    QToolButton *first = button(QStyle::SP_MediaSkipBackward, tr("First event (Home)"));
    QToolButton *previous = button(QStyle::SP_MediaSeekBackward, tr("Previous event (Left)"));
    // A plain text field: type "2021-03-01" and Enter (a spin-box date editor
    // makes typing a whole date awkward), or pick a day from the calendar.
    m_dateField = new QLineEdit(this);
    m_dateField->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), m_dateField));
    m_dateField->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_dateField->setToolTip(tr("The current date: type YYYY-MM-DD and press Enter"));
    // Always wide enough for a whole date: on a narrow window the combo
    // boxes give way, never the date.
    const int dateWidth = m_dateField->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 18;
    m_dateField->setMinimumWidth(dateWidth);
    m_dateField->setMaximumWidth(std::max(110, dateWidth));
    m_dateField->setText(IsoDate::format(m_time->date()));
    row->addWidget(m_dateField);
    auto *calendarButton = new QToolButton(this);
    calendarButton->setText(QStringLiteral("▾"));
    calendarButton->setToolTip(tr("Pick a date from a calendar"));
    calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *calendarMenu = new QMenu(calendarButton);
    auto *calendar = new QCalendarWidget(calendarMenu);
    auto *calendarAction = new QWidgetAction(calendarMenu);
    calendarAction->setDefaultWidget(calendar);
    calendarMenu->addAction(calendarAction);
    calendarButton->setMenu(calendarMenu);
    connect(calendarMenu, &QMenu::aboutToShow, this, [this, calendar] { calendar->setSelectedDate(m_time->date()); });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendarMenu](const QDate &d) {
        calendarMenu->close();
        m_time->setDate(d);
    });
    row->addWidget(calendarButton);
    QToolButton *next = button(QStyle::SP_MediaSeekForward, tr("Next event (Right)"));
    QToolButton *last = button(QStyle::SP_MediaSkipForward, tr("Last event (End)"));
    m_playButton = button(QStyle::SP_MediaPlay, tr("Play or pause (Space)"));
    m_playButton->setText(tr("Play"));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("playStep"));
    m_step->addItem(tr("1 day per step"), int(TimePlayer::Step::Day));
    m_step->addItem(tr("1 week per step"), int(TimePlayer::Step::Week));
    m_step->addItem(tr("1 month per step"), int(TimePlayer::Step::Month));
    m_step->addItem(tr("1 year per step"), int(TimePlayer::Step::Year));
    m_step->addItem(tr("Next event per step"), int(TimePlayer::Step::Event));
    m_step->setCurrentIndex(m_step->findData(int(m_player->step())));
    m_step->setToolTip(tr("How far each step of playback moves"));
    row->addWidget(m_step);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("playSpeed"));
    m_speed->addItem(tr("Slow"), 400);
    m_speed->addItem(tr("Normal"), 150);
    m_speed->addItem(tr("Fast"), 50);
    m_speed->setCurrentIndex(std::max(0, m_speed->findData(m_player->intervalMs())));
    m_speed->setToolTip(tr("Time between steps of playback"));
    row->addWidget(m_speed);
    m_loop = new QCheckBox(tr("Loop"), this);
    m_loop->setChecked(m_player->loops());
    row->addWidget(m_loop);
    row->addSpacing(16);
    row->addWidget(new QLabel(tr("Show events:"), this));
    m_window = new QComboBox(this);
    m_window->addItem(tr("Up to the date"), int(TimeCursor::Window::Cumulative));
    m_window->addItem(tr("In the last N days"), int(TimeCursor::Window::LastDays));
    m_window->setToolTip(tr("Which events the map draws: all up to the date (cumulative), the last N days', "
                            "or the date's only"));
    m_window->addItem(tr("On the date only"), int(TimeCursor::Window::Instant));
    row->addWidget(m_window);
    m_windowDays = new QSpinBox(this);
    m_windowDays->setRange(1, 3650);
    m_windowDays->setValue(m_time->windowDays());
    m_windowDays->setSuffix(tr(" days"));
    m_windowDays->setEnabled(false);
    row->addWidget(m_windowDays);
    row->addStretch(1);

    // What a screen reader calls them: an icon button by its tooltip.
    for (QToolButton *b : {first, previous, calendarButton, next, last})
        b->setAccessibleName(b->toolTip());
    m_dateField->setAccessibleName(tr("Current date"));
    m_dateField->setAccessibleDescription(m_dateField->toolTip());
    m_step->setAccessibleName(tr("Playback step"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_window->setAccessibleName(tr("Show events"));
    m_windowDays->setAccessibleName(tr("Days of events shown"));

    connect(first, &QToolButton::clicked, m_player, &TimePlayer::toFirstEvent);
    connect(last, &QToolButton::clicked, m_player, &TimePlayer::toLastEvent);
    connect(previous, &QToolButton::clicked, this, [this] { m_player->stepBy(TimePlayer::Step::Event, -1); });
    connect(next, &QToolButton::clicked, this, [this] { m_player->stepBy(TimePlayer::Step::Event, +1); });
    connect(m_playButton, &QToolButton::clicked, m_player, &TimePlayer::toggle);
    connect(m_step, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_player->setStep(TimePlayer::Step(m_step->currentData().toInt())); });
    connect(m_speed, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_player->setIntervalMs(m_speed->currentData().toInt()); });
    connect(m_loop, &QCheckBox::toggled, m_player, &TimePlayer::setLoop);
    connect(m_player, &TimePlayer::playingChanged, this, [this](bool playing) {
        m_playButton->setText(playing ? tr("Pause") : tr("Play"));
        m_playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(m_dateField, &QLineEdit::returnPressed, this, &TimeControls::applyTypedDate);
    auto applyWindow = [this] {
        const auto w = TimeCursor::Window(m_window->currentData().toInt());
        m_windowDays->setEnabled(w == TimeCursor::Window::LastDays);
        m_time->setWindow(w, m_windowDays->value());
    };
    connect(m_window, qOverload<int>(&QComboBox::currentIndexChanged), this, applyWindow);
    connect(m_windowDays, qOverload<int>(&QSpinBox::valueChanged), this, applyWindow);
    connect(m_time, &TimeCursor::windowChanged, this, [this] {
        // Both shown as they are, before either can set the window back
        // with the other's old value.
        const QSignalBlocker windowBlocker(m_window), daysBlocker(m_windowDays);
        m_window->setCurrentIndex(m_window->findData(int(m_time->window())));
        m_windowDays->setValue(m_time->windowDays());
        m_windowDays->setEnabled(m_time->window() == TimeCursor::Window::LastDays);
    });
    m_window->setCurrentIndex(m_window->findData(int(m_time->window())));
    connect(m_time, &TimeCursor::dateChanged, this, &TimeControls::showDate);
}

void TimeControls::showDate()
{
    m_dateField->setText(IsoDate::format(m_time->date()));
    m_dateField->setStyleSheet(QString());
}

void TimeControls::applyTypedDate()
{
    const QString text = m_dateField->text().trimmed();
    const QString why = IsoDate::whyInvalid(text);
    if (!why.isEmpty()) {
        // Say why, and keep what was typed so it can be corrected.
        m_dateField->setStyleSheet(
            QStringLiteral("background: %1").arg(MapStyle::timelineColors(palette()).invalidInput.name()));
        QToolTip::showText(m_dateField->mapToGlobal(QPoint(0, m_dateField->height())), Qt::convertFromPlainText(why), m_dateField);
        return;
    }
    m_dateField->setStyleSheet(QString());
    m_time->setDate(IsoDate::parseDay(text));
    showDate();
}
