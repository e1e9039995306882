#include "ExportManifest.h"

#include "MapDecorations.h"
#include "Projection.h"
#include "ViewTransform.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace ExportManifest {

QRectF lonLatExtent(const MapSettings &s)
{
    // The view's edges are straight in the projection but curved in lon/lat:
    // sample them.
    const ViewTransform t = s.transform();
    double west = 180, east = -180, south = 90, north = -90;
    const int steps = 32;
    const double w = s.size.width(), h = s.size.height();
    for (int i = 0; i <= steps; ++i) {
        const double f = double(i) / steps;
        for (const QPointF &px : {QPointF(f * w, 0), QPointF(f * w, h), QPointF(0, f * h), QPointF(w, f * h)}) {
            GeoPoint g;
            if (!Projection::instance().inverse(t.toMap(px), &g))
                continue;
            west = std::min(west, g.lon);
            east = std::max(east, g.lon);
            south = std::min(south, g.lat);
            north = std::max(north, g.lat);
        }
    }
    return QRectF(QPointF(west, south), QPointF(east, north));
}

QJsonObject of(const Atlas *atlas, const MapSettings &s, MapExporter::Format format, const QString &outputPath,
               const QByteArray &output)
{
    auto round = [](double v, int decimals) {
        const double f = std::pow(10.0, decimals);
        return std::round(v * f) / f;
    };
    const ViewTransform t = s.transform();
    const QRectF projected = t.visibleMapRect();
    const QRectF lonLat = lonLatExtent(s);
    QJsonArray files;
    if (atlas) {
        for (const QString &path : atlas->files + s.layers.files()) {
            QFile file(path);
            QJsonObject entry{{QStringLiteral("file"), QFileInfo(path).fileName()},
                              {QStringLiteral("path"), path}};
            // Only a regular file is hashed: a path swapped for a FIFO or a
            // device since it was read would block or never end.
            if (!QFileInfo(path).isFile()) {
                entry.insert(QStringLiteral("sha256"), QJsonValue());
                entry.insert(QStringLiteral("error"), QStringLiteral("no longer a regular file"));
            } else if (file.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&file);
                entry.insert(QStringLiteral("bytes"), double(file.size()));
                entry.insert(QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex()));
            } else {
                entry.insert(QStringLiteral("sha256"), QJsonValue());
                entry.insert(QStringLiteral("error"), file.errorString());
            }
            files.append(entry);
        }
    }
    const MapDecorations::ScaleBarSpec bar = MapDecorations::scaleBar(s);
    QJsonObject o{
        {QStringLiteral("generator"), QStringLiteral("LAC Viewer")},
        {QStringLiteral("version"), QStringLiteral(LAC_VERSION)},
        {QStringLiteral("output"), QFileInfo(outputPath).fileName()},
        {QStringLiteral("format"), MapExporter::formatName(format)},
        {QStringLiteral("date"), s.date.isValid() ? QJsonValue(s.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("title"), s.showTitle ? QJsonValue(s.titleText()) : QJsonValue()},
        {QStringLiteral("selection"), s.selection.isEmpty() ? QJsonValue() : QJsonValue(s.selection)},
        {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), s.size.width()},
                                             {QStringLiteral("height"), s.size.height()}}},
        {QStringLiteral("dpi"), s.dpi},
        {QStringLiteral("extent"),
         QJsonObject{
             {QStringLiteral("projected"),
              QJsonObject{{QStringLiteral("crs"), Projection::proj4Definition()},
                          {QStringLiteral("min_x"), round(projected.left(), 2)},
                          {QStringLiteral("min_y"), round(projected.top(), 2)},
                          {QStringLiteral("max_x"), round(projected.right(), 2)},
                          {QStringLiteral("max_y"), round(projected.bottom(), 2)},
                          {QStringLiteral("centre_x"), round(s.center.x(), 2)},
                          {QStringLiteral("centre_y"), round(s.center.y(), 2)},
                          {QStringLiteral("metres_per_pixel"), round(s.metresPerPixel, 6)}}},
             {QStringLiteral("lonlat"),
              QJsonObject{{QStringLiteral("west"), round(lonLat.left(), 6)},
                          {QStringLiteral("south"), round(lonLat.top(), 6)},
                          {QStringLiteral("east"), round(lonLat.right(), 6)},
                          {QStringLiteral("north"), round(lonLat.bottom(), 6)}}}}},
        {QStringLiteral("scale_bar"), QJsonObject{{QStringLiteral("metres"), bar.metres},
                                                  {QStringLiteral("pixels"), round(bar.pixels, 3)},
                                                  {QStringLiteral("label"), bar.label}}},
        {QStringLiteral("decorations"),
         QJsonObject{{QStringLiteral("title"), s.showTitle},
                     {QStringLiteral("date"), s.dateLabel},
                     {QStringLiteral("legend"), s.legend},
                     {QStringLiteral("scale_bar"), s.scaleBar},
                     {QStringLiteral("north_arrow"), s.northArrow},
                     {QStringLiteral("footer"), s.disclaimer}}},
        {QStringLiteral("data_files"), files},
    };
    if (!output.isEmpty())
        o.insert(QStringLiteral("output_sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(output, QCryptographicHash::Sha256).toHex()));
    return o;
}

} // namespace ExportManifest
