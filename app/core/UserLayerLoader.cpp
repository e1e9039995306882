#include "UserLayerLoader.h"

#include "LayerReader.h"

#include <QFileInfo>

LoadResult UserLayerLoader::load(const QString &path, const EventLayerLoader::Options &options, UserLayer *out,
                                 const EventLayerLoader::Progress &progress)
{
    using Status = LoadResult::Status;
    *out = UserLayer();
    out->name = QFileInfo(path).fileName();
    out->path = path;
    EventLayerLoader events;
    if (EventLayerLoader::prefersBulkPath(path)) {
        std::shared_ptr<EventLayer> layer;
        LoadResult bulk = events.load(path, options, &layer, progress);
        if (bulk.ok()) {
            out->events = std::move(layer);
            return bulk;
        }
        // Not dated points, or not readable in bulk: the checked reader reads
        // it as a plain layer, or gives the precise reason (file:line, the
        // limit and its variable). A final verdict would only be repeated.
        if (bulk.is(Status::Cancelled) || bulk.is(Status::Ambiguous) || (bulk.is(Status::Failed) && bulk.final))
            return bulk;
    }
    if (LoadResult read = LayerReader().read(path, &out->layer); !read.ok())
        return read;
    std::shared_ptr<EventLayer> layer;
    LoadResult dated = events.fromRawLayer(out->layer, path, options, &layer);
    if (dated.ok()) {
        out->events = std::move(layer);
        out->layer.features.clear();
        out->layer.features.shrink_to_fit();
    } else if (dated.is(Status::Ambiguous) || dated.is(Status::Failed)) {
        return dated; // a question to ask, or dates written but unreadable
    }
    // Anything else: not dated points, a plain layer.
    return LoadResult::loaded();
}
