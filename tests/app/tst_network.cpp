// No network, ever. A local HTTP server on 127.0.0.1, started here on its
// own thread and answering every request with a valid GeoJSON layer, must
// see no request while the viewer opens remote paths, files that point at
// it (KML NetworkLink, GML xlink:href and WFS schema, GeoJSON CRS link, OGR
// VRT source), or GDAL is asked for it directly. A control run through
// plain GDAL (ogrinfo) shows the server is reachable and the files would
// fetch from it if nothing stopped them.

#include "TestSupport.h"
#include "AtlasLoader.h"
#include "DatabaseLayers.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "TimeCursor.h"

#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cpl_conv.h>
#include <cpl_http.h>
#include <gdal.h>
#include <ogr_srs_api.h>

namespace {

// An HTTP server on its own thread, so it can answer while the test thread
// is blocked inside GDAL. It records the request line of every connection.
class Server : public QObject
{
public:
    Server()
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~Server() override
    {
        QMetaObject::invokeMethod(this, [this] { delete m_server; m_server = nullptr; },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path);
    }
    QStringList requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int connections() const
    {
        QMutexLocker lock(&m_mutex);
        return m_connections;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
        m_connections = 0;
    }

private:
    void listen()
    {
        m_server = new QTcpServer;
        if (m_server->listen(QHostAddress::LocalHost, 0))
            m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                {
                    QMutexLocker lock(&m_mutex);
                    ++m_connections;
                }
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray head = s->readAll();
                    {
                        QMutexLocker lock(&m_mutex);
                        m_requests << QString::fromLatin1(head.left(head.indexOf('\r')));
                    }
                    const QByteArray body = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": "
                                            "\"Feature\", \"properties\": {\"name\": \"from the network\"}, "
                                            "\"geometry\": {\"type\": \"Point\", \"coordinates\": [78.2, 34.75]}}]}";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/geo+json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
    int m_connections = 0;
};

QString joined(const DataErrors &errors)
{
    QStringList all;
    for (const DataError &e : errors)
        all << e.toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT
    std::unique_ptr<Server> m_server;
    QTemporaryDir m_dir;
    AtlasPtr m_bundled;

    QString file(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text.arg(m_server->port()).toUtf8());
        return path;
    }
    // Files that point at the server, written with its port.
    QString kmlNetworkLink()
    {
        return file(QStringLiteral("networklink.kml"), QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
            "<Placemark><name>local</name><Point><coordinates>78.2,34.75</coordinates></Point></Placemark>\n"
            "<NetworkLink><name>remote</name><Link><href>http://127.0.0.1:%1/networklink.kml</href>"
            "<refreshMode>onInterval</refreshMode><refreshInterval>1</refreshInterval></Link></NetworkLink>\n"
            "</Document></kml>\n"));
    }
    QString gmlXlink()
    {
        return file(QStringLiteral("xlink.gml"), QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ogr:FeatureCollection xmlns:ogr=\"http://ogr.maptools.org/\" "
            "xmlns:gml=\"http://www.opengis.net/gml\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
            "<gml:featureMember><ogr:p fid=\"p.0\"><ogr:geometryProperty><gml:Point srsName=\"EPSG:4326\">"
            "<gml:coordinates>78.2,34.75</gml:coordinates></gml:Point></ogr:geometryProperty>"
            "<ogr:name>local</ogr:name></ogr:p></gml:featureMember>\n"
            "<gml:featureMember xlink:href=\"http://127.0.0.1:%1/xlink.gml#f\"/>\n"
            "</ogr:FeatureCollection>\n"));
    }
    QString gmlWfsSchema()
    {
        return file(QStringLiteral("wfs.gml"), QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs\" "
            "xmlns:gml=\"http://www.opengis.net/gml\" xmlns:ms=\"http://mapserver.gis.umn.edu/mapserver\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://mapserver.gis.umn.edu/mapserver http://127.0.0.1:%1/wfs?"
            "SERVICE=WFS&amp;VERSION=1.0.0&amp;REQUEST=DescribeFeatureType&amp;TYPENAME=ms:x\">\n"
            "<gml:featureMember><ms:x><ms:geom><gml:Point srsName=\"EPSG:4326\"><gml:coordinates>"
            "78.2,34.75</gml:coordinates></gml:Point></ms:geom><ms:name>local</ms:name></ms:x>"
            "</gml:featureMember>\n</wfs:FeatureCollection>\n"));
    }
    QString geojsonCrsLink(const QString &name = QStringLiteral("crs-link.geojson"))
    {
        return file(name, QStringLiteral(
            "{\"type\": \"FeatureCollection\",\n"
            " \"crs\": {\"type\": \"link\", \"properties\": {\"href\": \"http://127.0.0.1:%1/crs\", \"type\": \"proj4\"}},\n"
            " \"features\": [{\"type\": \"Feature\", \"properties\": {}, "
            "\"geometry\": {\"type\": \"Point\", \"coordinates\": [78.2, 34.75]}}]}\n"));
    }
    QString geojsonUrlProperty()
    {
        return file(QStringLiteral("url-property.geojson"), QStringLiteral(
            "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\",\n"
            " \"properties\": {\"name\": \"x\", \"link\": \"http://127.0.0.1:%1/property\", "
            "\"href\": \"/vsicurl/http://127.0.0.1:%1/vsi-property\"},\n"
            " \"geometry\": {\"type\": \"Point\", \"coordinates\": [78.2, 34.75]}}]}\n"));
    }
    QString vrtSource()
    {
        return file(QStringLiteral("remote.vrt"), QStringLiteral(
            "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>/vsicurl/http://127.0.0.1:%1/vrt.geojson"
            "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n"));
    }

    void expectNoRequest(const char *what)
    {
        // Give a connection that was made the time to be seen.
        QTest::qWait(50);
        QVERIFY2(m_server->connections() == 0,
                 qPrintable(QStringLiteral("%1: the server was reached: %2")
                                .arg(QLatin1String(what), m_server->requests().join(QStringLiteral(", ")))));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QStandardPaths::setTestModeEnabled(true);
        // A user whose environment lets 127.0.0.1 bypass any proxy: the dead
        // proxy set in configureGdal() must not be what keeps GDAL offline.
        qputenv("no_proxy", "127.0.0.1,localhost");
        qputenv("NO_PROXY", "127.0.0.1,localhost");
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->port() != 0);
        QVERIFY(m_dir.isValid());
        LayerReader::configureGdal();
        DataErrors errors;
        m_bundled = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
        QVERIFY(m_bundled);
    }

    void init() { m_server->clear(); }

    void controlServerAnswers()
    {
        // The server is there and answers.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /control HTTP/1.0\r\n\r\n");
        QVERIFY(s.waitForReadyRead(5000));
        QVERIFY(s.readAll().contains("from the network"));
        QTRY_COMPARE(m_server->requests(), QStringList{QStringLiteral("GET /control HTTP/1.0")});
    }

    void controlPlainGdalWouldFetch()
    {
        // Plain GDAL (ogrinfo, not our process) does reach the server for
        // these: what is tested below is not a door that was already shut.
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty())
            QSKIP("ogrinfo (gdal-bin) is not installed");
        const QStringList cases = {m_server->url(QStringLiteral("plain.geojson")),
                                   geojsonCrsLink(QStringLiteral("control-crs-link.geojson")),
                                   gmlWfsSchema(), vrtSource()};
        for (const QString &target : cases) {
            m_server->clear();
            QProcess p;
            p.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), target});
            QVERIFY(p.waitForFinished(60000));
            QTRY_VERIFY2(m_server->connections() > 0, qPrintable(target));
        }
    }

    void remotePathsRefused_data()
    {
        QTest::addColumn<QString>("path");
        const QString port = QString::number(m_server->port());
        auto row = [&](const QString &p) { QTest::newRow(qPrintable(p)) << p; };
        row(QStringLiteral("/vsicurl/http://127.0.0.1:%1/x.geojson").arg(port));
        row(QStringLiteral("/vsicurl_streaming/http://127.0.0.1:%1/x.geojson").arg(port));
        row(QStringLiteral("http://127.0.0.1:%1/x.geojson").arg(port));
        row(QStringLiteral("https://127.0.0.1:%1/x.geojson").arg(port));
        row(QStringLiteral("  HTTP://127.0.0.1:%1/x.geojson").arg(port));
        row(QStringLiteral("ftp://127.0.0.1:%1/x.geojson").arg(port));
        row(QStringLiteral("/vsis3/bucket/x.geojson"));
        row(QStringLiteral("/vsigs/bucket/x.geojson"));
        row(QStringLiteral("/vsiaz/container/x.geojson"));
        row(QStringLiteral("/vsizip//vsicurl/http://127.0.0.1:%1/x.zip/x.geojson").arg(port));
        row(QStringLiteral("WFS:http://127.0.0.1:%1/wfs").arg(port));
        row(QStringLiteral("PG:host=127.0.0.1 port=%1 dbname=lac").arg(port));
        row(QStringLiteral("OAPIF:http://127.0.0.1:%1/").arg(port));
        row(QStringLiteral("//127.0.0.1/share/x.geojson"));
        row(QStringLiteral("\\\\127.0.0.1\\share\\x.geojson"));
    }
    void remotePathsRefused()
    {
        QFETCH(QString, path);
        RawLayer layer;
        DataErrors errors;
        QVERIFY(!TestSupport::readLayer(path, &layer, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().message.startsWith(QStringLiteral("refused: ")), qPrintable(joined(errors)));
        QVERIFY(layer.features.empty());
        expectNoRequest("LayerReader");
        // The window too.
        TimeCursor time;
        Document doc(m_bundled);
        MainWindow w(&doc, &time);
        if (path.startsWith(QLatin1String("PG:"))) {
            // The window opens a connection string as a database layer, which
            // talks to the one server the string names (tst_database shows it
            // contacts nothing else). This one is not PostgreSQL: the window
            // says so and adds no layer.
            QSignalSpy opened(w.databases(), &DatabaseLayers::opened);
            QVERIFY(w.openLayer(path));
            QVERIFY(opened.wait(20000));
            QVERIFY(!opened.first().at(0).toBool());
            QVERIFY(!opened.first().at(1).toString().isEmpty());
            QCOMPARE(doc.layerCount(), 0);
            return;
        }
        QVERIFY(!w.openLayer(path));
        expectNoRequest("MainWindow::openLayer");
    }

    void filesPointingAtTheServerRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("KML NetworkLink") << kmlNetworkLink() << "refused: a KML NetworkLink";
        QTest::newRow("GML xlink:href") << gmlXlink() << "refused: a link to \"http://127.0.0.1:";
        QTest::newRow("GeoJSON crs link") << geojsonCrsLink() << "refused: the \"crs\" member links to";
        QTest::newRow("GeoJSON crs link named .gpkg")
            << geojsonCrsLink(QStringLiteral("crs-link.gpkg")) << "refused: the \"crs\" member links to";
        QTest::newRow("OGR VRT with a /vsicurl/ source") << vrtSource() << "a format the viewer does not open";
    }
    void filesPointingAtTheServerRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        RawLayer layer;
        DataErrors errors;
        QVERIFY(!TestSupport::readLayer(path, &layer, &errors));
        QVERIFY2(joined(errors).contains(message), qPrintable(joined(errors)));
        QVERIFY(joined(errors).startsWith(path + QLatin1Char(':')));
        expectNoRequest("LayerReader");
    }

    void urlsInDataAreOnlyText()
    {
        // A URL in a property is data: the layer loads, nothing is fetched.
        const QString path = geojsonUrlProperty();
        RawLayer layer;
        DataErrors errors;
        QVERIFY2(TestSupport::readLayer(path, &layer, &errors), qPrintable(joined(errors)));
        QCOMPARE(layer.features[0].attributes.value(QStringLiteral("link")).toString(),
                 m_server->url(QStringLiteral("property")));
        expectNoRequest("a URL in a property");
        // A WFS schema named by a GML file is not downloaded; the local
        // features load.
        RawLayer gml;
        QVERIFY2(TestSupport::readLayer(gmlWfsSchema(), &gml, &errors), qPrintable(joined(errors)));
        QCOMPARE(int(gml.features.size()), 1);
        expectNoRequest("a GML file naming a WFS schema");
    }

    void gdalItselfIsOffline()
    {
        // Behind the refusals above, GDAL's own doors are shut: asked
        // directly (as a driver would be, from inside a file), it fetches
        // nothing, and the viewer records what it refused.
        const int before = LayerReader::refusedRequests().size();
        CPLPushErrorHandler(CPLQuietErrorHandler);
        const QByteArray vsicurl = "/vsicurl/" + m_server->url(QStringLiteral("direct.geojson")).toUtf8();
        QVERIFY(!GDALOpenEx(vsicurl.constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        const QByteArray plain = m_server->url(QStringLiteral("direct-plain.geojson")).toUtf8();
        QVERIFY(!GDALOpenEx(plain.constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        // A VRT whose source is /vsicurl/, opened with the VRT driver.
        const QByteArray vrt = QFile::encodeName(vrtSource());
        if (GDALDatasetH ds = GDALOpenEx(vrt.constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr)) {
            if (OGRLayerH l = GDALDatasetGetLayer(ds, 0))
                OGR_L_GetFeatureCount(l, TRUE);
            GDALClose(ds);
        }
        // CPLHTTPFetch, which CRS links, WFS schemas and xlink resolution use.
        CPLHTTPResult *r = CPLHTTPFetch(m_server->url(QStringLiteral("fetch")).toUtf8().constData(), nullptr);
        QVERIFY(r);
        QVERIFY(r->nStatus != 0 || r->nDataLen == 0);
        CPLHTTPDestroyResult(r);
        // A CRS from a URL.
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        QVERIFY(OSRImportFromUrl(srs, m_server->url(QStringLiteral("crs")).toUtf8().constData()) != OGRERR_NONE);
        OSRDestroySpatialReference(srs);
        // The GML driver told to resolve xlinks, bypassing the viewer's scan.
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "NONE");
        const QByteArray gml = QFile::encodeName(gmlXlink());
        if (GDALDatasetH ds = GDALOpenEx(gml.constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr))
            GDALClose(ds);
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLPopErrorHandler();
        expectNoRequest("GDAL called directly");
        QVERIFY(!OSRGetPROJEnableNetwork());
        const QStringList refused = LayerReader::refusedRequests().mid(before);
        QVERIFY2(refused.join(QLatin1Char(' ')).contains(QStringLiteral("direct.geojson")), qPrintable(refused.join(QLatin1Char(' '))));
        QVERIFY(refused.join(QLatin1Char(' ')).contains(QStringLiteral("/fetch")));
        QVERIFY(refused.join(QLatin1Char(' ')).contains(QStringLiteral("/crs")));
    }

    void executableIsOffline()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString png = m_dir.filePath(QStringLiteral("out.png"));
        const QStringList targets = {m_server->url(QStringLiteral("cli.geojson")),
                                     QStringLiteral("/vsicurl/") + m_server->url(QStringLiteral("cli-vsi.geojson")),
                                     kmlNetworkLink(), gmlXlink(), geojsonCrsLink(), vrtSource()};
        for (const QString &target : targets) {
            for (const QStringList &args : {QStringList{QStringLiteral("--validate"), target},
                                            QStringList{QStringLiteral("--export"), png, QStringLiteral("--size"),
                                                        QStringLiteral("160x100"), target}}) {
                QProcess p;
                p.setProcessEnvironment(env);
                p.start(QStringLiteral(LAC_EXECUTABLE), args);
                QVERIFY(p.waitForFinished(120000));
                QCOMPARE(p.exitCode(), 1);
                const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
                QVERIFY2(out.contains(target + QLatin1Char(':'))
                             && (out.contains(QStringLiteral("refused"))
                                 || out.contains(QStringLiteral("a format the viewer does not open"))),
                         qPrintable(out));
                QVERIFY(!QFileInfo::exists(png));
            }
        }
        expectNoRequest("lacviewer --validate / --export");
    }
};

QTEST_MAIN(TestNetwork)
#include "tst_network.moc"
