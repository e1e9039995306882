#pragma once
// The user's layers in drawing order and the terrain under them: pointers to
// read-only data plus how each is shown. A value: copying it copies pointers,
// so the window hands it to every render job, and a visibility or opacity
// change copies no feature and leaves the bundled record (and the basemap
// drawn from it) untouched.

#include "CategoryIndex.h"
#include "ColourBy.h"
#include "Terrain.h"
#include "UserLayer.h"

#include <QStringList>
#include <memory>
#include <vector>

struct LayerEntry
{
    LayerEntry(UserLayerPtr layer = {}, bool visible = true, double opacity = 1.0)
        : layer(std::move(layer)), visible(visible), opacity(opacity)
    {
    }

    UserLayerPtr layer;
    bool visible = true;
    double opacity = 1.0;    // 0..1
    // Coloured by a field: what the user chose, and (once LayerColouring has
    // read the field, off the GUI thread) its categories. Until they are
    // there, or when colourBy is not set, the layer has its one colour.
    ColourBy colourBy;
    std::shared_ptr<const CategoryIndex> categories;

    // Drawn, listed in the legend and clickable.
    bool shown() const { return layer && visible && opacity > 0.0; }
    const UserLayer *operator->() const { return layer.get(); }
};

struct LayerStack
{
    std::vector<LayerEntry> user;                 // bottom first
    std::shared_ptr<const Terrain> terrain;       // the user's elevation raster, if any

    // The layer at index, or null when there is none.
    const LayerEntry *at(int index) const
    {
        return index >= 0 && size_t(index) < user.size() ? &user[size_t(index)] : nullptr;
    }
    // The user's files behind the layers and the terrain, for provenance.
    QStringList files() const;
};
