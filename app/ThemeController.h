#pragma once
// View › Theme: System (the desktop's palette, as the window opened with
// it), Light or Dark (Qt's Fusion style with a light or a dark palette).
// Remembered in QSettings (view/theme); --theme sets it for one run. The
// map and the second map of a comparison take the dark style when the
// window's palette is dark; the timeline and the panels follow the palette.

#include "MapStyle.h"

#include <QObject>
#include <QPalette>
#include <QString>

class MapCanvas;
class QActionGroup;
class QMenu;

class ThemeController : public QObject
{
    Q_OBJECT
public:
    enum class Choice { System, Light, Dark };

    ThemeController(MapCanvas *canvas, QMenu *viewMenu, QObject *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Applies a choice; remember: kept for the next run (the menu does).
    void choose(Choice choice, bool remember = true);
    // Whether the window is dark now (the map's style follows).
    bool isDark() const;

    // The palette View › Theme › Dark sets, and Fusion's light one.
    static QPalette darkPalette();
    static QPalette lightPalette();
    static QString choiceName(Choice choice);   // "system", "light", "dark"

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette();

    MapCanvas *m_canvas;
    QActionGroup *m_actions;
    Choice m_choice = Choice::System;
    // What the desktop gave the application before any choice was applied.
    QPalette m_systemPalette;
    QString m_systemStyle;
};
