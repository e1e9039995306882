#pragma once
// The converted copies of large user files: CSV above
// LayerLimits::smallFileBytes(), and GeoJSON the streaming reader does not
// take (another CRS, other geometries), are converted once to a FlatGeobuf
// in QStandardPaths::CacheLocation/layers, keyed by path, size and
// modification time, and read from there: FlatGeobuf reads fast and gives
// identify random access to a row by FID. See docs/performance.md.

#include "LoadProgress.h"
#include "LoadResult.h"

#include <QString>

namespace LayerCache {

// Where the converted copy of path is kept (empty if path is not converted).
QString pathFor(const QString &path);

// Converts source to a FlatGeobuf at target, written whole or not at all.
// Progress runs from 0 to `to`. Loaded: target holds the copy; NotEvents:
// the first layer is not points, nothing written; Failed: errors say why;
// Cancelled: nothing left behind.
LoadResult convert(const QString &source, const QString &target, const LoadProgress &progress, double to);

} // namespace LayerCache
