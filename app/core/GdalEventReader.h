#pragma once
// Reads dated points from the first layer of a file through GDAL, once, for
// files of a million rows: EventLayerLoader's path for every format but the
// GeoJSON that GeoJsonPointReader takes (and for the FlatGeobuf copies
// LayerCache makes of CSV and other GeoJSON). Samples the first rows for the
// date field choice, then decodes only the date fields (unless attributes
// are kept), and hands back longitude/latitude in WGS84 terms: a layer in
// another CRS comes with the transform to apply.
//
// The caller has checked the file (LayerReader::preflight) and GDAL is
// offline (GdalSandbox::configure).

#include "DateFieldDetection.h"
#include "EventLayer.h"
#include "GdalOpen.h"
#include "LoadProgress.h"
#include "LoadResult.h"

#include <QString>
#include <QVariantMap>

#include <vector>

class GdalEventReader
{
public:
    // How a read ends (LoadResult): Loaded (*out, lon and lat hold the
    // rows); NotEvents (a layer of other geometries, or of no point);
    // Declined (the field chooser returned false); Failed (errors say why,
    // naming userPath); Cancelled.

    // Called once, after the first rows are sampled.
    using FieldChooser = DateFieldDetection::Chooser;

    // Reads readPath (the user's userPath, or its cached copy) into *out
    // (dates, FIDs, field names, and each row's attributes when
    // inlineAttributes) and lon/lat. Progress runs from `from` to `to`.
    LoadResult read(const QString &readPath, const QString &userPath, bool inlineAttributes,
                    const FieldChooser &choose, const LoadProgress &progress, double from, double to,
                    EventLayer *out, std::vector<double> *lon, std::vector<double> *lat);
    // After Read: the transform of the layer's CRS to WGS84 (null if none is needed).
    OgrTransform takeTransform() { return std::move(m_toWgs84); }

    // One row's attributes (field -> value as text), re-read from path by
    // FID. Empty if the row cannot be read.
    static QVariantMap attributesAt(const QString &path, qint64 fid);

private:
    OgrTransform m_toWgs84;
};
