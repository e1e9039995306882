#include "GeoJsonPointReader.h"

#include "LayerReader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QHash>
#include <QSet>

#include <cstring>

namespace {

// A QIODevice as RapidJSON reads it, through a 1 MB buffer. Past the end it
// returns NUL and does not move (RapidJSON's end-of-input convention), so the
// reader can never run past the data. limit: bytes to read at most (-1: all);
// chunk: bytes read at a time (large for the whole file, small for one feature).
class DeviceStream
{
public:
    using Ch = char;
    DeviceStream(QIODevice *in, qint64 limit = -1, size_t chunk = 1 << 20) : m_in(in), m_left(limit), m_buf(chunk)
    {
        m_cur = m_end = m_buf.data();
    }
    Ch Peek()
    {
        if (m_cur == m_end && !refill())
            return '\0';
        return *m_cur;
    }
    Ch Take()
    {
        if (m_cur == m_end && !refill())
            return '\0';
        return *m_cur++;
    }
    size_t Tell() const { return size_t(m_before + (m_cur - m_buf.data())); }
    bool atEnd() { return m_cur == m_end && !refill(); }
    // Reading only.
    Ch *PutBegin() { RAPIDJSON_ASSERT(false); return nullptr; }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    size_t PutEnd(Ch *) { RAPIDJSON_ASSERT(false); return 0; }

private:
    bool refill()
    {
        if (m_left == 0)
            return false;
        m_before += m_end - m_buf.data();
        qint64 want = qint64(m_buf.size());
        if (m_left > 0)
            want = std::min(want, m_left);
        const qint64 got = m_in->read(m_buf.data(), want);
        if (got <= 0) {
            m_left = 0;
            m_cur = m_end = m_buf.data();
            return false;
        }
        if (m_left > 0)
            m_left -= got;
        m_cur = m_buf.data();
        m_end = m_cur + got;
        return true;
    }
    QIODevice *m_in;
    qint64 m_left;
    std::vector<char> m_buf;
    char *m_cur = nullptr;
    char *m_end = nullptr;
    qint64 m_before = 0;
};

bool keyIs(const char *s, rapidjson::SizeType n, const char *lit)
{
    const size_t m = std::strlen(lit);
    return n == m && std::memcmp(s, lit, m) == 0;
}

// The same ignoring ASCII case: GDAL matches member names and type values so.
bool keyIsFolded(const char *s, rapidjson::SizeType n, const char *lit)
{
    const size_t m = std::strlen(lit);
    return n == m && qstrnicmp(s, lit, uint(m)) == 0;
}

// The "crs" names GDAL reads as WGS84 longitude, latitude.
bool isWgs84Name(const char *s, rapidjson::SizeType n)
{
    for (const char *name : {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84",
                             "CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG:4326"})
        if (keyIs(s, n, name))
            return true;
    return false;
}

// Walks the document keeping a stack of roles. Values are reported by
// RapidJSON after its key, so each frame remembers its last key.
//
// Where GDAL's reading and a quick one could differ (a repeated member, a
// name or type in another case, a coordinate that is not a number, a
// feature without "type"), the file is Unsuitable and goes to GDAL: this
// reader only takes what it reads exactly as GDAL does.
struct PointHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PointHandler>
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
    // A property of a sampled feature: name and its string value (or, for
    // a non-string, non-null value, isString false).
    struct SampleValue
    {
        QByteArray name, value;
        bool isString;
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
    // Longer property names are read but not listed (nor choosable).
    static constexpr rapidjson::SizeType kMaxNameBytes = 256;

    DeviceStream &stream;
    const bool sequence;
    std::vector<Frame> stack;
    QString failure;      // set when the handler stops the parse on purpose
    bool unsuitable = false;
    bool notPoints = false;
    bool cancelled = false;
    bool tooDeep = false;
    quint64 ticks = 0;    // SAX events, for progress and cancel

    // The feature being read.
    qint64 offset = 0;
    double c1[2] = {0, 0}, c2[2] = {0, 0};
    int n1 = 0, n2 = 0, sub2 = 0;   // numbers at level 1, in the first level-2 array; level-2 arrays seen
    int curN2 = 0;                  // numbers in the level-2 array being read
    bool shortSub2 = false;         // a level-2 array with fewer than two numbers
    enum Geom : quint8 { GNone, GPoint, GMultiPoint, GOther } geom = GNone;
    bool gotStart = false, gotEnd = false;
    qint32 day0 = 0, day1 = 0;
    std::vector<SampleValue> values;
    int propertyPos = 0;            // index of the current key among the feature's properties
    QByteArray propertyKey;         // during sampling, the current property's name

