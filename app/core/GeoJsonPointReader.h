#pragma once
// One streaming pass over a GeoJSON FeatureCollection, or a GeoJSONSeq file,
// of dated points: the bulk reader behind EventLayerLoader for large GeoJSON.
//
// Why not GDAL here: its GeoJSON driver parses a file twice (a schema pass,
// then the features), 4.7 s for the schema pass alone on a 1M-event, 238 MB
// file on the project machine, and reading it through GDAL into a cached
// FlatGeobuf took 11.5 s more. RapidJSON's SAX reader (already the parser
// behind FeatureLocator) reads the file once, at a few hundred MB/s, keeping
// only what an event layer needs: each feature's point, its date field(s),
// and the byte offset where the feature starts, from which identify re-reads
// that one feature (attributesAt). GDAL remains the reader of everything
// else, and of any GeoJSON this reader does not take as it is.
//
// What it takes: a root FeatureCollection (or, in sequence mode, one Feature
// per root value, RS-separated or not) whose geometries are Point, MultiPoint
// (its first point, as EventLayerLoader's GDAL path does) or null, in WGS84
// (no "crs" member, or one naming CRS84 / EPSG:4326). Anything else (another
// CRS, a root Feature) is Unsuitable: the caller falls back to GDAL, which
// then reads or refuses the file as for any other. A line or polygon is
// NotPoints: the file is a plain layer, not events.
//
// Hostile input: the caller has already checked the file itself
// (LayerReader::preflight, Scan::FileOnly: a regular local file under the size
// limit). This reader resolves nothing (a "crs" link is Unsuitable, and the
// full preflight then refuses it), stops at LayerLimits::maxFeatures()
// features, refuses nesting deeper than maxDepth(), invalid UTF-8 and NaN,
// reports malformed JSON with its line, and never reads past the stream. Plain
// Qt Core; fuzzed by tests/fuzz/fuzz_pointreader.cpp. The SAX walk itself is
// GeoJsonPointHandler; the input, JsonStream.
//
// A large file is read on every core: this pass reads the head (the root,
// the sampled features, the date field's choice), then ParallelGeoJsonReader
// reads the rest with simdjson into the same handler, and anything unusual
// it meets sends the whole file back through this pass, for the exact
// verdict and line.

#include "GeoJsonPoints.h"
#include "LoadProgress.h"
#include "LoadResult.h"
#include "ParallelGeoJsonReader.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <vector>

class GeoJsonPointReader
{
public:
    // How a read ends (LoadResult): Loaded (*out holds the rows, and for
    // dates written but unreadable, the count, first value and line of its
    // property, per field);
    // Unsuitable (not a file this reader takes as it is: read it through
    // GDAL); NotEvents (a geometry other than a point); Failed, final
    // (malformed, or over the feature limit: errors give the line, 1-based,
    // and why; the file name is left for the caller); Declined (the field
    // chooser returned false); Cancelled.
    using FieldChooser = GeoJsonPoints::FieldChooser;
    using Rows = GeoJsonPoints::Rows;

    // Reads the device from its start. sequence: GeoJSONSeq (one Feature a
    // value) rather than one FeatureCollection. Progress fractions run from 0
    // to progressTo. A large file (a QFile or QBuffer) is read on every core
    // after its first sampleRows() features (ParallelGeoJsonReader), with
    // the same result.
    LoadResult read(QIODevice *in, bool sequence, const FieldChooser &choose,
                    const LoadProgress &progress, double progressTo, Rows *out);

    // When the parallel read is tried, and in what pieces; minBytes past
    // any size reads everything sequentially.
    void setSplit(const ParallelGeoJsonReader::Split &split) { m_split = split; }
    // Whether the last read's result came from the parallel read (false:
    // read sequentially, from the start or again after the parallel read
    // found something unusual).
    bool readInParallel() const { return m_parallel; }

    // The properties of the feature whose '{' is at offset (name -> value as
    // text, objects and arrays as compact JSON, nulls left out). Empty when
    // no feature starts there.
    static QVariantMap attributesAt(QIODevice *in, qint64 offset);
    // The 1-based line of the property key of the feature whose '{' is at
    // offset (the last of that name), or of the '{' when it has none.
    static int propertyLine(QIODevice *in, qint64 offset, const QByteArray &key);

    static int sampleRows() { return GeoJsonPoints::kSampleRows; }
    static int maxDepth() { return GeoJsonPoints::kMaxDepth; }
    static int maxFieldNames() { return GeoJsonPoints::kMaxFieldNames; }

private:
    LoadResult readStream(QIODevice *in, bool sequence, const FieldChooser &choose, const LoadProgress &progress,
                          double progressTo, Rows *out, bool parallel);

    ParallelGeoJsonReader::Split m_split;
    bool m_parallel = false;
};
