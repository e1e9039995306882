#pragma once
// Loads the user's dated point events into an EventLayer, once, for files
// of a million rows.
//
// Safety as for LayerReader: every file first gets LayerReader's preflight
// (remote paths and connection strings refused before GDAL sees them, only
// regular local files under the limits of LayerLimits), GDAL is offline
// (GdalSandbox), and only FormatRegistry's drivers open it (GdalOpen).
//
// GeoJSON and GeoJSONSeq of points are read in one streaming pass by
// GeoJsonPointReader, on every core for a large file (GDAL's GeoJSON driver
// parses a file twice); identify
// re-reads a feature from its byte offset. CSV above smallFileBytes(), and
// GeoJSON that reader does not take (another CRS, other geometries), are
// first converted, once, to a FlatGeobuf (LayerCache) and read from there;
// every other format is read directly (GdalEventReader). The date field is
// chosen by DateFieldDetection. See docs/performance.md.

#include "DataError.h"
#include "DateFieldDetection.h"
#include "EventLayer.h"
#include "LoadProgress.h"
#include "LoadResult.h"
#include "RawLayer.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class OGRCoordinateTransformation;

class EventLayerLoader
{
public:
    // How a load ends (LoadResult): Loaded (*out holds the layer);
    // NotEvents (readable, but not points with a date: load it as a plain
    // layer); Ambiguous (several date fields: choose one of candidates and
    // load again); Failed (errors say why; final when the streaming reader
    // found the file malformed, so reading it again with the checked reader
    // would only say the same, slowly); Cancelled.

    struct Options
    {
        QString dateField;  // empty: detect
        QString endField;   // optional, with dateField
        // The day/month order of numeric dates (03/04/2020) when the values
        // do not tell; Unknown: ask (Ambiguous, Question::DateOrder).
        DateText::Order dateOrder = DateText::Order::Unknown;
    };

    // Progress: fraction done (0..1) and what is being done; return false to cancel.
    using Progress = LoadProgress;

    LoadResult load(const QString &path, const Options &options, std::shared_ptr<EventLayer> *out,
                const Progress &progress = {});
    // The same from a layer already read by LayerReader (small files):
    // attributes are kept in memory.
    LoadResult fromRawLayer(const RawLayer &raw, const QString &path, const Options &options,
                        std::shared_ptr<EventLayer> *out);


    // One event's attributes (field -> value as text), re-read from the file
    // by FID for large layers. Empty if the row cannot be read.
    static QVariantMap attributes(const EventLayer &layer, size_t index);
    // Those attributes as (name, value) pairs, in the file's field order.
    static QList<QPair<QString, QString>> orderedAttributes(const EventLayer &layer, size_t index);

    // Files up to this size (LACVIEWER_SMALL_LAYER_MB, default 8) go through
    // LayerReader's full checks; above it, this loader's bulk path
    // (LayerLimits::smallFileBytes).
    static qint64 smallFileBytes();
    // Whether path should be read by this loader rather than LayerReader
    // (CSV always: it needs its coordinate columns named; large files of the
    // bulk formats).
    static bool prefersBulkPath(const QString &path);
    // Where the converted copy of path is cached (empty if it is not
    // converted): LayerCache::pathFor.
    static QString cachePath(const QString &path);

    // Date field detection (DateFieldDetection), for the callers of this loader.
    using Field = DateFieldDetection::Field;
    using Detection = DateFieldDetection::Detection;
    static Detection detectDateFields(const QList<Field> &fields,
                                      DateText::Order order = DateText::Order::Unknown);
    static QString severalDateFields(const QStringList &candidates);

private:
    // The start (and end) field: options' choice, or detected. Loaded when
    // chosen; else NotEvents or Ambiguous (with the candidates). Failed
    // when a named field is not among fields.
    // lineOf gives the line of a field's sampled value (its index in the
    // samples), 0 when the reader cannot tell.
    using SampleLine = std::function<int(const Field &field, int sample)>;
    LoadResult chooseDateFields(const QList<Field> &fields, const QString &userPath, const Options &options,
                                const SampleLine &lineOf, DateFieldDetection::Choice *choice);
    // chooseDateFields as a reader's field chooser; *chosen keeps its result.
    // Loaded when chosen; NotEvents when there is no date field.
    DateFieldDetection::Chooser chooser(const QString &userPath, const Options &options, const SampleLine &lineOf,
                                        LoadResult *chosen);
    // Unsuitable when the streaming reader does not take the file as it is.
    LoadResult streamGeoJson(const QString &path, bool sequence, const Options &options,
                             std::shared_ptr<EventLayer> *out, const Progress &progress);
    LoadResult readDataset(const QString &readPath, const QString &userPath, bool inlineAttrs,
                       const Options &options, std::shared_ptr<EventLayer> *out,
                       const Progress &progress, double from, double to);
    // Projects lon/lat (WGS84, or brought to it by toWgs84 when given) into the layer, drops rows
    // without a real position, sorts and indexes it, and hands it to *out.
    LoadResult finishLayer(std::shared_ptr<EventLayer> layer, std::vector<double> &lon, std::vector<double> &lat,
                       OGRCoordinateTransformation *toWgs84, std::shared_ptr<EventLayer> *out,
                       const Progress &progress, double from, double to);
};
