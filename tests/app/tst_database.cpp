// A PostGIS table of dated events against a real server: the throw-away
// cluster CTest starts (tests/pg/pg-cluster.sh, the "postgis" fixture).
// The same generated events go into the table and into a GeoJSON file, and
// what the database layer counts and draws must equal what the file gives;
// a NOTIFY refreshes the layer; a dropped connection is reported and
// retried with the layer kept; a SELECT-only role can view; the command
// line exports from the table and talks to nothing but the database.

#include "TestSupport.h"
#include "WindowFixture.h"
#include "DatabaseLayerController.h"
#include "DatabaseLayers.h"
#include "DatabasePainter.h"
#include "DatabaseQuery.h"
#include "LayerPanel.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "PgConnection.h"
#include "PgSource.h"
#include "Projection.h"
#include "UserLayerLoader.h"

#include <QTreeWidget>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <cmath>
#include <QtTest>

namespace {

struct Generated
{
    double lon, lat;
    QDate day;
};

// Deterministic events: a dense cluster near Galwan, the rest spread over
// the region, over four years.
std::vector<Generated> generate(int n)
{
    std::vector<Generated> out;
    quint64 state = 12345;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);
    };
    for (int i = 0; i < n; ++i) {
        Generated g;
        if (i % 5 < 2) {
            g.lon = 78.2 + 0.05 * next();
            g.lat = 34.7 + 0.05 * next();
        } else {
            g.lon = 77.5 + 2.5 * next();
            g.lat = 32.6 + 2.8 * next();
        }
        g.day = QDate(2020, 1, 1).addDays(qint64(next() * 1460));
        out.push_back(g);
    }
    return out;
}

QString pgDir() { return qEnvironmentVariable("LAC_PG_DIR"); }

QString admin() { return QStringLiteral("host=%1 port=5439 dbname=lac user=lac").arg(pgDir()); }

