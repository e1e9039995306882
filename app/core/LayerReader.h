#pragma once
// Reads one vector file through GDAL/OGR into a RawLayer: geometry projected
// with Projection, attributes as QVariant. Refuses remote paths before GDAL
// sees them. On any problem it returns false with every error found and
// leaves the output empty: nothing partial from a broken file is ever shown.

#include "DataError.h"
#include "RawLayer.h"

class LayerReader
{
public:
    // Files over this size are refused with a message rather than read into
    // memory; LACVIEWER_MAX_FILE_MB raises it.
    static qint64 maxFileBytes();

    bool read(const QString &path, RawLayer *out, DataErrors *errors) const;

    // True for anything that would make GDAL reach the network.
    static bool isRemotePath(const QString &path);
    // Switches GDAL's own network access off; called once at start-up.
    static void configureGdal();
};
