#pragma once
// Everything a render depends on, as a value: where, how big, as of when,
// what is selected, which layers, which decorations. The window keeps one and copies it to
// each render job; exports build their own. Nothing reads the live widget.

#include "GeoPoint.h"
#include "MapStyle.h"
#include "LayerStack.h"
#include "TimeCursor.h"
#include "ViewTransform.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
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
    // The user's layers and terrain to draw over and under the bundled
    // record (pointers to shared read-only data: copying is cheap).
    LayerStack layers;

    QString selection;             // id of the selected feature, if any
    // An event of the user's own layers picked on the map: the
    // layer (index into layers.user) and the event's index in it.
    int userSelectionLayer = -1;
    qint64 userSelectionIndex = -1;

    // The ruler's points (Tools › Measure), drawn with each leg's length
    // and the total; closed: back to the first point, with the ring's area.
    // In the window's settings, so an export of the view carries it.
    QList<GeoPoint> measure;
    bool measureClosed = false;

    bool labels = true;
    bool scaleBar = true;
    bool dateLabel = true;
    bool legend = true;
    bool disclaimer = true;

    // The corner the legend stands in: the one where it covers the fewest
    // markers, labels and lines, chosen by LegendPlacer when
    // MapRenderer::withUserLegend prepares the settings for a paint.
    enum class Corner { TopRight, TopLeft, BottomRight, BottomLeft };
    Corner legendCorner = Corner::TopRight;
    // The window's legend has a header that collapses it to a small
    // "Legend" tab (and the tab expands it again); exports show it whole.
    bool legendCollapsible = false;
    bool legendCollapsed = false;

    bool events = true;            // event markers within the display window

    // The style's light or dark variant: basemap, labels, halos, symbols'
    // outlines, legend and decorations. The window follows its own theme;
    // exports are light unless asked (--theme dark, the export dialog).
    MapStyle::Theme theme = MapStyle::Theme::Light;

    // The layers hidden from view, by id: one of layerIds(), or a user
    // layer's file name. The layer tree, --hide-layer and every export set
    // it here, so the renderer, the legend and the hit test all follow it.
    QSet<QString> hiddenLayers;
    // How opaque each bundled layer is drawn (0..1, by id of layerIds();
    // 1 when absent), from the layer tree's opacity control: the renderer
    // paints the layer at it, so the window and its exports agree. A layer
    // at 0 counts as hidden, as a user layer at 0 does.
    QHash<QString, double> layerOpacity;
    double opacityOf(const QString &id) const;
    bool layerShown(const QString &id) const { return !hiddenLayers.contains(id) && opacityOf(id) > 0.0; }
    // The bundled layers, in drawing order from the bottom up (a fixed
    // order: each side's LAC over the claims and buffer zones).
    static QStringList layerIds();
    // The layer a line of lines.geojson (by its kind) or a style kind belongs to.
    static QString layerOfKind(const QString &kind);

    // For exports (off in the window unless it asks): a title at the top left
    // (with "As of D" under it when it does not show the date), and a north
    // arrow beside the scale bar, turned to true north at the map centre.
    bool showTitle = false;
    QString title;                 // empty: defaultTitle(); "{date}" becomes the date
    bool northArrow = false;
    // For exports: a small map of the whole region with this view outlined
    // (LocatorInset), at the lower right.
    bool locator = false;

    // The user's visible layers as the legend lists them, under
    // "Your layers": filled from layers by MapRenderer::withUserLegend,
    // which MapRenderer::paint applies, so every view and export has them.
    struct UserLegendEntry
    {
        QString name;
        bool events = false;   // a time-aware event layer (drawn as dots or density)
        qint64 shown = 0;      // events: how many are in the display window
        qint64 total = 0;      // events: how many the layer has (sizes the legend, so it
                               // does not change width as the date moves)
        // Coloured by a field (LayerEntry::categories): what by, and a row
        // per category in the legend's order, with its colour's code.
        QString colourBy;
        struct Category
        {
            QString label;
            int code = 0;
            qint64 shown = 0;  // in the display window
            qint64 total = 0;  // in the layer (sizes the legend)
        };
        QList<Category> categories;
    };
    QList<UserLegendEntry> userLegend;
    // The record shown holds the user's own events or places: the legend
    // says how they are marked. Filled from the atlas with userLegend.
    bool ownRecord = false;
    // The last day the bundled record was checked to: the footer says where
    // the record ends. Filled from the atlas with userLegend.
    QDate recordCheckedTo;

    // The title as drawn: title (or the default) with {date} filled in.
    QString titleText() const;
    static QString defaultTitle() { return QCoreApplication::translate("MapSettings", "Eastern Ladakh, as of {date}"); }
    // Switches the title, date, legend, scale bar, north arrow and footer together.
    void setDecorations(bool on);

    double symbolScale() const { return dpi / 96.0; }
    QDate windowStart() const { return TimeCursor::windowStart(date, window, windowDays); }
    ViewTransform transform() const { return ViewTransform(center, metresPerPixel, QSizeF(size)); }

    // Centres and scales so that extent fits in size with a margin (pixels).
    void frame(const QRectF &extent, int margin = 24);
    // Keeps the whole view inside limit (projected metres): zooms in until
    // it fits, then moves it in. The window and every export keep to the
    // region the basemap covers this way.
    void keepWithin(const QRectF &limit);
};
