#include "ExportStep.h"

#include <QRegularExpression>

bool ExportStep::parse(const QString &text, ExportStep *step)
{
    if (text == QLatin1String("events")) {
        *step = ExportStep{Unit::Events, 1};
        return true;
    }
    static const QRegularExpression re(QStringLiteral("^([1-9]\\d{0,2})([dwm])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QChar unit = m.captured(2).at(0);
    step->count = m.captured(1).toInt();
    step->unit = unit == QLatin1Char('d')   ? Unit::Days
                 : unit == QLatin1Char('w') ? Unit::Weeks
                                            : Unit::Months;
    return true;
}

QString ExportStep::name() const
{
    switch (unit) {
    case Unit::Days: return QStringLiteral("%1d").arg(count);
    case Unit::Weeks: return QStringLiteral("%1w").arg(count);
    case Unit::Months: return QStringLiteral("%1m").arg(count);
    case Unit::Events: return QStringLiteral("events");
    }
    return QString();
}

QList<QDate> ExportStep::frameDates(const Atlas &atlas, const QDate &from, const QDate &to) const
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid() || to < from)
        return dates;
    if (unit == Unit::Events) {
        const auto [first, last] = atlas.eventIndex.range(from, to);
        for (int i = first; i < last; ++i) {
            const QDate d = atlas.events[i].date;
            if (dates.isEmpty() || dates.back() != d)
                dates.append(d);
        }
        return dates;
    }
    for (int i = 0;; ++i) {
        QDate d;
        switch (unit) {
        case Unit::Days: d = from.addDays(qint64(i) * count); break;
        case Unit::Weeks: d = from.addDays(qint64(i) * count * 7); break;
        default: d = from.addMonths(i * count); break;
        }
        if (!d.isValid() || d > to)
            break;
        dates.append(d);
    }
    return dates;
}
