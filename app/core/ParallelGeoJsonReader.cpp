#include "ParallelGeoJsonReader.h"

#include "GeoJsonPiece.h"
#include "GeoJsonPointHandler.h"

#include <QBuffer>
#include <QFileDevice>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <unistd.h>

namespace {

// A piece is at most this big: a longer run without a cut (one huge
// feature) is read sequentially, in bounded memory.
constexpr qint64 kMaxPieceBytes = 64 << 20;
// How far past a target offset a cut is looked for.
constexpr qint64 kCutWindow = 64 << 10;
// Pieces a thread may read ahead of the merge: unmerged rows are memory
// held twice, and on a busy machine the merging thread can fall behind.
constexpr size_t kAheadPerThread = 4;

// Random access to the device's bytes: a QBuffer's memory, or a file's
// descriptor (pread: safe from several threads at once).
class Bytes
{
public:
    explicit Bytes(QIODevice *in)
    {
        if (auto *b = qobject_cast<QBuffer *>(in)) {
            m_mem = b->data().constData();
            m_size = b->data().size();
        } else if (auto *f = qobject_cast<QFileDevice *>(in); f && f->handle() >= 0) {
            m_fd = f->handle();
            m_size = f->size();
        }
    }
    bool ok() const { return m_mem || m_fd >= 0; }
    qint64 size() const { return m_size; }
    bool read(qint64 at, char *to, qint64 n) const
    {
        if (at < 0 || n < 0 || at + n > m_size)
            return false;
        if (m_mem) {
            std::memcpy(to, m_mem + at, size_t(n));
            return true;
        }
        while (n > 0) {
            const ssize_t got = ::pread(m_fd, to, size_t(n), off_t(at));
            if (got <= 0)
                return false;
            to += got;
            at += got;
            n -= got;
        }
        return true;
    }
    QByteArray window(qint64 at, qint64 n) const
    {
        n = std::max<qint64>(0, std::min(n, m_size - at));
        QByteArray out(n, Qt::Uninitialized);
        return read(at, out.data(), n) ? out : QByteArray();
    }

private:
    const char *m_mem = nullptr;
    int m_fd = -1;
    qint64 m_size = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

struct Range
{
    qint64 begin, end;
};

// Where the features array of a FeatureCollection ends, if the file ends
// as the simple ones do ("]" then "}" and blanks); -1 otherwise.
qint64 featuresEnd(const Bytes &bytes)
{
    const qint64 from = std::max<qint64>(0, bytes.size() - 4096);
    const QByteArray tail = bytes.window(from, bytes.size() - from);
    qint64 i = tail.size() - 1;
    while (i >= 0 && isSpace(tail[i]))
        --i;
    if (i < 0 || tail[i] != '}')
        return -1;
    --i;
    while (i >= 0 && isSpace(tail[i]))
        --i;
    return i >= 0 && tail[i] == ']' ? from + i : -1;
}

// The pieces of [from, end): cut near every step bytes, at "}" "," "{"
// (a FeatureCollection: the piece ends before the comma and the next one
// starts at the brace) or after a newline or RS (a sequence).
std::vector<Range> cut(const Bytes &bytes, qint64 from, qint64 end, qint64 step, bool sequence)
{
    std::vector<Range> out;
    qint64 begin = from;
    for (qint64 target = from + step; target < end; target = std::max(target + step, begin + 1)) {
        const QByteArray w = bytes.window(target, std::min(kCutWindow, end - target));
        qint64 stop = -1, next = -1;
        if (sequence) {
            for (qint64 i = 0; i < w.size() && next < 0; ++i)
                if (w[i] == '\n' || w[i] == '\x1e')
                    next = stop = target + i + 1;
        } else {
            for (qint64 i = 0; i + 1 < w.size() && next < 0; ++i) {
                if (w[i] != '}')
                    continue;
                qint64 j = i + 1;
                while (j < w.size() && isSpace(w[j]))
                    ++j;
                if (j >= w.size() || w[j] != ',')
                    continue;
                qint64 k = j + 1;
                while (k < w.size() && isSpace(w[k]))
                    ++k;
                if (k < w.size() && w[k] == '{') {
                    stop = target + j;
                    next = target + k;
                }
            }
        }
        if (next < 0 || next >= end)
            continue;
        out.push_back({begin, stop});
        begin = next;
    }
    out.push_back({begin, end});
    return out;
}

// A piece, read by some thread, merged by the caller's.
struct Piece
{
    Range range;
    GeoJsonPoints::Rows rows;
    std::vector<QByteArray> names;
    qint64 features = 0;
    enum State { Waiting, Done, Failed } state = Waiting;
};

} // namespace

ParallelGeoJsonReader::Outcome ParallelGeoJsonReader::readRest(QIODevice *in, qint64 from, GeoJsonPointHandler &sampled,
                                                               const Split &split, const LoadProgress &progress,
                                                               double progressTo)
{
    const Bytes bytes(in);
    if (!bytes.ok() || bytes.size() < split.minBytes)
        return Outcome::Sequential;
    const bool sequence = sampled.sequence;
    // Where the features go on from, and up to.
    qint64 end = bytes.size();
    if (!sequence) {
        // The root's own checks, made when it closes, could only pass.
        if (sampled.stack.size() != 2 || !sampled.stack.front().sawType)
            return Outcome::Sequential;
        end = featuresEnd(bytes);
        if (end < from)
            return Outcome::Sequential;
        const QByteArray head = bytes.window(from, std::min<qint64>(kCutWindow, end - from + 1));
        qint64 i = 0;
        while (i < head.size() && isSpace(head[i]))
            ++i;
        if (from + i == end)
            return Outcome::Read; // no feature after the sampled ones
        if (i >= head.size() || head[i] != ',')
            return Outcome::Sequential;
        from += i + 1;
    } else if (!sampled.stack.empty()) {
        return Outcome::Sequential;
    }
    if (from >= end)
        return Outcome::Read;

    const int threads = std::max(1, split.threads > 0 ? split.threads : QThread::idealThreadCount());
    const qint64 step = split.pieceBytes > 0 ? split.pieceBytes : qint64(2) << 20;
    std::vector<Piece> pieces;
    for (const Range &r : cut(bytes, from, end, step, sequence)) {
        if (r.end - r.begin > kMaxPieceBytes)
            return Outcome::Sequential;
        pieces.push_back({r, {}, {}, 0, Piece::Waiting});
    }

    std::mutex mutex;
    std::condition_variable changed; // a piece is read
    std::condition_variable room;    // a piece is merged (or the read stops)
    size_t mergedCount = 0;
    const size_t ahead = kAheadPerThread * size_t(threads);
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    auto work = [&]() {
        GeoJsonPiece reader;
        const LoadProgress none;
        const GeoJsonPoints::FieldChooser noChoice;
        for (size_t i = next++; i < pieces.size() && !stop; i = next++) {
            {
                std::unique_lock<std::mutex> lock(mutex);
                room.wait(lock, [&] { return stop || i < mergedCount + ahead; });
            }
            if (stop)
                break;
            Piece &p = pieces[i];
            const qint64 size = p.range.end - p.range.begin;
            GeoJsonPointHandler h(nullptr, sequence, p.rows, noChoice, none, 0, 0);
            h.resumeFrom(sampled);
            const bool ok = bytes.read(p.range.begin, reader.bytes(size), size)
                && reader.read(size, p.range.begin, sequence, h, stop)
                && h.stack.size() == sampled.stack.size()
                && int(h.names.size()) < GeoJsonPoints::kMaxFieldNames;
            p.names = std::move(h.names);
            p.features = h.features;
            std::lock_guard<std::mutex> lock(mutex);
            p.state = ok ? Piece::Done : Piece::Failed;
            changed.notify_one();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);

    // Merge in file order as pieces finish; report progress; cancel. The
    // rows are reserved for as many features as the head's size per feature
    // promises, and a quarter more: pages never written are never resident,
    // while growing by doubling would, at 10M events, briefly hold the old
    // and the new arrays (some 700 MB) at once.
    GeoJsonPoints::Rows &rows = sampled.rows;
    if (sampled.features > 0 && from > 0) {
        const size_t expected = size_t(double(sampled.features) * double(bytes.size()) / double(from) * 1.25);
        rows.lon.reserve(expected);
        rows.lat.reserve(expected);
        rows.start.reserve(expected);
        if (!sampled.endKey.isEmpty())
            rows.end.reserve(expected);
        rows.offset.reserve(expected);
    }
    QSet<QByteArray> known(sampled.names.cbegin(), sampled.names.cend());
    Outcome outcome = Outcome::Read;
    const double total = double(bytes.size());
    for (size_t merged = 0; merged < pieces.size() && outcome == Outcome::Read;) {
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait_for(lock, std::chrono::milliseconds(40),
                             [&] { return pieces[merged].state != Piece::Waiting; });
        }
        for (; merged < pieces.size(); ++merged) {
            Piece &p = pieces[merged];
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (p.state == Piece::Waiting)
                    break;
            }
            // The piece's features are counted from its own first one.
            const qint64 base = sampled.features;
            sampled.features += p.features;
            if (p.state == Piece::Failed || sampled.features > sampled.maxFeatures) {
                outcome = Outcome::Sequential;
                break;
            }
            auto append = [](auto &to, auto &from) { to.insert(to.end(), from.begin(), from.end()); from = {}; };
            append(rows.lon, p.rows.lon);
            append(rows.lat, p.rows.lat);
            append(rows.start, p.rows.start);
            append(rows.end, p.rows.end);
            append(rows.offset, p.rows.offset);
            rows.skipped += p.rows.skipped;
            // The first unreadable date is the earliest piece's first.
            for (auto [to, from] : {std::pair{&rows.badStart, &p.rows.badStart}, std::pair{&rows.badEnd, &p.rows.badEnd}}) {
                if (from->rows == 0)
                    continue;
                if (to->rows == 0) {
                    to->example = std::move(from->example);
                    to->offset = from->offset;
                    to->feature = base + from->feature;
                }
                to->rows += from->rows;
            }
            // Names in order of first appearance, as one reader would list them.
            for (QByteArray &n : p.names)
                if (int(sampled.names.size()) < GeoJsonPoints::kMaxFieldNames && !known.contains(n)) {
                    known.insert(n);
                    sampled.names.push_back(std::move(n));
                }
        }
        {
            std::lock_guard<std::mutex> lock(mutex);
            mergedCount = merged;
        }
        room.notify_all();
        const double done = merged < pieces.size() ? double(pieces[merged].range.begin) : total;
        if (outcome == Outcome::Read && progress
            && !progress(progressTo * std::min(1.0, done / total), QStringLiteral("Reading")))
            outcome = Outcome::Cancelled;
    }
    {
        std::lock_guard<std::mutex> lock(mutex);
        stop = true;
    }
    room.notify_all();
    for (std::thread &t : pool)
        t.join();
    return outcome;
}
