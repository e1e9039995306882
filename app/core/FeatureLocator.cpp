#include "FeatureLocator.h"

#include "JsonStream.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include <algorithm>
#include <cstring>

#include <QCoreApplication>

// Tracks the path through the document. Roles: Root = the root object,
// Features = its "features" array, Feature = an object in that array,
// Properties = a feature's (or a root Feature's) "properties" object,
// Geometry = anything inside a "geometry" (or a root that is a geometry),
// Crs / CrsProperties = the top-level "crs" member and its "properties".
struct LocatorHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, LocatorHandler>
{
    using Kind = FeatureLocator::JsonKind;
    enum Role { Other, Root, Features, Feature, Properties, Geometry, Crs, CrsProperties };
    static constexpr int RootFeature = -2; // Frame::feature for a root Feature
    struct Frame {
        bool isArray = false;
        bool sawNumber = false; // an array of numbers inside a geometry is a position
        Role role = Other;
        int feature = -1;       // index in m_features, RootFeature, or -1
        qint64 positionsBefore = 0; // for a Feature: positions before it opened
        QString key;            // last key seen in this object
        QHash<QString, int> seen; // keys and their lines (roles where a repeat is refused)
    };

    FeatureLocator &loc;
    JsonStream &stream;
    std::vector<Frame> stack;
    size_t base = 0; // bytes skipped before the stream (a byte-order mark)
    int tooDeepLine = 0;
    int duplicateLine = 0;
    QString duplicate;
    int duplicateFirstLine = 0;

    LocatorHandler(FeatureLocator &l, JsonStream &s) : loc(l), stream(s) {}

    // Line of the last character consumed: for keys and scalar values, which
    // the reader reports after reading them.
    int line() const { return loc.lineAt(base + (stream.Tell() > 0 ? stream.Tell() - 1 : 0)); }
    // Line of the next character: for '{' and '[', which the iterative reader
    // reports before consuming them (line() would give the line before when
    // the bracket starts a line).
    int openLine() const { return loc.lineAt(base + stream.Tell()); }

    FeatureLocator::Feature *feature(int index)
    {
        if (index == RootFeature)
            return &loc.m_root;
        if (index >= 0 && size_t(index) < loc.m_features.size())
            return &loc.m_features[size_t(index)];
        return nullptr;
    }

