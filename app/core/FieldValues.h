#pragma once
// One field's value for every event of a layer, read once, in one pass:
// from memory for small layers, else from the file the layer was read from
// (a GDAL scan that decodes only that field, or for streamed GeoJSON each
// feature from its byte offset, in file order). What CategoryIndex counts.
// Off the GUI thread: it reads the whole file. Plain Qt Core (GDAL inside).

#include "EventLayer.h"
#include "LoadProgress.h"

#include <QString>
#include <functional>

namespace FieldValues {

// Calls visit(event index, value as text) for every event (an empty value
// when the row has none). False with *error when the file cannot be read
// again, or when progress cancels (error then empty).
bool read(const EventLayer &layer, const QString &field,
          const std::function<void(size_t index, const QString &value)> &visit, const LoadProgress &progress,
          QString *error);

} // namespace FieldValues
