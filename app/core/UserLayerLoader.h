#pragma once
// Opens one of the user's own files as a layer: the one way the
// window (bulk formats on a worker thread) and the command line (--export and
// the frame and animation exports, through AtlasLoader::addUserLayer) take.
//
// Large files of the bulk formats, and CSV, go to EventLayerLoader first:
// dated points become an EventLayer (density rendering, date index, grid).
// Anything else, and any file the bulk path cannot take, is read by
// LayerReader with all its checks and limits; dated points among what it
// reads become an EventLayer too (attributes kept in memory), everything else
// stays a plain layer. Plain Qt Core: safe on any thread.

#include "UserLayer.h"
#include "DataError.h"
#include "EventLayerLoader.h"

#include <QString>
#include <QStringList>

class UserLayerLoader
{
public:
    // Loaded: *out is the layer. Ambiguous: several date fields (the
    // result's candidates); *out is the file as plain geometry when it could
    // be read so (else it has no features). Failed: errors say why (file and
    // line where known). Cancelled: the progress callback returned false.
    LoadResult load(const QString &path, const EventLayerLoader::Options &options, UserLayer *out,
                    const EventLayerLoader::Progress &progress = {});
};