    // Called for every value before it is entered: records property kinds
    // and counts positions.
    void value(Kind kind)
    {
        if (stack.empty())
            return;
        Frame &parent = stack.back();
        if (parent.role == Properties) {
            if (FeatureLocator::Feature *f = feature(parent.feature))
                f->propertyKind.insert(parent.key, kind);
        } else if (parent.role == Geometry && parent.isArray && kind == Kind::Number
                   && !parent.sawNumber) {
            parent.sawNumber = true;
            ++loc.m_positions;
        }
    }
    Frame child(bool isArray) const
    {
        Frame f;
        f.isArray = isArray;
        if (stack.empty()) {
            f.role = isArray ? Other : Root;
            return f;
        }
        const Frame &parent = stack.back();
        const QString &key = parent.key;
        switch (parent.role) {
        case Root:
            if (isArray && key == QLatin1String("features"))
                f.role = Features;
            else if (!isArray && key == QLatin1String("properties")) {
                f.role = Properties;
                f.feature = RootFeature;
            } else if (key == QLatin1String("geometry") || key == QLatin1String("coordinates")
                       || key == QLatin1String("geometries")) {
                f.role = Geometry;
                if (!isArray && key == QLatin1String("geometry"))
                    f.feature = RootFeature;
            }
            else if (!isArray && key == QLatin1String("crs"))
                f.role = Crs;
            break;
        case Features:
            if (!isArray) {
                f.role = Feature;
                f.feature = int(loc.m_features.size());
            }
            break;
        case Feature:
            if (!isArray && key == QLatin1String("properties")) {
                f.role = Properties;
                f.feature = parent.feature;
            } else if (key == QLatin1String("geometry")) {
                f.role = Geometry;
                if (!isArray)
                    f.feature = parent.feature; // the geometry object itself, not its parts
            }
            break;
        case Geometry:
            f.role = Geometry;
            break;
        case Crs:
            if (!isArray && key == QLatin1String("properties"))
                f.role = CrsProperties;
            break;
        case Other:
        case Properties:
        case CrsProperties:
            break;
        }
        return f;
    }
    bool open(bool isArray)
    {
        if (int(stack.size()) >= FeatureLocator::maxDepth()) {
            tooDeepLine = openLine();
            return false;
        }
        value(isArray ? Kind::Array : Kind::Object);
        Frame f = child(isArray);
        if (f.role == Feature) {
            FeatureLocator::Feature feature;
            feature.line = openLine();
            loc.m_features.push_back(feature);
            f.positionsBefore = loc.m_positions;
        } else if (f.role == Root) {
            loc.m_root.line = openLine();
        }
        stack.push_back(std::move(f));
        return true;
    }
    bool close()
    {
        const Frame &f = stack.back();
        if (f.role == Feature || (f.role == Root && loc.m_features.empty())) {
            const qint64 n = loc.m_positions - f.positionsBefore;
            if (n > loc.m_largestFeature) {
                loc.m_largestFeature = n;
                loc.m_largestFeatureLine = f.role == Feature ? loc.m_features[size_t(f.feature)].line
                                                             : loc.m_root.line;
            }
        }
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
    bool String(const char *str, rapidjson::SizeType len, bool)
    {
        value(Kind::String);
        if (qint64(len) > loc.m_longestString) {
            loc.m_longestString = qint64(len);
            loc.m_longestStringLine = line();
        }
        if (stack.empty())
            return true;
        const Frame &parent = stack.back();
        if (parent.isArray)
            return true;
        if (parent.role == Root && parent.key == QLatin1String("type"))
            loc.m_rootType = QString::fromUtf8(str, int(len));
        else if (parent.role == Geometry && parent.feature != -1 && parent.key == QLatin1String("type")) {
            if (FeatureLocator::Feature *f = feature(parent.feature)) {
                f->geometryType = QString::fromUtf8(str, int(std::min<rapidjson::SizeType>(len, 100)));
                f->geometryTypeLine = line();
            }
        }
        else if (parent.role == Crs && parent.key == QLatin1String("type"))
            loc.m_crsType = QString::fromUtf8(str, int(len));
        else if (parent.role == CrsProperties && parent.key == QLatin1String("name"))
            loc.m_crsName = QString::fromUtf8(str, int(std::min<rapidjson::SizeType>(len, 200)));
        else if (parent.role == CrsProperties && parent.key == QLatin1String("href")) {
            loc.m_crsLink = QString::fromUtf8(str, int(std::min<rapidjson::SizeType>(len, 2000)));
            loc.m_crsLinkLine = line();
        }
        return true;
    }
    bool StartObject() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(true); }
    bool EndArray(rapidjson::SizeType) { return close(); }
    bool Key(const char *str, rapidjson::SizeType len, bool)
    {
        if (qint64(len) > loc.m_longestString) {
            loc.m_longestString = qint64(len);
            loc.m_longestStringLine = line();
        }
        Frame &f = stack.back();
        f.key = QString::fromUtf8(str, int(len));
        if (f.role == Root || f.role == Feature || f.role == Properties || f.role == Crs
            || f.role == CrsProperties) {
            const int here = line();
            const auto it = f.seen.constFind(f.key);
            if (it != f.seen.cend()) {
                duplicate = f.key.left(60);
                duplicateLine = here;
                duplicateFirstLine = it.value();
                return false;
            }
            f.seen.insert(f.key, here);
        }
        if (f.role == Root) {
            loc.m_topLevel.insert(f.key, line());
            if (f.key == QLatin1String("geometry"))
                loc.m_root.geometryLine = line();
        } else if (f.role == Feature && f.key == QLatin1String("geometry")) {
            if (FeatureLocator::Feature *feat = feature(f.feature))
                feat->geometryLine = line();
        } else if (f.role == Properties) {
            if (FeatureLocator::Feature *feat = feature(f.feature))
                feat->propertyLine.insert(f.key, line());
        }
        return true;
    }
};

namespace {

bool isGeometryType(const QString &type)
{
    static const char *const types[] = {"Point", "MultiPoint", "LineString", "MultiLineString",
                                        "Polygon", "MultiPolygon", "GeometryCollection"};
    for (const char *t : types)
        if (type == QLatin1String(t))
            return true;
    return false;
}

} // namespace

