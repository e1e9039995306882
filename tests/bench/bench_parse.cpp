// The GeoJSON read at its limit: GeoJsonPointReader on the same files in
// parallel (every core) and sequentially (one pass of RapidJSON), beside
// GDAL's own full read of the file in the same run (open, every feature,
// its point and date field: what any GDAL-based viewer must do at least),
// with throughput in bytes of input a second. Files from make_events.py:
//
//   python3 tests/bench/make_events.py 1000000 /tmp/ev/events-1000000.geojson
//   python3 tests/bench/make_events.py 1000000 /tmp/ev/events-1000000.geojsons --seq
//   python3 tests/bench/make_events.py 10000000 /tmp/ev/events-10000000.geojsons --seq
//   LAC_BENCH_EVENTS=/tmp/ev build/tests/bench/bench_parse
//
// Sizes without a file are skipped. See docs/performance.md.

#include "DateFieldDetection.h"
#include "GdalSandbox.h"
#include "GeoJsonPointReader.h"
#include "IsoDate.h"

#include <QFile>
#include <QFileInfo>
#include <benchmark/benchmark.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {

QString fileFor(int64_t n, bool sequence)
{
    return qEnvironmentVariable("LAC_BENCH_EVENTS", QStringLiteral("/tmp/ev"))
           + QStringLiteral("/events-%1.%2").arg(n).arg(sequence ? QStringLiteral("geojsons") : QStringLiteral("geojson"));
}

bool chooseDetected(const QList<DateFieldDetection::Field> &fields, DateFieldDetection::Choice *choice)
{
    const DateFieldDetection::Detection d = DateFieldDetection::detect(fields);
    choice->start = d.start;
    choice->end = d.end;
    choice->startForm = d.startForm;
    choice->endForm = d.endForm;
    return !d.start.isEmpty();
}

double residentPeakMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// range(0): events; range(1): 1 for GeoJSONSeq.
void read(benchmark::State &state, bool parallel)
{
    const bool sequence = state.range(1) != 0;
    const QString path = fileFor(state.range(0), sequence);
    if (!QFileInfo::exists(path)) {
        state.SkipWithError(qPrintable(path + QStringLiteral(" missing")));
        return;
    }
    size_t rows = 0;
    bool inParallel = false;
    for (auto _ : state) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        GeoJsonPointReader reader;
        ParallelGeoJsonReader::Split split;
        if (!parallel)
            split.minBytes = std::numeric_limits<qint64>::max();
        reader.setSplit(split);
        GeoJsonPoints::Rows out;
        const LoadResult r = reader.read(&f, sequence, chooseDetected, {}, 1.0, &out);
        if (!r.ok()) {
            state.SkipWithError(qPrintable(r.message()));
            return;
        }
        rows = out.start.size();
        inParallel = reader.readInParallel();
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * QFileInfo(path).size());
    state.counters["rows"] = double(rows);
    state.counters["parallel"] = inParallel ? 1 : 0;
    state.counters["peak_MB"] = residentPeakMb();
}

void BM_ReadParallel(benchmark::State &state)
{
    read(state, true);
}

void BM_ReadSequential(benchmark::State &state)
{
    read(state, false);
}

// GDAL's full read: every feature's point and date, as a GDAL-based reader
// must at least do (OGR's GeoJSON drivers; the GeoJSON one reads the file
// twice, once for its schema).
void BM_GdalFullRead(benchmark::State &state)
{
    const bool sequence = state.range(1) != 0;
    const QString path = fileFor(state.range(0), sequence);
    if (!QFileInfo::exists(path)) {
        state.SkipWithError(qPrintable(path + QStringLiteral(" missing")));
        return;
    }
    GdalSandbox::configure();
    size_t rows = 0;
    for (auto _ : state) {
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!ds || ds->GetLayerCount() < 1) {
            state.SkipWithError("GDAL cannot open the file");
            return;
        }
        OGRLayer *layer = ds->GetLayer(0);
        const int field = layer->GetLayerDefn()->GetFieldIndex("date");
        rows = 0;
        for (auto &f : *layer) {
            const OGRGeometry *g = f->GetGeometryRef();
            qint32 day = 0;
            if (g && wkbFlatten(g->getGeometryType()) == wkbPoint && field >= 0
                && IsoDate::julianDayOf(f->GetFieldAsString(field), &day))
                ++rows;
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * QFileInfo(path).size());
    state.counters["rows"] = double(rows);
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Args({1000000, 0})->Args({1000000, 1})->Args({10000000, 1})->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace

BENCHMARK(BM_ReadParallel)->Apply(sizes)->Iterations(3);
BENCHMARK(BM_ReadSequential)->Apply(sizes)->Iterations(1);
BENCHMARK(BM_GdalFullRead)->Apply(sizes)->Iterations(1);

BENCHMARK_MAIN();
