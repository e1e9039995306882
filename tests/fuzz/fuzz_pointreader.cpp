// libFuzzer: GeoJsonPointReader, the single-pass reader of large GeoJSON
// events, on any bytes; the first byte picks FeatureCollection or
// GeoJSONSeq, whether 200 plain features come first (so that the rest is
// read by the parallel reader, which starts after the sampled head), and
// the size of its pieces. Invariants: the parallel read gives exactly the
// sequential read's result (verdict, error line and text, every row); a
// read gives arrays of one length, every offset points at a '{' inside the
// input from which identify can re-read the feature, and so does that of
// the first unreadable date of a field, whose line is within the text; an
// error has a line within the text and a reason.

#include "DateFieldDetection.h"
#include "GeoJsonPointReader.h"

#include <QBuffer>

#include <cstdlib>
#include <limits>

namespace {

struct Read
{
    LoadResult result;
    GeoJsonPointReader::Rows rows;
};

bool same(const Read &a, const Read &b)
{
    auto error = [](const LoadResult &r) { return r.errors.isEmpty() ? QString() : r.errors.front().toString(); };
    return a.result.status == b.result.status && a.result.final == b.result.final
        && error(a.result) == error(b.result) && a.rows.lon == b.rows.lon && a.rows.lat == b.rows.lat
        && a.rows.start == b.rows.start && a.rows.end == b.rows.end && a.rows.offset == b.rows.offset
        && a.rows.skipped == b.rows.skipped && a.rows.fieldNames == b.rows.fieldNames
        && a.rows.startField == b.rows.startField && a.rows.endField == b.rows.endField
        && a.rows.startForm == b.rows.startForm && a.rows.endForm == b.rows.endForm
        && a.rows.badStart == b.rows.badStart && a.rows.badEnd == b.rows.badEnd;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool sequence = data[0] & 1;
    QByteArray text;
    if (data[0] & 2) {
        if (!sequence)
            text = R"({"type":"FeatureCollection","features":[)";
        for (int i = 0; i < GeoJsonPointReader::sampleRows(); ++i)
            text += R"({"type":"Feature","properties":{"date":"2021-01-01","k":1},"geometry":{"type":"Point","coordinates":[78,34]}})"
                + QByteArray(sequence ? "\n" : i + 1 < GeoJsonPointReader::sampleRows() ? ",\n" : "\n");
    }
    text += QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int lines = int(text.count('\n')) + 1;
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    // Detection as the loader does it; when ambiguous, the first candidate.
    auto choose = [](const QList<DateFieldDetection::Field> &fields, DateFieldDetection::Choice *choice) {
        // An order unclear from the values: day first.
        const DateFieldDetection::Detection d = DateFieldDetection::detect(fields, DateText::Order::DayFirst);
        if (!d.start.isEmpty()) {
            choice->start = d.start;
            choice->end = d.end;
            choice->startForm = d.startForm;
            choice->endForm = d.endForm;
            return true;
        }
        if (d.candidates.isEmpty())
            return false;
        const QStringList pair = d.candidates.front().split(QLatin1Char('|'));
        choice->start = pair.front();
        choice->end = pair.size() > 1 ? pair.back() : QString();
        return true;
    };
    int calls = 0;
    const LoadProgress progress = [&calls](double f, const QString &) { return f >= 0 && f <= 1 && ++calls > 0; };
    auto readWith = [&](bool parallel) {
        GeoJsonPointReader reader;
        ParallelGeoJsonReader::Split split;
        split.minBytes = parallel ? 0 : std::numeric_limits<qint64>::max();
        split.pieceBytes = 8 + (data[0] >> 2) * 8;
        split.threads = 2;
        reader.setSplit(split);
        Read r;
        r.result = reader.read(&buffer, sequence, choose, progress, 0.85, &r.rows);
        return r;
    };
    const Read one = readWith(false);
    if (!same(readWith(true), one))
        std::abort();
    const LoadResult &result = one.result;
    const GeoJsonPointReader::Rows &rows = one.rows;
    switch (result.status) {
    case LoadResult::Status::Loaded: {
        const size_t n = rows.start.size();
        if (rows.lon.size() != n || rows.lat.size() != n || rows.offset.size() != n
            || !(rows.end.empty() || rows.end.size() == n) || rows.startField.isEmpty() || rows.skipped < 0)
            std::abort();
        for (size_t i = 0; i < n; ++i) {
            const qint64 at = rows.offset[i];
            if (at < 0 || at >= text.size() || text[at] != '{')
                std::abort();
            if (!rows.end.empty() && rows.end[i] < rows.start[i])
                std::abort();
            if (i < 8)
                GeoJsonPointReader::attributesAt(&buffer, at);
        }
        for (const GeoJsonPoints::Unreadable *bad : {&rows.badStart, &rows.badEnd}) {
            if (bad->rows < 0 || bad->rows > rows.skipped)
                std::abort();
            if (bad->rows > 0
                && (bad->offset < 0 || bad->offset >= text.size() || text[bad->offset] != '{' || bad->feature < 0
                    || bad->line < 1 || bad->line > lines || bad->example.isEmpty()))
                std::abort();
        }
        if (rows.badEnd.rows > 0 && rows.endField.isEmpty())
            std::abort();
        break;
    }
    case LoadResult::Status::Failed:
        if (!result.final || result.errors.size() != 1 || result.errors.front().line < 1
            || result.errors.front().line > lines || result.errors.front().message.isEmpty())
            std::abort();
        break;
    case LoadResult::Status::Unsuitable:
    case LoadResult::Status::NotEvents:
        if (result.errors.isEmpty() || result.errors.front().message.isEmpty())
            std::abort();
        break;
    case LoadResult::Status::Declined:
    case LoadResult::Status::Cancelled:
        break;
    case LoadResult::Status::Ambiguous:
        std::abort(); // the chooser decides; the reader never says so itself
    }
    return 0;
}
