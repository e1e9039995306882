#pragma once
// Dates as real exports write them, for the date fields of the user's
// layers: ISO dates and datetimes, "15 June 2020", "15-Jun-2020",
// "June 15, 2020", YYYYMMDD (GDELT's SQLDATE, as text or an integer), Unix
// epoch seconds (ACLED's "timestamp"), and numeric day/month dates
// ("15/06/2020", "6/15/2020") whose order is known.
//
// A field is read in one form, chosen from its sampled values
// (DateFieldDetection): a column is never half day-first and half
// month-first. Parsing a value in a form allocates nothing: the bulk
// readers call it once a row. The record's own files keep IsoDate's strict
// "YYYY-MM-DD" only.

#include <QString>
#include <QtGlobal>

namespace DateText {

enum class Form : quint8 {
    None,
    Iso,          // 2020-06-15, 2020/06/15, optionally followed by a time
    DayMonthName, // 15 June 2020, 15-Jun-2020, 15 Jun. 2020
    MonthNameDay, // June 15, 2020, Jun 15 2020
    Compact,      // 20200615 (or 20200615143000: GDELT 2's DATEADDED)
    Epoch,        // 1592236800: seconds since 1970-01-01 UTC
    DayFirst,     // 15/06/2020, 15.06.2020, 15-06-2020
    MonthFirst    // 06/15/2020
};

// The day/month order of numeric dates, when the values do not tell.
enum class Order : quint8 { Unknown, DayFirst, MonthFirst };

// The forms text could be in, as a bit set of (1u << Form). Epoch seconds
// only when epochAllowed (a field named for a timestamp): a column of
// plain numbers is not taken for dates.
unsigned formsOf(const char *text, bool epochAllowed);
inline bool has(unsigned forms, Form f) { return forms & (1u << unsigned(f)); }

// text, in form, as a Julian day; false if it is not a real day in it.
// Leading blanks are ignored; a time may follow a date ("T…" or " …").
bool julianDayOf(const char *text, Form form, qint32 *julianDay);

// What a form looks like, for messages: "15 June 2020".
QString example(Form form);
// "dmy" / "mdy": the names of --date-order and of the remembered choice.
QString orderName(Order order);
Order orderNamed(const QString &name);

} // namespace DateText
