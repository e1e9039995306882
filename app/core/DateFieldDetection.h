#pragma once
// Which field of a user's point layer holds the date (and which the end
// date), from the field names, their types and sample values: the same
// choice for every reader of dated points (GDAL, the streaming GeoJSON
// reader, a layer already read by LayerReader).

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace DateFieldDetection {

struct Field
{
    QString name;
    bool dateType = false;      // GDAL Date or DateTime (counts only with samples)
    bool stringType = false;
    QStringList samples;        // first non-empty values, as text
};

struct Detection
{
    QString start, end;         // chosen (end may be empty)
    QStringList candidates;     // when ambiguous or none
    bool ambiguous = false;
};

// How a reader asks for the choice once it has sampled the first rows: sets
// the start (and optional end) field, or returns false to stop reading.
using Chooser = std::function<bool(const QList<Field> &fields, QString *start, QString *end)>;

// A text field is a date field when every sample is a date
// (IsoDate::julianDayOf); a pair named like start/end, or one field plainly
// named "date", is chosen among several; otherwise the choice is ambiguous.
Detection detect(const QList<Field> &fields);

// "several date fields (a, b|c); choose one": the one wording, for the
// window's message and the command line's error.
QString severalDateFields(const QStringList &candidates);

// How many rows are sampled and how many values kept per field.
constexpr int kSampleRows = 200;
constexpr int kSamplesPerField = 50;

} // namespace DateFieldDetection
