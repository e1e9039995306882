// The timeline and the status panel, driven as a user drives them: drag the
// cursor, type a date, press keys anywhere in the window, double-click an
// event, play. Expected dates come from the data by brute force, not from
// the index the code uses.

#include "AtlasLoader.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "StatusPanel.h"
#include "TimeCursor.h"
#include "TimePlayer.h"
#include "TimelinePlot.h"
#include "UserLayerLoader.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

#include "WindowFixture.h"
#include "TestSupport.h"
#include <qcustomplot.h>

class TestTimeline : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;

    QDate nextEventAfter(const QDate &d) const
    {
        QDate best;
        for (const Event &e : m_atlas->events)
            if (e.date > d && (!best.isValid() || e.date < best))
                best = e.date;
        return best;
    }
    QDate previousEventBefore(const QDate &d) const
    {
        QDate best;
        for (const Event &e : m_atlas->events)
            if (e.date < d && (!best.isValid() || e.date > best))
                best = e.date;
        return best;
    }
    static void sendKey(QWidget *to, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QKeyEvent press(QEvent::KeyPress, key, mods);
        QApplication::sendEvent(to, &press);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void dragCursorChangesDate()
    {
        WindowFixture fixture(m_atlas, QDate(2021, 1, 1));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        TimelinePlot *t = w.timeline();
        QCustomPlot *plot = t->plot();
        plot->replot();
        const int y = int(t->laneCenterPixel(0)) - 1;
        const QPoint from(int(std::round(t->pixelForDate(time.date()))), y);
        const QPoint to(int(std::round(t->pixelForDate(QDate(2023, 6, 1)))), y);
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), plot->mapToGlobal(QPointF(to)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(plot, &move);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
        // Within a pixel's worth of days of where the cursor was dropped.
        const double daysPerPixel = 1.0 / (t->pixelForDate(QDate(2023, 6, 2)) - t->pixelForDate(QDate(2023, 6, 1)));
        QVERIFY2(qAbs(time.date().daysTo(QDate(2023, 6, 1))) <= std::ceil(daysPerPixel),
                 qPrintable(time.date().toString(Qt::ISODate)));
        // The map and the status panel follow.
        QCOMPARE(w.canvas()->settings().date, time.date());
    }

    void clickOnAxisSetsDate()
    {
        WindowFixture fixture(m_atlas, QDate(2021, 1, 1));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        TimelinePlot *t = w.timeline();
        t->plot()->replot();
        const QPoint at(int(std::round(t->pixelForDate(QDate(2022, 3, 15)))), int(t->laneCenterPixel(2)) + 12);
        QTest::mouseClick(t->plot(), Qt::LeftButton, {}, at);
        QVERIFY(qAbs(time.date().daysTo(QDate(2022, 3, 15))) <= 3);
    }

    void typingADateChangesDate()
    {
        WindowFixture fixture(m_atlas);
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        QLineEdit *field = w.timeline()->dateField();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("2021-03-01"));
        QCOMPARE(time.date(), QDate::currentDate()); // nothing moves until Enter
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(time.date(), QDate(2021, 3, 1));
        QVERIFY(w.statusPanel()->rowText(QStringLiteral("pangong-north")).contains(QStringLiteral("Disengaged (buffer zone)")));
        // An impossible date is refused and the time stays.
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("2024-02-30"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(time.date(), QDate(2021, 3, 1));
        QCOMPARE(field->text(), QStringLiteral("2024-02-30"));
    }

    void keysStepThroughEventsAnywhere()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 6, 10));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        QApplication::setActiveWindow(&w);
        // Keys go to whatever has focus: the map here, not the timeline.
        w.canvas()->setFocus();
        QWidget *target = w.canvas();
        const QDate start = time.date();
        sendKey(target, Qt::Key_Right);
        QCOMPARE(time.date(), nextEventAfter(start));
        sendKey(target, Qt::Key_Right);
        QCOMPARE(time.date(), nextEventAfter(nextEventAfter(start)));
        const QDate here = time.date();
        sendKey(target, Qt::Key_Left);
        QCOMPARE(time.date(), previousEventBefore(here));
        const QDate beforeMonth = time.date();
        sendKey(target, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(time.date(), beforeMonth.addMonths(1));
        sendKey(target, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(time.date(), beforeMonth);
        QDate first = m_atlas->events.front().date, last = first;
        for (const Event &e : m_atlas->events) {
            first = std::min(first, e.date);
            last = std::max(last, e.date);
        }
        sendKey(target, Qt::Key_End);
        QCOMPARE(time.date(), last);
        sendKey(target, Qt::Key_Home);
        QCOMPARE(time.date(), first);
        // ...and from the status panel too.
        w.statusPanel()->tree()->setFocus();
        sendKey(w.statusPanel()->tree(), Qt::Key_Right);
        QCOMPARE(time.date(), nextEventAfter(first));
    }

    void statusPanelText_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::newRow("galwan 2020-06-16") << "galwan" << QDate(2020, 6, 16) << "Galwan / 加勒万河 — Clash since 2020-06-15";
        QTest::newRow("galwan 2020-06-17") << "galwan" << QDate(2020, 6, 17)
                                          << "Galwan / 加勒万河 — Standoff since 2020-06-17 (after: ";
        QTest::newRow("pangong-north 2021-03-01") << "pangong-north" << QDate(2021, 3, 1)
                                                 << "— Disengaged (buffer zone) since 2021-02-19";
        QTest::newRow("depsang 2024-11-20") << "depsang" << QDate(2024, 11, 20)
                                           << "Depsang — Disengaged (patrolling restored) since 2024-11-04";
        QTest::newRow("demchok 2020-04-16") << "demchok" << QDate(2020, 4, 16) << "Demchok / Dêmqog — No standoff reported";
        QTest::newRow("demchok 2020-06-16") << "demchok" << QDate(2020, 6, 16)
                                           << "Demchok / Dêmqog — Standoff since between 2020-05-01 and 2020-06-04";
    }
    void statusPanelText()
    {
        QFETCH(QString, id);
        QFETCH(QDate, date);
        QFETCH(QString, text);
        StatusPanel panel;
        panel.setAtlas(m_atlas);
        panel.setDate(date);
        QVERIFY2(panel.rowText(id).contains(text), qPrintable(panel.rowText(id)));
    }

    // An uncertain start (Demchok's standoff began some day in May or early
    // June 2020) is drawn faded across its window, then as a full band.
    void uncertainStartIsFaded()
    {
        TimeCursor time;
        time.setDate(QDate(2020, 8, 1));
        TimePlayer player(&time, [this] { return &m_atlas->eventIndex; });
        TimelinePlot t(&player);
        t.setAtlas(m_atlas);
        t.resize(2400, 420);
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        t.plot()->replot();
        int lane = -1;
        for (int i = 0; i < m_atlas->flashpoints.size(); ++i)
            if (m_atlas->flashpoints[i].id == QLatin1String("demchok"))
                lane = i;
        QVERIFY(lane >= 0);
        const QImage image = t.plot()->toPixmap().toImage();
        const int y = int(t.laneCenterPixel(lane)) - 3;
        auto at = [&](const QDate &d) { return QColor(image.pixel(int(std::round(t.pixelForDate(d))), y)); };
        const QColor faded = at(QDate(2020, 5, 20)), full = at(QDate(2020, 8, 20)), before = at(QDate(2020, 3, 20));
        QVERIFY2(faded.lightness() > full.lightness() + 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(faded.name(), full.name())));
        QVERIFY2(faded != before, "the window is drawn, not left empty");
    }

    void frontPhaseNote()
    {
        StatusPanel panel;
        panel.setAtlas(m_atlas);
        panel.setDate(QDate(2025, 3, 1));
        QVERIFY(panel.frontLabel()->text().contains(QStringLiteral("de-escalation pending")));
    }

    void exportsEitherSideOfAChangeDifferOnlyThere()
    {
        MapSettings s;
        s.size = QSize(900, 900);
        s.legend = s.dateLabel = s.scaleBar = s.disclaimer = s.labels = false;
        s.frame(m_atlas->flashpointExtent());
        s.date = QDate(2020, 7, 8);
        const QImage before = MapRenderer(m_atlas).renderImage(s);
        s.date = QDate(2020, 7, 9);
        const QImage after = MapRenderer(m_atlas).renderImage(s);
        const Flashpoint *galwan = m_atlas->flashpoint(QStringLiteral("galwan"));
        const QPoint at = MapRenderer::markerPosition(*galwan, s).toPoint();
        QCOMPARE(QColor(before.pixel(at)).name(), MapStyle::statusColor(Status::Disengaging).name());
        QCOMPARE(QColor(after.pixel(at)).name(), MapStyle::statusColor(Status::DisengagedBufferZone).name());
        // Everything away from Galwan (its area, buffer zone and events) is unchanged.
        const QRect near = QRect(at, at).adjusted(-60, -60, 60, 60);
        int differentElsewhere = 0;
        for (int y = 0; y < s.size.height(); y += 3)
            for (int x = 0; x < s.size.width(); x += 3)
                if (!near.contains(x, y) && before.pixel(x, y) != after.pixel(x, y))
                    ++differentElsewhere;
        QCOMPARE(differentElsewhere, 0);
    }

    void histogramMatchesData()
    {
        TimeCursor time;
        TimePlayer player(&time, [this] { return &m_atlas->eventIndex; });
        TimelinePlot t(&player);
        t.setAtlas(m_atlas);
        QMap<QDate, int> expected;
        for (const Event &e : m_atlas->events)
            expected[QDate(e.date.year(), e.date.month(), 1)] += 1;
        QCOMPARE(t.histogram(), expected);
        QCOMPARE(expected.value(QDate(2024, 10, 1)) > 5, true);
    }

    void doubleClickEventSelectsFlashpoint()
    {
        WindowFixture fixture(m_atlas, QDate(2023, 1, 1));
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        TimelinePlot *t = w.timeline();
        t->plot()->replot();
        int galwanLane = -1;
        for (int i = 0; i < m_atlas->flashpoints.size(); ++i)
            if (m_atlas->flashpoints[i].id == QLatin1String("galwan"))
                galwanLane = i;
        const QPoint at(int(std::round(t->pixelForDate(QDate(2020, 6, 15)))), int(std::round(t->laneCenterPixel(galwanLane))));
        QVERIFY(t->hoverText(at).contains(QStringLiteral("2020-06-15")));
        QTest::mouseDClick(t->plot(), Qt::LeftButton, {}, at);
        QCOMPARE(time.date(), QDate(2020, 6, 15));
        QCOMPARE(w.canvas()->settings().selection, QStringLiteral("galwan"));
        const Flashpoint *f = m_atlas->flashpoint(QStringLiteral("galwan"));
        QVERIFY(w.canvas()->settings().transform().visibleMapRect().contains(f->markerXY));
    }

    void playAdvancesAndStops()
    {
        TimeCursor time;
        time.setDate(QDate(2020, 1, 1));
        TimePlayer player(&time, [this] { return &m_atlas->eventIndex; });
        TimelinePlot t(&player);
        t.setAtlas(m_atlas);
        t.play();
        QVERIFY(t.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(time.date() >= QDate(2020, 3, 1), 5000);
        t.pause();
        const QDate paused = time.date();
        QTest::qWait(400);
        QCOMPARE(time.date(), paused);
    }

    // The user's event layers join the histogram as a series of their own;
    // hiding the layer empties it and keeps the axis (scaled to all of them),
    // showing it brings the months back.
    void userEventsSeriesFollowsVisibility()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"date":"2021-03-05"},"geometry":{"type":"Point","coordinates":[78.1,34.6]}},
{"type":"Feature","properties":{"date":"2021-03-20"},"geometry":{"type":"Point","coordinates":[78.2,34.6]}},
{"type":"Feature","properties":{"date":"2021-05-02"},"geometry":{"type":"Point","coordinates":[78.3,34.6]}}]})");
        f.close();
        auto layer = std::make_shared<UserLayer>();
        QCOMPARE(UserLayerLoader().load(path, {}, layer.get()).status, LoadResult::Status::Loaded);
        QVERIFY(layer->events);
        Document doc(m_atlas);
        doc.addLayer(layer);
        TimeCursor time;
        TimePlayer player(&time, [this] { return &m_atlas->eventIndex; });
        TimelinePlot t(&player);
        t.setDocument(&doc);
        QCPGraph *series = nullptr;
        for (int i = 0; i < t.plot()->graphCount(); ++i)
            if (t.plot()->graph(i)->name() == QStringLiteral("Your events / month"))
                series = t.plot()->graph(i);
        QVERIFY(series);
        // March 2021: two events; May: one.
        auto valueAt = [&](const QDate &month) {
            const double key = QDateTime(month, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            auto it = series->data()->findBegin(key, false);
            return it == series->data()->constEnd() ? -1.0 : it->value;
        };
        QCOMPARE(valueAt(QDate(2021, 3, 1)), 2.0);
        QCOMPARE(valueAt(QDate(2021, 5, 1)), 1.0);
        doc.setLayerVisible(0, false);
        QCOMPARE(series->data()->size(), 0);
        QVERIFY(series->valueAxis()->visible());
        doc.setLayerVisible(0, true);
        QCOMPARE(valueAt(QDate(2021, 3, 1)), 2.0);
        doc.removeLayer(0);
        for (int i = 0; i < t.plot()->graphCount(); ++i)
            QVERIFY(t.plot()->graph(i)->name() != QStringLiteral("Your events / month"));
    }

    // The plot follows the widget's palette: a dark one gives a dark
    // background and light axes; the data colours stay.
    void followsThePalette()
    {
        TimeCursor time;
        time.setDate(QDate(2022, 1, 1));
        TimePlayer player(&time, [this] { return &m_atlas->eventIndex; });
        TimelinePlot t(&player);
        t.setAtlas(m_atlas);
        const QImage light = t.plot()->toPixmap(700, 320).toImage();
        QPalette dark = t.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        t.setPalette(dark);
        const QImage image = t.plot()->toPixmap(700, 320).toImage();
        QCOMPARE(QColor(image.pixel(3, 3)).name(), QStringLiteral("#202225"));
        QVERIFY(QColor(light.pixel(3, 3)).lightness() > 200);
        QCOMPARE(t.plot()->xAxis->tickLabelColor().name(), QStringLiteral("#e8e8e8"));
        QCOMPARE(t.plot()->xAxis->basePen().color().name(), QStringLiteral("#e8e8e8"));
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
