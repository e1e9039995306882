#include "GifEncoder.h"

#include <QHash>
#include <QList>
#include <QVector>
#include <algorithm>
#include <cmath>
#include <vector>

#include <gif_lib.h>

namespace {

// giflib writes the file; the colours are chosen here. One palette serves
// every frame (so colours do not flicker between frames): the most common
// colours of the map (its flat fills and symbols) are kept exactly, the rest
// (antialiased edges) are reduced by a weighted median cut. No dithering:
// flat map colours stay flat and compress well. Everything is sorted before
// use, so the palette does not depend on hash order.

struct WeightedColour {
    QRgb rgb;
    quint64 weight;
};

int channel(QRgb c, int ch)
{
    return ch == 0 ? qRed(c) : ch == 1 ? qGreen(c) : qBlue(c);
}

QRgb weightedMean(const std::vector<WeightedColour> &v, size_t begin, size_t end)
{
    double sum[3] = {0, 0, 0}, total = 0;
    for (size_t i = begin; i < end; ++i) {
        for (int ch = 0; ch < 3; ++ch)
            sum[ch] += double(channel(v[i].rgb, ch)) * double(v[i].weight);
        total += double(v[i].weight);
    }
    if (total <= 0)
        return qRgb(0, 0, 0);
    return qRgb(int(std::lround(sum[0] / total)), int(std::lround(sum[1] / total)),
                int(std::lround(sum[2] / total)));
}

QVector<QRgb> medianCut(std::vector<WeightedColour> v, int boxes)
{
    struct Box {
        size_t begin, end;
    };
    std::vector<Box> all;
    if (!v.empty())
        all.push_back({0, v.size()});
    auto widest = [&v](const Box &b, int *range) {
        int lo[3] = {255, 255, 255}, hi[3] = {0, 0, 0};
        for (size_t i = b.begin; i < b.end; ++i)
            for (int ch = 0; ch < 3; ++ch) {
                lo[ch] = std::min(lo[ch], channel(v[i].rgb, ch));
                hi[ch] = std::max(hi[ch], channel(v[i].rgb, ch));
            }
        int best = 0;
        for (int ch = 1; ch < 3; ++ch)
            if (hi[ch] - lo[ch] > hi[best] - lo[best])
                best = ch;
        *range = hi[best] - lo[best];
        return best;
    };
    while (int(all.size()) < boxes) {
        // Split the box whose colours spread widest, weighted by how much they are used.
        int pick = -1;
        double bestScore = 0;
        for (int i = 0; i < int(all.size()); ++i) {
            if (all[size_t(i)].end - all[size_t(i)].begin < 2)
                continue;
            int range = 0;
            widest(all[size_t(i)], &range);
            quint64 weight = 0;
            for (size_t j = all[size_t(i)].begin; j < all[size_t(i)].end; ++j)
                weight += v[j].weight;
            const double score = range * std::sqrt(double(weight));
            if (score > bestScore) {
                bestScore = score;
                pick = i;
            }
        }
        if (pick < 0)
            break;
        Box b = all[size_t(pick)];
        int range = 0;
        const int ch = widest(b, &range);
        std::sort(v.begin() + long(b.begin), v.begin() + long(b.end),
                  [ch](const WeightedColour &x, const WeightedColour &y) {
                      const int a = channel(x.rgb, ch), c = channel(y.rgb, ch);
                      return a != c ? a < c : x.rgb < y.rgb;
                  });
        quint64 total = 0, half = 0;
        for (size_t j = b.begin; j < b.end; ++j)
            total += v[j].weight;
        size_t mid = b.begin + 1;
        for (size_t j = b.begin; j < b.end - 1; ++j) {
            half += v[j].weight;
            mid = j + 1;
            if (half * 2 >= total)
                break;
        }
        all[size_t(pick)] = {b.begin, mid};
        all.push_back({mid, b.end});
    }
    QVector<QRgb> out;
    for (const Box &b : all)
        out.append(weightedMean(v, b.begin, b.end));
    return out;
}

QVector<QRgb> buildPalette(const QList<QImage> &samples)
{
    QHash<QRgb, quint64> histogram;
    for (const QImage &image : samples) {
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                ++histogram[line[x] | 0xff000000u];
        }
    }
    std::vector<WeightedColour> colours;
    colours.reserve(size_t(histogram.size()));
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        colours.push_back({it.key(), it.value()});
    std::sort(colours.begin(), colours.end(), [](const WeightedColour &a, const WeightedColour &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.rgb < b.rgb;
    });
    QVector<QRgb> palette;
    if (colours.size() <= 256) {
        for (const WeightedColour &c : colours)
            palette.append(c.rgb);
    } else {
        const size_t exact = 64;
        for (size_t i = 0; i < exact; ++i)
            palette.append(colours[i].rgb);
        colours.erase(colours.begin(), colours.begin() + long(exact));
        palette += medianCut(std::move(colours), 256 - int(exact));
    }
    if (palette.isEmpty())
        palette.append(qRgb(0, 0, 0));
    return palette;
}

