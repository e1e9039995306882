// The whole region, as a user asks for it on the command line: every export
// is map to its edges (no plain background where the basemap would end),
// --extent frames any box inside the data and refuses others, and
// --hide-layer leaves a bundled layer (or one of the user's files) out.

#include "Atlas.h"
#include "MapStyle.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

namespace {

using TestSupport::Run;
using TestSupport::lacviewer;
using TestSupport::pixelsNear;

QJsonObject jsonFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestRegion : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    QImage exportPng(const QString &name, const QStringList &extra)
    {
        const QString out = file(name);
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out, QStringLiteral("--force"),
                                            QStringLiteral("--date"), QStringLiteral("2024-11-20")}
                                + extra);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QImage(out);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The data box an export may ask for fits inside the region no view
    // leaves, so an extent inside it is always shown whole.
    void dataBoxLiesInTheRegion()
    {
        const QRectF region = Atlas::fullExtent();
        const QRectF box = Atlas::projectedBounds(Atlas::dataBox());
        QVERIFY2(region.contains(box), qPrintable(QStringLiteral("box %1 %2 %3 %4 region %5 %6 %7 %8")
                                                      .arg(box.left()).arg(box.top()).arg(box.right()).arg(box.bottom())
                                                      .arg(region.left()).arg(region.top()).arg(region.right())
                                                      .arg(region.bottom())));
    }

    void defaultExportIsMapToItsEdges_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("default, no decorations") << QStringList{QStringLiteral("--no-decorations")};
        QTest::newRow("whole data box") << QStringList{QStringLiteral("--no-decorations"), QStringLiteral("--extent"),
                                                       QStringLiteral("72,28,86,38")};
        QTest::newRow("whole data box, tall") << QStringList{QStringLiteral("--no-decorations"), QStringLiteral("--extent"),
                                                             QStringLiteral("72,28,86,38"), QStringLiteral("--size"),
                                                             QStringLiteral("600x1400")};
        QTest::newRow("corner box") << QStringList{QStringLiteral("--no-decorations"), QStringLiteral("--extent"),
                                                   QStringLiteral("72,28,73,29")};
        QTest::newRow("depsang") << QStringList{QStringLiteral("--no-decorations"), QStringLiteral("--view"),
                                                QStringLiteral("depsang")};
    }
    void defaultExportIsMapToItsEdges()
    {
        QFETCH(QStringList, extra);
        const QImage image = exportPng(QStringLiteral("edges.png"), extra);
        QVERIFY(!image.isNull());
        if (!extra.contains(QStringLiteral("--size")))
            QCOMPARE(image.size(), QSize(1600, 1000));
        QCOMPARE(TestSupport::backgroundEdgePixels(image, MapStyle::background().rgb()), 0);
    }

    // A report figure of the Depsang–DBO corridor: the box asked for is
    // in view, and not lost in a much larger one.
    void extentFramesTheBox()
    {
        const QString out = file(QStringLiteral("corridor.png"));
        const Run r = lacviewer({QStringLiteral("--export"), out, QStringLiteral("--force"), QStringLiteral("--manifest"),
                                 QStringLiteral("--extent"), QStringLiteral("77.6,34.9,78.5,35.6")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject lonlat = jsonFile(out + QStringLiteral(".json"))
                                       .value(QStringLiteral("extent")).toObject()
                                       .value(QStringLiteral("lonlat")).toObject();
        const double w = lonlat.value(QStringLiteral("west")).toDouble(), e = lonlat.value(QStringLiteral("east")).toDouble();
        const double s = lonlat.value(QStringLiteral("south")).toDouble(), n = lonlat.value(QStringLiteral("north")).toDouble();
        QVERIFY2(w < 77.6 && e > 78.5 && s < 34.9 && n > 35.6, qPrintable(QStringLiteral("%1 %2 %3 %4").arg(w).arg(s).arg(e).arg(n)));
        // The legend and the title take room, so the view is larger, but not by much.
        QVERIFY2(e - w < 0.9 * 3.5 && n - s < 0.7 * 3, qPrintable(QStringLiteral("%1 x %2").arg(e - w).arg(n - s)));
    }

    void badExtentExit2_data()
    {
        QTest::addColumn<QString>("extent");
        QTest::addColumn<QString>("reason");
        QTest::newRow("reversed west-east") << "79,33,78,34" << "west 79 is not less than east 78";
        QTest::newRow("reversed south-north") << "78,34,79,33" << "south 34 is not less than north 33";
        QTest::newRow("outside the data") << "60,30,79,34" << "outside the map's data";
        QTest::newRow("beyond the north") << "78,30,79,45" << "outside the map's data";
        QTest::newRow("three numbers") << "78,30,79" << "four numbers";
        QTest::newRow("text") << "a,b,c,d" << "four numbers";
        QTest::newRow("nan") << "nan,30,79,34" << "four numbers";
    }
    void badExtentExit2()
    {
        QFETCH(QString, extent);
        QFETCH(QString, reason);
        const QString out = file(QStringLiteral("never.png"));
        const Run r = lacviewer({QStringLiteral("--export"), out, QStringLiteral("--extent"), extent});
        QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFileInfo::exists(out));
    }

    void extentAndViewContradict()
    {
        const Run r = lacviewer({QStringLiteral("--export"), file(QStringLiteral("never.png")), QStringLiteral("--extent"),
                                 QStringLiteral("78,33,79,34"), QStringLiteral("--view"), QStringLiteral("galwan")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not both")), qPrintable(r.err));
    }

    // Each bundled layer leaves the export when hidden: its own colour goes.
    void hideLayerRemovesItsPixels_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<int>("tolerance");
        QTest::newRow("roads") << "roads" << MapStyle::contextColor() << 24;
        // Exactly the line's colour: the flashpoint markers are a lighter orange.
        QTest::newRow("lac-india") << "lac-india" << MapStyle::lineStyle(QStringLiteral("lac-india")).pen.color() << 0;
        QTest::newRow("places") << "places" << MapStyle::placeColor() << 0;
        QTest::newRow("basemap (lakes)") << "basemap" << MapStyle::lakeFill() << 24;
    }
    void hideLayerRemovesItsPixels()
    {
        QFETCH(QString, layer);
        QFETCH(QColor, colour);
        QFETCH(int, tolerance);
        const QStringList view{QStringLiteral("--no-decorations"), QStringLiteral("--extent"), QStringLiteral("77.5,32.5,80.5,35.6")};
        const QImage shown = exportPng(QStringLiteral("shown.png"), view);
        const QImage hidden = exportPng(QStringLiteral("hidden.png"), view + QStringList{QStringLiteral("--hide-layer"), layer});
        QVERIFY(!shown.isNull() && !hidden.isNull());
        const int before = pixelsNear(shown, colour, tolerance), after = pixelsNear(hidden, colour, tolerance);
        QVERIFY2(before > 40, qPrintable(QString::number(before)));
        // (A few pixels of other things, antialiased text, share a dark grey.)
        QVERIFY2(after < before / 8, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    // A user's file is hidden by its file name: the export is as without it.
    void hideLayerByFileName()
    {
        const QString layer = QStringLiteral(LAC_TEST_DATA "/hostile/crlf.geojson");
        const QStringList view{QStringLiteral("--extent"), QStringLiteral("77.5,32.5,80.5,35.6")};
        const QImage without = exportPng(QStringLiteral("without.png"), view);
        const QImage with = exportPng(QStringLiteral("with.png"), view + QStringList{layer});
        const QImage hidden = exportPng(QStringLiteral("hidden-user.png"),
                                        view + QStringList{layer, QStringLiteral("--hide-layer"), QStringLiteral("crlf.geojson")});
        QVERIFY(!without.isNull() && !with.isNull() && !hidden.isNull());
        QVERIFY(with != without);
        QVERIFY(hidden == without);
    }

    // A zoomed export carries the locator inset (the region, the view
    // outlined), at the lower right; --no-locator and the whole region do not.
    void locatorInsetOnZoomedViews()
    {
        const QColor outline = MapStyle::selectionColor().darker(140);
        auto outlinePixels = [&](const QImage &image) {
            return pixelsNear(image.copy(image.width() / 2, image.height() / 2, image.width() / 2, image.height() / 2),
                              outline, 0);
        };
        const QImage zoomed = exportPng(QStringLiteral("zoomed.png"), {QStringLiteral("--view"), QStringLiteral("galwan")});
        const QImage without = exportPng(QStringLiteral("no-locator.png"),
                                         {QStringLiteral("--view"), QStringLiteral("galwan"), QStringLiteral("--no-locator")});
        const QImage whole = exportPng(QStringLiteral("whole.png"), {QStringLiteral("--extent"), QStringLiteral("72,28,86,38")});
        QVERIFY(!zoomed.isNull() && !without.isNull() && !whole.isNull());
        QVERIFY2(outlinePixels(zoomed) > 20, qPrintable(QString::number(outlinePixels(zoomed))));
        QCOMPARE(outlinePixels(without), 0);
        QCOMPARE(outlinePixels(whole), 0);
    }

    void unknownLayerExit2()
    {
        const QString out = file(QStringLiteral("never.png"));
        for (const QString &id : {QStringLiteral("rivers"), QStringLiteral("nosuch.geojson"), QString()}) {
            const Run r = lacviewer({QStringLiteral("--export"), out, QStringLiteral("--hide-layer"), id});
            QVERIFY2(r.code == 2, qPrintable(QStringLiteral("%1: exit %2 %3").arg(id).arg(r.code).arg(r.err)));
            QVERIFY2(r.err.contains(QStringLiteral("--hide-layer")), qPrintable(r.err));
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY(!QFileInfo::exists(out));
        }
    }
};

QTEST_MAIN(TestRegion)
#include "tst_region.moc"
