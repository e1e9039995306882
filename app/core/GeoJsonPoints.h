#pragma once
// What GeoJsonPointReader hands back, and the bounds of its walk, shared
// by the reader and its SAX handler (GeoJsonPointHandler).

#include "DateFieldDetection.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace GeoJsonPoints {

// Called once, after the first kSampleRows features (or all of them, if
// fewer), with every property seen so far and its first non-empty string
// values; sets the start (and optional end) field to decode, or returns
// false to stop reading.
using FieldChooser = DateFieldDetection::Chooser;

// The features of one date field whose value is written but is not a day
// in the field's form (a string, a number, true/false, an object or array;
// not a null, nor a feature without a point, which are only skipped): how
// many, and the first one's value and place, for RowProblems.
struct Unreadable
{
    int rows = 0;
    QByteArray example;   // the value as written (a number or true/false as JSON writes it)
    qint64 offset = -1;   // the first one's feature: the byte offset of its '{'
    qint64 feature = -1;  // ... and its index among the file's features, from 0
    int line = 0;         // the line of its date property (set once the read is done)
    bool operator==(const Unreadable &o) const
    {
        return rows == o.rows && example == o.example && offset == o.offset && feature == o.feature
            && line == o.line;
    }
};

struct Rows
{
    std::vector<double> lon, lat;  // WGS84 degrees
    std::vector<qint32> start;     // Julian days
    std::vector<qint32> end;       // empty without an end field
    std::vector<qint64> offset;    // byte offset of each feature's '{' in the device
    QStringList fieldNames;        // every property name, in order of first appearance
    QString startField, endField;  // as chosen
    DateText::Form startForm = DateText::Form::None, endForm = DateText::Form::None;
    int skipped = 0;               // features without a point or a usable date
    Unreadable badStart, badEnd;   // of those, the ones with a point and a date written but unreadable
};

// Features sampled before the date field is chosen.
constexpr int kSampleRows = DateFieldDetection::kSampleRows;
// Nesting the walk follows; deeper valid JSON goes to the checked reader.
constexpr int kMaxDepth = 64;
// Property names tracked per file; more are read but not listed.
constexpr int kMaxFieldNames = 1000;

} // namespace GeoJsonPoints
