#pragma once
// An event of the user's own record as the New Event / Edit Event dialog
// edits it, turned to and from its GeoJSON feature in the bundled events'
// format. Properties the dialog does not edit (notes, claims, a hand-added
// key) are kept as they were: editing a title never loses a claim.

#include "SourceRef.h"
#include "Status.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

struct EventDraft
{
    QString id;                   // empty for a new event: made from date and title
    QDate date;
    QString precision = QStringLiteral("day");   // day, month, range, between
    QDate dateEnd;                // range and between only
    QString type;                 // Event::typeIds()
    QString scope = QStringLiteral("flashpoint"); // flashpoint, front, elsewhere
    QStringList flashpoints;
    QString place;                // a place id, or empty
    bool hasPoint = false;        // its own position, when neither place nor flashpoint
    double lon = 0, lat = 0;
    QString title;
    QString summary;
    // An optional status change: statusFlashpoint takes status from date on.
    QString statusFlashpoint;
    Status status = Status::None;
    QList<SourceRef> sources;

    static EventDraft fromFeature(const QJsonObject &feature);
    QJsonObject toFeature(const QJsonObject &previous = {}) const;

    // The keys of an event in the order of the data format.
    static QStringList propertyOrder();
};