QString layerString(const QString &extra = QString(), const QString &user = QStringLiteral("lac"))
{
    return QStringLiteral("PG:host=%1 port=5439 dbname=lac user=%2 tables=events date=day %3")
        .arg(pgDir(), user, extra).trimmed();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PgConnection> m_admin;
    std::vector<Generated> m_events;
    AtlasPtr m_atlas;
    UserLayerPtr m_file;

    void sql(const QString &statement)
    {
        PgRows rows;
        QString error;
        QVERIFY2(m_admin->query(statement, {}, &rows, &error) == PgConnection::Outcome::Ok,
                 qPrintable(statement + QStringLiteral(": ") + error));
    }

    MapSettings view(const QPointF &lonLat, double metresPerPixel, const QDate &date, int windowDays)
    {
        MapSettings s;
        s.size = QSize(600, 450);
        QPointF c;
        Projection::instance().forward(GeoPoint{lonLat.x(), lonLat.y()}, &c);
        s.center = c;
        s.metresPerPixel = metresPerPixel;
        s.date = date;
        s.window = windowDays > 0 ? TimeCursor::Window::LastDays : TimeCursor::Window::Cumulative;
        s.windowDays = windowDays;
        s.legend = false;
        return s;
    }

    // The file's events active in the view's window inside box (lon/lat),
    // as PostGIS's && sees a box: in float, the box rounded outward, each
    // point to the float interval around it.
    static float down(double v)
    {
        const float f = float(v);
        return double(f) > v ? std::nextafter(f, -HUGE_VALF) : f;
    }
    static float up(double v)
    {
        const float f = float(v);
        return double(f) < v ? std::nextafter(f, HUGE_VALF) : f;
    }
    quint64 fileCount(const QRectF &box, const MapSettings &s) const
    {
        quint64 n = 0;
        const QDate from = s.windowStart();
        const float x0 = down(box.left()), x1 = up(box.right()), y0 = down(box.top()), y1 = up(box.bottom());
        for (const Generated &g : m_events)
            if (down(g.lon) <= x1 && up(g.lon) >= x0 && down(g.lat) <= y1 && up(g.lat) >= y0 && g.day <= s.date
                && (!from.isValid() || g.day >= from))
                ++n;
        return n;
    }

    std::shared_ptr<const PgSource> source(const QString &text)
    {
        std::shared_ptr<const PgSource> s;
        QString error;
        auto db = DatabaseLayerController::openDatabase(text, &s, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return s;
    }

private slots:
    void initTestCase()
    {
        if (pgDir().isEmpty())
            QFAIL("LAC_PG_DIR is not set: run this test through ctest, whose fixture (pg_start, "
                  "tests/pg/pg-cluster.sh) starts the PostgreSQL + PostGIS test server");
        m_admin = std::make_unique<PgConnection>(admin());
        QString error;
        if (!m_admin->open(&error))
            QFAIL(qPrintable(QStringLiteral("no PostgreSQL test server on %1 (%2): run through ctest, whose "
                                            "fixture pg_start starts it (needs postgresql-15, "
                                            "postgresql-15-postgis-3: bash .ci/deps.sh)").arg(pgDir(), error)));
        QString first;
        m_atlas = TestSupport::bundledAtlas(&first);
        QVERIFY2(m_atlas, qPrintable(first));
        m_events = generate(20000);
        // The table as docs/data-format.md lays it out, with its indexes and trigger.
        sql(QStringLiteral("DROP TABLE IF EXISTS events"));
        sql(QStringLiteral("CREATE TABLE events (id serial PRIMARY KEY, name text, day date NOT NULL, "
                           "geom geometry(Point, 4326) NOT NULL)"));
        QString values;
        QFile f(m_dir.filePath(QStringLiteral("events.geojson")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"FeatureCollection\", \"features\": [\n");
        for (size_t i = 0; i < m_events.size(); ++i) {
            const Generated &g = m_events[i];
            const QString lon = QString::number(g.lon, 'g', 17), lat = QString::number(g.lat, 'g', 17);
            const QString day = g.day.toString(Qt::ISODate);
            f.write(QStringLiteral("%1{\"type\": \"Feature\", \"properties\": {\"name\": \"event %2\", \"day\": \"%3\"}, "
                                   "\"geometry\": {\"type\": \"Point\", \"coordinates\": [%4, %5]}}\n")
                        .arg(i ? QStringLiteral(",") : QString()).arg(i).arg(day, lon, lat).toUtf8());
            values += QStringLiteral("%1('event %2', '%3', ST_SetSRID(ST_MakePoint(%4, %5), 4326))")
                          .arg(values.isEmpty() ? QString() : QStringLiteral(",")).arg(i).arg(day, lon, lat);
            if ((i + 1) % 2000 == 0) {
                sql(QStringLiteral("INSERT INTO events (name, day, geom) VALUES ") + values);
                values.clear();
            }
        }
        f.write("]}\n");
        f.close();
        sql(QStringLiteral("CREATE INDEX events_geom ON events USING gist (geom)"));
        sql(QStringLiteral("CREATE INDEX events_day ON events (day)"));
        sql(QStringLiteral("CREATE OR REPLACE FUNCTION events_notify() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN PERFORM pg_notify('events_changed', TG_OP); RETURN NULL; END $$"));
        sql(QStringLiteral("CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OR DELETE ON events "
                           "FOR EACH STATEMENT EXECUTE FUNCTION events_notify()"));
        sql(QStringLiteral("ANALYZE events"));
        auto layer = std::make_shared<UserLayer>();
        const LoadResult read = UserLayerLoader().load(f.fileName(), {QStringLiteral("day"), {}}, layer.get());
        QVERIFY2(read.ok() && layer->events, qPrintable(read.errors.isEmpty() ? QString() : read.errors.front().toString()));
        QCOMPARE(layer->events->size(), m_events.size());
        m_file = layer;
    }

    void connectionStrings()
    {
        PgSource s;
        QString error;
        QVERIFY(PgSource::parse(QStringLiteral("PG:service=team tables=public.events date=day refresh=30"), &s, &error));
        QCOMPARE(s.schema, QStringLiteral("public"));
        QCOMPARE(s.table, QStringLiteral("events"));
        QCOMPARE(s.refreshSeconds, 30);
        QCOMPARE(s.qualifiedTable(), QStringLiteral("\"public\".\"events\""));
        QVERIFY(s.conninfo.contains(QStringLiteral("service='team'")));
        QVERIFY(!s.conninfo.contains(QStringLiteral("tables")));
        QVERIFY(!PgSource::parse(QStringLiteral("PG:dbname=lac password=secret tables=events"), &s, &error));
        QVERIFY2(error.contains(QStringLiteral("~/.pgpass")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));   // never echoed
        QVERIFY(!PgSource::parse(QStringLiteral("PG:dbname=lac"), &s, &error));
        QVERIFY2(error.contains(QStringLiteral("tables=")), qPrintable(error));
        QVERIFY(!PgSource::parse(QStringLiteral("PG:dbname=lac tables=events;drop"), &s, &error));
        QVERIFY(!PgSource::parse(QStringLiteral("PG:dbname=lac tables=events sslkey=/x"), &s, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown key")), qPrintable(error));
    }

    // Whole region, cumulative: counts per cell, summed on the server.
    void countsEqualTheFile_data()
    {
        QTest::addColumn<double>("mpp");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("windowDays");
        QTest::newRow("region, cumulative") << 800.0 << QDate(2023, 6, 1) << 0;
        QTest::newRow("region, 90 days") << 800.0 << QDate(2021, 3, 1) << 90;
        QTest::newRow("Galwan, one day (rows)") << 20.0 << QDate(2022, 2, 2) << 1;
        QTest::newRow("Galwan, 30 days (rows)") << 20.0 << QDate(2022, 2, 2) << 30;
    }
    void countsEqualTheFile()
    {
        QFETCH(double, mpp);
        QFETCH(QDate, date);
        QFETCH(int, windowDays);
        auto src = source(layerString());
        QVERIFY(src);
        const MapSettings s = view(QPointF(78.22, 34.72), mpp, date, windowDays);
        const DatabaseView v = DatabasePainter::viewOf(s);
        PgConnection db(src->conninfo);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        DatabaseSnapshot snap;
        QVERIFY2(DatabaseQuery::fetch(db, src, v, &snap, &error) == DatabaseQuery::Outcome::Ok, qPrintable(error));
        const quint64 expected = fileCount(DatabaseQuery::lonLatBox(v.extent), s);
        QVERIFY(expected > 0);
        QCOMPARE(snap.total, expected);
        QCOMPARE(int(snap.kind), int(expected > quint64(DatabaseQuery::kMaxRows) ? DatabaseSnapshot::Kind::Cells
                                                                                  : DatabaseSnapshot::Kind::Rows));
    }

    // Scrub steps count only the days that enter or leave the window: the
    // counts after each step still equal the file's.
    void stepsCountOnlyTheChange_data()
    {
        QTest::addColumn<int>("windowDays");
        QTest::newRow("cumulative") << 0;
        QTest::newRow("30 days") << 30;
        QTest::newRow("one day") << 1;
    }
    void stepsCountOnlyTheChange()
    {
        QFETCH(int, windowDays);
        Document doc(m_atlas);
        std::shared_ptr<const PgSource> src;
        QString error;
        auto db = DatabaseLayerController::openDatabase(layerString(), &src, &error);
        QVERIFY2(db, qPrintable(error));
        DatabaseLayerController c(&doc, src, std::move(db));
        QSignalSpy refreshed(&c, &DatabaseLayerController::refreshed);
        MapSettings s = view(QPointF(78.7, 34.0), 700.0, QDate(2022, 6, 1), windowDays);
        const QRectF box = DatabaseQuery::lonLatBox(DatabasePainter::viewOf(s).extent);
        for (const QDate &d : {QDate(2022, 6, 1), QDate(2022, 6, 2), QDate(2022, 7, 2), QDate(2021, 1, 15),
                               QDate(2021, 1, 14), QDate(2023, 3, 3)}) {
            s.date = d;
            refreshed.clear();
            c.setView(DatabasePainter::viewOf(s));
            QVERIFY(refreshed.wait(20000));
            const DatabaseSnapshot &snap = *doc.layer(0)->layer->database;
            QCOMPARE(snap.view.to, d);
            QCOMPARE(snap.total, fileCount(box, s));
            if (snap.kind == DatabaseSnapshot::Kind::Cells) {
                quint64 sum = 0;
                for (quint32 n : snap.cellCount)
                    sum += n;
                QCOMPARE(sum, snap.total);
            }
        }
    }

    // Zoomed in, the rows are drawn exactly as the file's events are.
    void rowsDrawAsTheFile()
    {
        auto src = source(layerString());
        QVERIFY(src);
        MapSettings s = view(QPointF(78.22, 34.72), 25.0, QDate(2022, 2, 2), 60);
        s.layers.user.push_back({DatabaseLayerController::emptyLayer(src)});
        QString error;
        QVERIFY2(DatabaseLayerController::fetchInto(&s.layers, DatabasePainter::viewOf(s), &error), qPrintable(error));
        QCOMPARE(int(s.layers.user[0]->database->kind), int(DatabaseSnapshot::Kind::Rows));
        QVERIFY(s.layers.user[0]->database->total > 20);
        MapSettings f = s;
        f.layers.user = {LayerEntry{m_file}};
        const MapRenderer renderer(m_atlas);
        const QImage fromDb = renderer.renderImage(s), fromFile = renderer.renderImage(f);
        QVERIFY(TestSupport::pixelsNear(fromFile, MapStyle::userLayerColor()) > 50);
        QCOMPARE(fromDb, fromFile);
        MapSettings none = s;
        none.layers.user.clear();
        QVERIFY(renderer.renderImage(none) != fromDb);   // the events are what differs
    }

    // The whole region: the server's cells land in the renderer's cells
    // where the file's events do (within one cell either way).
    void cellsDrawWhereTheFileDoes()
    {
        auto src = source(layerString());
        QVERIFY(src);
        MapSettings s = view(QPointF(78.7, 34.0), 700.0, QDate(2023, 1, 1), 0);
        s.layers.user.push_back({DatabaseLayerController::emptyLayer(src)});
        QString error;
        QVERIFY2(DatabaseLayerController::fetchInto(&s.layers, DatabasePainter::viewOf(s), &error), qPrintable(error));
        QCOMPARE(int(s.layers.user[0]->database->kind), int(DatabaseSnapshot::Kind::Cells));
        MapSettings f = s;
        f.layers.user = {LayerEntry{m_file}};
        MapSettings none = s;
        none.layers.user.clear();
        const MapRenderer renderer(m_atlas);
        const QImage db = renderer.renderImage(s), file = renderer.renderImage(f), base = renderer.renderImage(none);
        // 8 px blocks that differ from the map without the layer.
        auto blocks = [&base](const QImage &img) {
            QSet<QPoint> out;   // as (x, y) block indexes
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    if (img.pixel(x, y) != base.pixel(x, y))
                        out.insert(QPoint(x / 8, y / 8));
            return out;
        };
        const QSet<QPoint> a = blocks(db), b = blocks(file);
        QVERIFY(b.size() > 100);
        auto near = [](const QSet<QPoint> &set, const QPoint &p) {
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    if (set.contains(p + QPoint(dx, dy)))
                        return true;
            return false;
        };
        int missing = 0, extra = 0;
        for (const QPoint &p : b)
            missing += !near(a, p);
        for (const QPoint &p : a)
            extra += !near(b, p);
        QCOMPARE(missing, 0);
        QCOMPARE(extra, 0);
    }

    // A new row, notified by the trigger, appears without asking.
    void notifyRefreshes()
    {
        Document doc(m_atlas);
        std::shared_ptr<const PgSource> src;
        QString error;
        auto db = DatabaseLayerController::openDatabase(layerString(QStringLiteral("notify=events_changed")), &src, &error);
        QVERIFY2(db, qPrintable(error));
        DatabaseLayerController c(&doc, src, std::move(db));
        QCOMPARE(doc.layerCount(), 1);
        QSignalSpy refreshed(&c, &DatabaseLayerController::refreshed);
        const MapSettings s = view(QPointF(77.0 + 0.5, 33.0), 30.0, QDate(2024, 5, 1), 1);
        c.setView(DatabasePainter::viewOf(s));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(doc.layer(0)->layer->database->total, quint64(0));
        QTest::qWait(300);   // the listener is listening
        sql(QStringLiteral("INSERT INTO events (name, day, geom) VALUES ('new', '2024-05-01', "
                           "ST_SetSRID(ST_MakePoint(77.5, 33.0), 4326))"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.layer(0)->layer->database->total, quint64(1), 10000);
        QCOMPARE(doc.layer(0)->layer->events->inlineAttributes.at(0).value(QStringLiteral("name")).toString(),
                 QStringLiteral("new"));
        sql(QStringLiteral("DELETE FROM events WHERE name = 'new'"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.layer(0)->layer->database->total, quint64(0), 10000);
    }

    // pg_terminate_backend: reported, the layer kept, then back by itself.
    void droppedConnectionIsRetried()
    {
        Document doc(m_atlas);
        std::shared_ptr<const PgSource> src;
        QString error;
        auto db = DatabaseLayerController::openDatabase(layerString(), &src, &error);
        QVERIFY2(db, qPrintable(error));
        DatabaseLayerController c(&doc, src, std::move(db));
        QSignalSpy refreshed(&c, &DatabaseLayerController::refreshed), problem(&c, &DatabaseLayerController::problem);
        MapSettings s = view(QPointF(78.22, 34.72), 25.0, QDate(2022, 2, 2), 60);
        c.setView(DatabasePainter::viewOf(s));
        QVERIFY(refreshed.wait(10000));
        const quint64 total = doc.layer(0)->layer->database->total;
        QVERIFY(total > 0);
        sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE application_name = 'lacviewer' AND pid <> pg_backend_pid()"));
        s.date = QDate(2022, 2, 3);
        c.setView(DatabasePainter::viewOf(s));
        QTRY_VERIFY_WITH_TIMEOUT(!problem.isEmpty(), 10000);
        QVERIFY2(problem.first().at(0).toString().contains(QStringLiteral("connection lost")),
                 qPrintable(problem.first().at(0).toString()));
        QCOMPARE(doc.layerCount(), 1);
        QVERIFY(!doc.layer(0)->layer->database->problem.isEmpty());
        QCOMPARE(doc.layer(0)->layer->database->total, total);   // the last answer still shown
        refreshed.clear();
        QVERIFY(refreshed.wait(15000));   // the retry, 2 s later
        QVERIFY(doc.layer(0)->layer->database->problem.isEmpty());
        QCOMPARE(doc.layer(0)->layer->database->view.to, QDate(2022, 2, 3));
    }

    // SELECT is all the viewer needs; the role cannot write.
    void readOnlyRoleViews()
    {
        sql(QStringLiteral("GRANT SELECT ON events TO reader"));
        auto src = source(layerString(QString(), QStringLiteral("reader")));
        QVERIFY(src);
        PgConnection db(src->conninfo);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        DatabaseSnapshot snap;
        const MapSettings s = view(QPointF(78.22, 34.72), 800.0, QDate(2023, 6, 1), 0);
        QVERIFY2(DatabaseQuery::fetch(db, src, DatabasePainter::viewOf(s), &snap, &error) == DatabaseQuery::Outcome::Ok,
                 qPrintable(error));
        QVERIFY(snap.total > 0);
        PgRows rows;
        QVERIFY(db.query(QStringLiteral("INSERT INTO events (name, day, geom) VALUES ('x', '2020-01-01', "
                                        "ST_SetSRID(ST_MakePoint(78, 34), 4326))"), {}, &rows, &error)
                == PgConnection::Outcome::Failed);
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    }

    // File › Open Database… and the layer list: when it last refreshed.
    void windowShowsTheLayer()
    {
        WindowFixture fixture(m_atlas, QDate(2022, 2, 2), {1200, 800});
        QVERIFY(fixture.show());
        MainWindow &w = fixture.w;
        QSignalSpy opened(w.databases(), &DatabaseLayers::opened);
        QVERIFY(w.openLayer(layerString()));
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
        QCOMPARE(fixture.doc.layerCount(), 1);
        auto *list = w.layerPanel()->findChild<QTreeWidget *>(QStringLiteral("layerList"));
        QVERIFY(list);
        QTRY_VERIFY2_WITH_TIMEOUT(list->topLevelItem(0)->text(0).contains(QStringLiteral("refreshed")),
                                  qPrintable(list->topLevelItem(0)->text(0)), 10000);
        QVERIFY2(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("events in lac")),
                 qPrintable(list->topLevelItem(0)->text(0)));
        // A scrub step asks again: the layer follows the date.
        fixture.time.setDate(QDate(2021, 5, 5));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.doc.layer(0)->layer->database->view.to, QDate(2021, 5, 5), 10000);
        QCOMPARE(fixture.doc.layer(0)->layer->database->total,
                 fileCount(DatabaseQuery::lonLatBox(fixture.doc.layer(0)->layer->database->view.extent),
                           w.canvas()->settings()));
    }

    // The command line exports from the table, and only the database is
    // contacted: with every proxy variable pointing at a local server,
    // nothing reaches it, and the database's log has the connection.
    void commandLineTalksOnlyToTheDatabase()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&http, &QTcpServer::newConnection, this, [&] { ++connections; });
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(http.serverPort());
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy",
                                 "GDAL_HTTP_PROXY"})
            qputenv(name, proxy.toUtf8());
        const QString logPath = pgDir() + QStringLiteral("/server.log");
        const qint64 logBefore = QFileInfo(logPath).size();
        const QString fromDb = m_dir.filePath(QStringLiteral("db.png")), fromFile = m_dir.filePath(QStringLiteral("file.png"));
        const QStringList common{QStringLiteral("--date"), QStringLiteral("2022-02-02"), QStringLiteral("--window"),
                                 QStringLiteral("60"), QStringLiteral("--extent"), QStringLiteral("78.15,34.65,78.3,34.8"),
                                 QStringLiteral("--no-legend"), QStringLiteral("--size"), QStringLiteral("600x450"),
                                 QStringLiteral("--force")};
        const TestSupport::Run a = TestSupport::lacviewer(QStringList{QStringLiteral("--export"), fromDb} + common
                                                          + QStringList{layerString()});
        QVERIFY2(a.code == 0, qPrintable(a.err));
        const TestSupport::Run b = TestSupport::lacviewer(QStringList{QStringLiteral("--export"), fromFile} + common
                                                          + QStringList{m_dir.filePath(QStringLiteral("events.geojson"))});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QCoreApplication::processEvents();
        QCOMPARE(connections, 0);
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy",
                                 "GDAL_HTTP_PROXY"})
            qunsetenv(name);
        const QImage db(fromDb), file(fromFile);
        QVERIFY(TestSupport::pixelsNear(file, MapStyle::userLayerColor()) > 50);
        QCOMPARE(db, file);
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        log.seek(logBefore);
        const QString since = QString::fromUtf8(log.readAll());
        QVERIFY2(since.contains(QStringLiteral("application_name=lacviewer")), qPrintable(since.right(2000)));
    }
};

QTEST_MAIN(TestDatabase)
#include "tst_database.moc"
