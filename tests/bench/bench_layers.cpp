// The user's own dated point events at scale (10k, 100k, 1M, 10M).
// Files come from tests/bench/make_events.py; see docs/performance.md:
//
//   for n in 10000 100000 1000000; do python3 tests/bench/make_events.py $n /tmp/ev/events-$n.geojson; done
//   LAC_BENCH_EVENTS=/tmp/ev QT_QPA_PLATFORM=offscreen build/tests/bench/bench_layers
//
//   python3 tests/bench/make_events.py 10000000 /tmp/ev/events-10000000.geojsons --seq  # 10M (2.4 GB)
//   ogr2ogr /tmp/ev/events-10000000.fgb /tmp/ev/events-10000000.geojsons              # optional
//
//   for n in 10000 100000 1000000; do for f in fgb gpkg; do
//     ogr2ogr /tmp/ev/events-$n.$f /tmp/ev/events-$n.geojson; done; done   # optional: other formats
//
// Measures for each N: load to first frame (the GeoJSON streamed once;
// again, warm; FlatGeobuf and GeoPackage copies through GDAL when present), a
// full render at 1920x1080, one scrub step (date moved, frame rendered; and
// the whole step in the window), a hit test, identify, an export to PNG;
// counters give the layer's bytes per event and the process's peak resident
// memory.

#include "AtlasLoader.h"
#include "BenchSupport.h"
#include "CategoryIndex.h"
#include "EventLayerLoader.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "TimelinePlot.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <cstring>
#include <benchmark/benchmark.h>
#include <qcustomplot.h>

namespace {

using BenchSupport::bundled;

// events-N.geojson, or when there is none (10M: a 2.4 GB FeatureCollection
// is not made), the GeoJSONSeq events-N.geojsons.
QString fileFor(int64_t n, const char *suffix = "geojson")
{
    const QString base = qEnvironmentVariable("LAC_BENCH_EVENTS", QStringLiteral("/tmp/ev"))
                         + QStringLiteral("/events-%1.").arg(n);
    const QString path = base + QLatin1String(suffix);
    if (qstrcmp(suffix, "geojson") == 0 && !QFile::exists(path) && QFile::exists(base + QStringLiteral("geojsons")))
        return base + QStringLiteral("geojsons");
    return path;
}

double residentKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble();
    return 0;
}

std::shared_ptr<EventLayer> loadLayer(int64_t n, bool dropCache, benchmark::State *state,
                                      const char *suffix = "geojson")
{
    const QString path = fileFor(n, suffix);
    if (dropCache && !EventLayerLoader::cachePath(path).isEmpty())
        QFile::remove(EventLayerLoader::cachePath(path));
    EventLayerLoader loader;
    std::shared_ptr<EventLayer> layer;
    if (const LoadResult read = loader.load(path, {}, &layer); !read.ok()) {
        if (state)
            state->SkipWithError(qPrintable(read.message().isEmpty() ? path : read.message()));
        return nullptr;
    }
    return layer;
}

LayerStack withLayer(std::shared_ptr<EventLayer> layer)
{
    auto u = std::make_shared<UserLayer>();
    u->name = QStringLiteral("events");
    u->events = std::move(layer);
    LayerStack stack;
    stack.user.push_back(LayerEntry{std::move(u)});
    return stack;
}

struct Loaded
{
    AtlasPtr atlas;          // the bundled record (null: no layer file)
    LayerStack layers;       // the event layer
    std::shared_ptr<EventLayer> layer;
};

const Loaded &loaded(int64_t n)
{
    static std::map<int64_t, Loaded> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        auto layer = loadLayer(n, false, nullptr);
        it = cache.emplace(n, Loaded{layer ? bundled() : AtlasPtr(), layer ? withLayer(layer) : LayerStack(), layer})
                 .first;
    }
    return it->second;
}

// The loaded layer of state's size, or null (the benchmark marked skipped)
// when its file is missing.
const Loaded *loadedOrSkip(benchmark::State &state)
{
    const Loaded &l = loaded(state.range(0));
    if (!l.atlas) {
        state.SkipWithError("no layer");
        return nullptr;
    }
    return &l;
}

MapSettings fullView(const Atlas &atlas)
{
    MapSettings s;
    s.size = QSize(1920, 1080);
    s.frame(atlas.fullExtent());
    s.date = QDate(2025, 12, 31);
    s.window = TimeCursor::Window::Cumulative;
    return s;
}

