#include "TerrainPainter.h"

#include "MapStyle.h"

#include <QImage>
#include <QPainter>
#include <cmath>
#include <vector>

void TerrainPainter::paint(QPainter &p, const Terrain &terrain, const MapSettings &s)
{
    const ViewTransform t = s.transform();
    if (!terrain.extent.intersects(t.visibleMapRect()))
        return;
    // Half the device pixels: relief is smooth, and a quarter of the work.
    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const int w = std::max(2, int(std::ceil(s.size.width() * dpr / 2)));
    const int h = std::max(2, int(std::ceil(s.size.height() * dpr / 2)));
    const double step = s.metresPerPixel * s.size.width() / w; // metres per shaded pixel
    // Elevations at the pixel centres, one pixel of margin for the slopes.
    const int gw = w + 2, gh = h + 2;
    std::vector<float> z(size_t(gw) * size_t(gh));
    const QPointF topLeft = t.toMap(QPointF(0, 0));
    for (int y = 0; y < gh; ++y)
        for (int x = 0; x < gw; ++x)
            z[size_t(y) * gw + x] = terrain.at(QPointF(topLeft.x() + (x - 0.5) * step,
                                                       topLeft.y() - (y - 0.5) * step));
    // Light from four azimuths at 45 degrees above the horizon.
    const double alt = 45.0 * M_PI / 180.0;
    const double azimuths[] = {225.0, 270.0, 315.0, 360.0};
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    const double flat = std::sin(alt); // what a level surface gets
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const size_t c = size_t(y + 1) * gw + size_t(x + 1);
            const float zl = z[c - 1], zr = z[c + 1], zu = z[c - gw], zd = z[c + gw];
            if (std::isnan(zl) || std::isnan(zr) || std::isnan(zu) || std::isnan(zd)) {
                line[x] = 0;
                continue;
            }
            // Gradient: x east, y north (screen rows go south).
            const double dzdx = (zr - zl) / (2 * step), dzdy = (zu - zd) / (2 * step);
            const double slope = std::atan(std::hypot(dzdx, dzdy));
            const double aspect = std::atan2(-dzdx, -dzdy); // direction the slope faces, from north
            double shade = 0, weights = 0;
            for (double az : azimuths) {
                const double a = az * M_PI / 180.0;
                const double lit = std::cos(alt) * std::sin(slope) * std::cos(a - aspect) + std::sin(alt) * std::cos(slope);
                // Each light counts as much as the slope faces it.
                const double weight = 0.5 + 0.5 * std::cos(a - aspect);
                shade += std::max(0.0, lit) * weight;
                weights += weight;
            }
            shade = weights > 0 ? shade / weights : flat;
            if (shade < flat) {
                const int alpha = int(std::lround(std::min(1.0, (flat - shade) / flat) * 170));
                line[x] = MapStyle::reliefShadow(alpha);
            } else {
                const int alpha = int(std::lround(std::min(1.0, (shade - flat) / (1 - flat)) * 120));
                line[x] = MapStyle::reliefLight(alpha);
            }
        }
    }
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(QRectF(QPointF(0, 0), QSizeF(s.size)), image);
    p.restore();
}
