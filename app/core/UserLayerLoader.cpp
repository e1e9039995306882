#include "UserLayerLoader.h"

#include "LayerReader.h"

#include <QFileInfo>

UserLayerLoader::Outcome UserLayerLoader::load(const QString &path, const EventLayerLoader::Options &options,
                                               UserLayer *out, DataErrors *errors,
                                               const EventLayerLoader::Progress &progress)
{
    m_candidates.clear();
    *out = UserLayer();
    out->name = QFileInfo(path).fileName();
    out->path = path;
    EventLayerLoader events;
    if (EventLayerLoader::prefersBulkPath(path)) {
        std::shared_ptr<EventLayer> layer;
        switch (events.load(path, options, &layer, progress)) {
        case EventLayerLoader::Result::Loaded:
            out->events = std::move(layer);
            return Outcome::Added;
        case EventLayerLoader::Result::Cancelled:
            return Outcome::Cancelled;
        case EventLayerLoader::Result::Ambiguous:
            m_candidates = events.candidates();
            return Outcome::Ambiguous;
        case EventLayerLoader::Result::Failed:
            if (events.finalError().line >= 0) {
                errors->append(events.finalError());
                return Outcome::Failed;
            }
            [[fallthrough]];
        case EventLayerLoader::Result::NotEventLayer:
            // Not dated points, or not readable in bulk: the checked reader
            // reads it as a plain layer, or gives the precise reason (file:line,
            // the limit and its variable).
            break;
        }
    }
    if (!LayerReader().read(path, &out->layer, errors))
        return Outcome::Failed;
    std::shared_ptr<EventLayer> layer;
    switch (events.fromRawLayer(out->layer, path, options, &layer)) {
    case EventLayerLoader::Result::Loaded:
        out->events = std::move(layer);
        out->layer.features.clear();
        out->layer.features.shrink_to_fit();
        break;
    case EventLayerLoader::Result::Ambiguous:
        m_candidates = events.candidates();
        return Outcome::Ambiguous;
    default:
        break; // not dated points: a plain layer
    }
    return Outcome::Added;
}