    // Fields.
    std::vector<QByteArray> names;  // in order of first appearance
    QSet<QByteArray> nameSet;
    QByteArray startKey, endKey;
    bool chosen = false;
    std::vector<Pending> pending;

    GeoJsonPointReader::Rows &rows;
    const GeoJsonPointReader::FieldChooser &choose;
    const EventLayerLoader::Progress &progress;
    double progressTo;
    qint64 total;
    qint64 features = 0;
    qint64 maxFeatures;
    bool declined = false;

    PointHandler(DeviceStream &s, bool seq, GeoJsonPointReader::Rows &r, const GeoJsonPointReader::FieldChooser &c,
                 const EventLayerLoader::Progress &p, double to, qint64 size)
        : stream(s), sequence(seq), rows(r), choose(c), progress(p), progressTo(to), total(size),
          maxFeatures(LayerReader::maxFeatures())
    {
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
    bool tick()
    {
        if ((++ticks & 0x3ffff) != 0 || !progress || total <= 0)
            return true;
        if (!progress(progressTo * std::min(1.0, double(stream.Tell()) / double(total)), QStringLiteral("Reading"))) {
            cancelled = true;
            return false;
        }
        return true;
    }

    // --- Field names -------------------------------------------------------
    void noteName(const char *s, rapidjson::SizeType n)
    {
        // Files repeat their properties in the same order: check the same
        // position first, then the set of names.
        const size_t pos = size_t(propertyPos);
        if (pos < names.size() && size_t(names[pos].size()) == n && std::memcmp(names[pos].constData(), s, n) == 0)
            return;
        if (int(names.size()) >= GeoJsonPointReader::maxFieldNames() || n > kMaxNameBytes)
            return;
        const QByteArray key = QByteArray::fromRawData(s, qsizetype(n));
        if (nameSet.contains(key))
            return;
        names.emplace_back(s, qsizetype(n));
        nameSet.insert(names.back());
    }

    // --- Containers --------------------------------------------------------
    bool open(bool isArray)
    {
        if (!tick())
            return false;
        if (int(stack.size()) >= GeoJsonPointReader::maxDepth()) {
            tooDeep = true;
            return false;
        }
        Frame f{Skip};
        const Role p = parentRole();
        const KeyId k = parentKey();
        if (stack.empty()) {
            if (isArray)
                return stop(QStringLiteral("the root is an array, not GeoJSON"), true);
            f.role = sequence ? Feature : Root;
        } else if (p == Root && k == KFeatures) {
            if (!isArray)
                return differs(QStringLiteral("\"features\" is not an array"));
            f.role = Features;
        } else if (p == Root && k == KCrs && !isArray) {
            f.role = Crs;
        } else if (p == Crs && k == KProperties && !isArray) {
            f.role = CrsProps;
        } else if (p == Features) {
            if (isArray)
                return differs(QStringLiteral("an array in \"features\""));
            f.role = Feature;
        } else if (p == Feature && k == KGeometry) {
            if (isArray)
                return differs(QStringLiteral("a geometry that is an array"));
            f.role = Geometry;
        } else if (p == Feature && k == KProperties && !isArray) {
            f.role = Properties;
        } else if (p == Geometry && k == KCoordinates) {
            if (!isArray)
                return differs(QStringLiteral("coordinates that are not an array"));
            f.role = Coords1;
        } else if (p == Coords1) {
            if (!isArray)
                return differs(QStringLiteral("a coordinate that is not a number"));
            f.role = Coords2;
            ++sub2;
            curN2 = 0;
        } else if (p == Coords2) {
            // Deeper than a MultiPoint: a line or polygon, or malformed.
            if (geom == GPoint || geom == GMultiPoint)
                return differs(QStringLiteral("point coordinates nested too deep"));
        } else if (p == Properties) {
            propertyValue(nullptr, 0, false);
        }
        if (f.role == Feature)
            beginFeature();
        stack.push_back(f);
        return true;
    }
    bool close()
    {
        const Frame f = stack.back();
        stack.pop_back();
        switch (f.role) {
        case Feature:
            if (!f.sawType)
                return differs(QStringLiteral("a feature without \"type\""));
            return endFeature();
        case Root:
            if (!f.sawType)
                return differs(QStringLiteral("a root without \"type\""));
            return true;
        case Geometry:
            return endGeometry(f);
        case Coords2:
            if (curN2 < 2)
                shortSub2 = true;
            return true;
        default:
            return true;
        }
    }

    // --- Features ----------------------------------------------------------
    void beginFeature()
    {
        // The reader reports an object after taking its '{'.
        offset = qint64(stream.Tell()) - 1;
        n1 = n2 = sub2 = curN2 = 0;
        shortSub2 = false;
        geom = GNone;
        gotStart = gotEnd = false;
        propertyPos = 0;
        values.clear();
    }
    bool endGeometry(const Frame &f)
    {
        if (!f.sawType)
            return differs(QStringLiteral("a geometry without a type"));
        if (geom == GOther) {
            notPoints = true;
            return stop(QStringLiteral("geometries other than points"), true);
        }
        // Only what GDAL takes as a point: a Point of 2 or more numbers and
        // no arrays; a MultiPoint of arrays of 2 or more numbers each.
        const bool pointOk = geom == GPoint && sub2 == 0 && n1 >= 2;
        const bool multiOk = geom == GMultiPoint && n1 == 0 && !shortSub2;
        if (!pointOk && !multiOk && (n1 || sub2))
            return differs(QStringLiteral("malformed point coordinates"));
        return true;
    }
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
    bool endFeature()
    {
        if (++features > maxFeatures)
            return stop(QStringLiteral("more than %1 features (set LACVIEWER_MAX_FEATURES to raise it)")
                            .arg(maxFeatures), false);
        double lon = 0, lat = 0;
        const bool hasPoint = pointOf(&lon, &lat);
        if (!chosen) {
            pending.push_back({lon, lat, hasPoint, offset, std::move(values)});
            values.clear();
            if (qint64(pending.size()) >= GeoJsonPointReader::sampleRows())
                return chooseFields();
            return true;
        }
        if (!hasPoint || !gotStart || (!endKey.isEmpty() && !gotEnd)) {
            ++rows.skipped;
            return true;
        }
        add(lon, lat, day0, day1, offset);
        return true;
    }
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
    bool chooseFields()
    {
        chosen = true;
        // One pass over the sampled values, through an index of the names.
        QList<EventLayerLoader::Field> fields;
        QHash<QByteArray, int> index;
        for (const QByteArray &n : names) {
            index.insert(n, int(fields.size()));
            EventLayerLoader::Field f;
            f.name = QString::fromUtf8(n);
            f.stringType = true;
            fields << f;
        }
        for (const Pending &p : pending)
            for (const SampleValue &v : p.values) {
                const int i = index.value(v.name, -1);
                if (i < 0)
                    continue;
                EventLayerLoader::Field &f = fields[i];
                if (!v.isString) {
                    f.stringType = false;
                } else if (f.samples.size() < 50) {
                    const QString text = QString::fromUtf8(v.value).trimmed();
                    if (!text.isEmpty())
                        f.samples << text;
                }
            }
        QString start, end;
        if (!choose || !choose(fields, &start, &end) || start.isEmpty()) {
            declined = true;
            return false;
        }
        rows.startField = start;
        rows.endField = end;
        startKey = start.toUtf8();
        endKey = end.toUtf8();
        for (const Pending &p : pending) {
            qint32 s = 0, e = 0;
            bool okS = false, okE = endKey.isEmpty();
            // As GDAL: the last of repeated members counts.
            for (const SampleValue &v : p.values) {
                if (v.name == startKey)
                    okS = v.isString && EventLayerLoader::parseIsoDay(v.value.constData(), &s);
                if (!endKey.isEmpty() && v.name == endKey)
                    okE = v.isString && EventLayerLoader::parseIsoDay(v.value.constData(), &e);
            }
            if (p.hasPoint && okS && okE)
                add(p.lon, p.lat, s, e, p.offset);
            else
                ++rows.skipped;
        }
        pending = {};
        return true;
    }

    // --- Properties --------------------------------------------------------
    // A property value: a string (s, n), or a non-string (s null; isNull
    // for JSON null). Containers count as non-strings.
    void propertyValue(const char *s, rapidjson::SizeType n, bool isNull)
    {
        if (!chosen) {
            if (isNull || int(values.size()) >= GeoJsonPointReader::maxFieldNames())
                return;
            QByteArray text;
            if (s) {
                // Only the start matters for a date: keep a little after any leading blanks.
                rapidjson::SizeType from = 0;
                while (from < n && (s[from] == ' ' || s[from] == '\t'))
                    ++from;
                text = QByteArray(s + from, std::min(qsizetype(n - from), kSampleBytes));
            }
            values.push_back({propertyKey, text, s != nullptr});
            return;
        }
        // As GDAL: the last of repeated members counts (a later null or number unsets it).
        const KeyId k = stack.back().key;
        if (k == KStart)
            gotStart = s && EventLayerLoader::parseIsoDay(s, &day0);
        else if (k == KEnd)
            gotEnd = s && EventLayerLoader::parseIsoDay(s, &day1);
    }

    // --- SAX events --------------------------------------------------------
    // A structural member of this object: a repeat, or a name GDAL would
    // take in another case, is Unsuitable.
    bool member(Frame &f, const char *s, rapidjson::SizeType n,
                std::initializer_list<std::pair<const char *, KeyId>> known)
    {
        f.key = KOther;
        for (const auto &[name, id] : known) {
            if (keyIs(s, n, name)) {
                if (f.seen & (1u << id))
                    return differs(QStringLiteral("\"%1\" given twice").arg(QLatin1String(name)));
                f.seen |= quint16(1u << id);
                f.key = id;
                return true;
            }
            if (keyIsFolded(s, n, name))
                return differs(QStringLiteral("\"%1\" written in another case").arg(QLatin1String(name)));
        }
        return true;
    }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        if (!tick())
            return false;
        Frame &f = stack.back();
        switch (f.role) {
        case Root:
            return member(f, s, n, {{"features", KFeatures}, {"crs", KCrs}, {"type", KType}});
        case Feature:
            return member(f, s, n, {{"geometry", KGeometry}, {"properties", KProperties}, {"type", KType}});
        case Geometry:
            return member(f, s, n, {{"coordinates", KCoordinates}, {"type", KType}, {"geometries", KOther}});
        case Crs:
            return member(f, s, n, {{"properties", KProperties}, {"type", KType}});
        case CrsProps:
            return member(f, s, n, {{"name", KName}});
        case Properties:
            noteName(s, n);
            ++propertyPos;
            if (!chosen) {
                propertyKey = QByteArray(s, qsizetype(std::min(n, kMaxNameBytes + 1)));
            } else {
                f.key = KOther;
                if (size_t(startKey.size()) == n && std::memcmp(startKey.constData(), s, n) == 0)
                    f.key = KStart;
                else if (!endKey.isEmpty() && size_t(endKey.size()) == n
                         && std::memcmp(endKey.constData(), s, n) == 0)
                    f.key = KEnd;
            }
            return true;
        default:
            return true;
        }
    }
    bool String(const char *s, rapidjson::SizeType n, bool)
    {
        if (!tick())
            return false;
        if (stack.empty())
            return stop(QStringLiteral("the root is not an object"), true);
        Frame &f = stack.back();
        switch (f.role) {
        case Root:
            if (f.key == KType) {
                f.sawType = true;
                if (!keyIs(s, n, "FeatureCollection"))
                    return differs(QStringLiteral("a root that is not a FeatureCollection"));
            }
            break;
        case Feature:
            if (f.key == KType) {
                f.sawType = true;
                if (!keyIs(s, n, "Feature"))
                    return differs(QStringLiteral("a feature whose type is not \"Feature\""));
            } else if (f.key == KGeometry) {
                return differs(QStringLiteral("a geometry that is a string"));
            }
            break;
        case Geometry:
            if (f.key == KType) {
                f.sawType = true;
                if (keyIs(s, n, "Point"))
                    geom = GPoint;
                else if (keyIs(s, n, "MultiPoint"))
                    geom = GMultiPoint;
                else if (keyIs(s, n, "LineString") || keyIs(s, n, "MultiLineString") || keyIs(s, n, "Polygon")
                         || keyIs(s, n, "MultiPolygon") || keyIs(s, n, "GeometryCollection"))
                    geom = GOther;
                else
                    return differs(QStringLiteral("a geometry type other than GeoJSON's"));
            }
            break;
        case Coords1:
        case Coords2:
            return differs(QStringLiteral("a coordinate that is not a number"));
        case CrsProps:
            if (f.key == KName && !isWgs84Name(s, n))
                return stop(QStringLiteral("a coordinate system other than WGS84"), true);
            break;
        case Crs:
            if (f.key == KType && !keyIs(s, n, "name"))
                return stop(QStringLiteral("a linked coordinate system"), true);
            break;
        case Properties:
            propertyValue(s, n, false);
            break;
        default:
            break;
        }
        return true;
    }
    bool number(double v)
    {
        if (!tick())
            return false;
        if (stack.empty())
            return stop(QStringLiteral("the root is not an object"), true);
        const Frame &f = stack.back();
        switch (f.role) {
        case Coords1:
            if (n1 < 2)
                c1[n1] = v;
            ++n1;
            break;
        case Coords2:
            if (sub2 == 1) {
                if (n2 < 2)
                    c2[n2] = v;
                ++n2;
            }
            ++curN2;
            break;
        case Properties:
            propertyValue(nullptr, 0, false);
            break;
        case Feature:
            if (f.key == KGeometry)
                return differs(QStringLiteral("a geometry that is a number"));
            break;
        default:
            break;
        }
        return true;
    }
    bool Int(int v) { return number(v); }
    bool Uint(unsigned v) { return number(v); }
    bool Int64(int64_t v) { return number(double(v)); }
    bool Uint64(uint64_t v) { return number(double(v)); }
    bool Double(double v) { return number(v); }
    // Booleans and nulls: a property value, or wrong where a coordinate goes.
    bool other(bool isNull)
    {
        if (!tick())
            return false;
        if (stack.empty())
            return stop(QStringLiteral("the root is not an object"), true);
        const Role r = stack.back().role;
        if (r == Properties)
            propertyValue(nullptr, 0, isNull);
        else if (r == Coords1 || r == Coords2)
            return differs(QStringLiteral("a coordinate that is not a number"));
        // A null geometry: the feature has no point (counted as skipped).
        return true;
    }
    bool Bool(bool) { return other(false); }
    bool Null() { return other(true); }
    bool StartObject() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(true); }
    bool EndArray(rapidjson::SizeType) { return close(); }
};

