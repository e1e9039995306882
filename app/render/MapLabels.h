#pragma once
// Where the map's labels go, clear of everything: of each other, of every
// marker (flashpoints, places, towns and passes, event symbols) and of the
// decorations. Each label tries positions around its point, nearest first,
// by priority: flashpoints, then towns and major places, then minor points;
// a flashpoint or town with no room beside it gets a leader line to a label
// further out, a minor point's label is dropped. The renderer draws what
// layout() returns, and tests check the same boxes.

#include "Atlas.h"
#include "MapSettings.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

struct PlacedLabel
{
    enum class Rank { Flashpoint, Major, Minor };
    QString text;
    QRectF box;        // where the text stands, in the settings' pixels
    QPointF anchor;    // the point it names
    Rank rank = Rank::Minor;
    bool leader = false;
    QString layer;     // the bundled layer of what it names (drawn at its opacity); empty for flashpoints
};

class MapLabels
{
public:
    struct Layout
    {
        QList<PlacedLabel> labels;
        QList<QRectF> obstacles;   // markers, event symbols and decorations
    };
    static Layout layout(const Atlas &atlas, const MapSettings &settings);
    // Every symbol drawn on the map (flashpoint markers, places, towns and
    // passes, event symbols, selection rings), as labels and the legend
    // keep clear of them.
    struct Symbol
    {
        QRectF box;
        bool flashpoint = false;
    };
    static QList<Symbol> symbols(const Atlas &atlas, const MapSettings &settings);
    static void paint(QPainter &painter, const Layout &layout, const MapSettings &settings);
};
