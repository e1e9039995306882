#pragma once
// The text of a CSV or TSV file as records of fields, read the way GDAL's
// CSV driver splits it (the separator of the header line: tab, semicolon or
// comma; fields in double quotes may hold separators, quotes written twice
// and line breaks). GDAL reads the rows; this only finds where a problem
// GDAL saw is in the text (the line of a record, the value as written), and
// the columns of a file with no header row.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace CsvText {

// The separator GDAL's driver would choose from the first line.
char separatorOf(const QByteArray &firstLine);

// Calls visit(record, line, fields) for each record of the file at path
// (record 0 is the first line, the header when there is one); stops when
// visit returns false. False if the file cannot be read.
using Visitor = std::function<bool(qint64 record, int line, const QList<QByteArray> &fields)>;
bool forEachRecord(const QString &path, const Visitor &visit);

// The first line's fields (the header, when the file has one).
QStringList firstRecord(const QString &path);

// Whether the file is a GDELT event file (v1: 57 or 58 tab-separated
// columns, v2: 61) without its header row: a first line that starts with a
// GLOBALEVENTID and a YYYYMMDD SQLDATE, where column names would be.
bool isHeaderlessGdelt(const QString &path);

} // namespace CsvText
