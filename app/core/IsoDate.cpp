#include "IsoDate.h"

#include <QRegularExpression>

namespace {
// ASCII digits only (\d would also match other scripts' digits, which
// QString::toInt() does not read), and anchored with \A...\z: "$" would
// also match before a final newline, letting "2020-06-15\n" through.
const QRegularExpression &dayPattern()
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})")));
    return re;
}
const QRegularExpression &monthPattern()
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})-([0-9]{2})")));
    return re;
}
} // namespace

namespace IsoDate {

QDate parseDay(const QString &text)
{
    const auto m = dayPattern().match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate parseDayOrMonth(const QString &text, bool *isMonth)
{
    if (isMonth)
        *isMonth = false;
    if (const QDate d = parseDay(text); d.isValid())
        return d;
    const auto m = monthPattern().match(text);
    if (!m.hasMatch())
        return {};
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (isMonth)
        *isMonth = first.isValid(); // "2024-13" is no month
    return first;
}

QString whyInvalid(const QString &text)
{
    const auto m = dayPattern().match(text);
    if (!m.hasMatch())
        return QStringLiteral("\"%1\" is not a date in the form YYYY-MM-DD").arg(text.left(40));
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return QStringLiteral("\"%1\" has no month %2").arg(text).arg(month);
    if (!QDate(m.captured(1).toInt(), month, m.captured(3).toInt()).isValid())
        return QStringLiteral("\"%1\" is not a day of the calendar").arg(text);
    return {};
}

QString format(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace IsoDate