// 1-based line of a byte offset: counted again from the start, only when
// reporting an error.
int lineAt(QIODevice *in, qint64 offset)
{
    if (!in->seek(0))
        return 0;
    int line = 1;
    char buf[65536];
    qint64 left = offset;
    while (left > 0) {
        const qint64 got = in->read(buf, std::min<qint64>(left, sizeof buf));
        if (got <= 0)
            break;
        for (qint64 i = 0; i < got; ++i)
            line += buf[i] == '\n';
        left -= got;
    }
    return line;
}

// A UTF-8 byte-order mark, as GDAL accepts; false for a broken one.
bool skipBom(DeviceStream &s)
{
    if (static_cast<unsigned char>(s.Peek()) != 0xEF)
        return true;
    s.Take();
    if (static_cast<unsigned char>(s.Take()) != 0xBB)
        return false;
    return static_cast<unsigned char>(s.Take()) == 0xBF;
}

// Whether v nests no deeper than limit (bounded recursion).
bool shallow(const rapidjson::Value &v, int limit)
{
    if (limit < 0)
        return false;
    if (v.IsObject()) {
        for (const auto &m : v.GetObject())
            if (!shallow(m.value, limit - 1))
                return false;
    } else if (v.IsArray()) {
        for (const auto &e : v.GetArray())
            if (!shallow(e, limit - 1))
                return false;
    }
    return true;
}

constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag;

} // namespace

GeoJsonPointReader::Status GeoJsonPointReader::read(QIODevice *in, bool sequence, const FieldChooser &choose,
                                                    const EventLayerLoader::Progress &progress,
                                                    double progressTo, Rows *out)
{
    m_error.clear();
    m_errorLine = 0;
    *out = Rows();
    if (!in->seek(0))
        return m_error = QStringLiteral("cannot be read"), Status::Invalid;
    const qint64 size = in->size();
    DeviceStream stream(in);
    PointHandler h(stream, sequence, *out, choose, progress, progressTo, size);
    rapidjson::Reader reader;
    if (!skipBom(stream)) {
        m_errorLine = 1;
        m_error = QStringLiteral("invalid JSON: a broken byte-order mark");
        return Status::Invalid;
    }
    bool any = false;
    for (;;) {
        // GeoJSONSeq: root values separated by whitespace and RS (0x1E).
        if (sequence)
            while (stream.Peek() == ' ' || stream.Peek() == '\n' || stream.Peek() == '\r'
                   || stream.Peek() == '\t' || stream.Peek() == '\x1e')
                stream.Take();
        if (sequence && any && stream.atEnd())
            break;
        const rapidjson::ParseResult r = reader.Parse<kFlags>(stream, h);
        any = true;
        if (r.IsError()) {
            if (h.cancelled)
                return Status::Cancelled;
            if (h.declined)
                return Status::Declined;
            if (h.unsuitable) {
                m_error = h.failure;
                return h.notPoints ? Status::NotPoints : Status::Unsuitable;
            }
            if (sequence && h.failure.isEmpty()) {
                // GDAL's GeoJSONSeq driver skips a broken line: let it.
                m_error = QStringLiteral("a line that is not valid JSON");
                return Status::Unsuitable;
            }
            if (h.tooDeep) {
                // Valid JSON may nest deeper than this reader follows: the
                // checked reader's limits (and GDAL) decide.
                m_error = QStringLiteral("nested deeper than %1 levels").arg(maxDepth());
                return Status::Unsuitable;
            }
            m_errorLine = lineAt(in, qint64(r.Offset()));
            if (!h.failure.isEmpty())
                m_error = h.failure;
            else if (r.Code() == rapidjson::kParseErrorStringInvalidEncoding)
                m_error = QStringLiteral("invalid JSON: text is not valid UTF-8");
            else
                m_error = QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(GetParseError_En(r.Code())));
            return Status::Invalid;
        }
        if (!sequence) {
            // Anything but whitespace after the root is an error, as for GDAL.
            while (stream.Peek() == ' ' || stream.Peek() == '\n' || stream.Peek() == '\r' || stream.Peek() == '\t')
                stream.Take();
            if (!stream.atEnd()) {
                m_errorLine = lineAt(in, qint64(stream.Tell()));
                m_error = QStringLiteral("invalid JSON: text after the end of the GeoJSON");
                return Status::Invalid;
            }
            break;
        }
    }
    if (!h.chosen && !h.chooseFields())
        return Status::Declined;
    for (const QByteArray &n : h.names)
        out->fieldNames << QString::fromUtf8(n);
    return Status::Read;
}

