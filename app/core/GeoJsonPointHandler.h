#pragma once
// The SAX handler behind GeoJsonPointReader: walks a GeoJSON
// FeatureCollection (or one Feature per root value, in sequence mode)
// keeping a stack of roles, and collects each feature's point, date
// field(s) and byte offset into GeoJsonPoints::Rows. The first
// sampleRows() features are held with their property values until the date
// field is chosen from them. A date written but not readable in its field's
// form is counted per field (Rows::badStart, badEnd), with the first value
// and its feature. Private to GeoJsonPointReader.

#include "DateFieldDetection.h"
#include "GeoJsonPoints.h"
#include "LoadProgress.h"
#include "JsonStream.h"
#include "LayerLimits.h"

#include <rapidjson/reader.h>

#include <QByteArray>
#include <QSet>

#include <charconv>
#include <vector>

// Walks the document keeping a stack of roles. Values are reported by
// RapidJSON after its key, so each frame remembers its last key.
//
// Where GDAL's reading and a quick one could differ (a repeated member, a
// name or type in another case, a coordinate that is not a number, a
// feature without "type"), the file is Unsuitable and goes to GDAL: this
// reader only takes what it reads exactly as GDAL does.
struct GeoJsonPointHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GeoJsonPointHandler>
{
    enum Role : quint8 { Skip, Root, Features, Feature, Geometry, Coords1, Coords2, Properties, Crs, CrsProps };
    enum KeyId : quint8 { KOther, KType, KFeatures, KCrs, KGeometry, KProperties, KCoordinates, KName, KStart, KEnd };
    struct Frame
    {
        Role role;
        KeyId key = KOther;
        quint16 seen = 0;   // structural members met in this object (bit per KeyId)
        bool sawType = false;
    };
    // What a property value is, for the date fields: a string or an integer
    // (GDELT's SQLDATE, epoch seconds) is read in the field's form; a number
    // with a fraction or an exponent, true/false, an object or an array is
    // written but never a date; a null is no value.
    enum class ValueKind : quint8 { String, Integer, Other, Null };
    // A property of a sampled feature: its name, kind and value as text
    // (its first kSampleBytes; for Other, as JSON writes it, an object or
    // array abridged), and whether it is only blanks.
    struct SampleValue
    {
        QByteArray name, value;
        ValueKind kind;
        bool blank;
    };
    struct Pending // a sampled feature waiting for the field choice
    {
        double lon, lat;
        bool hasPoint;
        qint64 offset;
        std::vector<SampleValue> values;
    };
    // Sampled values are only looked at for their first characters (a date).
    static constexpr qsizetype kSampleBytes = 64;
    // An unreadable date is shown by its first 60 characters (RowProblems).
    static constexpr qsizetype kExampleBytes = 256;
    // Longer property names are read but not listed (nor choosable).
    static constexpr rapidjson::SizeType kMaxNameBytes = 256;

    JsonStream *stream;   // null when fed by ParallelGeoJsonReader, which sets featureAt
    const bool sequence;
    std::vector<Frame> stack;
    QString failure;      // set when the handler stops the parse on purpose
    bool unsuitable = false;
    bool notPoints = false;
    bool cancelled = false;
    bool tooDeep = false;
    bool pauseAtChoice = false; // stop the parse once the date field is chosen
    bool paused = false;        // ... and it stopped there
    quint64 ticks = 0;    // SAX events, for progress and cancel

    // The feature being read.
    qint64 offset = 0;
    qint64 featureAt = 0;           // without a stream: the offset of the next feature's '{'
    double c1[2] = {0, 0}, c2[2] = {0, 0};
    int n1 = 0, n2 = 0, sub2 = 0;   // numbers at level 1, in the first level-2 array; level-2 arrays seen
    int curN2 = 0;                  // numbers in the level-2 array being read
    bool shortSub2 = false;         // a level-2 array with fewer than two numbers
    enum Geom : quint8 { GNone, GPoint, GMultiPoint, GOther } geom = GNone;
    // A date property of the feature being read: the last one written counts.
    struct DateValue
    {
        bool read = false;        // a day in the field's form
        bool unreadable = false;  // written (not null, not blank) but not a day
        qint32 day = 0;
        QByteArray text;          // when unreadable: its start, for the message
    };
    DateValue startValue, endValue;
    std::vector<SampleValue> values;
    int propertyPos = 0;            // index of the current key among the feature's properties
    QByteArray propertyKey;         // during sampling, the current property's name

    // Fields.
    std::vector<QByteArray> names;  // in order of first appearance
    QSet<QByteArray> nameSet;
    QByteArray startKey, endKey;
    DateText::Form startForm = DateText::Form::Iso, endForm = DateText::Form::Iso;
    bool chosen = false;
    std::vector<Pending> pending;

    GeoJsonPoints::Rows &rows;
    const GeoJsonPoints::FieldChooser &choose;
    const LoadProgress &progress;
    double progressTo;
    qint64 total;
    qint64 features = 0;
    qint64 maxFeatures;
    bool declined = false;

    GeoJsonPointHandler(JsonStream *s, bool seq, GeoJsonPoints::Rows &r, const GeoJsonPoints::FieldChooser &c,
                 const LoadProgress &p, double to, qint64 size)
        : stream(s), sequence(seq), rows(r), choose(c), progress(p), progressTo(to), total(size),
          maxFeatures(LayerLimits::maxFeatures())
    {
    }

