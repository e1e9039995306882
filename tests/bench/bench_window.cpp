// The window stays responsive: how long the GUI thread goes without turning
// its event loop while a large file loads (a 40 MB polygon GeoJSON made
// here, and the 1M-event file of make_events.py), and what one opacity or
// visibility step of a 1M-event layer costs on the GUI thread. Run by hand
// (docs/performance.md):
//
//   python3 tests/bench/make_events.py 1000000 /tmp/ev/events-1000000.geojson
//   LAC_BENCH_EVENTS=/tmp/ev QT_QPA_PLATFORM=offscreen build/tests/bench/bench_window

#include "AtlasLoader.h"
#include "BenchSupport.h"
#include "Document.h"
#include "EventLayerLoader.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "TimeCursor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <benchmark/benchmark.h>

namespace {

using BenchSupport::bundled;

QString eventsFile()
{
    return qEnvironmentVariable("LAC_BENCH_EVENTS", QStringLiteral("/tmp/ev")) + QStringLiteral("/events-1000000.geojson");
}

// A polygon GeoJSON of about 40 MB over the region: 16,000 rings of 120
// vertices, written once.
QString polygonFile()
{
    const QString path = QDir::tempPath() + QStringLiteral("/lac-bench-polygons-40mb.geojson");
    if (QFile::exists(path))
        return path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < 16000; ++i) {
        const double cx = 73.0 + (i % 160) * 0.08, cy = 29.0 + (i / 160) * 0.08;
        QByteArray ring;
        for (int v = 0; v <= 120; ++v) {
            const double a = (v % 120) * 2 * M_PI / 120;
            ring += QByteArray(v ? "," : "") + '[' + QByteArray::number(cx + 0.03 * std::cos(a), 'f', 7) + ','
                    + QByteArray::number(cy + 0.03 * std::sin(a), 'f', 7) + ']';
        }
        f.write(QByteArray(i ? ",\n" : "") + "{\"type\":\"Feature\",\"properties\":{\"n\":" + QByteArray::number(i)
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}");
    }
    f.write("\n]}\n");
    return path;
}

// Opens path in a shown window and turns the event loop until the load
// ends; the counter max_gui_block_ms is the longest the loop went without
// running a 2 ms timer, load_s the time to the layer.
void loadWatchingTheLoop(benchmark::State &state, const QString &path)
{
    if (path.isEmpty() || !QFile::exists(path)) {
        state.SkipWithError("no input file");
        return;
    }
    double worst = 0, seconds = 0;
    for (auto _ : state) {
        QFile::remove(EventLayerLoader::cachePath(path));   // the first open, the slow one
        TimeCursor time;
        time.setDate(QDate(2024, 11, 20));
        Document document(bundled());
        MainWindow window(&document, &time);
        window.resize(1500, 950);
        window.show();
        QApplication::processEvents();
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::layerLoadFinished, &loop, &QEventLoop::quit);
        QElapsedTimer sinceTick, total;
        QTimer tick;
        tick.setInterval(2);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
            if (gap > worst && qEnvironmentVariableIsSet("LAC_BENCH_TRACE"))
                qInfo("gap %.1f ms ending at %.3f s", gap, double(total.nsecsElapsed()) / 1e9);
            worst = std::max(worst, gap);
            sinceTick.restart();
        });
        total.start();
        sinceTick.start();
        tick.start();
        window.openLayer(path);
        loop.exec();
        seconds = double(total.nsecsElapsed()) / 1e9;
        if (document.layerCount() != 1)
            state.SkipWithError("the layer did not load");
    }
    state.counters["max_gui_block_ms"] = worst;
    state.counters["load_s"] = seconds;
}

void BM_GuiWhileLoadingPolygons(benchmark::State &state)
{
    loadWatchingTheLoop(state, polygonFile());
}

void BM_GuiWhileLoading1MEvents(benchmark::State &state)
{
    loadWatchingTheLoop(state, eventsFile());
}

// One opacity (or visibility) step with a 1M-event layer, as the slider
// and the check box give it: the document changes a flag, the panels
// follow, the canvas hands the view to a render job (the render itself runs
// on a worker).
void layerStep(benchmark::State &state, bool visibility)
{
    static Document *document = nullptr;
    static MainWindow *window = nullptr;
    static TimeCursor time;
    if (!document) {
        if (!QFile::exists(eventsFile())) {
            state.SkipWithError("no input file");
            return;
        }
        document = new Document(bundled());
        time.setDate(QDate(2024, 11, 20));
        window = new MainWindow(document, &time);
        window->resize(1500, 950);
        window->show();
        QEventLoop loop;
        QObject::connect(window, &MainWindow::layerLoadFinished, &loop, &QEventLoop::quit);
        window->openLayer(eventsFile());
        loop.exec();
    }
    // Timed: the step and what the GUI thread does for it at once (the
    // panels' slots, the timeline redrawing the user's series, the render
    // job handed over). Not timed: taking in and painting the frames the
    // workers deliver meanwhile, a per-frame cost bench_scrub measures.
    int64_t i = 0;
    for (auto _ : state) {
        if (visibility)
            document->setLayerVisible(0, (i++ % 2) == 0);
        else
            document->setLayerOpacity(0, 0.3 + 0.1 * double(i++ % 5));
        state.PauseTiming();
        QApplication::processEvents();
        state.ResumeTiming();
    }
}

void BM_OpacityStep1M(benchmark::State &state)
{
    layerStep(state, false);
}

void BM_VisibilityStep1M(benchmark::State &state)
{
    layerStep(state, true);
}

} // namespace

BENCHMARK(BM_GuiWhileLoadingPolygons)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GuiWhileLoading1MEvents)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpacityStep1M)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_VisibilityStep1M)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-bench"));
    LayerReader::configureGdal();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
