#include "GeoJsonPiece.h"

#include "GeoJsonPointHandler.h"

#include <simdjson.h>

#include <cstring>

struct GeoJsonPiece::Parser
{
    simdjson::dom::parser dom;
};

namespace {

// Replays one parsed value as the SAX events RapidJSON would give for it.
bool replay(GeoJsonPointHandler &h, simdjson::dom::element e)
{
    using Type = simdjson::dom::element_type;
    switch (e.type()) {
    case Type::OBJECT: {
        if (!h.StartObject())
            return false;
        const simdjson::dom::object object = e.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair kv : object)
            if (!h.Key(kv.key.data(), rapidjson::SizeType(kv.key.size()), true) || !replay(h, kv.value))
                return false;
        return h.EndObject(0);
    }
    case Type::ARRAY: {
        if (!h.StartArray())
            return false;
        const simdjson::dom::array array = e.get_array().value_unsafe();
        for (const simdjson::dom::element v : array)
            if (!replay(h, v))
                return false;
        return h.EndArray(0);
    }
    case Type::STRING: {
        // simdjson's strings end in a NUL, as RapidJSON's (IsoDate reads to it).
        const std::string_view s = e.get_string().value_unsafe();
        return h.String(s.data(), rapidjson::SizeType(s.size()), true);
    }
    case Type::INT64:
        return h.Int64(e.get_int64().value_unsafe());
    case Type::UINT64:
        return h.Uint64(e.get_uint64().value_unsafe());
    case Type::DOUBLE:
        return h.Double(e.get_double().value_unsafe());
    case Type::BOOL:
        return h.Bool(e.get_bool().value_unsafe());
    case Type::NULL_VALUE:
        return h.Null();
    }
    return false;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

GeoJsonPiece::GeoJsonPiece() : m_parser(std::make_unique<Parser>()) {}

GeoJsonPiece::~GeoJsonPiece() = default;

char *GeoJsonPiece::bytes(qint64 size)
{
    m_buf.resize(size_t(size) + 2 + simdjson::SIMDJSON_PADDING);
    return m_buf.data() + 1;
}

void GeoJsonPiece::joinLines(char *text, qint64 size)
{
    // Lines end at a newline or RS. The separator after a line with a value
    // becomes a comma when another such line follows, every other one a
    // blank; where each line's value starts is kept, to check that
    // simdjson's elements start there (a value across lines joins wrongly
    // into something else, or not at all).
    m_lineStarts.clear();
    char *const end = text + size;
    char *nextRs = static_cast<char *>(std::memchr(text, '\x1e', size_t(size)));
    char *pendingComma = nullptr;
    char *p = text;
    while (p < end) {
        char *nl = static_cast<char *>(std::memchr(p, '\n', size_t(end - p)));
        if (nextRs && nextRs < p)
            nextRs = static_cast<char *>(std::memchr(p, '\x1e', size_t(end - p)));
        char *sep = nl ? nl : end;
        if (nextRs && nextRs < sep)
            sep = nextRs;
        char *first = p;
        while (first < sep && isBlank(*first))
            ++first;
        if (first < sep) {
            if (pendingComma)
                *pendingComma = ',';
            m_lineStarts.push_back(quint32(first - text + 1));
            pendingComma = sep < end ? sep : nullptr;
        }
        if (sep < end)
            *sep = ' ';
        p = sep + 1;
    }
}

bool GeoJsonPiece::read(qint64 size, qint64 begin, bool sequence, GeoJsonPointHandler &h,
                        const std::atomic<bool> &stop)
{
    char *const buf = m_buf.data();
    buf[0] = '[';
    buf[size + 1] = ']';
    if (sequence && (joinLines(buf + 1, size), m_lineStarts.empty()))
        return true; // blank lines only: nothing to read, as for the sequential reader
    const size_t len = size_t(size) + 2;
    simdjson::dom::element doc;
    if (m_parser->dom.parse(buf, len, false).get(doc) != simdjson::SUCCESS)
        return false;
    // Where each element starts: the structural characters stage 1 found, at
    // depth 1 (inside the wrapping array), other than its commas and end.
    const auto &impl = *m_parser->dom.implementation;
    m_valueStarts.clear();
    int depth = 0;
    for (uint32_t i = 0; i < impl.n_structural_indexes; ++i) {
        const uint32_t at = impl.structural_indexes[i];
        const char c = buf[at];
        if (depth == 1 && c != ',' && c != ']')
            m_valueStarts.push_back(at);
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    if (m_valueStarts.empty() || (sequence && m_valueStarts != m_lineStarts))
        return false;
    size_t k = 0;
    simdjson::dom::array values;
    if (doc.get_array().get(values) != simdjson::SUCCESS)
        return false;
    for (const simdjson::dom::element v : values) {
        if (stop.load(std::memory_order_relaxed) || k >= m_valueStarts.size())
            return false;
        h.featureAt = begin + qint64(m_valueStarts[k++]) - 1;
        if (!replay(h, v))
            return false;
    }
    return k == m_valueStarts.size();
}
