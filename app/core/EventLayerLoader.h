#pragma once
// Loads the user's dated point events into an EventLayer (issue 8), through
// GDAL, once, for files of a million rows.
//
// Safety as for LayerReader: remote paths and connection strings are refused
// before GDAL sees them, only regular local files under
// LayerReader::maxFileBytes() and LayerReader::maxFeatures() rows are read,
// only through LayerReader::allowedDrivers(), with GDAL's network access
// switched off (LayerReader::configureGdal()).
//
// GeoJSON and GeoJSONSeq of points are read in one streaming pass by
// GeoJsonPointReader (GDAL's GeoJSON driver parses a file twice); identify
// re-reads a feature from its byte offset. CSV above smallFileBytes(), and
// GeoJSON that reader does not take (another CRS, other geometries), are
// first converted, once, to a FlatGeobuf in the cache
// (QStandardPaths::CacheLocation/layers, keyed by path, size and modification
// time) and read from there: FlatGeobuf reads fast and gives identify random
// access to a row by FID. See docs/performance.md (issue 8).

#include "DataError.h"
#include "EventLayer.h"
#include "RawLayer.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class OGRSpatialReference;

class EventLayerLoader
{
public:
    enum class Result {
        Loaded,         // *out holds the layer
        NotEventLayer,  // readable, but not points with a date: load it as a plain layer
        Ambiguous,      // several date fields: choose one (candidates()) and load again
        Failed,         // error() says why
        Cancelled       // the progress callback returned false
    };

    struct Options
    {
        QString dateField;  // empty: detect
        QString endField;   // optional, with dateField
    };

    // Progress: fraction done (0..1) and what is being done; return false to cancel.
    using Progress = std::function<bool(double fraction, const QString &stage)>;

    Result load(const QString &path, const Options &options, std::shared_ptr<EventLayer> *out,
                const Progress &progress = {});
    // The same from a layer already read by LayerReader (small files):
    // attributes are kept in memory.
    Result fromRawLayer(const RawLayer &raw, const QString &path, const Options &options,
                        std::shared_ptr<EventLayer> *out);

    QString error() const { return m_error; }
    // After Failed: the problem as file, line and message when it is final
    // (the streaming reader found the file malformed): reading it again with
    // the checked reader would only say the same, slowly. Else line < 0.
    DataError finalError() const { return m_finalError; }
    // After Ambiguous: the date fields to choose from ("start / end" pairs as "start|end").
    QStringList candidates() const { return m_candidates; }

    // One event's attributes (field -> value as text), re-read from the file
    // by FID for large layers. Empty if the row cannot be read.
    static QVariantMap attributes(const EventLayer &layer, size_t index);
    // Those attributes as (name, value) pairs, in the file's field order.
    static QList<QPair<QString, QString>> orderedAttributes(const EventLayer &layer, size_t index);

    // Files up to this size (LACVIEWER_SMALL_LAYER_MB, default 8) go through
    // LayerReader's full checks; above it, this loader's bulk path.
    static qint64 smallFileBytes();
    // Whether path should be read by this loader rather than LayerReader
    // (CSV always: it needs its coordinate columns named; large files of the
    // bulk formats).
    static bool prefersBulkPath(const QString &path);
    // Where the converted copy of path is cached (empty if it is not converted).
    static QString cachePath(const QString &path);

    // Date field detection, on field names, their GDAL kinds and sample values.
    struct Field
    {
        QString name;
        bool dateType = false;      // GDAL Date or DateTime (counts only with samples)
        bool stringType = false;
        QStringList samples;        // first non-empty values, as text
    };
    struct Detection
    {
        QString start, end;         // chosen (end may be empty)
        QStringList candidates;     // when ambiguous or none
        bool ambiguous = false;
    };
    static Detection detectDateFields(const QList<Field> &fields);
    // "several date fields (a, b|c); choose one": the one wording, for the
    // window's message and the command line's error.
    static QString severalDateFields(const QStringList &candidates);
    // "YYYY-MM-DD" (or GDAL's "YYYY/MM/DD"), optionally followed by a time
    // ("T…" or " …"), as a Julian day.
    static bool parseIsoDay(const char *text, qint32 *julianDay);

private:
    Result fail(const QString &message)
    {
        m_error = message;
        return Result::Failed;
    }
    // The start (and end) field: options' choice, or detected. Loaded when
    // chosen; else NotEventLayer or Ambiguous (with m_candidates, m_error).
    // Failed when a named field is not among fields.
    Result chooseDateFields(const QList<Field> &fields, const QString &userPath, const Options &options,
                            QString *start, QString *end);
    Result streamGeoJson(const QString &path, bool sequence, const Options &options,
                         std::shared_ptr<EventLayer> *out, const Progress &progress, bool *unsuitable);
    Result readDataset(const QString &readPath, const QString &userPath, bool inlineAttrs,
                       const Options &options, std::shared_ptr<EventLayer> *out,
                       const Progress &progress, double from, double to);
    // Projects lon/lat (WGS84, or srs when given) into the layer, drops rows
    // without a real position, sorts and indexes it, and hands it to *out.
    Result finishLayer(std::shared_ptr<EventLayer> layer, std::vector<double> &lon, std::vector<double> &lat,
                       const OGRSpatialReference *srs, std::shared_ptr<EventLayer> *out,
                       const Progress &progress, double from, double to);
    Result convert(const QString &source, const QString &target, const Progress &progress, double to);

    QString m_error;
    DataError m_finalError{QString(), -1, -1, QString()};
    QStringList m_candidates;
};
