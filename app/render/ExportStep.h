#pragma once
// One step of a date series (--step, the frames of a series or an animated
// GIF): N days, weeks or months, or each event date; its text form and the
// dates it gives over a range.

#include "Atlas.h"

#include <QDate>
#include <QList>
#include <QString>

struct ExportStep {
    enum class Unit { Days, Weeks, Months, Events };
    Unit unit = Unit::Events;
    int count = 1;

    // "1d", "2w", "1m", "events"; false if text is none of those.
    static bool parse(const QString &text, ExportStep *step);
    QString name() const;

    // The dates from from to to inclusive, one per step (for events: each
    // distinct event date in the range). Months are counted from from, so
    // 2020-01-31 + 1m is 2020-02-29 and + 2m is 2020-03-31.
    QList<QDate> frameDates(const Atlas &atlas, const QDate &from, const QDate &to) const;
};
