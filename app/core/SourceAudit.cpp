#include "SourceAudit.h"

#include "IsoDate.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace {

QString percent(int part, int whole)
{
    return whole ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("–");
}

// Table cells hold data text: a "|" would split the cell.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

SourceAudit::SourceAudit(const Atlas &atlas) : m_atlas(atlas)
{
    if (const SourcePolicy *p = atlas.policy.get())
        for (const SourcePolicy::Kind &k : p->kinds())
            m_byKind.append(KindCount{k.id, k.label, 0});
    m_byKind.append(KindCount{QStringLiteral("refused"), QStringLiteral("Refused by the policy"), 0});
    m_byKind.append(KindCount{QStringLiteral("unknown"), QStringLiteral("Not in the policy"), 0});

    for (const Flashpoint &f : atlas.flashpoints)
        count(f.sources);
    for (const Place &p : atlas.places)
        count(p.sources);
    for (const MapLine &l : atlas.lines)
        count(l.sources);
    for (const ContextFeature &c : atlas.context)
        count(c.sources);
    for (const Event &e : atlas.events) {
        count(e.sources);
        if (!atlas.policy || e.sources.isEmpty())
            continue;
        QSet<QString> publishers, sides;
        bool neutral = false;
        for (const SourceRef &s : e.sources) {
            const auto v = atlas.policy->classify(s.url);
            publishers.insert(v.result == SourcePolicy::Verdict::Result::Known ? v.publisher : v.domain);
            if (v.side.isEmpty())
                neutral = true;
            else
                sides.insert(v.side);
        }
        if (publishers.size() == 1)
            m_singleOutlet.append(EventNote{e.id, *publishers.cbegin()});
        if (!neutral && sides.size() == 1)
            m_singleSide.append(EventNote{e.id, Event::sideLabel(*sides.cbegin())});
    }
    std::stable_sort(m_byPublisher.begin(), m_byPublisher.end(),
                     [](const PublisherCount &a, const PublisherCount &b) {
                         return a.count != b.count ? a.count > b.count : a.publisher < b.publisher;
                     });
}

void SourceAudit::count(const QList<SourceRef> &sources)
{
    for (const SourceRef &s : sources) {
        ++m_citations;
        SourcePolicy::Verdict v;
        if (m_atlas.policy)
            v = m_atlas.policy->classify(s.url);
        QString kind = QStringLiteral("unknown"), label;
        switch (v.result) {
        case SourcePolicy::Verdict::Result::Known: {
            kind = v.kind;
            label = v.kindLabel;
            if (v.primary || (v.kind == QLatin1String("encyclopedia") && v.domain == QLatin1String("en.wikipedia.org")))
                ++m_citable;
            const SourcePolicy::Kind *k = m_atlas.policy->kind(v.kind);
            if (k && !k->side.isEmpty())
                m_government[k->side].insert(s.url);
            break;
        }
        case SourcePolicy::Verdict::Result::Refused:
            kind = QStringLiteral("refused");
            label = v.kindLabel;
            ++m_refused;
            break;
        case SourcePolicy::Verdict::Result::Unknown:
            ++m_unknown;
            label = QStringLiteral("not in the policy");
            break;
        }
        for (KindCount &k : m_byKind)
            if (k.kind == kind)
                ++k.count;
        const QString publisher = v.publisher.isEmpty() ? s.publisher : v.publisher;
        auto it = std::find_if(m_byPublisher.begin(), m_byPublisher.end(), [&](const PublisherCount &p) {
            return p.domain == v.domain && p.publisher == publisher;
        });
        if (it == m_byPublisher.end())
            m_byPublisher.append(PublisherCount{publisher, v.domain, label, 1});
        else
            ++it->count;
    }
}

