#pragma once
// The input stream RapidJSON reads every JSON text through: over bytes in
// memory (FeatureLocator) or over a QIODevice through a buffer
// (GeoJsonPointReader). Past the end it returns NUL and does not move,
// RapidJSON's end-of-input convention, and it never reads past the data:
// RapidJSON's own StringStream trusts a terminating NUL, and its UTF-8
// validation takes a multi-byte sequence's continuation bytes without
// looking, so a text ending in a lead byte (F0 ...) made it read past the
// buffer (found by fuzz_locator).

#include <rapidjson/rapidjson.h>

#include <QIODevice>

#include <algorithm>
#include <vector>

class JsonStream
{
public:
    using Ch = char;
    // The bytes [begin, end), which must outlive the stream.
    JsonStream(const char *begin, const char *end) : m_base(begin), m_cur(begin), m_end(end) {}
    // The device from where it is: limit bytes at most (-1: to its end),
    // chunk bytes at a time (large for a whole file, small for one feature).
    explicit JsonStream(QIODevice *in, qint64 limit = -1, size_t chunk = 1 << 20)
        : m_in(in), m_left(limit), m_buf(chunk)
    {
        m_base = m_cur = m_end = m_buf.data();
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
    // Bytes taken since the start.
    size_t Tell() const { return size_t(m_before + (m_cur - m_base)); }
    bool atEnd() { return m_cur == m_end && !refill(); }

    // Reading only.
    Ch *PutBegin() { RAPIDJSON_ASSERT(false); return nullptr; }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    size_t PutEnd(Ch *) { RAPIDJSON_ASSERT(false); return 0; }

private:
    bool refill()
    {
        if (!m_in || m_left == 0)
            return false;
        m_before += m_end - m_base;
        qint64 want = qint64(m_buf.size());
        if (m_left > 0)
            want = std::min(want, m_left);
        const qint64 got = m_in->read(m_buf.data(), want);
        if (got <= 0) {
            m_left = 0;
            m_cur = m_end = m_base;
            return false;
        }
        if (m_left > 0)
            m_left -= got;
        m_cur = m_base;
        m_end = m_cur + got;
        return true;
    }

    QIODevice *m_in = nullptr;
    qint64 m_left = 0;
    std::vector<char> m_buf;
    const char *m_base;
    const char *m_cur;
    const char *m_end;
    qint64 m_before = 0;
};
