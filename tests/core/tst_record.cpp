// The record an analyst can cite: the source policy (what is refused, what
// is primary, where an error is reported), each government's account as its
// own claim, and the bundled record held to it: no refused source, a primary
// source for every event, the share of citable sources, both governments'
// releases, the errors found by the fact-check pinned one by one, and the
// sources table in geodata/README.md kept current.

#include "AtlasLoader.h"
#include "Geometry.h"
#include "LayerReader.h"
#include "SourceAudit.h"
#include "SourcePolicy.h"

#include <QFile>
#include <QSet>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

namespace {

const char *kEvent = R"({
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "properties": {
        "id": "2020-06-15-test",
        "date": "2020-06-15",
        "date_precision": "day",
        "date_end": null,
        "date_note": null,
        "date_alternatives": null,
        "type": "clash",
        "flashpoints": ["galwan"],
        "scope": "flashpoint",
        "place": null,
        "title": "Test clash",
        "summary": "A test.",
        "casualties": null,
        "sets_status": {"galwan": "clash"},
        "sets_front_phase": null,
        "claims": %CLAIMS%,
        "status_after": %AFTER%,
        "sources": [
%SOURCES%
        ]
      },
      "geometry": null
    }
  ]
}
)";

QString source(const QString &url)
{
    return QStringLiteral("          {\"url\": \"%1\", \"publisher\": \"P\", \"date\": null}").arg(url);
}

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;

    // Writes an events file and validates it against the bundled data.
    DataErrors validate(const QStringList &urls, DataErrors *warnings,
                        const QString &claims = QStringLiteral("null"),
                        const QString &after = QStringLiteral("null"))
    {
        QStringList lines;
        for (const QString &u : urls)
            lines << source(u);
        QString text = QString::fromUtf8(kEvent);
        text.replace(QStringLiteral("%SOURCES%"), lines.join(QStringLiteral(",\n")));
        text.replace(QStringLiteral("%CLAIMS%"), claims);
        text.replace(QStringLiteral("%AFTER%"), after);
        const QString path = m_dir.filePath(QStringLiteral("events-test.geojson"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text.toUtf8());
        f.close();
        return AtlasLoader().validateFiles({path}, m_atlas.get(), warnings);
    }

    static bool mentions(const DataErrors &errors, const QString &text, int line = -1)
    {
        for (const DataError &e : errors)
            if (e.message.contains(text) && (line < 0 || e.line == line))
                return true;
        return false;
    }

    const Event *event(const QString &id) const
    {
        for (const Event &e : m_atlas->events)
            if (e.id == id)
                return &e;
        return nullptr;
    }
    const MapLine *line(const QString &id) const
    {
        for (const MapLine &l : m_atlas->lines)
            if (l.id == id)
                return &l;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
        QVERIFY(m_atlas->policy);
    }

    void policyClassifies()
    {
        const SourcePolicy &p = *m_atlas->policy;
        using R = SourcePolicy::Verdict::Result;
        QCOMPARE(int(p.classify(QStringLiteral("https://defence.pk/threads/x.1")).result), int(R::Refused));
        QVERIFY(p.classify(QStringLiteral("https://defence.pk/threads/x.1")).why.contains(QStringLiteral("forum")));
        QCOMPARE(int(p.classify(QStringLiteral("http://34.80.245.248/a.html")).result), int(R::Refused));
        QVERIFY(p.classify(QStringLiteral("http://34.80.245.248/a.html")).why.contains(QStringLiteral("IP address")));
        // A subdomain is its publisher's: the most specific entry wins.
        const auto ht = p.classify(QStringLiteral("https://m.hindustantimes.com/india-news/x"));
        QCOMPARE(int(ht.result), int(R::Known));
        QCOMPARE(ht.publisher, QStringLiteral("Hindustan Times"));
        QVERIFY(ht.primary);
        const auto embassy = p.classify(QStringLiteral("http://in.china-embassy.gov.cn/eng/fyrth/202006/t1.htm"));
        QCOMPARE(embassy.kind, QStringLiteral("china-government"));
        QCOMPARE(embassy.side, QStringLiteral("china"));
        const auto wiki = p.classify(QStringLiteral("https://en.wikipedia.org/wiki/Galwan_Valley"));
        QCOMPARE(wiki.kind, QStringLiteral("encyclopedia"));
        QVERIFY(!wiki.primary);
        QCOMPARE(int(p.classify(QStringLiteral("https://example.org/x")).result), int(R::Unknown));
    }

    void refusedSourceIsAnErrorAtItsLine()
    {
        DataErrors warnings;
        const DataErrors errors = validate({QStringLiteral("https://www.thehindu.com/a"),
                                            QStringLiteral("https://defence.pk/threads/b")},
                                           &warnings);
        // The second source's "url" stands on its own line of the file.
        QString text;
        QFile f(m_dir.filePath(QStringLiteral("events-test.geojson")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        int expected = 0;
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].contains(QStringLiteral("defence.pk")))
                expected = i + 1;
        QVERIFY(expected > 0);
        QVERIFY2(mentions(errors, QStringLiteral("source 2 is refused"), expected),
                 qPrintable(errors.isEmpty() ? QStringLiteral("no error") : errors.front().toString()));
        QVERIFY(mentions(errors, QStringLiteral("a discussion forum (defence.pk)")));
        QVERIFY(warnings.isEmpty());
    }

    void unknownDomainIsAWarning()
    {
        DataErrors warnings;
        const DataErrors errors = validate({QStringLiteral("https://www.thehindu.com/a"),
                                            QStringLiteral("https://unknown-outlet.example/b")},
                                           &warnings);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.front().toString()));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.front().message.contains(QStringLiteral("unknown-outlet.example")));
    }

    void everyEventNeedsAPrimarySource()
    {
        DataErrors warnings;
        const DataErrors errors = validate({QStringLiteral("https://en.wikipedia.org/wiki/X")}, &warnings);
        QVERIFY(mentions(errors, QStringLiteral("no primary source")));
        const DataErrors ok = validate({QStringLiteral("https://en.wikipedia.org/wiki/X"),
                                        QStringLiteral("https://www.mea.gov.in/press-releases.htm?dtl/1")},
                                       &warnings);
        QVERIFY(!mentions(ok, QStringLiteral("no primary source")));
    }

    void claimsMustCiteTheirEventsSources()
    {
        DataErrors warnings;
        const QString url = QStringLiteral("https://www.thehindu.com/a");
        const QString good = QStringLiteral("[{\"side\": \"india\", \"by\": \"MEA\", \"date\": \"2020-06-16\", \"text\": \"T\", \"source_url\": \"%1\"}]").arg(url);
        QVERIFY(validate({url}, &warnings, good).isEmpty());
        const QString uncited = QStringLiteral("[{\"side\": \"china\", \"by\": \"MFA\", \"date\": null, \"text\": \"T\", \"source_url\": \"https://www.globaltimes.cn/x\"}]");
        QVERIFY(mentions(validate({url}, &warnings, uncited), QStringLiteral("not one of the event's sources")));
        const QString side = QStringLiteral("[{\"side\": \"narrator\", \"by\": \"X\", \"date\": null, \"text\": \"T\", \"source_url\": \"%1\"}]").arg(url);
        QVERIFY(mentions(validate({url}, &warnings, side), QStringLiteral("must be india or china")));
    }

    void statusAfterOnlyFollowsAClash()
    {
        DataErrors warnings;
        const QString url = QStringLiteral("https://www.thehindu.com/a");
        QVERIFY(validate({url}, &warnings, QStringLiteral("null"), QStringLiteral("{\"galwan\": \"standoff\"}")).isEmpty());
        QVERIFY(mentions(validate({url}, &warnings, QStringLiteral("null"), QStringLiteral("{\"depsang\": \"standoff\"}")),
                         QStringLiteral("does not set to clash")));
        QVERIFY(mentions(validate({url}, &warnings, QStringLiteral("null"), QStringLiteral("{\"galwan\": \"clash\"}")),
                         QStringLiteral("other than clash")));
    }

    // The bundled record under the policy: what "lacviewer --validate" checks,
    // plus the shares the record promises.
    void bundledRecordIsCitable()
    {
        DataErrors errors, warnings;
        QVERIFY(AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors, &warnings));
        QVERIFY(errors.isEmpty());
        const SourceAudit audit(*m_atlas);
        QCOMPARE(audit.refused(), 0);
        QVERIFY2(audit.citable() * 10 >= audit.citations() * 9,
                 qPrintable(QStringLiteral("%1 of %2 citable").arg(audit.citable()).arg(audit.citations())));
        QVERIFY2(audit.governmentReleases(QStringLiteral("india")) >= 10,
                 qPrintable(QString::number(audit.governmentReleases(QStringLiteral("india")))));
        QVERIFY2(audit.governmentReleases(QStringLiteral("china")) >= 5,
                 qPrintable(QString::number(audit.governmentReleases(QStringLiteral("china")))));
        QVERIFY(m_atlas->recordCheckedTo >= QDate(2026, 1, 1));
        QVERIFY(m_atlas->events.back().date <= m_atlas->recordCheckedTo);
        QVERIFY(m_atlas->events.back().date.year() == 2026);
    }

    void readmeCarriesTheSourcesTable()
    {
        QFile f(QStringLiteral(LAC_GEODATA "/README.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        const QString begin = QStringLiteral("<!-- sources:begin (lacviewer --sources) -->\n");
        const QString end = QStringLiteral("<!-- sources:end -->");
        const int b = readme.indexOf(begin), e = readme.indexOf(end);
        QVERIFY2(b >= 0 && e > b, "geodata/README.md has no sources section");
        const QString table = readme.mid(b + begin.size(), e - b - begin.size());
        QVERIFY2(table == SourceAudit(*m_atlas).markdown(),
                 "geodata/README.md's sources table is stale: replace it with the output of "
                 "'lacviewer --sources'");
    }

    // Both governments' accounts where they differ, neither in the narrator's voice.
    void contestedEventsHoldBothSidesClaims()
    {
        int both = 0;
        for (const Event &e : m_atlas->events) {
            bool india = false, china = false;
            for (const Event::Claim &c : e.claims) {
                india = india || c.side == QLatin1String("india");
                china = china || c.side == QLatin1String("china");
            }
            both += india && china;
        }
        QVERIFY2(both >= 10, qPrintable(QString::number(both)));
        for (const char *id : {"2020-06-15-galwan-clash", "2020-09-07-pangong-south-shots-fired"}) {
            const Event *e = event(QString::fromLatin1(id));
            QVERIFY2(e, id);
            QStringList sides;
            for (const Event::Claim &c : e->claims)
                sides << c.side;
            QVERIFY2(sides.contains(QStringLiteral("india")) && sides.contains(QStringLiteral("china")), id);
        }
    }

    // The errors the fact-check found, each pinned.
    void galwanCasualtyFigureIsIndiasClaim()
    {
        const Event *e = event(QStringLiteral("2020-06-15-galwan-clash"));
        QVERIFY(e);
        QVERIFY(e->casualtiesIndia.contains(QStringLiteral("43")));
        QVERIFY(!e->casualtiesOther.contains(QStringLiteral("43")));
    }

    void talksDatesAreTheDaysTheyWereHeld()
    {
        const Event *cc11 = event(QStringLiteral("2021-04-09-cc-11"));
        QVERIFY(cc11);
        QCOMPARE(cc11->date, QDate(2021, 4, 9));
        QCOMPARE(cc11->datePrecision, QStringLiteral("day"));
        QVERIFY(!event(QStringLiteral("2021-04-01-cc-11")));
        const Event *geneva = event(QStringLiteral("2024-09-12-jaishankar-geneva"));
        QVERIFY(geneva);
        QCOMPARE(geneva->datePrecision, QStringLiteral("day"));
        const Event *demchok = event(QStringLiteral("2024-11-01-demchok-patrols-resume"));
        QVERIFY(demchok);
        bool alternative = false;
        for (const Event::DateAlternative &a : demchok->dateAlternatives)
            alternative = alternative || a.date == QLatin1String("2024-10-31");
        QVERIFY2(alternative, "31 Oct is kept as a noted alternative");
    }

    // Every round of the standing mechanisms since 2020 is in the record, dated.
    void talksRoundsAreComplete()
    {
        QSet<int> cc, wmcc;
        static const QRegularExpression wmccRe(QStringLiteral("^WMCC meeting, round (\\d+)"));
        for (const Event &e : m_atlas->events) {
            if (e.title.startsWith(QLatin1String("Corps Commander talks, round"))) {
                cc.insert(e.title.section(QLatin1Char(' '), -1).toInt());
                QVERIFY2(e.datePrecision != QLatin1String("between"), qPrintable(e.id));
            }
            const auto m = wmccRe.match(e.title);
            if (m.hasMatch())
                wmcc.insert(m.captured(1).toInt());
        }
        for (int round = 1; round <= 23; ++round)
            QVERIFY2(cc.contains(round), qPrintable(QStringLiteral("Corps Commander round %1").arg(round)));
        for (int round = 15; round <= 34; ++round)
            QVERIFY2(wmcc.contains(round), qPrintable(QStringLiteral("WMCC round %1").arg(round)));
        for (const char *id : {"2024-12-18-sr-talks-23", "2025-08-19-sr-talks-24", "2020-09-04-rajnath-wei-moscow"})
            QVERIFY2(event(QString::fromLatin1(id)), id);
    }

    void chinasDepsangLineLiesWestOfTheBottleneckAndIndiasLine()
    {
        const Place *bottleneck = m_atlas->place(QStringLiteral("bottleneck"));
        const MapLine *china = line(QStringLiteral("lac-china-depsang"));
        const MapLine *india = line(QStringLiteral("lac-india-depsang"));
        QVERIFY(bottleneck && china && india);
        // India's line passes the Depsang patrol points: at least four vertices.
        QVERIFY(india->geometry.points.size() >= 4);
        QVERIFY(china->geometry.points.size() >= 3);
        // Each line where it crosses the Bottleneck's parallel (projected
        // metres, x grows eastwards).
        auto xAt = [](const Geometry &g, double y, bool *found) {
            for (size_t i = 1; i < g.points.size(); ++i) {
                const QPointF a = g.points[i - 1], b = g.points[i];
                if ((a.y() - y) * (b.y() - y) <= 0 && a.y() != b.y()) {
                    *found = true;
                    return a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y());
                }
            }
            *found = false;
            return 0.0;
        };
        bool chinaCrosses = false, indiaCrosses = false;
        const double y = bottleneck->xy.y();
        const double chinaX = xAt(china->geometry, y, &chinaCrosses);
        const double indiaX = xAt(india->geometry, y, &indiaCrosses);
        QVERIFY2(chinaCrosses && indiaCrosses, "both lines pass the Bottleneck's latitude");
        QVERIFY2(chinaX < bottleneck->xy.x(), "China's line must lie west of the Bottleneck");
        QVERIFY2(bottleneck->xy.x() < indiaX, "India's line lies east of the Bottleneck");
        // About 5 km west, and about 18 km east, as the sources describe (±5 km).
        QVERIFY2(std::abs(bottleneck->xy.x() - chinaX - 5000) < 5000, qPrintable(QString::number(bottleneck->xy.x() - chinaX)));
        QVERIFY2(std::abs(indiaX - bottleneck->xy.x() - 18000) < 7000, qPrintable(QString::number(indiaX - bottleneck->xy.x())));
    }

    void bufferZonesDoNotSwallowPosts()
    {
        for (const char *zone : {"buffer-zone-hot-springs-pp15", "buffer-zone-pangong-south"}) {
            const MapLine *z = line(QString::fromLatin1(zone));
            QVERIFY2(z, zone);
            for (const char *post : {"hot-springs-post", "chushul-moldo-bpm"}) {
                const Place *p = m_atlas->place(QString::fromLatin1(post));
                QVERIFY2(p, post);
                QVERIFY2(!z->geometry.containsPoint(p->xy), qPrintable(QStringLiteral("%1 contains %2").arg(zone, post)));
            }
        }
    }

    void roadDistanceIsSaidToBeByRoad()
    {
        const Place *p = m_atlas->place(QStringLiteral("galwan-shyok-confluence"));
        QVERIFY(p);
        // The stored points are ~75 km apart: the 102 km of the sources is by road.
        QVERIFY(p->description.contains(QStringLiteral("102 km")));
        QVERIFY(p->description.contains(QStringLiteral("by road")));
        QVERIFY(p->description.contains(QStringLiteral("not in a straight line")));
        const Place *dbo = m_atlas->place(QStringLiteral("dbo"));
        QVERIFY(dbo);
        const double km = QLineF(p->xy, dbo->xy).length() / 1000.0;
        QVERIFY2(km > 60 && km < 90, qPrintable(QString::number(km)));
    }

    void patrolPointsArePlacesWithUncertainty()
    {
        for (const char *id : {"pp10", "pp11", "pp11a", "pp12", "pp13", "pp14", "pp15", "gogra-pp17a",
                               "bottleneck", "finger-1", "finger-4", "finger-8",
                               "charding-ninglung-junction", "chushul-moldo-bpm"}) {
            const Place *p = m_atlas->place(QString::fromLatin1(id));
            QVERIFY2(p, id);
            if (p->estimate)
                QVERIFY2(p->uncertaintyKm > 0, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
