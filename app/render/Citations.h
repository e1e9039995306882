#pragma once
// Numbered citations: each source gets a number the first time a document
// cites it, so the list at its end reads in the order the text uses them.
// The briefing and the comparison export number their sources this way.

#include "SourcePolicy.h"
#include "SourceRef.h"

#include <QList>
#include <QString>

class Citations
{
public:
    // " [3, 4]" for sources (a source is known by its address), numbering
    // those cited for the first time; empty for none.
    QString cite(const QList<SourceRef> &sources);
    // Every source cited, source n at index n - 1.
    const QList<SourceRef> &sources() const { return m_sources; }
    void clear() { m_sources.clear(); }

    // The kind the source policy gives url ("News outlet (own site)"); empty
    // when there is no policy or it does not know the domain.
    static QString kindOf(const SourcePolicy *policy, const QString &url);

private:
    QList<SourceRef> m_sources;
};
