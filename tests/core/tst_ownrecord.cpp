// The user's own record in the core: drafts to features and back, the
// checks every save runs (schema, ids, the source policy), the file's
// layout, the merge over the bundled record, and the file on disk (atomic
// save, backup, a change made elsewhere, a directory that cannot be
// written). The window's editing is in tests/app/tst_ownrecord_window.cpp.

#include "TestSupport.h"

#include "EventDraft.h"
#include "OwnRecord.h"
#include "OwnRecordFile.h"
#include "PlaceDraft.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

namespace {

EventDraft talksAtGalwan()
{
    EventDraft d;
    d.date = QDate(2026, 11, 28);
    d.type = QStringLiteral("talks");
    d.flashpoints = {QStringLiteral("galwan")};
    d.title = QStringLiteral("Local commanders meet near PP14");
    d.summary = QStringLiteral("A test event of the user's record.");
    d.sources = {SourceRef{QStringLiteral("https://www.thehindu.com/news/national/test-article/article1.ece"),
                           QStringLiteral("The Hindu"), QStringLiteral("2026-11-28"), QString(), QString()}};
    return d;
}

PlaceDraft campNearDemchok()
{
    PlaceDraft d;
    d.name = QStringLiteral("Test camp");
    d.kind = QStringLiteral("campsite");
    d.flashpoint = QStringLiteral("demchok");
    d.lon = 79.46;
    d.lat = 32.69;
    d.estimate = true;
    d.uncertaintyKm = 2.0;
    d.description = QStringLiteral("A place of the user's record.");
    d.sources = talksAtGalwan().sources;
    return d;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList messages(const LoadResult &r)
{
    QStringList out;
    for (const DataError &e : r.errors)
        out << e.toString();
    return out;
}

} // namespace

class TestOwnRecord : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A record of the given drafts, checked; fails the test when refused.
    OwnRecord recordOf(const QList<QJsonObject> &features, const QString &file)
    {
        OwnRecord r;
        const LoadResult result = OwnRecord::check(path(file), features, *m_atlas, &r);
        if (!result.ok())
            qWarning() << messages(result);
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void eventRoundTripsThroughItsFile()
    {
        EventDraft d = talksAtGalwan();
        OwnRecord empty;
        d.id = empty.newEventId(d.date, d.title, *m_atlas);
        QCOMPARE(d.id, QStringLiteral("2026-11-28-local-commanders-meet-near-pp14"));
        const OwnRecord r = recordOf({d.toFeature()}, QStringLiteral("roundtrip.geojson"));
        QCOMPARE(r.events.size(), 1);
        const Event &e = r.events.front();
        QVERIFY(e.own);
        QCOMPARE(e.title, d.title);
        QCOMPARE(e.date, d.date);
        QCOMPARE(e.flashpoints, d.flashpoints);
        QCOMPARE(e.sources.front().publisher, QStringLiteral("The Hindu"));

        QVERIFY(writeFile(path(QStringLiteral("roundtrip.geojson")), r.toJson()));
        OwnRecord read;
        QVERIFY(OwnRecord::read(path(QStringLiteral("roundtrip.geojson")), *m_atlas, &read).ok());
        QCOMPARE(read.events.size(), 1);
        QCOMPARE(read.events.front().id, d.id);
        QCOMPARE(read.toJson(), r.toJson());   // writing what was read changes nothing
        const EventDraft back = EventDraft::fromFeature(read.features.front());
        QCOMPARE(back.title, d.title);
        QCOMPARE(back.flashpoints, d.flashpoints);
        QCOMPARE(back.sources.front().url, d.sources.front().url);
    }

    // One property per line, as in the bundled files: a problem is reported
    // at the line of its property.
    void problemsNameTheLineOfTheirProperty()
    {
        EventDraft d = talksAtGalwan();
        d.id = QStringLiteral("2026-11-28-bad-type");
        QJsonObject f = d.toFeature();
        QJsonObject p = f.value(QStringLiteral("properties")).toObject();
        p.insert(QStringLiteral("type"), QStringLiteral("skirmish"));
        f.insert(QStringLiteral("properties"), p);
        const QByteArray bytes = OwnRecord::toJson({f});
        const QString file = path(QStringLiteral("badtype.geojson"));
        QVERIFY(writeFile(file, bytes));
        int typeLine = 0;
        const QList<QByteArray> lines = bytes.split('\n');
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].contains("\"type\": \"skirmish\""))
                typeLine = i + 1;
        QVERIFY(typeLine > 0);
        OwnRecord r;
        const LoadResult result = OwnRecord::read(file, *m_atlas, &r);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().startsWith(QStringLiteral("%1:%2:").arg(file).arg(typeLine)),
                 qPrintable(result.message()));
        QVERIFY(result.message().contains(QStringLiteral("skirmish")));
    }

    void sourcesAreHeldToThePolicy()
    {
        EventDraft blog = talksAtGalwan();
        blog.id = QStringLiteral("2026-11-28-blog");
        blog.sources = {SourceRef{QStringLiteral("https://someone.blogspot.com/2026/11/galwan.html"),
                                  QStringLiteral("A blog"), QString(), QString(), QString()}};
        OwnRecord r;
        LoadResult result = OwnRecord::check(path(QStringLiteral("blog.geojson")), {blog.toFeature()}, *m_atlas, &r);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("blog")), qPrintable(result.message()));
        // The problem is the record's, not a scratch file's.
        QVERIFY(result.message().startsWith(path(QStringLiteral("blog.geojson"))));

        EventDraft none = talksAtGalwan();
        none.id = QStringLiteral("2026-11-28-unsourced");
        none.sources.clear();
        result = OwnRecord::check(path(QStringLiteral("none.geojson")), {none.toFeature()}, *m_atlas, &r);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("source")), qPrintable(result.message()));

        // An encyclopedia alone is not a primary source for an event.
        EventDraft wiki = talksAtGalwan();
        wiki.id = QStringLiteral("2026-11-28-wiki");
        wiki.sources = {SourceRef{QStringLiteral("https://en.wikipedia.org/wiki/Galwan_Valley"),
                                  QStringLiteral("Wikipedia"), QString(), QString(), QString()}};
        result = OwnRecord::check(path(QStringLiteral("wiki.geojson")), {wiki.toFeature()}, *m_atlas, &r);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("primary")), qPrintable(result.message()));
    }

    void idsAndReferencesAreChecked()
    {
        PlaceDraft taken = campNearDemchok();
        taken.id = QStringLiteral("galwan");   // the bundled flashpoint's id
        OwnRecord r;
        LoadResult result = OwnRecord::check(path(QStringLiteral("taken.geojson")), {taken.toFeature()}, *m_atlas, &r);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("already used by the bundled record")),
                 qPrintable(result.message()));

        EventDraft nowhere = talksAtGalwan();
        nowhere.id = QStringLiteral("2026-11-28-nowhere");
        nowhere.place = QStringLiteral("no-such-place");
        result = OwnRecord::check(path(QStringLiteral("nowhere.geojson")), {nowhere.toFeature()}, *m_atlas, &r);
        QVERIFY(!result.ok());
        QVERIFY(result.message().contains(QStringLiteral("unknown place \"no-such-place\"")));

        // A status the event's type cannot set.
        EventDraft talks = talksAtGalwan();
        talks.id = QStringLiteral("2026-11-28-talks-clash");
        talks.statusFlashpoint = QStringLiteral("galwan");
        talks.status = Status::Clash;
        result = OwnRecord::check(path(QStringLiteral("clash.geojson")), {talks.toFeature()}, *m_atlas, &r);
        QVERIFY(!result.ok());
        QVERIFY(result.message().contains(QStringLiteral("cannot set status \"clash\"")));
    }

    // An event of the record at a place of the record is drawn there; the
    // record's status change applies over the bundled record from its day.
    void mergedOverTheBundledRecord()
    {
        PlaceDraft camp = campNearDemchok();
        OwnRecord empty;
        camp.id = empty.newPlaceId(camp.name, *m_atlas);
        QCOMPARE(camp.id, QStringLiteral("test-camp"));
        EventDraft standoff = talksAtGalwan();
        standoff.id = QStringLiteral("2026-11-28-standoff-at-demchok");
        standoff.type = QStringLiteral("standoff");
        standoff.flashpoints = {QStringLiteral("demchok")};
        standoff.place = camp.id;
        standoff.statusFlashpoint = QStringLiteral("demchok");
        standoff.status = Status::Standoff;
        const OwnRecord r = recordOf({standoff.toFeature(), camp.toFeature()}, QStringLiteral("merged.geojson"));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.places.size(), 1);
        // Places first in the file, then events.
        QVERIFY(r.toJson().indexOf("\"test-camp\"") < r.toJson().indexOf("\"2026-11-28-standoff-at-demchok\""));

        const auto merged = r.mergedOver(*m_atlas);
        QCOMPARE(merged->events.size(), m_atlas->events.size() + 1);
        QCOMPARE(merged->places.size(), m_atlas->places.size() + 1);
        const Event *e = merged->event(standoff.id);
        QVERIFY(e && e->own && e->hasPosition);
        QCOMPARE(e->position.lon, 79.46);
        const auto before = merged->statuses.stateAt(QStringLiteral("demchok"), QDate(2026, 11, 27));
        QCOMPARE(before.status, m_atlas->statuses.stateAt(QStringLiteral("demchok"), QDate(2026, 11, 27)).status);
        QVERIFY(before.status != Status::Standoff);
        const auto after = merged->statuses.stateAt(QStringLiteral("demchok"), QDate(2026, 11, 29));
        QCOMPARE(after.status, Status::Standoff);
        QVERIFY(merged->events[after.event].own);
        // The bundled atlas itself is untouched.
        QVERIFY(!m_atlas->event(standoff.id));
    }

    void missingFileIsAnEmptyRecord()
    {
        OwnRecord r;
        QVERIFY(OwnRecord::read(path(QStringLiteral("not-yet.geojson")), *m_atlas, &r).ok());
        QVERIFY(r.isEmpty());
        QCOMPARE(r.path, path(QStringLiteral("not-yet.geojson")));
        // And an empty collection, as deleting the last feature leaves it.
        QVERIFY(writeFile(path(QStringLiteral("empty.geojson")), OwnRecord::toJson({})));
        QVERIFY(OwnRecord::read(path(QStringLiteral("empty.geojson")), *m_atlas, &r).ok());
        QVERIFY(r.isEmpty());
    }

    void untaggedFeatureIsRefused()
    {
        const QString file = path(QStringLiteral("untagged.geojson"));
        QVERIFY(writeFile(file, "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n    {\n"
                                "      \"type\": \"Feature\",\n      \"properties\": {\n"
                                "        \"record_type\": \"note\",\n        \"id\": \"x\"\n      },\n"
                                "      \"geometry\": null\n    }\n  ]\n}\n"));
        OwnRecord r;
        const LoadResult result = OwnRecord::read(file, *m_atlas, &r);
        QVERIFY(!result.ok());
        QCOMPARE(result.message(), QStringLiteral("%1:7: \"record_type\" must be \"event\" or \"place\", not \"note\"").arg(file));
    }

    void fileSavesAtomicallyWithABackup()
    {
        const QString file = path(QStringLiteral("saved.geojson"));
        OwnRecordFile f(file);
        f.remember();
        QString error;
        QVERIFY2(f.save("first\n", &error), qPrintable(error));
        QVERIFY(!QFile::exists(f.backupPath()));   // nothing to back up yet
        QVERIFY(f.save("second\n", &error));
        QCOMPARE(TestSupport::contents(file), QByteArray("second\n"));
        QCOMPARE(TestSupport::contents(f.backupPath()), QByteArray("first\n"));
        QVERIFY(!f.changedOnDisk());
        // Another program writes the file.
        QVERIFY(writeFile(file, "theirs\n"));
        QVERIFY(f.changedOnDisk());
        const QString copy = f.saveCopy("mine\n", &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QVERIFY(copy.contains(QStringLiteral("saved (kept ")));
        QCOMPARE(TestSupport::contents(copy), QByteArray("mine\n"));
    }

    // A folder that cannot be written: the save fails with the file named,
    // and the record on disk is as it was.
    void saveToAReadOnlyDirectoryFailsCleanly()
    {
        const QString dir = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + QStringLiteral("/record.geojson");
        OwnRecordFile f(file);
        QString error;
        QVERIFY(f.save("kept\n", &error));
        // Root ignores permissions: an immutable folder is read-only for it too.
        const bool root = geteuid() == 0;
        if (root)
            QCOMPARE(QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), dir}), 0);
        else
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        auto unlock = qScopeGuard([&] {
            if (root)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), dir});
            else
                QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        QVERIFY2(!QFile(dir + QStringLiteral("/probe")).open(QIODevice::WriteOnly), "the folder is still writable");
        QVERIFY(!f.save("lost?\n", &error));
        QVERIFY2(error.startsWith(file) && error.contains(QStringLiteral("cannot save")), qPrintable(error));
        QCOMPARE(TestSupport::contents(file), QByteArray("kept\n"));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("record.geojson")});
    }

    // The command line: --validate and --status with --record.
    void commandLineReadsTheRecord()
    {
        EventDraft standoff = talksAtGalwan();
        standoff.id = QStringLiteral("2026-11-28-galwan-standoff");
        standoff.type = QStringLiteral("standoff");
        standoff.statusFlashpoint = QStringLiteral("galwan");
        standoff.status = Status::Standoff;
        const OwnRecord r = recordOf({standoff.toFeature()}, QStringLiteral("cli.geojson"));
        const QString file = path(QStringLiteral("cli.geojson"));
        QVERIFY(writeFile(file, r.toJson()));

        auto run = TestSupport::lacviewer({QStringLiteral("--validate"), QStringLiteral("--record"), file});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("OK: 1 file(s) valid")), qPrintable(run.out + run.err));

        run = TestSupport::lacviewer({QStringLiteral("--status"), QStringLiteral("--record"), file,
                                      QStringLiteral("--date"), QStringLiteral("2026-11-29")});
        QCOMPARE(run.code, 0);
        QString galwan;
        for (const QString &line : run.out.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("Galwan")))
                galwan = line;
        QVERIFY2(galwan.contains(QStringLiteral("Standoff")) && galwan.contains(QStringLiteral("2026-11-28-galwan-standoff, your record")),
                 qPrintable(galwan));

        run = TestSupport::lacviewer({QStringLiteral("--status"), QStringLiteral("--json"), QStringLiteral("--record"),
                                      file, QStringLiteral("--date"), QStringLiteral("2026-11-29")});
        QCOMPARE(run.code, 0);
        bool marked = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("galwan"))
                marked = o.value(QStringLiteral("from_your_record")).toBool();
            else
                QVERIFY(!o.value(QStringLiteral("from_your_record")).toBool());
        }
        QVERIFY(marked);

        // An export with the record says in its footer whose the ringed events
        // are, on the map and on the details page; one without it does not.
        const QString withRecord = path(QStringLiteral("with-record.pdf")), without = path(QStringLiteral("without.pdf"));
        for (const QString &out : {withRecord, without}) {
            QStringList args{QStringLiteral("--export"), out, QStringLiteral("--date"), QStringLiteral("2026-11-29"),
                             QStringLiteral("--select"), QStringLiteral("galwan")};
            if (out == withRecord)
                args << QStringLiteral("--record") << file;
            run = TestSupport::lacviewer(args);
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        const auto pdfText = [](const QString &pdf) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            return p.waitForFinished(60000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
        };
        const QString textWith = pdfText(withRecord), textWithout = pdfText(without);
        QVERIFY2(textWith.count(QStringLiteral("jointly")) >= 2, qPrintable(textWith.right(600)));
        QCOMPARE(textWith.count(QStringLiteral("Ringed")), textWith.count(QStringLiteral("jointly")));
        QVERIFY(textWithout.count(QStringLiteral("jointly")) >= 2);
        QVERIFY(!textWithout.contains(QStringLiteral("Ringed")));

        // A broken record: the line, and nothing exported.
        QByteArray broken = r.toJson();
        broken.replace("\"standoff\"", "\"stand-off\"");
        QVERIFY(writeFile(file, broken));
        run = TestSupport::lacviewer({QStringLiteral("--status"), QStringLiteral("--record"), file});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(file + QLatin1Char(':')), qPrintable(run.err));
        run = TestSupport::lacviewer({QStringLiteral("--status"), QStringLiteral("--record"), path(QStringLiteral("absent.geojson"))});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("no such file (--record)")));
    }
};

QTEST_GUILESS_MAIN(TestOwnRecord)
#include "tst_ownrecord.moc"