MapSettings fullView(const Loaded &l)
{
    MapSettings s = fullView(*l.atlas);
    s.layers = l.layers;
    return s;
}

void firstFrame(benchmark::State &state, bool dropCache, const char *suffix = "geojson")
{
    const double before = residentKb("VmRSS:");
    for (auto _ : state) {
        auto layer = loadLayer(state.range(0), dropCache, &state, suffix);
        if (!layer)
            return;
        MapSettings s = fullView(*bundled());
        s.layers = withLayer(layer);
        benchmark::DoNotOptimize(MapRenderer(bundled()).renderImage(s));
        state.counters["bytes_per_event"] = double(layer->memoryBytes()) / double(layer->size());
        state.counters["rss_delta_per_event"] = (residentKb("VmRSS:") - before) * 1024.0 / double(layer->size());
    }
    state.counters["peak_rss_MB"] = residentKb("VmHWM:") / 1024.0;
}

void BM_LoadFirstOpen(benchmark::State &state) { firstFrame(state, true); }
void BM_LoadAgain(benchmark::State &state) { firstFrame(state, false); }
// The same events as FlatGeobuf and GeoPackage, read through GDAL.
void BM_LoadFlatGeobuf(benchmark::State &state) { firstFrame(state, false, "fgb"); }
void BM_LoadGeoPackage(benchmark::State &state) { firstFrame(state, false, "gpkg"); }

void BM_FullRender(benchmark::State &state)
{
    const Loaded *loadedLayer = loadedOrSkip(state);
    if (!loadedLayer)
        return;
    const Loaded &l = *loadedLayer;
    const MapSettings s = fullView(l);
    const MapRenderer r(l.atlas);
    for (auto _ : state)
        benchmark::DoNotOptimize(r.renderImage(s));
    state.counters["peak_rss_MB"] = residentKb("VmHWM:") / 1024.0;
}

// One scrub step: the date moves by a month and the frame is rendered, in
// the given display window (cumulative: everything up to the date, the
// costliest).
void scrub(benchmark::State &state, TimeCursor::Window window)
{
    const Loaded *loadedLayer = loadedOrSkip(state);
    if (!loadedLayer)
        return;
    const Loaded &l = *loadedLayer;
    MapSettings s = fullView(l);
    s.window = window;
    s.windowDays = 30;
    const MapRenderer r(l.atlas);
    BasemapCache cache; // as the window keeps it: the view does not change
    int64_t i = 0;
    for (auto _ : state) {
        s.date = QDate(2020, 1, 15).addMonths(int(i++ % 72));
        benchmark::DoNotOptimize(r.renderImage(s, 1.0, &cache));
    }
}
void BM_ScrubStep(benchmark::State &state) { scrub(state, TimeCursor::Window::Cumulative); }

// Coloured by a field (make_events.py's "kind", six values): reading the
// field again for every event (streamed GeoJSON: each feature from its
// offset; FlatGeobuf: a GDAL scan of the one field), then a full render and
// a scrub step with the categories.
void BM_CategoryRead(benchmark::State &state, const char *suffix)
{
    std::shared_ptr<EventLayer> layer = std::strcmp(suffix, "geojson") == 0 ? loaded(state.range(0)).layer
                                                                             : loadLayer(state.range(0), false, &state, suffix);
    if (!layer) {
        state.SkipWithError("no layer");
        return;
    }
    ColourBy by;
    by.field = QStringLiteral("kind");
    for (auto _ : state)
        benchmark::DoNotOptimize(CategoryIndex::build(*layer, by));
}
void BM_CategoryReadGeoJson(benchmark::State &state) { BM_CategoryRead(state, "geojson"); }
void BM_CategoryReadFlatGeobuf(benchmark::State &state) { BM_CategoryRead(state, "fgb"); }

void colouredRender(benchmark::State &state, bool scrubbing)
{
    const Loaded *loadedLayer = loadedOrSkip(state);
    if (!loadedLayer)
        return;
    MapSettings s = fullView(*loadedLayer);
    ColourBy by;
    by.field = QStringLiteral("kind");
    s.layers.user.front().colourBy = by;
    s.layers.user.front().categories = CategoryIndex::build(*loadedLayer->layer, by);
    const MapRenderer r(loadedLayer->atlas);
    BasemapCache cache;
    int64_t i = 0;
    for (auto _ : state) {
        if (scrubbing)
            s.date = QDate(2020, 1, 15).addMonths(int(i++ % 72));
        benchmark::DoNotOptimize(r.renderImage(s, 1.0, scrubbing ? &cache : nullptr));
    }
}
void BM_FullRenderColoured(benchmark::State &state) { colouredRender(state, false); }
void BM_ScrubStepColoured(benchmark::State &state) { colouredRender(state, true); }
void BM_ScrubStep30Days(benchmark::State &state) { scrub(state, TimeCursor::Window::LastDays); }

