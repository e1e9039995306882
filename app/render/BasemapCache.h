#pragma once
// The background and basemap of the last view, kept as an image, so that a
// render which changes only the date (a scrub step) or the selection does not
// stroke the basemap's thousand river and boundary vertices again: they do
// not depend on the date, nor on the user's layers, which are drawn over it.
// MapRenderer::renderImage starts from it when the view (atlas, terrain,
// size, device pixel ratio, dpi, centre, scale, theme, and how the basemap and
// terrain are shown) is the one it was drawn for,
// else draws it and keeps it. The pixels
// are exactly those of a render without it (tst_maprenderer checks).
//
// One image (8 MB at 1920x1080); shared between the window and its render
// jobs, so every access is under a mutex. Vector outputs (SVG, PDF) never use it.

#include "Atlas.h"
#include "MapSettings.h"

#include <QImage>
#include <QMutex>

class BasemapCache
{
public:
    // The image for this view, or a null image when it holds another.
    QImage find(const AtlasPtr &atlas, const MapSettings &settings, double devicePixelRatio) const;
    void keep(const AtlasPtr &atlas, const MapSettings &settings, double devicePixelRatio, const QImage &image);
    void clear();

private:
    struct Key
    {
        // Weak: the cache must not keep a removed layer's atlas in memory;
        // and unlike an address, an expired one never matches a new atlas.
        std::weak_ptr<const Atlas> atlas;
        std::weak_ptr<const Terrain> raster;    // the user's terrain, drawn into the basemap
        QSize size;
        double dpr = 0, dpi = 0, metresPerPixel = 0;
        QPointF center;
        bool basemap = true;   // whether the basemap layer is shown
        bool terrain = true;   // and the terrain
        double basemapOpacity = 1, terrainOpacity = 1;
        MapStyle::Theme theme = MapStyle::Theme::Light;
        bool matches(const AtlasPtr &a, const Key &o) const
        {
            // Terrain: the same raster, or none both times (an expired one
            // compares unequal to none, so a removed raster is redrawn).
            const bool sameTerrain = !raster.owner_before(o.raster) && !o.raster.owner_before(raster)
                                     && raster.expired() == o.raster.expired();
            return a && atlas.lock() == a && sameTerrain && size == o.size && dpr == o.dpr && dpi == o.dpi
                   && metresPerPixel == o.metresPerPixel && center == o.center && basemap == o.basemap && terrain == o.terrain
                   && basemapOpacity == o.basemapOpacity && terrainOpacity == o.terrainOpacity && theme == o.theme;
        }
    };
    static Key keyOf(const AtlasPtr &atlas, const MapSettings &s, double dpr);

    mutable QMutex m_mutex;
    Key m_key;
    QImage m_image;
};
