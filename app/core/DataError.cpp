#include "DataError.h"

QString DataError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    QString text = message;
    if (line <= 0 && feature >= 0)
        text = QStringLiteral("feature %1: %2").arg(feature + 1).arg(message);
    return where + QStringLiteral(": ") + text;
}
