#pragma once
// Strict ISO-8601 calendar dates. QDate::fromString accepts things we must
// reject (and we must say why 2024-02-30 is wrong), so parsing lives here:
// one reading of "YYYY-MM-DD" for the bundled record's checks and for the
// date fields of the user's layers.

#include <QDate>
#include <QString>

namespace IsoDate {
// "YYYY-MM-DD" only, a real calendar day; invalid QDate otherwise.
QDate parseDay(const QString &text);
// "YYYY-MM-DD" or "YYYY-MM"; a month is returned as its first day.
QDate parseDayOrMonth(const QString &text, bool *isMonth = nullptr);
// Why text is not a valid "YYYY-MM-DD" date, or empty when it is.
QString whyInvalid(const QString &text);
QString format(const QDate &date);

// A date field's value in a user's layer, as a Julian day: a real calendar
// day written "YYYY-MM-DD" (or "YYYY/MM/DD", GDAL's text form of a Date
// field), after any leading blanks, optionally followed by a time ("T…" or
// " …"). No allocation: the bulk readers call it once a row.
bool julianDayOf(const char *text, qint32 *julianDay);
}
