#include "Document.h"

#include <algorithm>

Document::Document(AtlasPtr record, QObject *parent)
    : QObject(parent), m_bundled(record ? std::move(record) : std::make_shared<Atlas>()), m_record(m_bundled)
{
}

void Document::setRecord(AtlasPtr record)
{
    m_bundled = record ? std::move(record) : std::make_shared<Atlas>();
    merge();
    emit recordChanged();
}

void Document::setOwnRecord(OwnRecordPtr own)
{
    m_own = std::move(own);
    merge();
    emit recordChanged();
}

void Document::merge()
{
    if (m_own && !m_own->isEmpty())
        m_record = m_own->mergedOver(*m_bundled);
    else
        m_record = m_bundled;
}

int Document::addLayer(UserLayerPtr layer, bool visible, double opacity)
{
    m_layers.user.push_back(LayerEntry{std::move(layer), visible, std::clamp(opacity, 0.0, 1.0)});
    emit layersChanged();
    return layerCount() - 1;
}

void Document::removeLayer(int index)
{
    if (!layer(index))
        return;
    m_layers.user.erase(m_layers.user.begin() + index);
    emit layersChanged();
}

void Document::removeLayers(const std::function<bool(const LayerEntry &)> &drop)
{
    const auto end = std::remove_if(m_layers.user.begin(), m_layers.user.end(), drop);
    if (end == m_layers.user.end())
        return;
    m_layers.user.erase(end, m_layers.user.end());
    emit layersChanged();
}

void Document::moveLayer(int index, int direction)
{
    const int other = index + direction;
    if (!layer(index) || !layer(other) || direction == 0)
        return;
    std::swap(m_layers.user[size_t(index)], m_layers.user[size_t(other)]);
    emit layersChanged();
}

void Document::setLayerVisible(int index, bool visible)
{
    if (!layer(index) || m_layers.user[size_t(index)].visible == visible)
        return;
    m_layers.user[size_t(index)].visible = visible;
    emit layerStateChanged(index);
}

void Document::setLayerOpacity(int index, double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!layer(index) || m_layers.user[size_t(index)].opacity == opacity)
        return;
    m_layers.user[size_t(index)].opacity = opacity;
    emit layerStateChanged(index);
}

void Document::setLayerColourBy(int index, const ColourBy &colourBy)
{
    if (!layer(index))
        return;
    LayerEntry &entry = m_layers.user[size_t(index)];
    if (entry.colourBy == colourBy && (entry.categories || !colourBy.isSet()))
        return;
    entry.colourBy = colourBy;
    entry.categories.reset();
    emit layerStateChanged(index);
}

void Document::setLayerCategories(const UserLayerPtr &layer, const ColourBy &colourBy,
                                  std::shared_ptr<const CategoryIndex> categories)
{
    for (size_t i = 0; i < m_layers.user.size(); ++i) {
        LayerEntry &entry = m_layers.user[i];
        if (entry.layer != layer || entry.colourBy != colourBy || entry.categories == categories)
            continue;
        entry.categories = categories;
        emit layerStateChanged(int(i));
    }
}

void Document::replaceLayer(int index, UserLayerPtr layer)
{
    if (!this->layer(index) || !layer)
        return;
    m_layers.user[size_t(index)].layer = std::move(layer);
    emit layerContentChanged(index);
}

void Document::setTerrain(std::shared_ptr<const Terrain> terrain)
{
    m_layers.terrain = std::move(terrain);
    emit terrainChanged();
}