// The whole step as the window does it, with the layer: the date changes,
// every panel follows, the timeline (with the layer's histogram series)
// replots and the map image is rendered (here on the GUI thread, so the
// figure includes what the worker does).
void BM_WindowScrubStep(benchmark::State &state)
{
    const Loaded *loadedLayer = loadedOrSkip(state);
    if (!loadedLayer)
        return;
    const Loaded &l = *loadedLayer;
    TimeCursor time;
    Document document(l.atlas);
    for (const LayerEntry &e : l.layers.user)
        document.addLayer(e.layer);
    MainWindow window(&document, &time);
    window.resize(1920, 1080);
    window.show();
    QApplication::processEvents();
    const MapRenderer renderer(l.atlas);
    BasemapCache cache;
    int64_t i = 0;
    for (auto _ : state) {
        time.setDate(QDate(2020, 1, 15).addMonths(int(i++ % 72)));
        window.timeline()->plot()->replot(QCustomPlot::rpImmediateRefresh);
        benchmark::DoNotOptimize(renderer.renderImage(window.canvas()->settings(), 1.0, &cache));
    }
}

// A hit test: the nearest event active at the date within 6 px at the full view.
void BM_HitTest(benchmark::State &state)
{
    const Loaded *loadedLayer = loadedOrSkip(state);
    if (!loadedLayer)
        return;
    const Loaded &l = *loadedLayer;
    const MapSettings s = fullView(l);
    const QRectF b = l.layer->bounds();
    QRandomGenerator rng(3);
    int64_t found = 0;
    for (auto _ : state) {
        const QPointF p(b.left() + rng.bounded(b.width()), b.top() + rng.bounded(b.height()));
        found += l.layer->nearest(p, 6 * s.metresPerPixel, s.windowStart(), s.date) >= 0;
    }
    state.counters["hit_rate"] = double(found) / double(state.iterations());
}

// Identify: the hit's attributes re-read from the file (by byte offset for
// the streamed GeoJSON).
void BM_Identify(benchmark::State &state)
{
    const Loaded *loadedLayer = loadedOrSkip(state);
    if (!loadedLayer)
        return;
    const Loaded &l = *loadedLayer;
    size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(EventLayerLoader::attributes(*l.layer, (i += 7919) % l.layer->size()));
}

void BM_ExportPng(benchmark::State &state)
{
    const Loaded *loadedLayer = loadedOrSkip(state);
    if (!loadedLayer)
        return;
    const Loaded &l = *loadedLayer;
    const MapSettings s = fullView(l);
    const MapRenderer r(l.atlas);
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        r.renderImage(s).save(&buffer, "PNG");
        benchmark::DoNotOptimize(bytes);
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int64_t n : {10000, 100000, 1000000, 10000000})
        b->Arg(n);
    b->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(BM_LoadFirstOpen)->Apply(sizes)->Iterations(1);
BENCHMARK(BM_LoadAgain)->Apply(sizes)->Iterations(3);
BENCHMARK(BM_LoadFlatGeobuf)->Apply(sizes)->Iterations(3);
BENCHMARK(BM_LoadGeoPackage)->Apply(sizes)->Iterations(3);
BENCHMARK(BM_FullRender)->Apply(sizes);
BENCHMARK(BM_ScrubStep)->Apply(sizes);
BENCHMARK(BM_ScrubStep30Days)->Apply(sizes);
BENCHMARK(BM_CategoryReadGeoJson)->Apply(sizes)->Iterations(1);
BENCHMARK(BM_CategoryReadFlatGeobuf)->Apply(sizes)->Iterations(1);
BENCHMARK(BM_FullRenderColoured)->Apply(sizes);
BENCHMARK(BM_ScrubStepColoured)->Apply(sizes);
BENCHMARK(BM_WindowScrubStep)->Apply(sizes);
BENCHMARK(BM_HitTest)->Apply(sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Identify)->Apply(sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ExportPng)->Apply(sizes);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lacviewer-bench"));
    LayerReader::configureGdal();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
