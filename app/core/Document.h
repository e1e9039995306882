#pragma once
// The one document of the window: the bundled record with the user's own
// record merged over it, and the user's layer stack (with the terrain). Panels subscribe to its signals instead of being
// handed new data one by one; every edit replaces a pointer or a flag, never
// a copy of the data, so render jobs still holding the previous state are
// safe. Plain Qt Core: the command line builds the same values without it.

#include "Atlas.h"
#include "LayerStack.h"
#include "OwnRecord.h"

#include <QObject>
#include <functional>

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(AtlasPtr record = std::make_shared<Atlas>(), QObject *parent = nullptr);

    // What every view shows: the bundled record with the own record merged
    // over it (the bundled record alone while the own record is empty).
    const AtlasPtr &record() const { return m_record; }
    const AtlasPtr &bundled() const { return m_bundled; }
    const OwnRecordPtr &ownRecord() const { return m_own; }
    const LayerStack &layers() const { return m_layers; }
    int layerCount() const { return int(m_layers.user.size()); }
    const LayerEntry *layer(int index) const { return m_layers.at(index); }

    // The bundled record (its own record stays merged over it).
    void setRecord(AtlasPtr record);
    // The user's own record (null: none); recordChanged() follows.
    void setOwnRecord(OwnRecordPtr own);
    // Adds a layer on top; returns its index.
    int addLayer(UserLayerPtr layer, bool visible = true, double opacity = 1.0);
    void removeLayer(int index);
    // Removes every layer for which drop is true.
    void removeLayers(const std::function<bool(const LayerEntry &)> &drop);
    // Swaps layer index with its neighbour (direction +1: up, drawn later).
    void moveLayer(int index, int direction);
    void setLayerVisible(int index, bool visible);
    void setLayerOpacity(int index, double opacity);
    // Colours layer index by a field (or not: an unset ColourBy); its
    // categories are dropped until setLayerCategories brings the new ones.
    void setLayerColourBy(int index, const ColourBy &colourBy);
    // The categories read for layer as coloured by colourBy: kept if that
    // layer is still in the document and still coloured so.
    void setLayerCategories(const UserLayerPtr &layer, const ColourBy &colourBy,
                            std::shared_ptr<const CategoryIndex> categories);
    void setTerrain(std::shared_ptr<const Terrain> terrain);
    // Replaces what layer index holds (a database layer's content for a new
    // view or refresh), keeping its place, visibility and opacity.
    void replaceLayer(int index, UserLayerPtr layer);

signals:
    // record() changed: the bundled record or the own record.
    void recordChanged();
    // Layers added, removed or reordered.
    void layersChanged();
    // Only how layer index is shown changed (visibility, opacity, colouring).
    void layerStateChanged(int index);
    void terrainChanged();
    // Layer index holds new content (same layer, same place in the stack).
    void layerContentChanged(int index);

private:
    void merge();

    AtlasPtr m_bundled;
    OwnRecordPtr m_own;
    AtlasPtr m_record;
    LayerStack m_layers;
};
