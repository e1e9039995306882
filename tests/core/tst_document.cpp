// The core's document, loading pipeline, player and view request, without a
// window: what the window's panels and the command line build on.

#include "Document.h"
#include "LayerLoadController.h"
#include "TimePlayer.h"
#include "ViewRequest.h"

#include <QtTest>

#include "TestSupport.h"

class TestDocument : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;

    QString writeEvents(const QString &name, int n)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < n; ++i)
            f.write(QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"date\":\"2021-%2-01\"},"
                                   "\"geometry\":{\"type\":\"Point\",\"coordinates\":[78.%3,34.5]}}")
                        .arg(i ? "," : "").arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(i % 9).toUtf8());
        f.write("]}");
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    // Showing a layer differently changes one flag: the same data, the same
    // record, no structural signal.
    void layerStateCopiesNothing()
    {
        Document doc(m_atlas);
        QSignalSpy structure(&doc, &Document::layersChanged);
        QSignalSpy state(&doc, &Document::layerStateChanged);
        auto layer = std::make_shared<UserLayer>();
        layer->name = QStringLiteral("mine");
        QCOMPARE(doc.addLayer(layer), 0);
        QCOMPARE(structure.size(), 1);
        const LayerStack before = doc.layers();
        doc.setLayerOpacity(0, 0.25);
        doc.setLayerVisible(0, false);
        QCOMPARE(structure.size(), 1);
        QCOMPARE(state.size(), 2);
        QCOMPARE(doc.layers().user.front().layer, before.user.front().layer);   // the same data
        QCOMPARE(doc.record(), m_atlas);
        QCOMPARE(doc.layers().user.front().opacity, 0.25);
        QVERIFY(!doc.layers().user.front().shown());
        QVERIFY(before.user.front().shown());   // a copy taken before keeps its state
        // Out-of-range edits do nothing.
        doc.setLayerOpacity(5, 0.5);
        doc.moveLayer(0, +1);
        doc.removeLayer(-1);
        QCOMPARE(structure.size(), 1);
        doc.removeLayer(0);
        QCOMPARE(doc.layerCount(), 0);
    }

    // The record, a file and a bad file load on a worker, in order; the bad
    // one is said with its file and line, and what was loaded stays.
    void loadsRunInTheBackgroundInOrder()
    {
        Document doc;
        LayerLoadController loads(&doc);
        QSignalSpy finished(&loads, &LayerLoadController::finished);
        QSignalSpy failed(&loads, &LayerLoadController::failed);
        LayerLoadController::Request record;
        record.kind = LayerLoadController::Request::Kind::Record;
        record.path = QStringLiteral(LAC_GEODATA);
        QVERIFY(loads.open(record));
        QVERIFY(loads.isLoading());
        QVERIFY(doc.record()->flashpoints.isEmpty());   // not yet: nothing blocks the caller
        LayerLoadController::Request file;
        file.path = writeEvents(QStringLiteral("ten.geojson"), 10);
        file.opacity = 0.5;
        QVERIFY(loads.open(file));
        LayerLoadController::Request broken;
        broken.path = QStringLiteral(LAC_TEST_DATA "/broken/truncated.geojson");
        QVERIFY(loads.open(broken));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        QCOMPARE(finished.at(2).at(1).toBool(), false);
        QCOMPARE(doc.record()->flashpoints.size(), m_atlas->flashpoints.size());
        QCOMPARE(doc.layerCount(), 1);
        QVERIFY(doc.layer(0)->layer->events);
        QCOMPARE(int(doc.layer(0)->layer->events->size()), 10);
        QCOMPARE(doc.layer(0)->opacity, 0.5);
        QCOMPARE(failed.size(), 1);
        const QStringList lines = failed.front().at(1).toStringList();
        QVERIFY2(lines.value(0).startsWith(broken.path + QLatin1Char(':')), qPrintable(lines.join('\n')));
    }

    // A missing file or a remote path is refused at once, without a worker.
    void refusedAtOnce()
    {
        Document doc;
        LayerLoadController loads(&doc);
        QSignalSpy failed(&loads, &LayerLoadController::failed);
        LayerLoadController::Request r;
        r.path = m_dir.filePath(QStringLiteral("nothing-here.geojson"));
        QVERIFY(!loads.open(r));
        QVERIFY(!loads.isLoading());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.front().at(1).toStringList().value(0).contains(QStringLiteral("no such file")));
        r.path = QStringLiteral("/vsicurl/http://127.0.0.1:9/x.geojson");
        QVERIFY(!loads.open(r));
        QVERIFY(failed.last().at(1).toStringList().value(0).contains(QStringLiteral("refused")));
    }

    // Cancel: nothing is added, the document is as it was.
    void cancelAddsNothing()
    {
        qputenv("LACVIEWER_SMALL_LAYER_MB", "0");
        const auto restore = qScopeGuard([] { qunsetenv("LACVIEWER_SMALL_LAYER_MB"); });
        Document doc(m_atlas);
        LayerLoadController loads(&doc);
        QSignalSpy finished(&loads, &LayerLoadController::finished);
        LayerLoadController::Request r;
        r.path = writeEvents(QStringLiteral("cancel.geojson"), 20000);
        QVERIFY(loads.open(r));
        loads.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.front().at(1).toBool(), false);
        QCOMPARE(doc.layerCount(), 0);
    }

    // The player steps by event and by calendar unit, stops at the last
    // event, and loops back to the first when asked.
    void playerStepsAndPlays()
    {
        TimeCursor time;
        TimePlayer player(&time, [this] { return &m_atlas->eventIndex; });
        const EventIndex &events = m_atlas->eventIndex;
        time.setDate(QDate(2021, 1, 31));
        QVERIFY(player.stepBy(TimePlayer::Step::Month, +1));
        QCOMPARE(time.date(), QDate(2021, 2, 28));
        QVERIFY(player.stepBy(TimePlayer::Step::Week, -1));
        QCOMPARE(time.date(), QDate(2021, 2, 21));
        QVERIFY(player.stepBy(TimePlayer::Step::Year, +1));
        QCOMPARE(time.date(), QDate(2022, 2, 21));
        QVERIFY(player.stepBy(TimePlayer::Step::Event, +1));
        QCOMPARE(time.date(), events.nextDate(QDate(2022, 2, 21)));
        // The keys go through the same steps.
        QVERIFY(player.handleKey(Qt::Key_Home, Qt::NoModifier));
        QCOMPARE(time.date(), events.firstDate());
        QVERIFY(player.handleKey(Qt::Key_Right, Qt::ShiftModifier));
        QCOMPARE(time.date(), events.firstDate().addMonths(1));
        QVERIFY(!player.handleKey(Qt::Key_Right, Qt::ControlModifier));
        QVERIFY(player.handleKey(Qt::Key_Space, Qt::NoModifier));
        QVERIFY(player.isPlaying());
        QVERIFY(player.handleKey(Qt::Key_Space, Qt::NoModifier));
        QVERIFY(!player.isPlaying());

        // Playing from just before the end stops on the last event.
        player.setStep(TimePlayer::Step::Event);
        player.setIntervalMs(10);
        time.setDate(events.lastDate().addDays(-1));
        QSignalSpy playing(&player, &TimePlayer::playingChanged);
        player.play();
        QTRY_VERIFY(!player.isPlaying());
        QCOMPARE(time.date(), events.lastDate());
        QCOMPARE(playing.size(), 2);
        // With loop on it goes back to the first event and plays on.
        player.setLoop(true);
        player.play();
        QTRY_VERIFY(time.date() < events.lastDate());
        player.pause();
        QVERIFY(time.date() >= events.firstDate());
    }

    // The view request frames and checks what the command line asks.
    void viewRequestFrames()
    {
        ViewRequest r;
        QRectF extent;
        QString error;
        QVERIFY(r.frame(*m_atlas, &extent, &error));
        QCOMPARE(extent, m_atlas->flashpointExtent());
        r.view = QStringLiteral("galwan");
        QVERIFY(r.frame(*m_atlas, &extent, &error));
        QCOMPARE(extent, Atlas::flashpointView(*m_atlas->flashpoint(QStringLiteral("galwan"))));
        r.view = QStringLiteral("atlantis");
        QVERIFY(!r.frame(*m_atlas, &extent, &error));
        QVERIFY(error.contains(QStringLiteral("atlantis")) && error.contains(QStringLiteral("galwan")));
        r.extent = QRectF(77.5, 34.0, 1.0, 0.8);
        QVERIFY(r.frame(*m_atlas, &extent, &error));
        QCOMPARE(extent, Atlas::projectedBounds(r.extent));
        r.selection = m_atlas->events.front().id;   // an event is not highlighted on a map
        QVERIFY(!r.selectionKnown(*m_atlas, &error));
        r.selection = m_atlas->places.front().id;
        QVERIFY(r.selectionKnown(*m_atlas, &error));

        TimeCursor::Window w = TimeCursor::Window::Cumulative;
        int days = 0;
        QVERIFY(ViewRequest::parseWindow(QStringLiteral("30"), &w, &days));
        QCOMPARE(w, TimeCursor::Window::LastDays);
        QCOMPARE(days, 30);
        QVERIFY(ViewRequest::parseWindow(QStringLiteral("instant"), &w, &days));
        QCOMPARE(w, TimeCursor::Window::Instant);
        QVERIFY(!ViewRequest::parseWindow(QStringLiteral("0"), &w, &days));
        QVERIFY(!ViewRequest::parseWindow(QStringLiteral("weekly"), &w, &days));
    }

    // One id index: every kind found by its id.
    void idIndexFindsEveryKind()
    {
        using Kind = Atlas::FeatureRef::Kind;
        QCOMPARE(m_atlas->find(m_atlas->flashpoints.front().id).kind, Kind::Flashpoint);
        QCOMPARE(m_atlas->find(m_atlas->places.front().id).kind, Kind::Place);
        QCOMPARE(m_atlas->find(m_atlas->lines.front().id).kind, Kind::Line);
        const Event &last = m_atlas->events.back();
        QCOMPARE(m_atlas->event(last.id), &last);
        QVERIFY(!m_atlas->find(QStringLiteral("no-such-id")));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
