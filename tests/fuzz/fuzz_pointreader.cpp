// libFuzzer: GeoJsonPointReader, the single-pass reader of large GeoJSON
// events, on any bytes; the first byte picks FeatureCollection or
// GeoJSONSeq. Invariants: a read gives arrays of one length, every offset
// points at a '{' inside the input from which identify can re-read the
// feature; an error has a line within the text and a reason.

#include "DateFieldDetection.h"
#include "GeoJsonPointReader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool sequence = data[0] & 1;
    QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
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
    GeoJsonPointReader reader;
    GeoJsonPointReader::Rows rows;
    int calls = 0;
    const LoadResult result = reader.read(&buffer, sequence, choose,
                                    [&calls](double f, const QString &) { return f >= 0 && f <= 1 && ++calls > 0; },
                                    0.85, &rows);
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
