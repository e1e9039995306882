#pragma once
// The user's own record: the events and places they keep, in one GeoJSON
// file in the bundled data format (each feature tagged "record_type":
// "event" or "place"). It is read and checked exactly as --validate checks
// a file, against the bundled record (ids, references, the source policy),
// and merged over the bundled record for every view: its events join the
// timeline, the map, search, Details, comparisons and exports, marked as the
// user's, and its status changes apply over the bundled ones.
//
// A value: an edit makes a new OwnRecord, so the undo stack holds whole
// versions, and render jobs still holding the atlas merged from an earlier
// version stay safe.

#include "Atlas.h"
#include "LoadResult.h"

#include <QJsonObject>
#include <QList>
#include <memory>

class OwnRecord
{
public:
    QString path;                   // the file it is kept in
    QList<QJsonObject> features;    // GeoJSON features, as the file holds them
    QList<Event> events;            // decoded from features, own = true
    QList<Place> places;

    // The record kept in the user's data directory when none is named.
    static QString defaultPath();

    bool isEmpty() const { return features.isEmpty(); }
    int indexOf(const QString &id) const;
    QString idAt(int index) const;
    // Whether the feature at index is an event (else a place).
    bool isEvent(int index) const;

    // Reads and checks path; a file that does not exist yet is an empty
    // record. On failure out is untouched and the errors name path's lines.
    static LoadResult read(const QString &path, const Atlas &bundled, OwnRecord *out,
                           DataErrors *warnings = nullptr);
    // The record path would hold with these features, checked as the saved
    // file will be: the bytes toJson() writes are read back through the
    // same reader, so a save can never write a record that fails to open.
    static LoadResult check(const QString &path, const QList<QJsonObject> &features,
                            const Atlas &bundled, OwnRecord *out, DataErrors *warnings = nullptr);

    // The file's bytes: places first, then events in date order, in the
    // bundled files' layout.
    QByteArray toJson() const { return toJson(features); }
    static QByteArray toJson(const QList<QJsonObject> &features);

    // The bundled record with this one merged over it.
    std::shared_ptr<Atlas> mergedOver(const Atlas &bundled) const;

    // A new id: the date and a slug of the title for an event (the format's
    // "YYYY-MM-DD-slug"), a slug of the name for a place; numbered when
    // taken by either record.
    QString newEventId(const QDate &date, const QString &title, const Atlas &bundled) const;
    QString newPlaceId(const QString &name, const Atlas &bundled) const;

private:
    QString uniqueId(const QString &base, const Atlas &bundled) const;
};

using OwnRecordPtr = std::shared_ptr<const OwnRecord>;
