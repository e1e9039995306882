#pragma once
// Reads one vector file through GDAL/OGR into a RawLayer: geometry projected
// with Projection, attributes as QVariant. On any problem it returns Failed
// with every error found and leaves the output empty: nothing partial from a
// broken file is ever shown.
//
// Every file is treated as possibly hostile (docs/reliability.md): the file
// and its content are checked first (FilePreflight: only regular local
// files, text formats scanned for anything that would reach the network,
// the limits of LayerLimits), then it is opened through the drivers its
// content allows only (GdalOpen), with GDAL offline (GdalSandbox).

#include "DataError.h"
#include "GdalSandbox.h"
#include "LoadResult.h"
#include "RawLayer.h"

class LayerReader
{
public:
    LoadResult read(const QString &path, RawLayer *out) const;
    // The checks read() makes before GDAL opens the file (the path, what the
    // file is, its size, the content scans and the limits they count), with
    // the same messages. For code that then opens the file with GDAL itself.
    // Scan::FileOnly: only the checks on the file itself (a regular local
    // file, readable, not empty, under the size limit), not its content, for
    // a reader that makes its own content checks in its single pass
    // (GeoJsonPointReader).
    enum class Scan { FileAndContent, FileOnly };
    LoadResult preflight(const QString &path, Scan scan = Scan::FileAndContent) const;

    // GDAL offline, for the many callers that start with a reader: see
    // GdalSandbox.
    static void configureGdal() { GdalSandbox::configure(); }
    static QStringList refusedRequests() { return GdalSandbox::refusedRequests(); }

private:
    bool readFile(const QString &path, RawLayer *out, DataErrors *errors) const;
};
