#include "Event.h"

#include <QCoreApplication>

#include "IsoDate.h"

QString Event::dateText() const
{
    if (datePrecision == QLatin1String("month"))
        return QCoreApplication::translate("Event", "%1 (month)").arg(date.toString(QStringLiteral("yyyy-MM")));
    if (datePrecision == QLatin1String("range") && dateEnd.isValid())
        return IsoDate::format(date) + QStringLiteral(" – ") + IsoDate::format(dateEnd);
    if (datePrecision == QLatin1String("between") && dateEnd.isValid())
        return QCoreApplication::translate("Event", "between %1 and %2").arg(IsoDate::format(date), IsoDate::format(dateEnd));
    return IsoDate::format(date);
}

QDate Event::uncertainEnd() const
{
    if (datePrecision == QLatin1String("month"))
        return QDate(date.year(), date.month(), 1).addMonths(1).addDays(-1);
    if (datePrecision == QLatin1String("between"))
        return dateEnd;
    return {};
}

QStringList Event::typeIds()
{
    return {QStringLiteral("clash"),          QStringLiteral("standoff"),
            QStringLiteral("talks"),          QStringLiteral("agreement"),
            QStringLiteral("disengagement"),  QStringLiteral("patrol-resumed"),
            QStringLiteral("buffer-zone"),    QStringLiteral("meeting"),
            QStringLiteral("statement")};
}

QString Event::sideLabel(const QString &side)
{
    if (side == QLatin1String("india"))
        return QStringLiteral("India");
    if (side == QLatin1String("china"))
        return QStringLiteral("China");
    return side;
}

QString Event::markedTitle() const
{
    return own ? QCoreApplication::translate("Event", "%1 [your record]").arg(title) : title;
}