    // Carries on where sampled paused (its field choice, its open
    // containers), for a piece of the file read on its own: rows and field
    // names go to this handler's own.
    void resumeFrom(const GeoJsonPointHandler &sampled)
    {
        stack = sampled.stack;
        startKey = sampled.startKey;
        endKey = sampled.endKey;
        startForm = sampled.startForm;
        endForm = sampled.endForm;
        chosen = true;
        maxFeatures = sampled.maxFeatures - sampled.features;
    }

    Role parentRole() const { return stack.empty() ? Skip : stack.back().role; }
    KeyId parentKey() const { return stack.empty() ? KOther : stack.back().key; }

    bool stop(const QString &why, bool isUnsuitable)
    {
        failure = why;
        unsuitable = isUnsuitable;
        return false;
    }
    bool differs(const QString &what) { return stop(what + QStringLiteral(": read through GDAL"), true); }

    // Every SAX event: now and then, progress and cancel, so a file of a
    // few huge features (or of rows all skipped) can be cancelled too.
    bool tick();

    // --- Field names -------------------------------------------------------
    void noteName(const char *s, rapidjson::SizeType n);

    // --- Containers --------------------------------------------------------
    bool open(bool isArray);
    bool close();

    // --- Features ----------------------------------------------------------
    void beginFeature()
    {
        // The reader reports an object after taking its '{'.
        offset = stream ? qint64(stream->Tell()) - 1 : featureAt;
        n1 = n2 = sub2 = curN2 = 0;
        shortSub2 = false;
        geom = GNone;
        startValue = DateValue();
        endValue = DateValue();
        propertyPos = 0;
        values.clear();
    }
    bool endGeometry(const Frame &f);
    bool pointOf(double *lon, double *lat) const
    {
        if (geom == GPoint && n1 >= 2 && sub2 == 0) {
            *lon = c1[0];
            *lat = c1[1];
            return true;
        }
        if (geom == GMultiPoint && n2 >= 2 && n1 == 0) {
            *lon = c2[0];
            *lat = c2[1];
            return true;
        }
        return false;
    }
    bool endFeature();
    // Reads a date property's value (s, n: its text, NUL-terminated) in
    // form; blank, when s is only the value's start, says whether the whole
    // value is blanks.
    static void readDate(DateValue *d, ValueKind kind, const char *s, size_t n, DateText::Form form,
                         const bool *blank = nullptr);
    static bool isBlank(const char *s, size_t n);
    // A feature with a point left out: its dates that are written but
    // unreadable are counted (feature: its index among this handler's).
    void noteUnreadable(const DateValue &s, const DateValue &e, qint64 feature, qint64 at);
    void add(double lon, double lat, qint32 s, qint32 e, qint64 at)
    {
        if (!endKey.isEmpty() && e < s)
            std::swap(s, e);
        rows.lon.push_back(lon);
        rows.lat.push_back(lat);
        rows.start.push_back(s);
        if (!endKey.isEmpty())
            rows.end.push_back(e);
        rows.offset.push_back(at);
    }

    // After sampleRows() features, or at the end: choose the date field(s)
    // from the samples and decode the features read so far.
    bool chooseFields();

    // --- Properties --------------------------------------------------------
    // A property value of kind, as text (s, n: NUL-terminated; null for a
    // Null).
    void propertyValue(ValueKind kind, const char *s, rapidjson::SizeType n);
    // Whether the current property's value is looked at: while sampling,
    // or when it is a date field's.
    bool wantsValue() const { return !chosen || stack.back().key == KStart || stack.back().key == KEnd; }
    // An integer: a coordinate, or a property value as its decimal digits.
    template <typename T> bool integer(T v)
    {
        if (stack.empty() || stack.back().role != Properties)
            return number(double(v));
        if (!tick())
            return false;
        if (wantsValue()) {
            char buf[24];
            const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf - 1, v);
            *r.ptr = '\0';
            propertyValue(ValueKind::Integer, buf, rapidjson::SizeType(r.ptr - buf));
        }
        return true;
    }

    // --- SAX events --------------------------------------------------------
    // A structural member of this object: a repeat, or a name GDAL would
    // take in another case, is Unsuitable.
    bool member(Frame &f, const char *s, rapidjson::SizeType n,
                std::initializer_list<std::pair<const char *, KeyId>> known);
    bool Key(const char *s, rapidjson::SizeType n, bool);
    bool String(const char *s, rapidjson::SizeType n, bool);
    bool number(double v);
    // RapidJSON and simdjson (GeoJsonPiece) both report a number written
    // without a fraction or an exponent as an integer, of the same value.
    bool Int(int v) { return integer(v); }
    bool Uint(unsigned v) { return integer(v); }
    bool Int64(int64_t v) { return integer(v); }
    bool Uint64(uint64_t v) { return integer(v); }
    bool Double(double v) { return number(v); }
    // Booleans and nulls: a property value, or wrong where a coordinate goes.
    bool other(ValueKind kind, const char *text);
    bool Bool(bool b) { return other(ValueKind::Other, b ? "true" : "false"); }
    bool Null() { return other(ValueKind::Null, nullptr); }
    bool StartObject() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(true); }
    bool EndArray(rapidjson::SizeType) { return close(); }
};
