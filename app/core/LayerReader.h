#pragma once
// Reads one vector file through GDAL/OGR into a RawLayer: geometry projected
// with Projection, attributes as QVariant. Refuses remote paths before GDAL
// sees them. On any problem it returns false with every error found and
// leaves the output empty: nothing partial from a broken file is ever shown.
//
// Every file is treated as possibly hostile (docs/reliability.md): only
// regular local files are opened, only through the drivers in
// allowedDrivers(), text formats are scanned for anything that would reach
// the network before GDAL opens them, and a file over one of the limits
// below is refused with a message that names the environment variable
// raising it.

#include "DataError.h"
#include "RawLayer.h"

#include <QStringList>

class LayerReader
{
public:
    // Files over this size are refused with a message rather than read into
    // memory; LACVIEWER_MAX_FILE_MB raises it (default 512).
    static qint64 maxFileBytes();
    // At most this many features in one file (LACVIEWER_MAX_FEATURES,
    // default 1,000,000).
    static qint64 maxFeatures();
    // At most this many vertices in one file (LACVIEWER_MAX_VERTICES,
    // default 20,000,000) and in one GeoJSON feature
    // (LACVIEWER_MAX_FEATURE_VERTICES, default 2,000,000: GDAL builds a
    // GeoJSON feature as a tree of about 550 bytes per vertex).
    static qint64 maxVertices();
    static qint64 maxFeatureVertices();
    // At most this many bytes in one text value (LACVIEWER_MAX_TEXT_MB,
    // default 16).
    static qint64 maxTextBytes();

    // The GDAL drivers a layer may be opened with: local file formats only
    // (no VRT, no database or web-service drivers).
    static QStringList allowedDrivers();

    bool read(const QString &path, RawLayer *out, DataErrors *errors) const;
    // The checks read() makes before GDAL opens the file (the path, what the
    // file is, its size, the content scans and the limits they count), with
    // the same messages. For code that then opens the file with GDAL itself.
    // Scan::FileOnly: only the checks on the file itself (a regular local
    // file, readable, not empty, under the size limit), not its content, for
    // a reader that makes its own content checks in its single pass
    // (GeoJsonPointReader).
    enum class Scan { FileAndContent, FileOnly };
    bool preflight(const QString &path, DataErrors *errors, Scan scan = Scan::FileAndContent) const;

    // True for anything that would make GDAL reach the network: /vsi paths,
    // URLs (scheme://), UNC paths.
    static bool isRemotePath(const QString &path);
    // True for a GDAL connection string such as "PG:dbname=x" or "WFS:http…".
    static bool isConnectionString(const QString &path);
    // Switches GDAL's own network access off; called once at start-up (more
    // calls do nothing). Every network request GDAL still attempts after
    // this is refused and recorded.
    static void configureGdal();
    // Network requests GDAL attempted and was refused since start-up (URLs or
    // /vsi paths), for tests and diagnostics.
    static QStringList refusedRequests();

private:
    struct Prepared;
    bool prepare(const QString &path, Prepared *prepared, DataErrors *errors, bool scanContent = true) const;
    bool readFile(const QString &path, RawLayer *out, DataErrors *errors) const;
};
