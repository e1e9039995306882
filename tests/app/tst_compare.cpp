// The compare mode of the window: two maps at dates A and B of one extent,
// the time keys moving the focused one, the Changes panel, the timeline's
// two cursors, and the swipe divider.

#include "ChangeListPanel.h"
#include "ComparisonExporter.h"
#include "ExportDialog.h"
#include "CompareController.h"
#include "CompareView.h"
#include "DetailsPanel.h"
#include "MapCanvas.h"
#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "TestSupport.h"
#include "TimelinePlot.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>
#include <qcustomplot.h>

namespace {

void waitForRender(MapCanvas *c)
{
    QTRY_VERIFY_WITH_TIMEOUT(!c->isRenderPending() && !c->renderedImage().isNull(), 15000);
}

// The colour at a flashpoint's marker in a canvas's last image.
QColor markerColour(MapCanvas *c, const QString &id)
{
    const Flashpoint *f = c->atlas()->flashpoint(id);
    const QPoint at = MapRenderer::markerPosition(*f, c->settings()).toPoint();
    return c->renderedImage().pixelColor(at);
}

int distance(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;

    QColor statusColour(const QString &id, const QDate &date) const
    {
        return MapStyle::statusColor(m_atlas->statuses.stateAt(id, date).status);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void init() { QSettings().remove(QStringLiteral("compare")); }

    // lacviewer --compare A,B without --export opens the window comparing them.
    void commandLineOpensTheComparison()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        ViewRequest request;
        QVERIFY(ViewRequest::parseDatePair(QStringLiteral("2020-06-01,2024-11-20"), &request.compareA,
                                           &request.compareB).isEmpty());
        w.applyRequest(request);
        QVERIFY(w.compare()->comparison()->isActive());
        QCOMPARE(w.compareView()->first()->settings().date, QDate(2020, 6, 1));
        QCOMPARE(w.compareView()->second()->settings().date, QDate(2024, 11, 20));
    }

    // Depsang's marker in each half is the colour of its status at that
    // half's date: a standoff in June 2020, patrolling restored in November 2024.
    void eachMapShowsItsDate()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.zoomToFlashpoint(QStringLiteral("depsang"));
        w.compare()->compare(QDate(2020, 6, 1), QDate(2024, 11, 20));
        CompareView *view = w.compareView();
        QCOMPARE(view->mode(), CompareView::Mode::SideBySide);
        QVERIFY(view->second()->isVisible());
        QCOMPARE(view->first()->settings().date, QDate(2020, 6, 1));
        QCOMPARE(view->second()->settings().date, QDate(2024, 11, 20));
        waitForRender(view->first());
        waitForRender(view->second());
        const QColor atA = statusColour(QStringLiteral("depsang"), QDate(2020, 6, 1));
        const QColor atB = statusColour(QStringLiteral("depsang"), QDate(2024, 11, 20));
        QVERIFY(distance(atA, atB) > 60);   // the two statuses look different
        QVERIFY2(distance(markerColour(view->first(), QStringLiteral("depsang")), atA) < 30,
                 qPrintable(markerColour(view->first(), QStringLiteral("depsang")).name()));
        QVERIFY2(distance(markerColour(view->second(), QStringLiteral("depsang")), atB) < 30,
                 qPrintable(markerColour(view->second(), QStringLiteral("depsang")).name()));
        // Both halves show one extent, at one scale, and the same selection.
        QCOMPARE(view->second()->settings().center, view->first()->settings().center);
        QCOMPARE(view->second()->settings().metresPerPixel, view->first()->settings().metresPerPixel);
        QCOMPARE(view->second()->settings().selection, QStringLiteral("depsang"));
        QCOMPARE(view->first()->caption(), QStringLiteral("A · 1 June 2020"));
        QCOMPARE(view->second()->caption(), QStringLiteral("B · 20 November 2024"));

        // Back to one map, at the focused date.
        w.compare()->toggleAction()->trigger();
        QCOMPARE(view->mode(), CompareView::Mode::Single);
        QVERIFY(!view->second()->isVisible());
        QCOMPARE(view->first()->settings().date, QDate(2024, 11, 20));
        QVERIFY(view->first()->caption().isEmpty());
    }

