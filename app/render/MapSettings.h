#pragma once
// Everything a render depends on, as a value: where, how big, as of when,
// what is selected, which decorations. The window keeps one and copies it to
// each render job; exports build their own. Nothing reads the live widget.

#include "TimeCursor.h"
#include "ViewTransform.h"

#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

struct MapSettings
{
    QSize size{1600, 1000};        // logical pixels
    double dpi = 96.0;             // symbol and text sizes scale with dpi / 96
    QPointF center;                // projected metres
    double metresPerPixel = 500.0; // per logical pixel

    QDate date;                    // the map is drawn as of this date
    TimeCursor::Window window = TimeCursor::Window::Cumulative;
    int windowDays = 30;
    QString selection;             // id of the selected feature, if any

    bool labels = true;
    bool scaleBar = true;
    bool dateLabel = true;
    bool legend = true;
    bool disclaimer = true;

    double symbolScale() const { return dpi / 96.0; }
    ViewTransform transform() const { return ViewTransform(center, metresPerPixel, QSizeF(size)); }

    // Centres and scales so that extent fits in size with a margin (pixels).
    void frame(const QRectF &extent, int margin = 24);
};