bool FeatureLocator::scan(const QByteArray &text)
{
    *this = FeatureLocator();
    const char *data = text.constData();
    m_text = data;
    m_size = size_t(text.size());
    struct Forget { FeatureLocator *l; ~Forget() { l->m_text = nullptr; l->m_size = 0; } } forget{this};

    // RapidJSON reads up to the first NUL: text after one would be seen by
    // GDAL but not here. JSON text never holds a raw NUL byte.
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        m_errorLine = lineAt(size_t(nul));
        m_errorString
            = QCoreApplication::translate("FeatureLocator", "contains a NUL byte: not a JSON text file");
        return false;
    }

    // Skip a UTF-8 byte-order mark: RFC 8259 lets parsers ignore it.
    const char *begin = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        begin += 3;
    JsonStream stream(begin, data + text.size());
    LocatorHandler handler(*this, stream);
    handler.base = size_t(begin - data);
    rapidjson::Reader reader;
    // Deeply nested input must not exhaust the stack: iterative parsing.
    // JSON text is UTF-8 (RFC 8259): invalid sequences are errors.
    const auto result = reader.Parse<rapidjson::kParseIterativeFlag
                                     | rapidjson::kParseValidateEncodingFlag>(stream, handler);
    if (result.IsError()) {
        if (handler.tooDeepLine) {
            m_errorLine = handler.tooDeepLine;
            m_errorString = QCoreApplication::translate(
                "FeatureLocator", "arrays and objects are nested more than %1 deep")
                                .arg(maxDepth());
        } else if (handler.duplicateLine) {
            m_errorLine = handler.duplicateLine;
            m_errorString = QCoreApplication::translate("FeatureLocator",
                "the member \"%1\" appears twice in one object "
                "(first at line %2)")
                                .arg(handler.duplicate)
                                .arg(handler.duplicateFirstLine);
        } else if (result.Code() == rapidjson::kParseErrorDocumentEmpty) {
            m_errorLine = 1;
            m_errorString = QCoreApplication::translate("FeatureLocator", "the file holds only white space");
        } else {
            m_errorLine = lineAt(result.Offset() + handler.base);
            m_errorString = result.Code() == rapidjson::kParseErrorStringInvalidEncoding
                ? QCoreApplication::translate("FeatureLocator", "text is not valid UTF-8")
                : QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
        }
        m_features.clear();
        return false;
    }
    // A root Feature, or a bare geometry, is one feature (GDAL reads it so).
    if (m_features.empty() && !m_topLevel.contains(QStringLiteral("features"))) {
        if (m_rootType == QLatin1String("Feature")) {
            m_features.push_back(m_root);
        } else if (isGeometryType(m_rootType)) {
            Feature f;
            f.line = f.geometryLine = m_root.line;
            m_features.push_back(f);
        }
    }
    m_root = Feature();
    return true;
}

int FeatureLocator::lineAt(size_t offset) const
{
    if (!m_text)
        return 0;
    offset = std::min(offset, m_size);
    if (offset < m_cursor) {
        m_cursor = 0;
        m_cursorLine = 1;
    }
    const char *p = m_text + m_cursor;
    const char *const end = m_text + offset;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr) {
        ++m_cursorLine;
        ++p;
    }
    m_cursor = offset;
    return m_cursorLine;
}

QString FeatureLocator::kindName(JsonKind kind)
{
    switch (kind) {
    case JsonKind::Missing:
        return QCoreApplication::translate("FeatureLocator", "missing");
    case JsonKind::Null: return QStringLiteral("null");
    case JsonKind::Bool:
        return QCoreApplication::translate("FeatureLocator", "a boolean");
    case JsonKind::Number:
        return QCoreApplication::translate("FeatureLocator", "a number");
    case JsonKind::String:
        return QCoreApplication::translate("FeatureLocator", "a string");
    case JsonKind::Array:
        return QCoreApplication::translate("FeatureLocator", "an array");
    case JsonKind::Object:
        return QCoreApplication::translate("FeatureLocator", "an object");
    }
    return {};
}