    void panningEitherMapMovesBoth()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.compare()->compare(QDate(2020, 6, 1), QDate(2024, 11, 20));
        MapCanvas *a = w.compareView()->first();
        MapCanvas *b = w.compareView()->second();
        const QPointF before = a->settings().center;
        const QPoint from = b->rect().center();
        QTest::mousePress(b, Qt::LeftButton, {}, from);
        QTest::mouseMove(b, from + QPoint(60, 30));
        QTest::mouseRelease(b, Qt::LeftButton, {}, from + QPoint(60, 30));
        QVERIFY(a->settings().center != before);
        QCOMPARE(a->settings().center, b->settings().center);
        a->zoomIn();
        QCOMPARE(b->settings().metresPerPixel, a->settings().metresPerPixel);
    }

    // Either map's legend header folds both legends, and View › Legend follows.
    void eitherLegendHeaderFoldsBoth()
    {
        QSettings().remove(QStringLiteral("view/legend"));
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.compare()->compare(QDate(2020, 6, 1), QDate(2024, 11, 20));
        MapCanvas *a = w.compareView()->first();
        MapCanvas *b = w.compareView()->second();
        waitForRender(b);
        const QRectF header = MapLegend::headerRect(MapRenderer::withUserLegend(*m_atlas, b->settings()));
        QVERIFY(!header.isEmpty());
        QTest::mouseClick(b, Qt::LeftButton, {}, header.center().toPoint());
        QVERIFY(a->isLegendCollapsed());
        QVERIFY(b->isLegendCollapsed());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("legendAction"))->isChecked());
        QSettings().remove(QStringLiteral("view/legend"));
    }

    // The keys move the focused date; a click on a map focuses its side.
    void keysMoveTheFocusedDate()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        QVERIFY(w.compare()->toggleAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D));
        w.compare()->compare(QDate(2021, 1, 1), QDate(2024, 11, 20));
        DateComparison *c = w.compare()->comparison();
        QCOMPARE(c->focus(), DateComparison::Side::B);
        w.activateWindow();
        QTest::keyClick(w.compareView()->first(), Qt::Key_Left, Qt::ShiftModifier);   // a month back
        QCOMPARE(c->dateB(), QDate(2024, 10, 20));
        QCOMPARE(c->dateA(), QDate(2021, 1, 1));
        QCOMPARE(w.compareView()->second()->settings().date, QDate(2024, 10, 20));
        QVERIFY(w.compareView()->second()->caption().startsWith(QStringLiteral("B · 20 October 2024")));

        MapCanvas *a = w.compareView()->first();
        QTest::mouseClick(a, Qt::LeftButton, {}, QPoint(20, a->height() - 20));
        QCOMPARE(c->focus(), DateComparison::Side::A);
        QCOMPARE(time.date(), QDate(2021, 1, 1));
        QTest::keyClick(a, Qt::Key_Right, Qt::ShiftModifier);   // a month on
        QCOMPARE(c->dateA(), QDate(2021, 2, 1));
        QCOMPARE(c->dateB(), QDate(2024, 10, 20));
        QCOMPARE(a->settings().date, QDate(2021, 2, 1));
        // The date field moves the focused one too.
        w.timeline()->dateField()->setText(QStringLiteral("2020-09-01"));
        QTest::keyClick(w.timeline()->dateField(), Qt::Key_Return);
        QCOMPARE(c->dateA(), QDate(2020, 9, 1));
        QCOMPARE(c->dateB(), QDate(2024, 10, 20));
    }

    void changesPanelListsWhatChanged_data()
    {
        QTest::addColumn<QDate>("a");
        QTest::addColumn<QDate>("b");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("October 2024 agreement")
            << QDate(2024, 10, 1) << QDate(2024, 11, 20)
            << QStringList{"Depsang: Standoff → Disengaged (patrolling restored)",
                           "Demchok: Standoff → Disengaged (patrolling restored)"};
        QTest::newRow("Galwan 2020")
            << QDate(2020, 6, 1) << QDate(2020, 7, 31)
            << QStringList{"Galwan: Standoff → Disengaged (buffer zone)",
                           "  Clash (Deadly clash at PP14, Galwan)  2020-06-15",
                           "Buffer zone: Galwan (PP14) appeared  2020-07-09",
                           "Deadly clash at PP14, Galwan  2020-06-15 – 2020-06-16"};
    }
    void changesPanelListsWhatChanged()
    {
        QFETCH(QDate, a);
        QFETCH(QDate, b);
        QFETCH(QStringList, expected);
        WindowFixture fixture(m_atlas, b, {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.compare()->compare(a, b);
        const QStringList rows = w.changesPanel()->rowTexts();
        for (const QString &row : expected) {
            const bool found = std::any_of(rows.cbegin(), rows.cend(),
                                           [&](const QString &r) { return r.trimmed() == row.trimmed(); });
            QVERIFY2(found, qPrintable(row + QStringLiteral(" not in:\n") + rows.join(QLatin1Char('\n'))));
        }
        QTRY_VERIFY(w.changesPanel()->isVisible());
        QVERIFY(w.changesPanel()->heading()->text().startsWith(
            QStringLiteral("From %1 to %2").arg(a.toString(Qt::ISODate), b.toString(Qt::ISODate))));
    }

    // Choosing a change selects it in both maps and shows it in Details.
    void choosingAChangeSelectsIt()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 7, 31), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.compare()->compare(QDate(2020, 6, 1), QDate(2020, 7, 31));
        QTreeWidget *tree = w.changesPanel()->tree();
        // Its tab is raised and laid out.
        QTRY_VERIFY(w.changesPanel()->isVisible() && tree->viewport()->height() > 100);
        QTreeWidgetItem *galwan = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it && !galwan; ++it)
            if ((*it)->text(0).startsWith(QStringLiteral("Galwan: ")))
                galwan = *it;
        QVERIFY(galwan);
        tree->scrollToItem(galwan);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(galwan).center());
        QCOMPARE(w.selection(), QStringLiteral("galwan"));
        QCOMPARE(w.compareView()->first()->settings().selection, QStringLiteral("galwan"));
        QCOMPARE(w.compareView()->second()->settings().selection, QStringLiteral("galwan"));
        QVERIFY(w.detailsPanel()->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("Galwan")));
    }

    // The timeline draws a second cursor at the date not focused.
    void timelineShowsBothDates()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        TimelinePlot *t = w.timeline();
        auto cursorPixelsAt = [t](const QDate &date) {
            t->plot()->replot();
            const QImage image = t->plot()->grab().toImage();
            const int x = int(std::round(t->pixelForDate(date)));
            const QColor cursor = MapStyle::timelineColors(t->palette()).cursor;
            int n = 0;
            for (int dx = -1; dx <= 1; ++dx)
                for (int y = 0; y < image.height(); ++y)
                    n += distance(image.pixelColor(x + dx, y), cursor) < 60;
            return n;
        };
        const QDate a(2021, 6, 1);
        QCOMPARE(cursorPixelsAt(a), 0);
        w.compare()->compare(a, QDate(2024, 11, 20));
        QVERIFY(cursorPixelsAt(a) > 40);
        QVERIFY(cursorPixelsAt(QDate(2024, 11, 20)) > 40);
        w.compare()->stop();
        QCOMPARE(cursorPixelsAt(a), 0);
    }

    // File › Export Comparison… writes the figure --export --compare makes
    // of the window's view: the same pixels for the same view and dates.
    void exportComparisonFromTheWindow()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        auto *action = w.findChild<QAction *>(QStringLiteral("exportComparisonAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());   // only while comparing
        w.zoomToFlashpoint(QStringLiteral("depsang"));
        w.compare()->compare(QDate(2024, 10, 1), QDate(2024, 11, 20));
        QVERIFY(action->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.png"));
        MapSettings chosen;
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto close = qScopeGuard([dialog, &filled] { if (!filled) dialog->reject(); });
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Export Comparison"));
            dialog->setPath(path);
            chosen = dialog->settings();
            filled = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QSignalSpy exported(&w, &MainWindow::exportFinished);
        action->trigger();
        QVERIFY(filled);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.front().front().toBool(), true);
        const QImage written(path);
        QVERIFY(!written.isNull());
        const MapSettings maps = MapExporter::resized(chosen, QSize(chosen.size.width() / 2, chosen.size.height()));
        const QImage expected = ComparisonExporter(m_atlas).image(maps, QDate(2024, 10, 1), QDate(2024, 11, 20));
        QCOMPARE(written.size(), expected.size());
        QVERIFY(written.convertToFormat(QImage::Format_RGB32) == expected.convertToFormat(QImage::Format_RGB32));
        // Its left map is Depsang at A, its right one Depsang at B.
        const auto [rectA, rectB] = ComparisonExporter(m_atlas).mapRects(maps, QDate(2024, 10, 1), QDate(2024, 11, 20));
        const Flashpoint *f = m_atlas->flashpoint(QStringLiteral("depsang"));
        const QPointF atA = rectA.topLeft() + MapRenderer::markerPosition(
            *f, MapExporter::inRegion(ComparisonExporter::mapView(maps, QDate(2024, 10, 1), QStringLiteral("A"))));
        const QPointF atB = rectB.topLeft() + MapRenderer::markerPosition(
            *f, MapExporter::inRegion(ComparisonExporter::mapView(maps, QDate(2024, 11, 20), QStringLiteral("B"))));
        QVERIFY(distance(written.pixelColor(atA.toPoint()), statusColour(QStringLiteral("depsang"), QDate(2024, 10, 1))) < 30);
        QVERIFY(distance(written.pixelColor(atB.toPoint()), statusColour(QStringLiteral("depsang"), QDate(2024, 11, 20))) < 30);
    }

    // Swipe: one map over the other; right of the divider is date B.
    void swipeShowsBRightOfTheDivider()
    {
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.zoomToFlashpoint(QStringLiteral("depsang"));
        w.compare()->compare(QDate(2020, 6, 1), QDate(2024, 11, 20), CompareView::Mode::Swipe);
        CompareView *view = w.compareView();
        QCOMPARE(view->mode(), CompareView::Mode::Swipe);
        QCOMPARE(view->second()->geometry(), view->first()->geometry());
        waitForRender(view->first());
        waitForRender(view->second());
        const Flashpoint *f = m_atlas->flashpoint(QStringLiteral("depsang"));
        const QPoint marker = MapRenderer::markerPosition(*f, view->first()->settings()).toPoint();
        const QColor atA = statusColour(QStringLiteral("depsang"), QDate(2020, 6, 1));
        const QColor atB = statusColour(QStringLiteral("depsang"), QDate(2024, 11, 20));
        // Divider left of the marker: B shows there; right of it: A.
        view->setSwipePosition((marker.x() - 60.0) / view->width());
        QVERIFY(distance(view->grab().toImage().pixelColor(marker), atB) < 30);
        view->setSwipePosition((marker.x() + 60.0) / view->width());
        QVERIFY(distance(view->grab().toImage().pixelColor(marker), atA) < 30);
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
