#pragma once
// A dated, sourced event: a clash, talks, an agreement... An event may set
// the status of flashpoints and the front-wide phase; statuses are derived
// from these, never stored separately.

#include "GeoPoint.h"
#include "SourceRef.h"
#include "Status.h"

#include <QDate>
#include <QPointF>
#include <QStringList>

struct Event
{
    struct DateAlternative {
        QString date;
        QString sourceUrl;
        QString note;
    };
    struct StatusChange {
        QString flashpoint;
        Status status = Status::None;
    };

    QString id;
    QDate date;
    QDate dateEnd;               // for ranges
    QString datePrecision;       // day, month, range
    QString dateNote;
    QList<DateAlternative> dateAlternatives;
    QString type;
    QString scope;               // flashpoint, front, elsewhere
    QStringList flashpoints;
    QString place;
    QString title;
    QString summary;
    QString casualtiesIndia;
    QString casualtiesChina;
    QString casualtiesOther;
    QList<StatusChange> setsStatus;
    FrontPhase setsFrontPhase = FrontPhase::None;
    bool hasPosition = false;    // resolved at load: own geometry, place or flashpoint
    GeoPoint position;
    QPointF xy;
    QList<SourceRef> sources;

    // "2020-06-15", "2020-05 (month)", "2022-09-08 – 2022-09-13"
    QString dateText() const;
    static QStringList typeIds();
};
