#include "ThemeController.h"

#include "MapCanvas.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace {
const char *const kKey = "view/theme";
}

ThemeController::ThemeController(MapCanvas *canvas, QMenu *viewMenu, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_actions(new QActionGroup(this)),
      m_systemPalette(QApplication::palette()), m_systemStyle(QApplication::style()->name())
{
    QMenu *menu = viewMenu->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    const struct { Choice choice; QString text; } items[] = {
        {Choice::System, tr("&System")}, {Choice::Light, tr("&Light")}, {Choice::Dark, tr("&Dark")}};
    for (const auto &item : items) {
        QAction *a = menu->addAction(item.text);
        a->setObjectName(QStringLiteral("theme-") + choiceName(item.choice));
        a->setCheckable(true);
        a->setData(int(item.choice));
        m_actions->addAction(a);
        connect(a, &QAction::triggered, this, [this, c = item.choice] { choose(c); });
    }
    const QString saved = QSettings().value(QLatin1String(kKey)).toString();
    Choice start = Choice::System;
    for (Choice c : {Choice::Light, Choice::Dark})
        if (saved == choiceName(c))
            start = c;
    choose(start, false);
    qApp->installEventFilter(this);
}

QString ThemeController::choiceName(Choice choice)
{
    switch (choice) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}

QPalette ThemeController::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion->standardPalette();
    delete fusion;
    // Fusion's highlight (#308cc6) gives white text 3.7:1; a deeper blue, 5.2:1.
    p.setColor(QPalette::Active, QPalette::Highlight, QColor(0x24, 0x71, 0xab));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x24, 0x71, 0xab));
    return p;
}

QPalette ThemeController::darkPalette()
{
    // Text at least 4.5:1 against its background (tst_theme computes it),
    // the disabled text dimmer but still readable.
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x1f, 0x22, 0x26), text(0xe8, 0xe8, 0xe8),
        button(0x35, 0x39, 0x3f), highlight(0x3d, 0x8e, 0xd8), disabled(0x9a, 0x9a, 0x9a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x2f));
    p.setColor(QPalette::ToolTipBase, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4f, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x42, 0x48));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5f, 0x66));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0x0e, 0x0e, 0x0e));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x55, 0x5c));
    return p;
}

void ThemeController::choose(Choice choice, bool remember)
{
    m_choice = choice;
    if (choice == Choice::System) {
        // Untouched when nothing was changed, so the desktop's own changes go on reaching it.
        if (QApplication::style()->name().compare(m_systemStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(m_systemStyle);
        if (QApplication::palette() != m_systemPalette)
            QApplication::setPalette(m_systemPalette);
    } else {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
    }
    for (QAction *a : m_actions->actions())
        a->setChecked(a->data().toInt() == int(choice));
    if (remember)
        QSettings().setValue(QLatin1String(kKey), choiceName(choice));
    followPalette();
}

void ThemeController::followPalette()
{
    // A widget with a style sheet of its own (a focus frame) keeps the
    // palette it was first polished with; polished again, it takes the new one.
    for (QWidget *w : QApplication::allWidgets())
        if (!w->styleSheet().isEmpty()) {
            w->style()->unpolish(w);
            w->style()->polish(w);
            w->update();
        }
    m_canvas->setTheme(isDark() ? MapStyle::Theme::Dark : MapStyle::Theme::Light);
    emit changed();
}

bool ThemeController::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched between light and dark while the window is open.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        followPalette();
    return QObject::eventFilter(watched, event);
}

bool ThemeController::isDark() const
{
    return MapStyle::isDark(QApplication::palette());
}