class PaletteMapper
{
public:
    explicit PaletteMapper(QVector<QRgb> palette) : m_palette(std::move(palette)) {}
    quint8 index(QRgb c)
    {
        c |= 0xff000000u;
        const auto it = m_cache.constFind(c);
        if (it != m_cache.cend())
            return *it;
        int best = 0;
        long bestDistance = -1;
        for (int i = 0; i < m_palette.size(); ++i) {
            const long dr = qRed(c) - qRed(m_palette[i]), dg = qGreen(c) - qGreen(m_palette[i]),
                       db = qBlue(c) - qBlue(m_palette[i]);
            const long d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        m_cache.insert(c, quint8(best));
        return quint8(best);
    }
    const QVector<QRgb> &palette() const { return m_palette; }

private:
    QVector<QRgb> m_palette;
    QHash<QRgb, quint8> m_cache;
};

int gifWrite(GifFileType *gif, const GifByteType *data, int length)
{
    static_cast<QByteArray *>(gif->UserData)->append(reinterpret_cast<const char *>(data), length);
    return length;
}

} // namespace

QByteArray GifEncoder::encode(int count, const QSize &size, int delayMs, const FrameSource &frame)
{
    const int n = count;
    if (n <= 0)
        return QByteArray();
    // The palette comes from up to twelve frames spread over the series.
    QHash<int, QImage> rendered;
    QList<QImage> samples;
    const int sampleCount = std::min(n, 12);
    for (int i = 0; i < sampleCount; ++i) {
        const int at = sampleCount == 1 ? 0 : int(qint64(i) * (n - 1) / (sampleCount - 1));
        if (!rendered.contains(at))
            rendered.insert(at, frame(at).convertToFormat(QImage::Format_RGB32));
        samples << rendered.value(at);
    }
    PaletteMapper mapper(buildPalette(samples));
    samples.clear();

    QByteArray bytes;
    int error = 0;
    GifFileType *gif = EGifOpen(&bytes, gifWrite, &error);
    if (!gif)
        return QByteArray();
    auto fail = [&gif]() {
        int ignored = 0;
        EGifCloseFile(gif, &ignored);
        return QByteArray();
    };
    EGifSetGifVersion(gif, true);
    std::vector<GifColorType> colours(256);
    for (int i = 0; i < mapper.palette().size(); ++i)
        colours[size_t(i)] = {GifByteType(qRed(mapper.palette()[i])), GifByteType(qGreen(mapper.palette()[i])),
                              GifByteType(qBlue(mapper.palette()[i]))};
    ColorMapObject *map = GifMakeMapObject(256, colours.data());
    if (!map)
        return fail();
    const int screen = EGifPutScreenDesc(gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (screen == GIF_ERROR)
        return fail();
    // Loop forever (the NETSCAPE2.0 application extension).
    const GifByteType loop[3] = {1, 0, 0};
    if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") == GIF_ERROR
        || EGifPutExtensionBlock(gif, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(gif) == GIF_ERROR)
        return fail();

    const int w = size.width(), h = size.height();
    std::vector<quint8> previous, current(size_t(w) * size_t(h));
    for (int i = 0; i < n; ++i) {
        const QImage image = rendered.contains(i) ? rendered.take(i)
                                                  : frame(i).convertToFormat(QImage::Format_RGB32);
        if (image.size() != size) // the rows below are read at size's width
            return fail();
        for (int y = 0; y < h; ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            quint8 *out = current.data() + size_t(y) * size_t(w);
            for (int x = 0; x < w; ++x)
                out[x] = mapper.index(line[x]);
        }
        // After the first frame, store only the rectangle that changed.
        int left = 0, top = 0, right = w - 1, bottom = h - 1;
        if (!previous.empty()) {
            left = w, top = h, right = -1, bottom = -1;
            for (int y = 0; y < h; ++y) {
                const quint8 *a = current.data() + size_t(y) * size_t(w);
                const quint8 *b = previous.data() + size_t(y) * size_t(w);
                for (int x = 0; x < w; ++x) {
                    if (a[x] != b[x]) {
                        left = std::min(left, x);
                        right = std::max(right, x);
                        top = std::min(top, y);
                        bottom = std::max(bottom, y);
                    }
                }
            }
            if (right < 0) // nothing changed: one pixel, as it was
                left = top = right = bottom = 0;
        }
        GraphicsControlBlock gcb;
        gcb.DisposalMode = DISPOSE_DO_NOT;
        gcb.UserInputFlag = false;
        gcb.DelayTime = std::max(2, int(std::lround(delayMs / 10.0)));
        gcb.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType extension[4];
        const size_t length = EGifGCBToExtension(&gcb, extension);
        if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) == GIF_ERROR)
            return fail();
        const int fw = right - left + 1, fh = bottom - top + 1;
        if (EGifPutImageDesc(gif, left, top, fw, fh, false, nullptr) == GIF_ERROR)
            return fail();
        for (int y = top; y <= bottom; ++y) {
            quint8 *row = current.data() + size_t(y) * size_t(w) + size_t(left);
            if (EGifPutLine(gif, row, fw) == GIF_ERROR)
                return fail();
        }
        previous = current;
    }
    if (EGifCloseFile(gif, &error) == GIF_ERROR)
        return QByteArray();
    return bytes;
}
