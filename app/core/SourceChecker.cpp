#include "SourceChecker.h"

#include <QCoreApplication>
#include <QFile>

SourceChecker::SourceChecker(const SourcePolicy &policy, const RawLayer &layer, DataErrors *errors,
                             DataErrors *warnings)
    : m_policy(policy), m_layer(layer), m_errors(errors), m_warnings(warnings)
{
}

// The line that holds url, searched from the feature's "sources" on: GDAL
// gives no lines, and the locator records top-level properties only. Read
// only when there is something to report, so a clean file costs nothing.
int SourceChecker::lineOfUrl(int index, const QString &url)
{
    const auto &where = m_layer.features[size_t(index)].where;
    const int from = where.propertyLine.value(QStringLiteral("sources"), where.line);
    if (!m_layer.located)
        return from;
    if (!m_read) {
        m_read = true;
        QFile f(m_layer.file);
        if (f.open(QIODevice::ReadOnly))
            m_lines = f.readAll().split('\n');
    }
    const QByteArray needle = "\"" + url.toUtf8() + "\"";
    for (int i = std::max(0, from - 1); i < m_lines.size(); ++i)
        if (m_lines[i].contains(needle))
            return i + 1;
    return from;
}

void SourceChecker::check(int index, const QList<SourceRef> &sources, bool needPrimary)
{
    if (index < 0 || size_t(index) >= m_layer.features.size())
        return;
    bool primary = false, anyWeb = false;
    int n = 0;
    for (const SourceRef &s : sources) {
        ++n;
        // An address that is no web page is already an error of the schema.
        if (!SourceRef::isWebUrl(s.url))
            continue;
        anyWeb = true;
        const SourcePolicy::Verdict v = m_policy.classify(s.url);
        switch (v.result) {
        case SourcePolicy::Verdict::Result::Refused:
            m_errors->append(DataError { m_layer.file, lineOfUrl(index, s.url), index,
                DataError::escapeControls(QCoreApplication::translate("SourceChecker",
                    "source %1 is refused by the source policy: %2 "
                    "is %3; cite the publisher's own page (%4)")
                                              .arg(n)
                                              .arg(s.url.left(200), v.why, m_policy.path())) });
            break;
        case SourcePolicy::Verdict::Result::Unknown:
            if (m_warnings)
                m_warnings->append(DataError { m_layer.file, lineOfUrl(index, s.url), index,
                    DataError::escapeControls(QCoreApplication::translate("SourceChecker",
                        "warning: source %1 (%2): the source policy "
                        "does not know the domain %3; add it to %4 "
                        "with its kind")
                                                  .arg(n)
                                                  .arg(s.url.left(200), v.domain, m_policy.path())) });
            break;
        case SourcePolicy::Verdict::Result::Known:
            primary = primary || v.primary;
            break;
        }
    }
    if (needPrimary && !primary && anyWeb) {
        const auto &where = m_layer.features[size_t(index)].where;
        m_errors->append(
            DataError { m_layer.file, where.propertyLine.value(QStringLiteral("sources"), where.line), index,
                QCoreApplication::translate("SourceChecker",
                    "no primary source: cite a government's release or the "
                    "outlet that did the reporting, on its own site") });
    }
}