QString SourceAudit::markdown() const
{
    QString md;
    md += QStringLiteral("%1 citations in the bundled record (checked to %2): %3 (%4) are government "
                         "releases, outlets on their own sites or en.wikipedia.org; %5 refused; %6 from "
                         "domains the policy does not know. Government release pages cited: %7 Indian, %8 Chinese.\n\n")
              .arg(m_citations)
              .arg(m_atlas.recordCheckedTo.isValid() ? IsoDate::format(m_atlas.recordCheckedTo)
                                                     : QStringLiteral("an unknown date"))
              .arg(m_citable).arg(percent(m_citable, m_citations)).arg(m_refused).arg(m_unknown)
              .arg(governmentReleases(QStringLiteral("india")))
              .arg(governmentReleases(QStringLiteral("china")));
    md += QStringLiteral("| Kind | Citations | Share |\n|---|---:|---:|\n");
    for (const KindCount &k : m_byKind)
        if (k.count > 0 || (k.kind != QLatin1String("refused") && k.kind != QLatin1String("unknown")))
            md += QStringLiteral("| %1 | %2 | %3 |\n").arg(cell(k.label)).arg(k.count).arg(percent(k.count, m_citations));
    md += QStringLiteral("\n| Publisher | Domain | Kind | Citations |\n|---|---|---|---:|\n");
    for (const PublisherCount &p : m_byPublisher)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(cell(p.publisher), cell(p.domain), cell(p.kindLabel)).arg(p.count);
    md += QStringLiteral("\nEvents that rest on a single publisher (%1):\n\n").arg(m_singleOutlet.size());
    if (!m_singleOutlet.isEmpty()) {
        md += QStringLiteral("| Event | Publisher |\n|---|---|\n");
        for (const EventNote &n : m_singleOutlet)
            md += QStringLiteral("| %1 | %2 |\n").arg(cell(n.id), cell(n.detail));
    }
    md += QStringLiteral("\nEvents whose sources are all from one side (its government or outlets based there) (%1):\n\n")
              .arg(m_singleSide.size());
    if (!m_singleSide.isEmpty()) {
        md += QStringLiteral("| Event | Side |\n|---|---|\n");
        for (const EventNote &n : m_singleSide)
            md += QStringLiteral("| %1 | %2 |\n").arg(cell(n.id), cell(n.detail));
    }
    return md;
}

QJsonObject SourceAudit::json() const
{
    QJsonArray kinds, publishers, single, oneSide;
    for (const KindCount &k : m_byKind)
        kinds.append(QJsonObject{{QStringLiteral("kind"), k.kind}, {QStringLiteral("label"), k.label},
                                 {QStringLiteral("citations"), k.count}});
    for (const PublisherCount &p : m_byPublisher)
        publishers.append(QJsonObject{{QStringLiteral("publisher"), p.publisher},
                                      {QStringLiteral("domain"), p.domain},
                                      {QStringLiteral("kind"), p.kindLabel},
                                      {QStringLiteral("citations"), p.count}});
    for (const EventNote &n : m_singleOutlet)
        single.append(QJsonObject{{QStringLiteral("event"), n.id}, {QStringLiteral("publisher"), n.detail}});
    for (const EventNote &n : m_singleSide)
        oneSide.append(QJsonObject{{QStringLiteral("event"), n.id}, {QStringLiteral("side"), n.detail}});
    return QJsonObject{
        {QStringLiteral("record_checked_to"),
         m_atlas.recordCheckedTo.isValid() ? QJsonValue(IsoDate::format(m_atlas.recordCheckedTo)) : QJsonValue()},
        {QStringLiteral("citations"), m_citations},
        {QStringLiteral("citable"), m_citable},
        {QStringLiteral("refused"), m_refused},
        {QStringLiteral("unknown"), m_unknown},
        {QStringLiteral("government_releases"),
         QJsonObject{{QStringLiteral("india"), governmentReleases(QStringLiteral("india"))},
                     {QStringLiteral("china"), governmentReleases(QStringLiteral("china"))}}},
        {QStringLiteral("by_kind"), kinds},
        {QStringLiteral("by_publisher"), publishers},
        {QStringLiteral("single_publisher_events"), single},
        {QStringLiteral("single_side_events"), oneSide},
    };
}
