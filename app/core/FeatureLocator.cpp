#include "FeatureLocator.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include <algorithm>

// Tracks the path through the document. Depths: 0 = root object,
// 1 = "features" array, 2 = a feature object, 3 = its "properties" object.
struct LocatorHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, LocatorHandler>
{
    using Kind = FeatureLocator::JsonKind;
    struct Frame {
        bool isArray = false;
        QString key;          // last key seen in this object
        enum Role { Other, Root, Features, Feature, Properties } role = Other;
    };

    FeatureLocator &loc;
    rapidjson::StringStream &stream;
    std::vector<Frame> stack;

    LocatorHandler(FeatureLocator &l, rapidjson::StringStream &s) : loc(l), stream(s) {}

    size_t base = 0; // bytes skipped before the stream (a byte-order mark)
    int line() const { return loc.lineAt(base + (stream.Tell() > 0 ? stream.Tell() - 1 : 0)); }

    // Called for every value before it is entered: records property kinds.
    void value(Kind kind)
    {
        if (stack.empty())
            return;
        Frame &parent = stack.back();
        if (parent.role == Frame::Properties && !loc.m_features.empty())
            loc.m_features.back().propertyKind.insert(parent.key, kind);
    }
    Frame::Role childRole(bool isArray) const
    {
        if (stack.empty())
            return isArray ? Frame::Other : Frame::Root;
        const Frame &parent = stack.back();
        if (parent.role == Frame::Root && isArray && parent.key == QLatin1String("features"))
            return Frame::Features;
        if (parent.role == Frame::Features && !isArray)
            return Frame::Feature;
        if (parent.role == Frame::Feature && !isArray && parent.key == QLatin1String("properties"))
            return Frame::Properties;
        return Frame::Other;
    }
    bool open(bool isArray)
    {
        value(isArray ? Kind::Array : Kind::Object);
        Frame f;
        f.isArray = isArray;
        f.role = childRole(isArray);
        if (f.role == Frame::Feature) {
            FeatureLocator::Feature feature;
            feature.line = line();
            loc.m_features.push_back(feature);
        }
        stack.push_back(f);
        return true;
    }
    bool close()
    {
        stack.pop_back();
        return true;
    }

    bool Null() { value(Kind::Null); return true; }
    bool Bool(bool) { value(Kind::Bool); return true; }
    bool Int(int) { value(Kind::Number); return true; }
    bool Uint(unsigned) { value(Kind::Number); return true; }
    bool Int64(int64_t) { value(Kind::Number); return true; }
    bool Uint64(uint64_t) { value(Kind::Number); return true; }
    bool Double(double) { value(Kind::Number); return true; }
    bool String(const char *, rapidjson::SizeType, bool) { value(Kind::String); return true; }
    bool StartObject() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(true); }
    bool EndArray(rapidjson::SizeType) { return close(); }
    bool Key(const char *str, rapidjson::SizeType len, bool)
    {
        Frame &f = stack.back();
        f.key = QString::fromUtf8(str, int(len));
        if (f.role == Frame::Root)
            loc.m_topLevel.insert(f.key, line());
        else if (f.role == Frame::Feature && f.key == QLatin1String("geometry"))
            loc.m_features.back().geometryLine = line();
        else if (f.role == Frame::Properties)
            loc.m_features.back().propertyLine.insert(f.key, line());
        return true;
    }
};

bool FeatureLocator::scan(const QByteArray &text)
{
    m_features.clear();
    m_topLevel.clear();
    m_errorLine = 0;
    m_errorString.clear();
    m_lineStarts.assign(1, 0);
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            m_lineStarts.push_back(size_t(i) + 1);

    // Skip a UTF-8 byte-order mark: RFC 8259 lets parsers ignore it.
    const char *begin = text.constData();
    if (text.startsWith("\xEF\xBB\xBF"))
        begin += 3;
    // QByteArray data is always NUL-terminated, as StringStream needs.
    rapidjson::StringStream stream(begin);
    LocatorHandler handler(*this, stream);
    handler.base = size_t(begin - text.constData());
    rapidjson::Reader reader;
    // Deeply nested input must not exhaust the stack: iterative parsing.
    const auto result = reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler);
    if (result.IsError()) {
        m_errorLine = lineAt(result.Offset() + size_t(begin - text.constData()));
        m_errorString = QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
        return false;
    }
    return true;
}

int FeatureLocator::lineAt(size_t offset) const
{
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

QString FeatureLocator::kindName(JsonKind kind)
{
    switch (kind) {
    case JsonKind::Missing: return QStringLiteral("missing");
    case JsonKind::Null: return QStringLiteral("null");
    case JsonKind::Bool: return QStringLiteral("a boolean");
    case JsonKind::Number: return QStringLiteral("a number");
    case JsonKind::String: return QStringLiteral("a string");
    case JsonKind::Array: return QStringLiteral("an array");
    case JsonKind::Object: return QStringLiteral("an object");
    }
    return {};
}
