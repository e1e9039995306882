#include "ProblemList.h"

ProblemList::ProblemList(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("problemsLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);   // messages quote the user's text
    setStyleSheet(QStringLiteral("color: #b00020"));
    hide();
}

bool ProblemList::review(QStringList errors, bool hasSources,
                         const std::function<LoadResult(DataErrors *warnings)> &check, const QByteArray &content)
{
    if (!hasSources)
        errors << tr("Cite at least one source: the publisher's own page.");
    DataErrors warnings;
    if (errors.isEmpty() && check)
        for (const DataError &e : check(&warnings).errors)
            errors << e.message;
    QStringList lines = errors;
    for (const DataError &w : warnings)
        lines << tr("Note: %1").arg(w.message);
    bool ok = errors.isEmpty();
    if (ok && !warnings.isEmpty() && content != m_warned) {
        m_warned = content;
        lines << tr("Press OK again to keep it as it is.");
        ok = false;
    }
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
    return ok;
}
