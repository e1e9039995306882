#include "BasemapCache.h"

#include <QMutexLocker>

BasemapCache::Key BasemapCache::keyOf(const AtlasPtr &atlas, const MapSettings &s, double dpr)
{
    const QString basemap = QStringLiteral("basemap"), terrain = QStringLiteral("terrain");
    return Key{atlas, s.layers.terrain, s.size, dpr, s.dpi, s.metresPerPixel, s.center,
               s.layerShown(basemap), s.layerShown(terrain), s.opacityOf(basemap), s.opacityOf(terrain), s.theme};
}

QImage BasemapCache::find(const AtlasPtr &atlas, const MapSettings &settings, double dpr) const
{
    QMutexLocker lock(&m_mutex);
    // QImage is shared on copy: the caller's painting detaches its own copy.
    return m_key.matches(atlas, keyOf(atlas, settings, dpr)) ? m_image : QImage();
}

void BasemapCache::keep(const AtlasPtr &atlas, const MapSettings &settings, double dpr, const QImage &image)
{
    QMutexLocker lock(&m_mutex);
    m_key = keyOf(atlas, settings, dpr);
    m_image = image;
}

void BasemapCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_key = Key();
    m_image = QImage();
}
