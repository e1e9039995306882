// View › Bookmarks as a user uses it: the view saved, changed, and brought
// back (date, extent, display window, layers, compared dates); the manager
// renames, deletes, exports and imports, and says what is wrong with a bad
// file; --bookmark opens the window there (what main() does) and exports
// the same map as the view's own options, or exits 2 naming the bookmarks.

#include "BookmarkDialog.h"
#include "BookmarkFile.h"
#include "BookmarkMenu.h"
#include "BookmarkStore.h"
#include "CommandLine.h"
#include "CompareController.h"
#include "DateComparison.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "Projection.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TestBookmarkWindow : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;

    static void waitForRender(MapCanvas *c)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!c->isRenderPending() && !c->renderedImage().isNull(), 10000);
    }

    // The lon/lat of the view's centre.
    static GeoPoint centreOf(MapCanvas *c)
    {
        GeoPoint g;
        Projection::instance().inverse(c->settings().center, &g);
        return g;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lacviewer-bookmarks"));
        QVERIFY(m_dir.isValid());
        // The store lives in the user's data directory: a fresh one.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
    }

    void addMoveAwayAndComeBack()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 6, 20), {1300, 850});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        MapCanvas *c = w.canvas();
        waitForRender(c);
        w.zoomToFlashpoint(QStringLiteral("galwan"));
        time.setWindow(TimeCursor::Window::LastDays, 14);
        c->setHiddenLayers({QStringLiteral("roads")});
        const GeoPoint centre = centreOf(c);
        const double scale = c->settings().metresPerPixel;
        BookmarkStore *store = w.bookmarks()->store();
        QCOMPARE(store->path(), BookmarkFile::defaultPath());
        QVERIFY(store->path().startsWith(m_dir.path()));
        QCOMPARE(store->add(w.bookmarks()->current(QStringLiteral("Galwan"))), QString());

        // Elsewhere, later, everything shown, comparing.
        w.zoomToFlashpoint(QStringLiteral("depsang"));
        time.setDate(QDate(2024, 11, 20));
        time.setWindow(TimeCursor::Window::Cumulative, 30);
        c->setHiddenLayers({});
        w.compare()->compare(QDate(2020, 6, 1), QDate(2024, 11, 20));
        QCOMPARE(store->add(w.bookmarks()->current(QStringLiteral("Depsang compared"))), QString());
        w.compare()->stop();

        // The menu lists both; going to Galwan brings its view back.
        QMenu *menu = w.findChild<QMenu *>(QStringLiteral("bookmarksMenu"));
        QVERIFY(menu);
        QAction *galwan = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toString() == QLatin1String("Galwan"))
                galwan = a;
        QVERIFY(galwan);
        galwan->trigger();
        QCOMPARE(time.date(), QDate(2020, 6, 20));
        QCOMPARE(c->settings().date, QDate(2020, 6, 20));
        QCOMPARE(time.window(), TimeCursor::Window::LastDays);
        QCOMPARE(time.windowDays(), 14);
        QCOMPARE(c->settings().hiddenLayers, QSet<QString>{QStringLiteral("roads")});
        const GeoPoint back = centreOf(c);
        QVERIFY2(std::abs(back.lon - centre.lon) < 0.01 && std::abs(back.lat - centre.lat) < 0.01,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(back.lon).arg(back.lat).arg(centre.lon).arg(centre.lat)));
        // At the same scale.
        QVERIFY2(std::abs(c->settings().metresPerPixel / scale - 1) < 0.02,
                 qPrintable(QString::number(c->settings().metresPerPixel / scale)));

        // The compared bookmark compares again, with nothing hidden.
        w.bookmarks()->apply(store->bookmarks()[1]);
        auto *comparison = w.findChild<DateComparison *>();
        QVERIFY(comparison->isActive());
        QCOMPARE(comparison->earlier(), QDate(2020, 6, 1));
        QCOMPARE(comparison->later(), QDate(2024, 11, 20));
        QVERIFY(c->settings().hiddenLayers.isEmpty());
        // And a plain one ends the comparison.
        w.bookmarks()->apply(store->bookmarks()[0]);
        QVERIFY(!comparison->isActive());
    }

    void managerRenamesDeletesExportsImports()
    {
        BookmarkStore store(m_dir.filePath(QStringLiteral("manager.json")));
        Bookmark b;
        b.name = QStringLiteral("Pangong");
        b.extent = QRectF(QPointF(78.5, 33.5), QPointF(79.2, 34.0));
        b.date = QDate(2021, 2, 10);
        QCOMPARE(store.add(b), QString());
        b.name = QStringLiteral("Demchok");
        b.extent = QRectF(QPointF(79.2, 32.5), QPointF(79.7, 32.9));
        QCOMPARE(store.add(b), QString());
        BookmarkDialog dialog(&store);
        QListWidget *list = dialog.list();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Pangong — 2021-02-10")));
        list->setCurrentRow(0);
        QVERIFY(dialog.renameCurrent(QStringLiteral("Pangong north bank")));
        QCOMPARE(list->item(0)->text().section(QStringLiteral(" — "), 0, 0), QStringLiteral("Pangong north bank"));
        const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY(dialog.exportFile(exported));
        list->setCurrentRow(1);
        QVERIFY(dialog.deleteCurrent());
        QCOMPARE(list->count(), 1);
        QVERIFY(dialog.importFile(exported));
        QCOMPARE(BookmarkFile::names(store.bookmarks()),
                 (QStringList{QStringLiteral("Pangong north bank"), QStringLiteral("Demchok")}));
        // Going to one hands over the bookmark itself.
        QStringList went;
        connect(&dialog, &BookmarkDialog::goTo, this, [&went](const Bookmark &to) { went << to.name; });
        list->setCurrentRow(1);
        emit list->itemActivated(list->currentItem());
        QCOMPARE(went, QStringList{QStringLiteral("Demchok")});

        // A bad file: the warning names the file and the line, and nothing changes.
        const QString bad = m_dir.filePath(QStringLiteral("broken-bookmarks.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"lacviewer-bookmarks\": 1,\n \"bookmarks\": [\n {\"name\": \"x\",,}]}");
        f.close();
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!dialog.importFile(bad));
        QVERIFY2(shown.startsWith(bad + QStringLiteral(":3: not JSON")), qPrintable(shown));
        QCOMPARE(dialog.lastError(), shown);
        QCOMPARE(store.bookmarks().size(), 2);
    }

    void commandLineBookmark()
    {
        // Where the program (organisation and application "lacviewer") keeps them.
        const QString storePath = m_dir.filePath(QStringLiteral("data/lacviewer/lacviewer/bookmarks.json"));
        Bookmark b;
        b.name = QStringLiteral("Hot Springs 2022");
        b.extent = QRectF(QPointF(78.6, 34.2), QPointF(79.1, 34.6));
        b.date = QDate(2022, 9, 12);
        b.window = TimeCursor::Window::Instant;
        b.hiddenLayers = {QStringLiteral("roads")};
        QList<Bookmark> saved;
        QCOMPARE(BookmarkFile::read(storePath, &saved), QString());
        saved.removeIf([&b](const Bookmark &o) { return o.name == b.name; });
        saved << b;
        QCOMPARE(BookmarkFile::write(storePath, saved), QString());

        // The window, as main() opens it with --bookmark.
        CommandLine cl = CommandLine::parse({QStringLiteral("lacviewer"), QStringLiteral("--bookmark"), b.name});
        QCOMPARE(cl.mode, CommandLine::Mode::Gui);
        QCOMPARE(cl.applyBookmark(storePath), QString());
        WindowFixture fixture(m_atlas, cl.request.date, {1300, 850});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.applyRequest(cl.request);
        QCOMPARE(time.date(), QDate(2022, 9, 12));
        QCOMPARE(time.window(), TimeCursor::Window::Instant);
        QCOMPARE(w.canvas()->settings().hiddenLayers, QSet<QString>{QStringLiteral("roads")});
        // Framed as --extent frames it (clear of the legend): the same view.
        const MapSettings opened = w.canvas()->settings();
        ViewRequest byExtent;
        byExtent.extent = b.extent;
        byExtent.viewSet = true;
        w.canvas()->resetView();
        w.applyRequest(byExtent);
        QCOMPARE(w.canvas()->settings().center, opened.center);
        QCOMPARE(w.canvas()->settings().metresPerPixel, opened.metresPerPixel);
        const QRectF shown = QRectF(opened.transform().toMap(QPointF(0, 0)),
                                    opened.transform().toMap(QPointF(opened.size.width(), opened.size.height())))
                                 .normalized();
        QVERIFY(shown.contains(Atlas::projectedBounds(b.extent)));

        // Headless: the same map as the view's own options give.
        const QString viaBookmark = m_dir.filePath(QStringLiteral("bookmark.png")),
                      viaOptions = m_dir.filePath(QStringLiteral("options.png"));
        auto run = TestSupport::lacviewer({QStringLiteral("--export"), viaBookmark, QStringLiteral("--bookmark"), b.name,
                                           QStringLiteral("--size"), QStringLiteral("700x500")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = TestSupport::lacviewer({QStringLiteral("--export"), viaOptions, QStringLiteral("--extent"),
                                      QStringLiteral("78.6,34.2,79.1,34.6"), QStringLiteral("--date"),
                                      QStringLiteral("2022-09-12"), QStringLiteral("--window"), QStringLiteral("instant"),
                                      QStringLiteral("--hide-layer"), QStringLiteral("roads"), QStringLiteral("--size"),
                                      QStringLiteral("700x500")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(TestSupport::contents(viaBookmark), TestSupport::contents(viaOptions));

        // Unknown: exit 2, naming the bookmarks there are.
        run = TestSupport::lacviewer({QStringLiteral("--export"), viaBookmark, QStringLiteral("--bookmark"),
                                      QStringLiteral("Nowhere")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("lacviewer: --bookmark: no bookmark \"Nowhere\"; saved bookmarks: ")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(b.name));
        // In the chosen language, as the command line's other errors.
        run = TestSupport::lacviewer({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--export"),
                                      viaBookmark, QStringLiteral("--bookmark"), QStringLiteral("Nowhere")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("lacviewer: --bookmark：没有书签“Nowhere”；已保存的书签：")),
                 qPrintable(run.err));
        run = TestSupport::lacviewer({QStringLiteral("--status"), QStringLiteral("--bookmark"), b.name});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--bookmark goes with the window or an export")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestBookmarkWindow)
#include "tst_bookmarkwindow.moc"
