#pragma once
// Which publishers the bundled record (and a user's record) may cite, read from
// geodata/source-policy.json: each known domain's kind (a government, a news
// outlet on its own site, an encyclopedia, a research institute) and the
// domains refused outright (forums, copies, mirrors, aggregators, coaching
// and SEO sites, blogs). A bare IP address is always refused: it names no
// publisher. The validator and --sources both classify through this one table.

#include "DataError.h"
#include "SourceRef.h"

#include <QHash>
#include <QList>
#include <QString>

class SourcePolicy
{
public:
    struct Kind {
        QString id;           // india-government, china-government, news, ...
        QString label;        // "Indian government"
        bool primary = false; // a government release or the reporting outlet itself
        QString side;         // india, china or empty: whose government
    };
    struct Verdict {
        enum class Result { Known, Refused, Unknown };
        Result result = Result::Unknown;
        QString domain;       // the policy entry that matched (or the host when none did)
        QString kind;         // a Kind id when known, a refused kind id when refused
        QString kindLabel;
        QString publisher;    // as the policy names it
        QString side;         // india / china when a government's, or an outlet based there
        bool primary = false;
        QString why;          // for Refused: "a discussion forum (defence.pk)"
    };

    // Reads the policy; on a problem appends FILE:LINE errors and returns false.
    bool load(const QString &path, DataErrors *errors);
    bool isLoaded() const { return !m_kinds.isEmpty(); }
    QString path() const { return m_path; }

    Verdict classify(const QString &url) const;
    // The kinds in the file's order (for reports).
    QList<Kind> kinds() const { return m_kinds; }
    const Kind *kind(const QString &id) const;

private:
    struct Entry {
        QString kind;         // a Kind id, or empty when refused
        QString refused;      // a refused kind id, or empty
        QString publisher;
        QString side;
    };
    QString m_path;
    QList<Kind> m_kinds;
    QHash<QString, QString> m_refusedLabels;  // refused kind id -> "a discussion forum"
    QHash<QString, Entry> m_domains;          // "thehindu.com" -> entry
};
