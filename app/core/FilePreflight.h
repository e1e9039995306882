#pragma once
// The checks made before GDAL opens a user's file (docs/reliability.md):
// what is opened (a regular local file: no remote path, connection string,
// directory, device or link loop; readable, not empty, under the size
// limit), and, unless only the file is checked, what it holds: GeoJSON is
// scanned by FeatureLocator (valid UTF-8 JSON, no CRS link, the feature,
// vertex and text limits), KML, GML and GPX (also inside a KMZ) for anything
// that would reach the network. The result says which GDAL drivers may open
// the content, whatever the file's name.

#include "DataError.h"
#include "FeatureLocator.h"

#include <QStringList>

#include <memory>

class FilePreflight
{
public:
    struct Result
    {
        QString absolute;          // the file's absolute path
        // The path GDAL is given: absolute, or a copy of the text in GDAL's
        // memory file system that lives as long as this result (a GeoJSON
        // text GDAL's GeoJSON driver would refuse; see FilePreflight.cpp).
        QString gdalPath;
        std::shared_ptr<void> memoryCopy;
        QStringList drivers;       // the drivers it may use for this content
        bool located = false;      // GeoJSON text: lines are known
        FeatureLocator locator;
    };

    // False with the reason appended to errors (file, line where known).
    // scanContent false: only the checks on the file itself, for a reader
    // that makes its own content checks in its single pass.
    static bool check(const QString &path, Result *result, DataErrors *errors, bool scanContent = true);
};
