#pragma once
// A line or zone drawn by one side or described by sources: each side's
// perceived LAC, claim lines, buffer zones. Valid over an interval of dates.

#include "Geometry.h"
#include "SourceRef.h"

#include <QDate>

struct MapLine
{
    QString id;
    QString name;
    QString kind;                // lac-india, lac-china, claim-india, claim-china, buffer-zone, patrol-limit
    QString drawnBy;
    QString geometryBasis;       // schematic, described, traced
    QString accuracy;
    QString flashpoint;
    QString description;
    QDate validFrom;             // null: always
    QDate validTo;               // null: still valid
    Geometry geometry;
    QList<SourceRef> sources;

    bool isValidOn(const QDate &date) const
    {
        return (validFrom.isNull() || date >= validFrom) && (validTo.isNull() || date <= validTo);
    }
};
