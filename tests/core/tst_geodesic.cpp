// The ruler's geodesics against GeographicLib's own command-line tools
// (GeodSolve, Planimeter from Debian's geographiclib-tools), run here on
// the same points: DBO to PP14 from the bundled places, a long leg, and the
// area of a ring. The library computes; the tools are the independent check.

#include "Geodesic.h"

#include <QProcess>
#include <QtTest>

#include "TestSupport.h"

class TestGeodesic : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;

    static QStringList run(const QString &tool, const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.start(tool, args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(10000);
        return QString::fromLatin1(p.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        m_atlas = TestSupport::bundledAtlas();
        QVERIFY(m_atlas);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("GeodSolve")).isEmpty(),
                 "GeodSolve (geographiclib-tools) is needed as the reference");
    }

    void legsMatchGeographicLib_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        const Place *dbo = m_atlas->place(QStringLiteral("dbo"));
        const Place *pp14 = m_atlas->place(QStringLiteral("pp14"));
        QVERIFY(dbo && pp14);
        QTest::newRow("DBO to PP14") << dbo->position.lat << dbo->position.lon << pp14->position.lat << pp14->position.lon;
        QTest::newRow("Leh to Demchok village") << 34.1526 << 77.5771 << 32.7038 << 79.4467;
        QTest::newRow("across the region") << 28.0 << 72.0 << 38.0 << 86.0;
    }
    void legsMatchGeographicLib()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        const QStringList ref = run(QStringLiteral("GeodSolve"), {QStringLiteral("-i"), QStringLiteral("-p"), QStringLiteral("9")},
                                    QStringLiteral("%1 %2 %3 %4\n").arg(lat1, 0, 'g', 17).arg(lon1, 0, 'g', 17)
                                        .arg(lat2, 0, 'g', 17).arg(lon2, 0, 'g', 17).toLatin1());
        QCOMPARE(ref.size(), 3);                // azi1 azi2 s12
        const Geodesic::Leg leg = Geodesic::inverse(GeoPoint{lon1, lat1}, GeoPoint{lon2, lat2});
        QVERIFY2(std::abs(leg.metres - ref[2].toDouble()) < 0.001,
                 qPrintable(QStringLiteral("%1 vs %2").arg(leg.metres, 0, 'f', 4).arg(ref[2])));
        const double refBearing = std::fmod(ref[0].toDouble() + 360.0, 360.0);
        QVERIFY2(std::abs(leg.bearing - refBearing) < 1e-7, qPrintable(QStringLiteral("%1 vs %2").arg(leg.bearing).arg(refBearing)));
    }

    void pathAndRingArea()
    {
        const QList<GeoPoint> ring{{78.0, 35.0}, {78.1, 35.0}, {78.1, 35.1}, {78.0, 35.1}};
        const Geodesic::Measure m = Geodesic::measure(ring, true);
        QCOMPARE(m.legs.size(), 4);
        const QStringList ref = run(QStringLiteral("Planimeter"), {QStringLiteral("-p"), QStringLiteral("6")},
                                    "35 78\n35 78.1\n35.1 78.1\n35.1 78\n");
        QCOMPARE(ref.size(), 3);                // points perimeter area
        QVERIFY2(std::abs(m.metres - ref[1].toDouble()) < 0.001, qPrintable(ref.join(QLatin1Char(' '))));
        QVERIFY2(std::abs(m.areaSquareMetres - std::abs(ref[2].toDouble())) < 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(m.areaSquareMetres, 0, 'f', 1).arg(ref[2])));
        // An open path has no area and no closing leg.
        const Geodesic::Measure open = Geodesic::measure(ring, false);
        QCOMPARE(open.legs.size(), 3);
        QCOMPARE(open.areaSquareMetres, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGeodesic)
#include "tst_geodesic.moc"
