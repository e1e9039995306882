#include "DataError.h"

#include <QCoreApplication>

QString DataError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    QString text = message;
    if (line <= 0 && feature >= 0)
        text = QCoreApplication::translate("DataError", "feature %1: %2").arg(feature + 1).arg(message);
    // Escaped here, once, so no message (present or future) can carry
    // control characters from a data file to a terminal.
    return escapeControls(where + QStringLiteral(": ") + text);
}

QString DataError::escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x200e || u == 0x200f
                             || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control)
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}
