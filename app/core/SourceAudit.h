#pragma once
// What the record cites, counted: citations by kind and by publisher, under
// the source policy, and the events that rest on a single outlet or on one
// side's sources alone. Printed by "lacviewer --sources" (Markdown tables, or
// JSON), and kept in geodata/README.md, where a test holds it current.

#include "Atlas.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

class SourceAudit
{
public:
    struct KindCount {
        QString kind;        // policy kind id, or "refused" / "unknown"
        QString label;
        int count = 0;
    };
    struct PublisherCount {
        QString publisher;
        QString domain;
        QString kindLabel;
        int count = 0;
    };
    struct EventNote {
        QString id;
        QString detail;      // the one publisher, or the one side
    };

    explicit SourceAudit(const Atlas &atlas);

    int citations() const { return m_citations; }
    int citable() const { return m_citable; }        // governments, outlets, en.wikipedia.org
    int refused() const { return m_refused; }
    int unknown() const { return m_unknown; }
    // Distinct release pages of each side's government (india, china).
    int governmentReleases(const QString &side) const { return int(m_government.value(side).size()); }
    QList<KindCount> byKind() const { return m_byKind; }
    QList<PublisherCount> byPublisher() const { return m_byPublisher; }
    QList<EventNote> singleOutlet() const { return m_singleOutlet; }
    QList<EventNote> singleSide() const { return m_singleSide; }

    QString markdown() const;
    QJsonObject json() const;

private:
    void count(const QList<SourceRef> &sources);

    const Atlas &m_atlas;
    int m_citations = 0, m_citable = 0, m_refused = 0, m_unknown = 0;
    QHash<QString, QSet<QString>> m_government;  // side -> the release pages cited
    QList<KindCount> m_byKind;
    QList<PublisherCount> m_byPublisher;
    QList<EventNote> m_singleOutlet, m_singleSide;
};
