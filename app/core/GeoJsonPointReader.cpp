#include "GeoJsonPointReader.h"

#include "GeoJsonPointHandler.h"
#include "JsonStream.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstring>

#include <QCoreApplication>

namespace {

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
bool skipBom(JsonStream &s)
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

// Where, from a feature's '{', its property key ends (the last of that name,
// the one GeoJsonPointHandler reads), or -1.
struct PropertyFinder : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PropertyFinder>
{
    JsonStream &stream;
    const QByteArray &key;
    int depth = 0;
    bool properties = false;   // the feature's last key was "properties"
    bool inProperties = false; // in that object, at its own level
    qint64 found = -1;

    PropertyFinder(JsonStream &s, const QByteArray &k) : stream(s), key(k) {}
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        if (depth == 1)
            properties = n == 10 && std::memcmp(s, "properties", 10) == 0;
        else if (depth == 2 && inProperties && qsizetype(n) == key.size() && std::memcmp(s, key.constData(), n) == 0)
            found = qint64(stream.Tell());
        return true;
    }
    bool StartObject()
    {
        ++depth;
        inProperties = depth == 2 && properties;
        return true;
    }
    bool StartArray()
    {
        ++depth;
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }
    bool end()
    {
        if (--depth < 2)
            inProperties = false;
        return true;
    }
};

// Full precision: numbers rounded correctly, as GDAL's strtod and simdjson
// (ParallelGeoJsonReader) read them, so both readers give the same doubles.
constexpr unsigned kFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag
    | rapidjson::kParseFullPrecisionFlag;

} // namespace

LoadResult GeoJsonPointReader::read(QIODevice *in, bool sequence, const FieldChooser &choose,
                                    const LoadProgress &progress, double progressTo, Rows *out)
{
    m_parallel = false;
    const LoadResult r = readStream(in, sequence, choose, progress, progressTo, out, in->size() >= m_split.minBytes);
    // Unreadable dates: the line of the first one's property (for both
    // reads alike, from the feature's offset), found only now, once a field.
    if (r.ok())
        for (auto [bad, field] : {std::pair{&out->badStart, &out->startField}, std::pair{&out->badEnd, &out->endField}})
            if (bad->rows > 0)
                bad->line = propertyLine(in, bad->offset, field->toUtf8());
    return r;
}

int GeoJsonPointReader::propertyLine(QIODevice *in, qint64 offset, const QByteArray &key)
{
    // One feature, bounded as for attributesAt.
    constexpr qint64 kMaxFeatureBytes = 16 << 20;
    qint64 at = -1;
    if (offset >= 0 && in->seek(offset)) {
        JsonStream stream(in, kMaxFeatureBytes, 16 << 10);
        PropertyFinder finder(stream, key);
        rapidjson::Reader reader;
        if (stream.Peek() == '{')
            reader.Parse<kFlags | rapidjson::kParseIterativeFlag>(stream, finder);
        at = finder.found;
    }
    return lineAt(in, std::max<qint64>(offset, 0) + std::max<qint64>(at, 0));
}

LoadResult GeoJsonPointReader::readStream(QIODevice *in, bool sequence, const FieldChooser &choose,
                                          const LoadProgress &progress, double progressTo, Rows *out, bool parallel)
{
    using Status = LoadResult::Status;
    // Malformed input, or over a limit: final, as the checked reader's
    // verdict on the same file would be. The caller names the file.
    auto invalid = [](int line, const QString &message) {
        return LoadResult::failed(QString(), line, message).markFinal();
    };
    // Not taken as it is: the reason says why, for the log of the fallback.
    auto unsuitable = [](const QString &why) {
        LoadResult r = LoadResult::failed(QString(), why);
        r.status = Status::Unsuitable;
        return r;
    };
    *out = Rows();
    if (!in->seek(0))
        return invalid(0, QCoreApplication::translate("GeoJsonPointReader", "cannot be read"));
    const qint64 size = in->size();
    JsonStream stream(in);
    GeoJsonPointHandler h(&stream, sequence, *out, choose, progress, progressTo, size);
    // In parallel: this pass stops once the date field is chosen, the rest
    // is read on every core, and anything unusual there is read again here.
    h.pauseAtChoice = parallel;
    rapidjson::Reader reader;
    if (!skipBom(stream))
        return invalid(
            1, QCoreApplication::translate("GeoJsonPointReader", "invalid JSON: a broken byte-order mark"));
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
        if (h.paused) {
            switch (ParallelGeoJsonReader::readRest(in, qint64(stream.Tell()), h, m_split, progress, progressTo)) {
            case ParallelGeoJsonReader::Outcome::Read:
                m_parallel = true;
                break;
            case ParallelGeoJsonReader::Outcome::Cancelled:
                return LoadResult::of(Status::Cancelled);
            case ParallelGeoJsonReader::Outcome::Sequential:
                return readStream(in, sequence, choose, progress, progressTo, out, false);
            }
            break;
        }
        if (r.IsError()) {
            if (h.cancelled)
                return LoadResult::of(Status::Cancelled);
            if (h.declined)
                return LoadResult::of(Status::Declined);
            if (h.unsuitable) {
                LoadResult u = unsuitable(h.failure);
                if (h.notPoints)
                    u.status = Status::NotEvents;
                return u;
            }
            // GDAL's GeoJSONSeq driver skips a broken line: let it.
            if (sequence && h.failure.isEmpty())
                return unsuitable(QStringLiteral("a line that is not valid JSON"));
            // Valid JSON may nest deeper than this reader follows: the
            // checked reader's limits (and GDAL) decide.
            if (h.tooDeep)
                return unsuitable(QStringLiteral("nested deeper than %1 levels").arg(maxDepth()));
            const int line = lineAt(in, qint64(r.Offset()));
            if (!h.failure.isEmpty())
                return invalid(line, h.failure);
            if (r.Code() == rapidjson::kParseErrorStringInvalidEncoding)
                return invalid(line,
                    QCoreApplication::translate(
                        "GeoJsonPointReader", "invalid JSON: text is not valid UTF-8"));
            return invalid(line,
                QCoreApplication::translate("GeoJsonPointReader", "invalid JSON: %1")
                    .arg(QString::fromUtf8(GetParseError_En(r.Code()))));
        }
        if (!sequence) {
            // Anything but whitespace after the root is an error, as for GDAL.
            while (stream.Peek() == ' ' || stream.Peek() == '\n' || stream.Peek() == '\r' || stream.Peek() == '\t')
                stream.Take();
            if (!stream.atEnd())
                return invalid(lineAt(in, qint64(stream.Tell())),
                    QCoreApplication::translate(
                        "GeoJsonPointReader", "invalid JSON: text after the end of the GeoJSON"));
            break;
        }
    }
    if (!h.chosen && !h.chooseFields())
        return LoadResult::of(Status::Declined);
    for (const QByteArray &n : h.names)
        out->fieldNames << QString::fromUtf8(n);
    return LoadResult::loaded();
}

QVariantMap GeoJsonPointReader::attributesAt(QIODevice *in, qint64 offset)
{
    // One feature, bounded: a feature of more than 16 MB is not shown.
    constexpr qint64 kMaxFeatureBytes = 16 << 20;
    if (offset < 0 || !in->seek(offset))
        return {};
    JsonStream stream(in, kMaxFeatureBytes, 16 << 10);
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
            out.insert(name, QCoreApplication::translate("GeoJsonPointReader", "(nested too deep to show)"));
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
