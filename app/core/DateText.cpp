#include "DateText.h"

#include "IsoDate.h"

#include <QDate>

#include <cstring>

namespace {

constexpr qint32 kUnixEpochJulianDay = 2440588; // 1970-01-01
// Years a date of an export may have: wider than any event record, narrow
// enough that an 8-digit count or id is not taken for a date.
constexpr int kFirstYear = 1800, kLastYear = 2199;

bool digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// n digits at t into *v; false if any is not a digit (a NUL stops it).
bool digits(const char *t, int n, int *v)
{
    int x = 0;
    for (int i = 0; i < n; ++i) {
        if (!digit(t[i]))
            return false;
        x = x * 10 + (t[i] - '0');
    }
    *v = x;
    return true;
}

// 1 or 2 digits (a day or month number), advancing *p.
bool smallNumber(const char **p, int *v)
{
    const char *t = *p;
    if (!digit(t[0]))
        return false;
    int n = digit(t[1]) ? 2 : 1;
    if (digit(t[n]))
        return false;
    digits(t, n, v);
    *p = t + n;
    return true;
}

// Exactly 4 digits, advancing *p.
bool year4(const char **p, int *v)
{
    if (!digits(*p, 4, v) || digit((*p)[4]))
        return false;
    *p += 4;
    return true;
}

// After the date: the end, or blanks and anything (a time).
bool dateEnds(const char *t) { return *t == '\0' || *t == ' ' || *t == '\t' || *t == 'T'; }
// After a number: only blanks to the end.
bool onlyBlanks(const char *t)
{
    while (*t == ' ' || *t == '\t')
        ++t;
    return *t == '\0';
}

// English month names, full or as their first three letters ("Sept" too).
int monthNamed(const char **p)
{
    static const char *const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    const char *t = *p;
    int n = 0;
    char word[10];
    while (letter(t[n])) {
        if (n == 9)
            return 0;
        word[n] = lower(t[n]);
        ++n;
    }
    if (n < 3)
        return 0;
    word[n] = '\0';
    for (int m = 0; m < 12; ++m) {
        const size_t full = std::strlen(names[m]);
        if ((size_t(n) == full || n == 3 || (m == 8 && n == 4)) && std::strncmp(word, names[m], size_t(n)) == 0) {
            *p = t + n + (t[n] == '.' ? 1 : 0); // "Jun." and "Sept." too
            return m + 1;
        }
    }
    return 0;
}

// Separators between the parts of a written date: blanks, '-', '/', '.', ','.
bool separators(const char **p)
{
    const char *t = *p;
    while (*t == ' ' || *t == '-' || *t == '/' || *t == '.' || *t == ',')
        ++t;
    const bool any = t != *p;
    *p = t;
    return any;
}

// "st", "nd", "rd", "th" after a day number.
void ordinal(const char **p)
{
    const char a = lower((*p)[0]);
    if (!a)
        return; // in order: nothing is read past the end
    const char b = lower((*p)[1]);
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
        if (!letter((*p)[2]))
            *p += 2;
}

bool realDay(int y, int m, int d, qint32 *jd)
{
    if (y < kFirstYear || y > kLastYear || !QDate::isValid(y, m, d))
        return false;
    if (jd)
        *jd = qint32(QDate(y, m, d).toJulianDay());
    return true;
}

bool dayMonthName(const char *t, qint32 *jd)
{
    int d, y;
    if (!smallNumber(&t, &d))
        return false;
    ordinal(&t);
    if (!separators(&t))
        return false;
    const int m = monthNamed(&t);
    if (!m || !separators(&t) || !year4(&t, &y) || !dateEnds(t))
        return false;
    return realDay(y, m, d, jd);
}

bool monthNameDay(const char *t, qint32 *jd)
{
    int d, y;
    const int m = monthNamed(&t);
    if (!m || !separators(&t) || !smallNumber(&t, &d))
        return false;
    ordinal(&t);
    if (!separators(&t) || !year4(&t, &y) || !dateEnds(t))
        return false;
    return realDay(y, m, d, jd);
}

bool compact(const char *t, qint32 *jd)
{
    int y, m, d;
    if (!digits(t, 4, &y) || !digits(t + 4, 2, &m) || !digits(t + 6, 2, &d))
        return false;
    const char *rest = t + 8;
    int hms;
    if (digit(*rest)) { // YYYYMMDDHHMMSS
        if (!digits(rest, 6, &hms) || hms / 10000 > 23 || hms / 100 % 100 > 59 || hms % 100 > 60)
            return false;
        rest += 6;
    }
    return onlyBlanks(rest) && realDay(y, m, d, jd);
}

bool epoch(const char *t, qint32 *jd)
{
    qint64 seconds = 0;
    int n = 0;
    for (; digit(t[n]); ++n) {
        if (n == 11)
            return false;
        seconds = seconds * 10 + (t[n] - '0');
    }
    if (n == 0)
        return false;
    const char *rest = t + n;
    if (*rest == '.') { // fractions of a second
        ++rest;
        while (digit(*rest))
            ++rest;
    }
    if (!onlyBlanks(rest))
        return false;
    const qint64 day = kUnixEpochJulianDay + seconds / 86400;
    const QDate date = QDate::fromJulianDay(day);
    if (date.year() > kLastYear)
        return false;
    if (jd)
        *jd = qint32(day);
    return true;
}

// d1 SEP d2 SEP YYYY with the same separator twice; *a and *b as written.
bool numeric(const char *t, int *a, int *b, int *y)
{
    if (!smallNumber(&t, a))
        return false;
    const char sep = *t;
    if (sep != '/' && sep != '.' && sep != '-')
        return false;
    ++t;
    if (!smallNumber(&t, b) || *t != sep)
        return false;
    ++t;
    return year4(&t, y) && dateEnds(t);
}

} // namespace

