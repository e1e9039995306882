#pragma once
// Rows a reader of dated points leaves out because a value is written but
// cannot be read (a date not in its column's form, a position that is no
// number or out of range), gathered per column as the rows go by: how
// many, the first value as written and where it is. report() makes one
// "FILE:LINE: message" of each column, for the window, the command line and
// --validate. Empty values are not problems: a row with no date or no
// position is only skipped (and counted).
//
// For CSV the rows GDAL read cannot be traced back to lines (a large file
// is read from a sorted copy), so the text itself is checked, once, when a
// read skipped rows (checkCsv).

#include "DataError.h"
#include "DateText.h"

#include <QList>
#include <QString>

class RowProblems
{
public:
    // A row whose value of field is not a date in form. line 0 when the
    // reader does not know it; row is then named instead. A reader that
    // counted such rows itself gives the first with their number.
    void date(const QString &field, DateText::Form form, const QString &value, qint64 row, int line, int rows = 1);
    // A row whose position in columns ("latitude/longitude") cannot be read.
    void position(const QString &columns, const QString &value, qint64 row, int line);
    bool isEmpty() const { return m_columns.isEmpty(); }
    DataErrors report(const QString &file) const;

    // Checks the text of a CSV or TSV with a header: the date columns'
    // values in their forms (endField may be empty), the coordinate columns
    // GDAL reads (GdalOpen::csvCoordinateNames) as numbers in range.
    void checkCsv(const QString &path, const QString &dateField, DateText::Form dateForm, const QString &endField,
                  DateText::Form endForm);

    // A number as GDAL's CSV driver reads one (a decimal comma too).
    static bool isNumber(const QByteArray &text, double *value);

private:
    struct Column
    {
        QString name;
        bool isDate = false;
        DateText::Form form = DateText::Form::None;
        int rows = 0;
        QString example;
        qint64 row = -1;
        int line = 0;
    };
    Column &column(const QString &name, bool isDate);
    QList<Column> m_columns;
};
