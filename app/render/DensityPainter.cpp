#include "DensityPainter.h"

#include "CategoryIndex.h"
#include "MapStyle.h"

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace {
double logScale(const std::vector<quint32> &counts)
{
    quint32 busiest = 1;
    for (quint32 c : counts)
        busiest = std::max(busiest, c);
    return 1.0 / std::log1p(double(busiest));
}

// Cells stay cells when scaled up to the device: no smoothing between them.
void draw(QPainter &p, const QImage &image, int bin)
{
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRectF(0, 0, double(image.width()) * bin, double(image.height()) * bin), image);
    p.restore();
}
} // namespace

void DensityPainter::paint(QPainter &p, const std::vector<quint32> &counts, int gw, int gh, int bin)
{
    QRgb lut[256];
    for (int i = 0; i < 256; ++i)
        lut[i] = MapStyle::densityColor(i / 255.0);
    const double scale = 255.0 * logScale(counts);
    QImage image(gw, gh, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < gh; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const quint32 *c = counts.data() + size_t(row) * size_t(gw);
        for (int col = 0; col < gw; ++col)
            line[col] = c[col] ? lut[std::min(255, int(std::log1p(double(c[col])) * scale))] : 0u;
    }
    draw(p, image, bin);
}

void DensityPainter::paintByCategory(QPainter &p, const std::vector<quint32> &counts,
                                     const std::vector<quint16> &byCode, int gw, int gh, int bin)
{
    const double scale = logScale(counts);
    QImage image(gw, gh, QImage::Format_ARGB32_Premultiplied);
    constexpr int n = CategoryIndex::kCodes;
    for (int row = 0; row < gh; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int col = 0; col < gw; ++col) {
            const size_t cell = size_t(row) * size_t(gw) + size_t(col);
            if (!counts[cell]) {
                line[col] = 0u;
                continue;
            }
            const quint16 *c = byCode.data() + cell * n;
            // Ties go to the more frequent category (the lower code).
            int best = 0;
            for (int k = 1; k < n; ++k)
                if (c[k] > c[best])
                    best = k;
            line[col] = MapStyle::categoryDensityColor(best, std::log1p(double(counts[cell])) * scale);
        }
    }
    draw(p, image, bin);
}
