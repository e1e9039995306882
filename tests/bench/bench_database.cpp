// A PostGIS database layer at scale: one scrub step (the date moves, the
// server is asked for the view, the frame is drawn) and a zoom to rows.
// Needs a server with the table of tests/bench/pg-bench-table.sh:
//   LAC_BENCH_PG="PG:host=/tmp/lacpg-bench port=5439 dbname=lac user=lac tables=bench_1m" \
//     build/tests/bench/bench_database
// (see docs/performance.md). Not a test: it measures.

#include "BenchSupport.h"
#include "DatabaseLayerController.h"
#include "DatabasePainter.h"
#include "DatabaseQuery.h"
#include "Document.h"
#include "BasemapCache.h"
#include "MapRenderer.h"
#include "PgConnection.h"
#include "Projection.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>
#include <benchmark/benchmark.h>

namespace {

struct Bench
{
    std::shared_ptr<const PgSource> source;
    std::unique_ptr<PgConnection> db;
    QString error;
    Bench()
    {
        db = DatabaseLayerController::openDatabase(qEnvironmentVariable("LAC_BENCH_PG"), &source, &error);
    }
};

Bench &bench()
{
    static Bench b;
    return b;
}

MapSettings region(double mpp, const QPointF &lonLat)
{
    MapSettings s;
    s.size = QSize(1600, 1000);
    Projection::instance().forward(GeoPoint{lonLat.x(), lonLat.y()}, &s.center);
    s.metresPerPixel = mpp;
    s.legend = false;
    return s;
}

// One step: the date moves a day; ask, then draw.
void step(benchmark::State &state, MapSettings s)
{
    Bench &b = bench();
    if (!b.db) {
        state.SkipWithError(qPrintable(b.error.isEmpty() ? QStringLiteral("set LAC_BENCH_PG") : b.error));
        return;
    }
    const MapRenderer renderer(BenchSupport::bundled());
    BasemapCache cache;
    s.layers.user = {LayerEntry{DatabaseLayerController::emptyLayer(b.source)}};
    int64_t i = 0;
    quint64 total = 0;
    for (auto _ : state) {
        s.date = QDate(2022, 1, 1).addDays(i++ % 365);
        DatabaseSnapshot snap;
        QString error;
        // As the window asks: the previous step's counts are the base.
        const DatabaseSnapshot *base = s.layers.user[0]->database.get();
        if (DatabaseQuery::fetch(*b.db, b.source, DatabasePainter::viewOf(s), &snap, &error, nullptr, base)
            != DatabaseQuery::Outcome::Ok) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        total = snap.total;
        auto layer = std::make_shared<UserLayer>(*s.layers.user[0].layer);
        auto shared = std::make_shared<DatabaseSnapshot>(std::move(snap));
        layer->events = shared->kind == DatabaseSnapshot::Kind::Rows ? shared->rows : nullptr;
        layer->database = shared;
        s.layers.user[0].layer = layer;
        benchmark::DoNotOptimize(renderer.renderImage(s, 1.0, &cache));
    }
    state.counters["events_in_view"] = double(total);
}

void BM_ScrubRegionInstant(benchmark::State &state)
{
    MapSettings s = region(400, QPointF(78.7, 34.0));
    s.window = TimeCursor::Window::Instant;
    step(state, s);
}
void BM_ScrubRegion30Days(benchmark::State &state)
{
    MapSettings s = region(400, QPointF(78.7, 34.0));
    s.window = TimeCursor::Window::LastDays;
    s.windowDays = 30;
    step(state, s);
}
void BM_ScrubRegionCumulative(benchmark::State &state)
{
    MapSettings s = region(400, QPointF(78.7, 34.0));
    s.window = TimeCursor::Window::Cumulative;
    step(state, s);
}
// Zoomed to a few kilometres of the dense cluster: rows with attributes.
void BM_ZoomToRows(benchmark::State &state)
{
    MapSettings s = region(double(state.range(0)), QPointF(78.22, 34.72));
    s.window = TimeCursor::Window::LastDays;
    s.windowDays = 30;
    step(state, s);
}

// The GUI thread while a controller scrubs 30 days: a 2 ms timer measures
// the longest the event loop went without turning (connect, describe and
// every query run on workers; the answer is a pointer swap).
void BM_GuiThreadWhileScrubbing(benchmark::State &state)
{
    const QString text = qEnvironmentVariable("LAC_BENCH_PG");
    for (auto _ : state) {
        Document doc(BenchSupport::bundled());
        std::shared_ptr<const PgSource> source;
        QString error;
        auto db = DatabaseLayerController::openDatabase(text, &source, &error);
        if (!db) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        DatabaseLayerController c(&doc, source, std::move(db));
        QElapsedTimer since;
        qint64 worst = 0;
        QTimer probe;
        probe.setInterval(2);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            worst = std::max(worst, since.restart());
        });
        MapSettings s = region(400, QPointF(78.7, 34.0));
        s.window = TimeCursor::Window::LastDays;
        s.windowDays = 30;
        since.start();
        probe.start();
        for (int day = 0; day < 30; ++day) {
            s.date = QDate(2022, 3, 1).addDays(day);
            QEventLoop loop;
            QObject::connect(&c, &DatabaseLayerController::refreshed, &loop, &QEventLoop::quit);
            QObject::connect(&c, &DatabaseLayerController::problem, &loop, &QEventLoop::quit);
            c.setView(DatabasePainter::viewOf(s));
            loop.exec();
        }
        state.counters["max_gui_block_ms"] = double(worst);
    }
}

} // namespace

BENCHMARK(BM_GuiThreadWhileScrubbing)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ScrubRegionInstant)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(BM_ScrubRegion30Days)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(BM_ScrubRegionCumulative)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(BM_ZoomToRows)->Arg(2)->Arg(5)->Unit(benchmark::kMillisecond)->MinTime(3);

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
