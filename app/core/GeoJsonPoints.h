#pragma once
// What GeoJsonPointReader hands back, and the bounds of its walk, shared
// by the reader and its SAX handler (GeoJsonPointHandler).

#include "DateFieldDetection.h"

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

struct Rows
{
    std::vector<double> lon, lat;  // WGS84 degrees
    std::vector<qint32> start;     // Julian days
    std::vector<qint32> end;       // empty without an end field
    std::vector<qint64> offset;    // byte offset of each feature's '{' in the device
    QStringList fieldNames;        // every property name, in order of first appearance
    QString startField, endField;  // as chosen
    int skipped = 0;               // features without a point or a usable date
};

// Features sampled before the date field is chosen.
constexpr int kSampleRows = DateFieldDetection::kSampleRows;
// Nesting the walk follows; deeper valid JSON goes to the checked reader.
constexpr int kMaxDepth = 64;
// Property names tracked per file; more are read but not listed.
constexpr int kMaxFieldNames = 1000;

} // namespace GeoJsonPoints
