#include "DensityPainter.h"

#include "MapStyle.h"

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>

void DensityPainter::paint(QPainter &p, const std::vector<quint32> &counts, int gw, int gh, int bin)
{
    quint32 busiest = 1;
    for (quint32 c : counts)
        busiest = std::max(busiest, c);
    QRgb lut[256];
    for (int i = 0; i < 256; ++i)
        lut[i] = MapStyle::densityColor(i / 255.0);
    const double scale = 255.0 / std::log1p(double(busiest));
    QImage image(gw, gh, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < gh; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const quint32 *c = counts.data() + size_t(row) * size_t(gw);
        for (int col = 0; col < gw; ++col)
            line[col] = c[col] ? lut[std::min(255, int(std::log1p(double(c[col])) * scale))] : 0u;
    }
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRectF(0, 0, double(gw) * bin, double(gh) * bin), image);
    p.restore();
}
