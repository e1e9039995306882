#include "Search.h"

#include "Translations.h"
#include <QCoreApplication>
#include <algorithm>

namespace {

// 0 = name starts with the text, 1 = name contains it, 2 = other text does; -1 = no match.
int rank(const QString &needle, const QStringList &names, const QStringList &texts)
{
    for (const QString &n : names)
        if (n.startsWith(needle, Qt::CaseInsensitive))
            return 0;
    for (const QString &n : names)
        if (n.contains(needle, Qt::CaseInsensitive))
            return 1;
    for (const QString &t : texts)
        if (t.contains(needle, Qt::CaseInsensitive))
            return 2;
    return -1;
}

} // namespace

namespace Search {

QList<SearchResult> find(const Atlas &atlas, const QString &text, int maxResults)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    struct Ranked {
        int rank;
        int order;
        SearchResult result;
    };
    std::vector<Ranked> found;
    int order = 0;
    for (int i = 0; i < atlas.flashpoints.size(); ++i) {
        const Flashpoint &f = atlas.flashpoints[i];
        const int r = rank(needle, {f.name, f.nameOther, f.id}, {f.description, f.sector});
        if (r >= 0)
            found.push_back({r, order++, {SearchResult::Kind::Flashpoint, f.id, i,
                                          QCoreApplication::translate("Search", "%1 — flashpoint").arg(Translations::displayName(f.name, f.nameOther))}});
    }
    for (int i = 0; i < atlas.places.size(); ++i) {
        const Place &p = atlas.places[i];
        const int r = rank(needle, {p.name, p.nameOther, p.id}, {p.description, p.notes});
        if (r >= 0)
            found.push_back({r, order++, {SearchResult::Kind::Place, p.id, i,
                                          QStringLiteral("%1 — %2").arg(Translations::displayName(p.name, p.nameOther), p.kind)}});
    }
    for (int i = 0; i < atlas.events.size(); ++i) {
        const Event &e = atlas.events[i];
        QStringList texts{e.summary, e.type, e.flashpoints.join(QLatin1Char(' '))};
        for (const SourceRef &s : e.sources)
            texts << s.publisher;
        const int r = rank(needle, {e.title, e.id}, texts);
        if (r >= 0)
            found.push_back({r, order++, {SearchResult::Kind::Event, e.id, i,
                                          QCoreApplication::translate("Search", "%1 %2 — event").arg(e.date.toString(Qt::ISODate), e.markedTitle())}});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; });
    QList<SearchResult> out;
    for (const Ranked &r : found) {
        if (out.size() >= maxResults)
            break;
        out.append(r.result);
    }
    return out;
}

} // namespace Search
