#include "Citations.h"

#include <QStringList>

QString Citations::cite(const QList<SourceRef> &sources)
{
    QStringList numbers;
    for (const SourceRef &s : sources) {
        qsizetype n = 0;
        while (n < m_sources.size() && m_sources[n].url != s.url)
            ++n;
        if (n == m_sources.size())
            m_sources << s;
        numbers << QString::number(n + 1);
    }
    return numbers.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(numbers.join(QStringLiteral(", ")));
}

QString Citations::kindOf(const SourcePolicy *policy, const QString &url)
{
    if (!policy)
        return {};
    const SourcePolicy::Verdict v = policy->classify(url);
    return v.result == SourcePolicy::Verdict::Result::Known ? v.kindLabel : QString();
}
