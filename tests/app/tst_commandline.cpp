// The lacviewer executable as a user runs it: --export with no display,
// bad arguments, --validate, --status and --events with their JSON.

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

namespace {

using TestSupport::Run;
using TestSupport::lacviewer;

QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && doc.isArray() ? doc.array() : QJsonArray();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const Run r = lacviewer({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^lacviewer \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch());
    }

    void help()
    {
        const Run r = lacviewer({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--export")));
        QVERIFY(r.out.contains(QStringLiteral("--validate")));
    }

    void exportWritesPngOfSize_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QStringList() << QSize(1600, 1000);
        QTest::newRow("640x480 depsang")
            << QStringList{QStringLiteral("--size"), QStringLiteral("640x480"), QStringLiteral("--view"),
                           QStringLiteral("depsang")} << QSize(640, 480);
        QTest::newRow("galwan at a date")
            << QStringList{QStringLiteral("--view"), QStringLiteral("galwan"), QStringLiteral("--date"),
                           QStringLiteral("2020-06-20"), QStringLiteral("--size"), QStringLiteral("800x600")}
            << QSize(800, 600);
    }
    void exportWritesPngOfSize()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("map.png"));
        const Run r = lacviewer(QStringList{QStringLiteral("--export"), out} + extra);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage image(out);
        QCOMPARE(image.size(), size);
        // Not blank: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("bad size") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x.png"),
                                                 QStringLiteral("--size"), QStringLiteral("big")} << "--size";
        QTest::newRow("zero size") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x.png"),
                                                  QStringLiteral("--size"), QStringLiteral("0x100")} << "--size";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--status"), QStringLiteral("--date"),
                                                 QStringLiteral("2024-02-30")} << "not a day of the calendar";
        QTest::newRow("unknown view") << QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/x-never.png"),
                                                     QStringLiteral("--view"), QStringLiteral("atlantis")} << "atlantis";
    }
    void badArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = lacviewer(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/x-never.png")));
    }

    void unwritableExportExits1()
    {
        const Run r = lacviewer({QStringLiteral("--export"), QStringLiteral("/nonexistent-dir/map.png")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent-dir/map.png")));
    }

    void validateBundled()
    {
        const Run r = lacviewer({QStringLiteral("--validate")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("OK: ")));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // one-line summary
    }

    void validateBrokenFile()
    {
        const QString file = QStringLiteral(LAC_TEST_DATA "/broken/events-impossible-date.geojson");
        const Run r = lacviewer({QStringLiteral("--validate"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(file + QStringLiteral(":9: ")), qPrintable(r.out));
    }

    void statusJson()
    {
        const Run r = lacviewer({QStringLiteral("--status"), QStringLiteral("--date"),
                                 QStringLiteral("2024-11-20"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = jsonArray(r.out);
        QCOMPARE(a.size(), 7);
        QHash<QString, QString> status;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            status.insert(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("status")).toString());
            QVERIFY(!o.value(QStringLiteral("since")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("event")).toString().isEmpty());
        }
        QCOMPARE(status.value(QStringLiteral("depsang")), QStringLiteral("disengaged-patrolling-restored"));
        QCOMPARE(status.value(QStringLiteral("demchok")), QStringLiteral("disengaged-patrolling-restored"));
        for (const char *id : {"galwan", "pangong-north", "pangong-south", "gogra", "hot-springs"})
            QCOMPARE(status.value(QString::fromLatin1(id)), QStringLiteral("disengaged-buffer-zone"));
    }

    void statusText()
    {
        const Run r = lacviewer({QStringLiteral("--status"), QStringLiteral("--date"), QStringLiteral("2020-06-16")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Status as of 2020-06-16")));
        const QString galwanLine = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("Galwan")).value(0);
        QVERIFY2(galwanLine.contains(QStringLiteral("Clash")), qPrintable(r.out));
    }

    void eventsJson()
    {
        const Run r = lacviewer({QStringLiteral("--events"), QStringLiteral("--from"), QStringLiteral("2024-10-01"),
                                 QStringLiteral("--to"), QStringLiteral("2024-11-30"),
                                 QStringLiteral("--flashpoint"), QStringLiteral("depsang"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = jsonArray(r.out);
        QVERIFY(a.size() >= 3);
        QString previous;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            const QString date = o.value(QStringLiteral("date")).toString();
            QVERIFY(date >= QLatin1String("2024-10-01") && date <= QLatin1String("2024-11-30"));
            QVERIFY(date >= previous);
            previous = date;
            QVERIFY(o.value(QStringLiteral("flashpoints")).toArray().contains(QStringLiteral("depsang")));
            const QJsonArray sources = o.value(QStringLiteral("sources")).toArray();
            QVERIFY(!sources.isEmpty());
            QVERIFY(sources.first().toObject().value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
