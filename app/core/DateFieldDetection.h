#pragma once
// Which field of a user's point layer holds the date (and which the end
// date), and in which form its values are written (DateText), from the
// field names, their types and sample values: the same choice for every
// reader of dated points (GDAL, the streaming GeoJSON reader, a layer
// already read by LayerReader).

#include "DateText.h"

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
    bool integerType = false;   // YYYYMMDD or epoch seconds stored as numbers
    QStringList samples;        // first non-empty values, as text
    QList<qint64> sampleRows;   // the reader's row of each sample, where it keeps them
};

// What a reader reads: the start (and optional end) field and their forms.
struct Choice
{
    QString start, end;
    DateText::Form startForm = DateText::Form::Iso;
    DateText::Form endForm = DateText::Form::Iso;
};

struct Detection
{
    QString start, end;         // chosen (end may be empty)
    DateText::Form startForm = DateText::Form::None, endForm = DateText::Form::None;
    QStringList candidates;     // when ambiguous or none
    bool ambiguous = false;
    // A chosen field of numeric dates whose day/month order no sampled
    // value tells (03/04/2020) and that was not given: ask for it.
    QString orderUnclear;
    QString orderExample;
    // No date field, but a column named for dates (event_date, SQLDATE,
    // timestamp...) whose sampled values are not dates in any form read:
    // its name, how many of how many samples fail, the first that does
    // and its index in the samples.
    QString unreadable;
    QString unreadableExample;
    int unreadableIndex = -1;
    int unreadableCount = 0, sampled = 0;
};

// How a reader asks for the choice once it has sampled the first rows: sets
// the fields and forms, or returns false to stop reading.
using Chooser = std::function<bool(const QList<Field> &fields, Choice *choice)>;

// The form of a field's values: the one in which more than half of the
// samples are real days (all of them for a field not named for dates), the
// ISO form first; numeric dates take their order from the values (a 15 in
// the first place is a day), else from order. None when no form fits;
// *orderUnclear when only the order is missing.
DateText::Form formOf(const Field &field, DateText::Order order, bool *orderUnclear = nullptr);

// Dated fields are those with a form; a pair named like start/end, or one
// field plainly named "date", is chosen among several; bookkeeping times
// (a record's "timestamp", GDELT's DATEADDED, "updated"...) give way to any
// other date field; otherwise the choice is ambiguous.
Detection detect(const QList<Field> &fields, DateText::Order order = DateText::Order::Unknown);

// Whether a column's name says it holds dates or times.
bool namedForDates(const QString &name);

// "several date fields (a, b|c); choose one": the one wording, for the
// window's message and the command line's error.
QString severalDateFields(const QStringList &candidates);

// How many rows are sampled and how many values kept per field.
constexpr int kSampleRows = 200;
constexpr int kSamplesPerField = 50;

} // namespace DateFieldDetection
