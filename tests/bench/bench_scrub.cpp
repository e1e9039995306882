// Benchmarks of one scrub step on the bundled data: the date moves and the
// map, the status panel and the timeline are redrawn. Goal: within one frame
// (16 ms). Run: build/tests/bench/bench_scrub (offscreen; see docs/performance.md).

#include "AtlasLoader.h"
#include "BenchSupport.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "StatusPanel.h"
#include "TimeCursor.h"
#include "TimePlayer.h"
#include "TimelinePlot.h"

#include <QApplication>
#include <benchmark/benchmark.h>
#include <qcustomplot.h>

namespace {

AtlasPtr atlas()
{
    return BenchSupport::bundled();
}

// Alternating dates either side of many status changes.
QDate dateFor(int64_t i)
{
    static const QDate dates[] = {QDate(2020, 6, 14), QDate(2020, 6, 15), QDate(2020, 7, 6),
                                  QDate(2021, 2, 10), QDate(2022, 9, 13), QDate(2024, 10, 28),
                                  QDate(2024, 11, 20), QDate(2025, 8, 19)};
    return dates[i % 8];
}

void BM_MapRender(benchmark::State &state)
{
    MapSettings s;
    s.size = QSize(int(state.range(0)), int(state.range(1)));
    s.frame(atlas()->flashpointExtent());
    const MapRenderer renderer(atlas());
    int64_t i = 0;
    for (auto _ : state) {
        s.date = dateFor(i++);
        benchmark::DoNotOptimize(renderer.renderImage(s));
    }
}
BENCHMARK(BM_MapRender)->Args({1600, 1000})->Args({1920, 1080})->Unit(benchmark::kMillisecond);

void BM_StatusPanel(benchmark::State &state)
{
    StatusPanel panel;
    panel.setAtlas(atlas());
    int64_t i = 0;
    for (auto _ : state)
        panel.setDate(dateFor(i++));
}
BENCHMARK(BM_StatusPanel)->Unit(benchmark::kMicrosecond);

void BM_TimelineCursor(benchmark::State &state)
{
    TimeCursor time;
    TimePlayer player(&time, [] { return &atlas()->eventIndex; });
    TimelinePlot timeline(&player);
    timeline.resize(1500, 340);
    timeline.setAtlas(atlas());
    int64_t i = 0;
    for (auto _ : state) {
        time.setDate(dateFor(i++));
        timeline.plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
}
BENCHMARK(BM_TimelineCursor)->Unit(benchmark::kMillisecond);

// The whole step as the window does it: the date changes, every panel
// follows, the timeline replots and the map image is rendered (on the GUI
// thread here, so the figure includes what the worker thread does).
void BM_ScrubStep(benchmark::State &state)
{
    TimeCursor time;
    Document document(atlas());
    MainWindow window(&document, &time);
    window.resize(1500, 950);
    window.show();
    QApplication::processEvents();
    const MapRenderer renderer(atlas());
    BasemapCache cache; // as the window keeps it: scrubbing does not move the view
    int64_t i = 0;
    for (auto _ : state) {
        time.setDate(dateFor(i++));
        window.timeline()->plot()->replot(QCustomPlot::rpImmediateRefresh);
        benchmark::DoNotOptimize(renderer.renderImage(window.canvas()->settings(), 1.0, &cache));
    }
}
BENCHMARK(BM_ScrubStep)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LayerReader::configureGdal();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
