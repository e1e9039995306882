#pragma once
// The one renderer. Paints an Atlas (and the settings' layer stack) as of a MapSettings value onto any
// QPainter: the window's image, PNG/SVG/PDF exports and the command line all
// come through paint(), so they cannot drift apart. It only reads its inputs,
// so a render can run on a worker thread while the GUI goes on.

#include "Atlas.h"
#include "BasemapCache.h"
#include "MapSettings.h"

#include <QImage>
#include <atomic>

class QPainter;

class MapRenderer
{
public:
    explicit MapRenderer(AtlasPtr atlas) : m_atlas(std::move(atlas)) {}
    // A flag a RenderJob sets when its render is no longer wanted: checked
    // between layers, so a superseded render ends early (renderImage then
    // returns a null image, and keeps nothing in the cache).
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    void paint(QPainter &painter, const MapSettings &settings) const;
    // A finished ARGB image of settings.size (times devicePixelRatio). With a
    // cache, the background and basemap come from it when it holds this view
    // (and are kept in it when not): the same pixels, less work per scrub step.
    QImage renderImage(const MapSettings &settings, double devicePixelRatio = 1.0,
                       BasemapCache *cache = nullptr) const;

    // Indexes of the events drawn as of settings' date and display window.
    static std::pair<int, int> visibleEvents(const Atlas &atlas, const MapSettings &settings);
    // Where event i is drawn (events at one place fan out so none hides another).
    static QPointF eventPosition(const Atlas &atlas, int i, const MapSettings &settings);

    // settings with userLegend filled from its visible user layers, the
    // legend placed (legendCorner, by LegendPlacer) and the record's
    // checked-to date (paint() applies it; framing code that must keep
    // clear of the legend and footer applies it first).
    static MapSettings withUserLegend(const Atlas &atlas, const MapSettings &settings);

    // The id a user layer has among MapSettings::hiddenLayers (its file
    // name), and whether it is drawn: visible in the layer panel and not hidden.
    static QString userLayerId(const UserLayer &layer);
    static bool userLayerShown(const LayerEntry &layer, const MapSettings &settings);
    // Whether a line or zone of the record is drawn: valid at the date, its layer shown.
    static bool lineShown(const MapLine &line, const MapSettings &settings);

    // Where a flashpoint's marker is drawn, in the settings' pixels.
    static QPointF markerPosition(const Flashpoint &f, const MapSettings &settings);

private:
    // paint() in two parts: the background and basemap, then everything else.
    void paintBase(QPainter &p, const MapSettings &s) const;
    void paintOverlay(QPainter &p, const MapSettings &s) const;
    static void beginPaint(QPainter &p, const MapSettings &s);
    void paintBasemap(QPainter &p, const MapSettings &s) const;
    void paintFlashpointAreas(QPainter &p, const MapSettings &s) const;
    void paintLines(QPainter &p, const MapSettings &s) const;
    void paintUserLayers(QPainter &p, const MapSettings &s) const;
    void paintPlaces(QPainter &p, const MapSettings &s) const;
    void paintEvents(QPainter &p, const MapSettings &s) const;
    void paintFlashpointMarkers(QPainter &p, const MapSettings &s) const;
    void paintUserSelection(QPainter &p, const MapSettings &s) const;
    void paintLabels(QPainter &p, const MapSettings &s) const;

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    AtlasPtr m_atlas;
    const std::atomic<bool> *m_cancel = nullptr;
};