QVariantMap GeoJsonPointReader::attributesAt(QIODevice *in, qint64 offset)
{
    // One feature, bounded: a feature of more than 16 MB is not shown.
    constexpr qint64 kMaxFeatureBytes = 16 << 20;
    if (offset < 0 || !in->seek(offset))
        return {};
    DeviceStream stream(in, kMaxFeatureBytes, 16 << 10);
    if (stream.Peek() != '{')
        return {};
    rapidjson::Document doc;
    doc.ParseStream<kFlags | rapidjson::kParseIterativeFlag>(stream);
    if (doc.HasParseError() || !doc.IsObject())
        return {};
    const auto props = doc.FindMember("properties");
    if (props == doc.MemberEnd() || !props->value.IsObject())
        return {};
    QVariantMap out;
    for (const auto &m : props->value.GetObject()) {
        const QString name = QString::fromUtf8(m.name.GetString(), int(m.name.GetStringLength()));
        const rapidjson::Value &v = m.value;
        if (v.IsNull())
            continue;
        if (v.IsString()) {
            out.insert(name, QString::fromUtf8(v.GetString(), int(v.GetStringLength())));
        } else if (v.IsInt64()) {
            out.insert(name, QString::number(v.GetInt64()));
        } else if (v.IsUint64()) {
            out.insert(name, QString::number(v.GetUint64()));
        } else if (v.IsDouble()) {
            out.insert(name, QString::number(v.GetDouble(), 'g', 15));
        } else if (!shallow(v, GeoJsonPointReader::maxDepth())) {
            out.insert(name, QStringLiteral("(nested too deep to show)"));
        } else {
            // Booleans, objects and arrays: as JSON text, as GDAL shows them.
            rapidjson::StringBuffer buf;
            rapidjson::Writer<rapidjson::StringBuffer> w(buf);
            v.Accept(w);
            out.insert(name, QString::fromUtf8(buf.GetString(), int(buf.GetSize())));
        }
    }
    return out;
}
