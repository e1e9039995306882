#pragma once
// Loads the bundled data set (flashpoints, places, lines, events and the
// basemap) into an Atlas, running every check of SchemaReader plus the checks
// that span files: unique ids, references to flashpoints and places, status
// changes that fit their events. Also validates files a user names.

#include "Atlas.h"
#include "EventLayerLoader.h"
#include "LayerStack.h"
#include "DataError.h"

class AtlasLoader
{
public:
    // LACVIEWER_DATA_DIR, else ../share/lacviewer/geodata beside the
    // executable, else the source tree's geodata/.
    static QString defaultDataDir();
    static QStringList flashpointIds();      // the seven a flashpoints file must hold
    static QStringList dataFileNames();      // flashpoints.geojson ... events.geojson, context.geojson
    static QStringList basemapFileNames();   // basemap/countries.geojson ...
    static QString policyFileName();         // source-policy.json
    static QString recordFileName();         // record.json: where the record ends

    // Loads everything under dir. Returns null if any bundled file is broken;
    // errors then lists every problem found, in every file.
    // Warnings (a source whose domain the policy does not know) go to
    // warnings when given; they do not stop the load.
    std::shared_ptr<Atlas> load(const QString &dir, DataErrors *errors,
                                DataErrors *warnings = nullptr) const;

    // Validates the given files; flashpoint/place ids they refer to are looked
    // up in reference (the bundled data) as well as in the files themselves.
    // The sources are held to reference's policy. A file that is none of
    // the record's kinds (a user's layer) is also read as the window reads
    // it, with options: a date or position it cannot read is an error, and
    // *optionMissing is set when the file needs --date-order.
    DataErrors validateFiles(const QStringList &files, const Atlas *reference, DataErrors *warnings = nullptr,
                             const EventLayerLoader::Options &options = {}, bool *optionMissing = nullptr) const;

    // Reads the user's own record (events and places in one file, each
    // feature tagged "record_type": "event" or "place") with every check of
    // the bundled files plus the cross-file ones against bundled: its ids
    // are new, its references resolve, its sources meet bundled's policy.
    // Returns false, with every problem in errors, when any check fails.
    bool readOwnRecord(const QString &path, const Atlas &bundled, QList<Event> *events,
                       QList<Place> *places, DataErrors *errors, DataErrors *warnings = nullptr) const;
    // Whether a file read as raw is an own record (its features are tagged).
    static bool isOwnRecord(const RawLayer &raw);

    // Reads any GDAL vector file as an extra layer through UserLayerLoader
    // (dated points become a time-aware event layer); on error, or when the
    // date field is ambiguous and options name none (Ambiguous, with the
    // reason), leaves layers unchanged. (The command line's counterpart of
    // the window's LayerLoadController.)
    LoadResult addUserLayer(LayerStack *layers, const QString &path,
                            const EventLayerLoader::Options &options = {}) const;
};
