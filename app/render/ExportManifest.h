#pragma once
// What a snapshot shows and from what (--manifest): app version, date,
// extent (projected and lon/lat), size, dpi, scale bar, decorations, and
// each data file's SHA-256, so a figure can be traced back to its inputs.

#include "Atlas.h"
#include "MapExporter.h"
#include "MapSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QRectF>
#include <QString>

namespace ExportManifest {

// The manifest of settings exported as format to outputPath; output (the
// file's bytes) adds its SHA-256 when not empty. atlas may be null: no files.
QJsonObject of(const Atlas *atlas, const MapSettings &settings, MapExporter::Format format,
               const QString &outputPath, const QByteArray &output);

// The lon/lat box that holds the settings' whole view.
QRectF lonLatExtent(const MapSettings &settings);

} // namespace ExportManifest