namespace DateText {

unsigned formsOf(const char *text, bool epochAllowed)
{
    if (!text)
        return 0;
    while (*text == ' ' || *text == '\t')
        ++text;
    unsigned forms = 0;
    auto add = [&forms](Form f) { forms |= 1u << unsigned(f); };
    qint32 jd;
    if (IsoDate::julianDayOf(text, &jd))
        add(Form::Iso);
    if (dayMonthName(text, nullptr))
        add(Form::DayMonthName);
    if (monthNameDay(text, nullptr))
        add(Form::MonthNameDay);
    if (compact(text, nullptr))
        add(Form::Compact);
    if (epochAllowed && epoch(text, nullptr))
        add(Form::Epoch);
    int a, b, y;
    if (numeric(text, &a, &b, &y)) {
        if (realDay(y, b, a, nullptr))
            add(Form::DayFirst);
        if (realDay(y, a, b, nullptr))
            add(Form::MonthFirst);
    }
    return forms;
}

bool julianDayOf(const char *text, Form form, qint32 *jd)
{
    if (!text)
        return false;
    while (*text == ' ' || *text == '\t')
        ++text;
    int a, b, y;
    switch (form) {
    case Form::None:
        return false;
    case Form::Iso:
        return IsoDate::julianDayOf(text, jd);
    case Form::DayMonthName:
        return dayMonthName(text, jd);
    case Form::MonthNameDay:
        return monthNameDay(text, jd);
    case Form::Compact:
        return compact(text, jd);
    case Form::Epoch:
        return epoch(text, jd);
    case Form::DayFirst:
        return numeric(text, &a, &b, &y) && realDay(y, b, a, jd);
    case Form::MonthFirst:
        return numeric(text, &a, &b, &y) && realDay(y, a, b, jd);
    }
    return false;
}

QString example(Form form)
{
    switch (form) {
    case Form::None: break;
    case Form::Iso: return QStringLiteral("2020-06-15");
    case Form::DayMonthName: return QStringLiteral("15 June 2020");
    case Form::MonthNameDay: return QStringLiteral("June 15, 2020");
    case Form::Compact: return QStringLiteral("20200615");
    case Form::Epoch: return QStringLiteral("1592179200");
    case Form::DayFirst: return QStringLiteral("15/06/2020");
    case Form::MonthFirst: return QStringLiteral("06/15/2020");
    }
    return {};
}

QString orderName(Order order)
{
    switch (order) {
    case Order::DayFirst: return QStringLiteral("dmy");
    case Order::MonthFirst: return QStringLiteral("mdy");
    case Order::Unknown: break;
    }
    return {};
}

Order orderNamed(const QString &name)
{
    if (name.compare(QLatin1String("dmy"), Qt::CaseInsensitive) == 0)
        return Order::DayFirst;
    if (name.compare(QLatin1String("mdy"), Qt::CaseInsensitive) == 0)
        return Order::MonthFirst;
    return Order::Unknown;
}

} // namespace DateText
