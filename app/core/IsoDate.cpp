#include "IsoDate.h"

#include <QByteArray>
#include <QCoreApplication>

namespace {

// "YYYY?MM?DD" with sep as both '?', ASCII digits only (other scripts'
// digits are not digits here). Checked in order, so a shorter
// NUL-terminated text stops at its NUL.
bool splitDay(const char *t, char sep, int *y, int *m, int *d)
{
    for (int i = 0; i < 10; ++i) {
        const bool ok = (i == 4 || i == 7) ? t[i] == sep : (t[i] >= '0' && t[i] <= '9');
        if (!ok)
            return false;
    }
    *y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
    *m = (t[5] - '0') * 10 + (t[6] - '0');
    *d = (t[8] - '0') * 10 + (t[9] - '0');
    return true;
}

// The whole of text is "YYYY-MM-DD" (nothing before or after, not even a
// final newline).
bool splitWholeDay(const QString &text, int *y, int *m, int *d)
{
    return text.size() == 10 && splitDay(text.toLatin1().constData(), '-', y, m, d);
}

// The whole of text is "YYYY-MM".
bool splitWholeMonth(const QString &text, int *y, int *m)
{
    if (text.size() != 7)
        return false;
    const QByteArray b = text.toLatin1();
    for (int i = 0; i < 7; ++i)
        if (!(i == 4 ? b[i] == '-' : (b[i] >= '0' && b[i] <= '9')))
            return false;
    *y = (b[0] - '0') * 1000 + (b[1] - '0') * 100 + (b[2] - '0') * 10 + (b[3] - '0');
    *m = (b[5] - '0') * 10 + (b[6] - '0');
    return true;
}

} // namespace

namespace IsoDate {

QDate parseDay(const QString &text)
{
    int y, m, d;
    if (!splitWholeDay(text, &y, &m, &d))
        return {};
    return QDate(y, m, d);
}

QDate parseDayOrMonth(const QString &text, bool *isMonth)
{
    if (isMonth)
        *isMonth = false;
    if (const QDate d = parseDay(text); d.isValid())
        return d;
    int y, m;
    if (!splitWholeMonth(text, &y, &m))
        return {};
    const QDate first(y, m, 1);
    if (isMonth)
        *isMonth = first.isValid(); // "2024-13" is no month
    return first;
}

QString whyInvalid(const QString &text)
{
    int y, month, d;
    if (!splitWholeDay(text, &y, &month, &d))
        return QCoreApplication::translate("IsoDate", "\"%1\" is not a date in the form YYYY-MM-DD")
            .arg(text.left(40));
    if (month < 1 || month > 12)
        return QCoreApplication::translate("IsoDate", "\"%1\" has no month %2").arg(text).arg(month);
    if (!QDate(y, month, d).isValid())
        return QCoreApplication::translate("IsoDate", "\"%1\" is not a day of the calendar").arg(text);
    return {};
}

QString format(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

bool julianDayOf(const char *t, qint32 *julianDay)
{
    if (!t)
        return false;
    // Leading blanks, as date field detection trims them.
    while (*t == ' ' || *t == '\t')
        ++t;
    // In order, so that a shorter string stops at its NUL.
    const char sep = t[0] && t[1] && t[2] && t[3] ? t[4] : '\0';
    if (sep != '-' && sep != '/')
        return false;
    int y, m, d;
    if (!splitDay(t, sep, &y, &m, &d))
        return false;
    if (t[10] != '\0' && t[10] != 'T' && t[10] != ' ')
        return false;
    if (!QDate::isValid(y, m, d))
        return false;
    *julianDay = qint32(QDate(y, m, d).toJulianDay());
    return true;
}

} // namespace IsoDate
