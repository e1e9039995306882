#pragma once
// The limits every reader of outside files holds to (docs/reliability.md,
// "Limits"), each raised by an environment variable, and the one wording of
// a refusal, which names the variable.

#include <QString>

namespace LayerLimits {
// Files over this size are refused with a message rather than read into
// memory; LACVIEWER_MAX_FILE_MB raises it (default 512).
qint64 maxFileBytes();
// At most this many features in one file (LACVIEWER_MAX_FEATURES,
// default 1,000,000).
qint64 maxFeatures();
// At most this many vertices in one file (LACVIEWER_MAX_VERTICES,
// default 20,000,000) and in one GeoJSON feature
// (LACVIEWER_MAX_FEATURE_VERTICES, default 2,000,000: GDAL builds a
// GeoJSON feature as a tree of about 550 bytes per vertex).
qint64 maxVertices();
qint64 maxFeatureVertices();
// At most this many bytes in one text value (LACVIEWER_MAX_TEXT_MB,
// default 16).
qint64 maxTextBytes();
// Files up to this size (LACVIEWER_SMALL_LAYER_MB, default 8; 0 allowed)
// go through LayerReader's full checks; above it, EventLayerLoader's bulk path.
qint64 smallFileBytes();

// "has 5 features, over the limit of 4 (set LACVIEWER_MAX_FEATURES to raise
// it)". A reader that stops counting at the limit passes exact = false:
// "has more than 4 features, ...".
QString tooManyFeatures(qint64 count, bool exact = true);
// The same for vertices (LACVIEWER_MAX_VERTICES, or for one feature
// LACVIEWER_MAX_FEATURE_VERTICES).
QString tooManyVertices(qint64 count);
QString tooManyFeatureVertices(qint64 count);
// "2 MB", or "512 bytes" under a megabyte.
QString megabytes(qint64 bytes);
}
