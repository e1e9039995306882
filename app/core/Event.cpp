#include "Event.h"

#include "IsoDate.h"

QString Event::dateText() const
{
    if (datePrecision == QLatin1String("month"))
        return date.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(" (month)");
    if (datePrecision == QLatin1String("range") && dateEnd.isValid())
        return IsoDate::format(date) + QStringLiteral(" – ") + IsoDate::format(dateEnd);
    return IsoDate::format(date);
}

QStringList Event::typeIds()
{
    return {QStringLiteral("clash"),          QStringLiteral("standoff"),
            QStringLiteral("talks"),          QStringLiteral("agreement"),
            QStringLiteral("disengagement"),  QStringLiteral("patrol-resumed"),
            QStringLiteral("buffer-zone"),    QStringLiteral("meeting"),
            QStringLiteral("statement")};
}
