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
    // One government's own account, where the two accounts differ: who said
    // it, when, in our words, and which of the event's sources carries it.
    struct Claim {
        QString side;            // india, china
        QString by;
        QString date;            // YYYY-MM-DD, or empty
        QString text;
        QString sourceUrl;       // one of sources[].url
    };

    QString id;
    QDate date;
    QDate dateEnd;               // for ranges
    QString datePrecision;       // day, month, range (spans the days), between (on an unknown day within)
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
    // A clash is an episode: after its last day (dateEnd, or date) each
    // flashpoint it set to Clash takes the status given here (standoff
    // when the event does not say).
    QList<StatusChange> statusAfter;
    FrontPhase setsFrontPhase = FrontPhase::None;
    bool hasPosition = false;    // resolved at load: own geometry, place or flashpoint
    GeoPoint position;
    QPointF xy;
    QList<Claim> claims;
    QList<SourceRef> sources;
    // From the user's own record, not the bundled one: marked as theirs in
    // every view and export.
    bool own = false;

    // The title as lists and tables show it: the user's own events say so.
    QString markedTitle() const;
    // The last day of the event: dateEnd for a range, else date.
    QDate lastDay() const { return dateEnd.isValid() ? dateEnd : date; }
    // Whether it happened on a day known only to fall in a window ("between",
    // or a month), and the window's last day: a status it sets began
    // somewhere in [date, uncertainEnd()].
    bool uncertainStart() const
    {
        return datePrecision == QLatin1String("between") || datePrecision == QLatin1String("month");
    }
    QDate uncertainEnd() const;
    static QString sideLabel(const QString &side);   // "India", "China"
    // "2020-06-15", "2020-05 (month)", "2022-09-08 – 2022-09-13"
    QString dateText() const;
    static QStringList typeIds();
};
