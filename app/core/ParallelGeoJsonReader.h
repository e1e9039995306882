#pragma once
// The rest of a large GeoJSON or GeoJSONSeq file of points, read on every
// core: GeoJsonPointReader reads the head of the file itself (the root, the
// first features, the date field's choice) and hands the rest here.
//
// The rest is cut into pieces of a few MB at what looks like a feature
// boundary ("}" "," "{" in a FeatureCollection, a newline or RS in a
// GeoJSONSeq), each piece is read into a padded buffer, wrapped as one JSON
// array (a sequence's separators become commas) and parsed by simdjson's
// DOM parser (a complete, validating parser, SIMD), and its values are
// replayed, as SAX events, into a GeoJsonPointHandler resumed from the
// head's: the same handler, so the same checks and the same rows as the
// sequential read. Pieces are merged in file order.
//
// Why a cut is right, or found wrong: the first piece starts where the
// sequential reader stopped, so in a known state. If a piece parses as a
// JSON array whose elements start exactly where the cut said (in a sequence,
// one value per line), it is a run of whole values and the next cut is a
// real boundary; by induction every piece is. A cut inside a string (a
// property holding "},{" or a line of a pretty-printed sequence) makes a
// piece that does not parse so: then, and on anything else unusual (a
// malformed or unsuitable feature, over a limit, members after
// "features"), the answer is Sequential, and the caller reads the whole file
// again with the sequential reader, which gives the exact verdict and line.
// So this reader may only ever be stricter than the sequential one, never
// laxer, and fuzz_pointreader checks that both give the same answer.
//
// Bytes are read with pread into the piece's buffer rather than mapped:
// simdjson needs padding after its input and the wrapping needs writes, so
// a mapped file would be copied all the same, and its touched pages would
// count in the process's resident memory (for a 2.4 GB file of 10M events).

#include "LoadProgress.h"

#include <QtGlobal>

class QIODevice;
struct GeoJsonPointHandler;

class ParallelGeoJsonReader
{
public:
    // When and how finely to split: files under minBytes are read
    // sequentially; pieceBytes 0 picks the size; threads 0, every core.
    struct Split
    {
        qint64 minBytes = 8 << 20;
        qint64 pieceBytes = 0;
        int threads = 0;
    };
    enum class Outcome { Read, Cancelled, Sequential };

    // Reads the device from offset from, where sampled paused right after a
    // feature (with its date field chosen), to the end: rows, skipped
    // features, unreadable dates and field names are added to sampled's. Progress fractions
    // run up to progressTo. Sequential: nothing usable was added; read the
    // file again sequentially.
    static Outcome readRest(QIODevice *in, qint64 from, GeoJsonPointHandler &sampled, const Split &split,
                            const LoadProgress &progress, double progressTo);
};
