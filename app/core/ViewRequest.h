#pragma once
// What to show, as the command line asks for it: which view (a flashpoint,
// all of them, or a lon/lat extent), as of which date and display window,
// what is selected and hidden, and how the user's extra files are dated.
// Parsed once (CommandLine) and applied the same way by the window and by
// every headless command, so they cannot diverge. Plain Qt Core.

#include "Atlas.h"
#include "LayerStack.h"
#include "TimeCursor.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>

struct ViewRequest
{
    QString view = QStringLiteral("all"); // --view: "all" or a flashpoint id
    bool viewSet = false;                 // --view or --extent given (else the window keeps its saved view)
    QRectF extent;                        // --extent W,S,E,N: x longitude, y latitude; null: none
    QDate date;                           // --date (invalid: today, or the window's saved date)
    bool windowSet = false;               // --window given
    TimeCursor::Window window = TimeCursor::Window::Cumulative;
    int windowDays = 30;
    QString selection;                    // --select ID
    QStringList hiddenLayers;             // --hide-layer ID (repeatable)
    // The hidden layers are exactly hiddenLayers, even none (a bookmark),
    // rather than added to those the window had hidden.
    bool layersSet = false;
    QString dateField, endField;          // --date-field, --end-field: for the extra files
    // --colour-by [FILE=]FIELD[:root|:N] (repeatable): the file name of a
    // FILE given (empty: every FILE) and the colouring as written.
    struct Colouring
    {
        QString layer;
        QString spec;
    };
    QList<Colouring> colourBy;
    // --compare A,B: the view as of A beside the view as of B (invalid: no comparison).
    QDate compareA, compareB;
    bool compares() const { return compareA.isValid() && compareB.isValid(); }

    // The projected extent to frame: --extent's bounds, else --view's (all
    // flashpoints, or one with its surroundings: Atlas::flashpointView).
    // False with the reason when --view names no flashpoint.
    bool frame(const Atlas &atlas, QRectF *projected, QString *error) const;
    // Whether --select names a bundled feature the map can highlight (a
    // flashpoint, place or line); false with the reason when not.
    bool selectionKnown(const Atlas &atlas, QString *error) const;
    // Colours the layers --colour-by names, reading their categories now
    // (the command line has no window to keep responsive). False with the
    // reason, naming the option and the file, when a layer is not of dated
    // events or has no such field (its fields listed): *badOption true, a
    // bad value; else a file that could not be read again.
    bool applyColouring(LayerStack *layers, QString *error, bool *badOption) const;
    // The colouring --colour-by asks of the file at path, as written (empty: none).
    QString colourSpecFor(const QString &path) const;
    // Parses --window: "cumulative", "instant", or a number of days.
    static bool parseWindow(const QString &text, TimeCursor::Window *window, int *days);
    // Parses --compare's "A,B": two calendar dates, A before B. The reason
    // when not; empty when a and b are set.
    static QString parseDatePair(const QString &text, QDate *a, QDate *b);
};
