// Bookmarks as a user keeps them: saved, renamed, deleted, exported and
// imported back the same; a bad file refused whole with its name and what
// is wrong; a damaged store moved aside; and what a bookmark asks of the
// view, with the command line's own options winning.

#include "Bookmark.h"
#include "BookmarkFile.h"
#include "BookmarkStore.h"
#include "ViewRequest.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Bookmark galwan()
{
    Bookmark b;
    b.name = QStringLiteral("Galwan, June 2020");
    b.extent = QRectF(QPointF(78.1, 34.6), QPointF(78.5, 34.9));
    b.date = QDate(2020, 6, 20);
    b.window = TimeCursor::Window::LastDays;
    b.windowDays = 14;
    b.hiddenLayers = {QStringLiteral("roads"), QStringLiteral("terrain")};
    return b;
}

Bookmark depsangCompared()
{
    Bookmark b;
    b.name = QStringLiteral("Depsang before/after");
    b.extent = QRectF(QPointF(77.8, 35.2), QPointF(78.4, 35.7));
    b.date = QDate(2024, 11, 20);
    b.compareA = QDate(2020, 6, 1);
    b.compareB = QDate(2024, 11, 20);
    return b;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveRenameDeleteExportImport()
    {
        const QString store = path("store.json");
        {
            BookmarkStore s(store);
            QVERIFY(s.bookmarks().isEmpty());
            QSignalSpy changed(&s, &BookmarkStore::changed);
            QCOMPARE(s.add(galwan()), QString());
            QCOMPARE(s.add(depsangCompared()), QString());
            QCOMPARE(changed.size(), 2);
            QCOMPARE(s.rename(0, QStringLiteral("  Galwan clash  ")), QString());
            QCOMPARE(s.bookmarks()[0].name, QStringLiteral("Galwan clash"));
            // A name in use is refused, and nothing changes.
            QVERIFY(s.rename(1, QStringLiteral("Galwan clash")).contains(QStringLiteral("exists already")));
            QVERIFY(!s.rename(1, QStringLiteral("   ")).isEmpty());
            QCOMPARE(s.exportTo(path("exported.json")), QString());
            QCOMPARE(s.remove(0), QString());
            QCOMPARE(BookmarkFile::names(s.bookmarks()), QStringList{QStringLiteral("Depsang before/after")});
        }
        // The store was written after every change: a new one reads it back.
        BookmarkStore again(store);
        QCOMPARE(again.problem(), QString());
        QCOMPARE(again.bookmarks().size(), 1);
        QCOMPARE(again.bookmarks()[0], depsangCompared());

        // Import merges: the exported Depsang replaces its namesake, Galwan comes back.
        int count = 0;
        QCOMPARE(again.importFrom(path("exported.json"), &count), QString());
        QCOMPARE(count, 2);
        Bookmark renamed = galwan();
        renamed.name = QStringLiteral("Galwan clash");
        QCOMPARE(again.bookmarks(), (QList<Bookmark>{depsangCompared(), renamed}));
        // Adding under a name in use replaces that bookmark.
        Bookmark moved = renamed;
        moved.date = QDate(2021, 1, 1);
        QCOMPARE(again.add(moved), QString());
        QCOMPARE(again.bookmarks().size(), 2);
        QCOMPARE(again.bookmarks()[1].date, QDate(2021, 1, 1));
    }

    void jsonIsWhatDataFormatSays()
    {
        const QByteArray json = BookmarkFile::toJson({galwan(), depsangCompared()});
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("lacviewer-bookmarks")).toInt(), 1);
        const QJsonObject first = root.value(QStringLiteral("bookmarks")).toArray()[0].toObject();
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2020-06-20"));
        QCOMPARE(first.value(QStringLiteral("window")).toInt(), 14);
        QCOMPARE(first.value(QStringLiteral("extent")).toArray().size(), 4);
        QCOMPARE(first.value(QStringLiteral("extent")).toArray()[0].toDouble(), 78.1);
        QVERIFY(!first.contains(QStringLiteral("compare")));
        const QJsonObject second = root.value(QStringLiteral("bookmarks")).toArray()[1].toObject();
        QCOMPARE(second.value(QStringLiteral("window")).toString(), QStringLiteral("cumulative"));
        QCOMPARE(second.value(QStringLiteral("compare")).toArray()[1].toString(), QStringLiteral("2024-11-20"));
    }

    void badFilesAreRefusedWithFileAndReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken JSON") << QByteArray("{\n  \"lacviewer-bookmarks\": 1,\n  \"bookmarks\": [\n    {\"name\": }\n  ]\n}")
                                     << QStringLiteral("bad.json:4: not JSON");
        QTest::newRow("not ours") << QByteArray("{\"type\": \"FeatureCollection\"}")
                                  << QStringLiteral("bad.json: not a LAC Viewer bookmarks file");
        const QByteArray head("{\"lacviewer-bookmarks\": 1, \"bookmarks\": [");
        QTest::newRow("bad date")
            << head + "{\"name\": \"A\", \"extent\": [78, 34, 79, 35], \"date\": \"2020-02-30\"}]}"
            << QStringLiteral("bad.json: bookmark 1 \"A\": \"date\":");
        QTest::newRow("extent outside")
            << head + "{\"name\": \"A\", \"extent\": [10, 34, 79, 35], \"date\": \"2020-06-01\"}]}"
            << QStringLiteral("bad.json: bookmark 1 \"A\": \"extent\" lies outside the map's data");
        QTest::newRow("extent reversed")
            << head + "{\"name\": \"A\", \"extent\": [79, 34, 78, 35], \"date\": \"2020-06-01\"}]}"
            << QStringLiteral("\"extent\" is not [west, south, east, north]");
        QTest::newRow("no name")
            << head + "{\"name\": \"A\", \"extent\": [78, 34, 79, 35], \"date\": \"2020-06-01\"}, {\"date\": \"2020-06-01\"}]}"
            << QStringLiteral("bad.json: bookmark 2: \"name\" is missing or empty");
        QTest::newRow("twice")
            << head + "{\"name\": \"A\", \"extent\": [78, 34, 79, 35], \"date\": \"2020-06-01\"},"
                      "{\"name\": \"A\", \"extent\": [78, 34, 79, 35], \"date\": \"2020-06-02\"}]}"
            << QStringLiteral("bad.json: bookmark 2 \"A\": the name is used twice");
        QTest::newRow("bad window")
            << head + "{\"name\": \"A\", \"extent\": [78, 34, 79, 35], \"date\": \"2020-06-01\", \"window\": \"weekly\"}]}"
            << QStringLiteral("\"window\" is not");
        QTest::newRow("compare reversed")
            << head + "{\"name\": \"A\", \"extent\": [78, 34, 79, 35], \"date\": \"2020-06-01\", "
                      "\"compare\": [\"2024-01-01\", \"2020-01-01\"]}]}"
            << QStringLiteral("\"compare\": A 2024-01-01 is after B 2020-01-01");
    }

    void badFilesAreRefusedWithFileAndReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString bad = path("bad.json");
        write(bad, json);
        BookmarkStore s(path("kept.json"));
        QCOMPARE(s.add(galwan()), QString());
        const QString why = s.importFrom(bad);
        QVERIFY2(why.startsWith(bad.left(bad.size() - QStringLiteral("bad.json").size())), qPrintable(why));
        QVERIFY2(why.contains(expected), qPrintable(why));
        // Nothing was read in part: the store is as it was.
        QCOMPARE(s.bookmarks(), QList<Bookmark>{galwan()});
        QVERIFY(!s.importFrom(path("missing.json")).isEmpty());
    }

    void aDamagedStoreIsMovedAsideNotOverwritten()
    {
        const QString store = path("damaged.json");
        write(store, QByteArray("{ this is not json"));
        BookmarkStore s(store);
        QVERIFY(s.bookmarks().isEmpty());
        QVERIFY2(s.problem().contains(QStringLiteral("moved aside")), qPrintable(s.problem()));
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("damaged.json.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir.filePath(aside[0]));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ this is not json"));
        QCOMPARE(s.add(galwan()), QString());
        QCOMPARE(BookmarkStore(store).bookmarks(), QList<Bookmark>{galwan()});
    }

    void aSaveThatCannotBeWrittenSaysWhere()
    {
        BookmarkStore s(QStringLiteral("/proc/lacviewer-no-such-dir/bookmarks.json"));
        const QString why = s.add(galwan());
        QVERIFY2(why.startsWith(QStringLiteral("/proc/lacviewer-no-such-dir/bookmarks.json: cannot be written")),
                 qPrintable(why));
    }

    void theCommandLineWinsOverTheBookmark()
    {
        ViewRequest plain;
        galwan().applyTo(plain);
        QCOMPARE(plain.extent, galwan().extent);
        QVERIFY(plain.viewSet);
        QCOMPARE(plain.date, QDate(2020, 6, 20));
        QCOMPARE(plain.window, TimeCursor::Window::LastDays);
        QCOMPARE(plain.windowDays, 14);
        QCOMPARE(plain.hiddenLayers, galwan().hiddenLayers);
        QVERIFY(plain.layersSet);
        QVERIFY(!plain.compares());

        ViewRequest own;
        own.date = QDate(2021, 2, 2);
        own.view = QStringLiteral("depsang");
        own.viewSet = true;
        own.hiddenLayers = {QStringLiteral("places")};
        depsangCompared().applyTo(own);
        QCOMPARE(own.date, QDate(2021, 2, 2));
        QVERIFY(own.extent.isNull());
        QVERIFY(!own.compares());   // its own --date: no comparison
        QCOMPARE(own.hiddenLayers, QStringList{QStringLiteral("places")});

        ViewRequest compared;
        depsangCompared().applyTo(compared);
        QCOMPARE(compared.compareA, QDate(2020, 6, 1));
        QCOMPARE(compared.compareB, QDate(2024, 11, 20));
    }
};

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
