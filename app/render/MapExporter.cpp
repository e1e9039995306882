#include "MapExporter.h"

#include "FeatureDetails.h"
#include "MapHitTester.h"

#include "IsoDate.h"
#include "MapDecorations.h"
#include "MapStyle.h"
#include "PageFooter.h"
#include "Projection.h"
#include "ReproduciblePdf.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <vector>

#include <gif_lib.h>

namespace {

QString appName()
{
    return QStringLiteral("LAC Viewer %1").arg(QStringLiteral(LAC_VERSION));
}

// Numbers written into files: fixed notation, so the text never depends on
// anything but the value.
QString num(double v, int decimals = 3)
{
    return QString::number(v, 'f', decimals);
}

QString documentTitle(const MapSettings &s)
{
    if (s.showTitle)
        return s.titleText();
    return s.date.isValid() ? QStringLiteral("Eastern Ladakh, as of %1").arg(s.date.toString(Qt::ISODate))
                            : QStringLiteral("Eastern Ladakh");
}

QString documentDescription(const MapSettings &s)
{
    return QStringLiteral("%1. Map of the India-China Line of Actual Control in eastern Ladakh%2; "
                          "centre %3, %4 m (Lambert conformal conic, %5), %6 m per pixel. %7")
        .arg(appName(),
             s.date.isValid() ? QStringLiteral(" as of %1").arg(s.date.toString(Qt::ISODate)) : QString(),
             num(s.center.x(), 1), num(s.center.y(), 1), Projection::proj4Definition(),
             num(s.metresPerPixel, 4), MapDecorations::disclaimer());
}

// ---------------------------------------------------------------- GIF ---
//
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

// ------------------------------------------------------------ MapExporter ---

MapExporter::MapExporter(AtlasPtr atlas) : m_atlas(atlas), m_renderer(std::move(atlas)) {}

bool MapExporter::formatFromPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QHash<QString, Format> formats = {{QStringLiteral("png"), Format::Png},
                                                   {QStringLiteral("svg"), Format::Svg},
                                                   {QStringLiteral("pdf"), Format::Pdf},
                                                   {QStringLiteral("gif"), Format::Gif}};
    const auto it = formats.constFind(suffix);
    if (it == formats.cend())
        return false;
    *format = *it;
    return true;
}

QString MapExporter::formatName(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Gif: return QStringLiteral("gif");
    }
    return QString();
}

namespace {
const QList<QPair<QString, QPageSize::PageSizeId>> &pageSizes()
{
    static const QList<QPair<QString, QPageSize::PageSizeId>> sizes = {
        {QStringLiteral("A5"), QPageSize::A5},         {QStringLiteral("A4"), QPageSize::A4},
        {QStringLiteral("A3"), QPageSize::A3},         {QStringLiteral("A2"), QPageSize::A2},
        {QStringLiteral("Letter"), QPageSize::Letter}, {QStringLiteral("Legal"), QPageSize::Legal},
        {QStringLiteral("Tabloid"), QPageSize::Tabloid}};
    return sizes;
}
} // namespace

bool MapExporter::pageSizeFromName(const QString &name, QPageSize::PageSizeId *id)
{
    for (const auto &p : pageSizes()) {
        if (p.first.compare(name, Qt::CaseInsensitive) == 0) {
            *id = p.second;
            return true;
        }
    }
    return false;
}

QStringList MapExporter::pageSizeNames()
{
    QStringList names;
    for (const auto &p : pageSizes())
        names << p.first;
    return names;
}

QSize MapExporter::pagePixels(const Page &page, double dpi)
{
    const QPageLayout layout(QPageSize(page.size), page.orientation,
                             QMarginsF(page.marginMm, page.marginMm, page.marginMm, page.marginMm),
                             QPageLayout::Millimeter);
    return layout.paintRectPixels(int(std::lround(dpi))).size();
}

bool MapExporter::parseStep(const QString &text, Step *step)
{
    if (text == QLatin1String("events")) {
        *step = Step{Step::Unit::Events, 1};
        return true;
    }
    static const QRegularExpression re(QStringLiteral("^([1-9]\\d{0,2})([dwm])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QChar unit = m.captured(2).at(0);
    step->count = m.captured(1).toInt();
    step->unit = unit == QLatin1Char('d')   ? Step::Unit::Days
                 : unit == QLatin1Char('w') ? Step::Unit::Weeks
                                            : Step::Unit::Months;
    return true;
}

QString MapExporter::stepName(const Step &step)
{
    switch (step.unit) {
    case Step::Unit::Days: return QStringLiteral("%1d").arg(step.count);
    case Step::Unit::Weeks: return QStringLiteral("%1w").arg(step.count);
    case Step::Unit::Months: return QStringLiteral("%1m").arg(step.count);
    case Step::Unit::Events: return QStringLiteral("events");
    }
    return QString();
}

QList<QDate> MapExporter::frameDates(const Atlas &atlas, const QDate &from, const QDate &to,
                                     const Step &step)
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid() || to < from)
        return dates;
    if (step.unit == Step::Unit::Events) {
        const auto [first, last] = atlas.eventIndex.range(from, to);
        for (int i = first; i < last; ++i) {
            const QDate d = atlas.events[i].date;
            if (dates.isEmpty() || dates.back() != d)
                dates.append(d);
        }
        return dates;
    }
    for (int i = 0;; ++i) {
        QDate d;
        switch (step.unit) {
        case Step::Unit::Days: d = from.addDays(qint64(i) * step.count); break;
        case Step::Unit::Weeks: d = from.addDays(qint64(i) * step.count * 7); break;
        default: d = from.addMonths(i * step.count); break;
        }
        if (!d.isValid() || d > to)
            break;
        dates.append(d);
    }
    return dates;
}

MapSettings MapExporter::resized(const MapSettings &view, const QSize &size)
{
    MapSettings s = view;
    if (size == view.size || size.isEmpty() || view.size.isEmpty())
        return s;
    const double factor = std::max(double(view.size.width()) / size.width(),
                                   double(view.size.height()) / size.height());
    s.size = size;
    s.metresPerPixel = view.metresPerPixel * factor;
    return s;
}

MapSettings MapExporter::inRegion(const MapSettings &view)
{
    MapSettings s = view;
    s.keepWithin(Atlas::fullExtent());
    return s;
}

void MapExporter::paint(QPainter &painter, const MapSettings &s) const
{
    m_renderer.paint(painter, inRegion(s));
}

QImage MapExporter::image(const MapSettings &s) const
{
    // The window's canvas paints renderImage(): use it, so they stay equal.
    QImage image = m_renderer.renderImage(inRegion(s), 1.0);
    image.setDevicePixelRatio(1.0);
    return image;
}

QByteArray MapExporter::png(const MapSettings &s) const
{
    QImage img = image(s).convertToFormat(QImage::Format_RGB32);
    const int dotsPerMetre = int(std::lround(s.dpi / 0.0254));
    img.setDotsPerMeterX(dotsPerMetre);
    img.setDotsPerMeterY(dotsPerMetre);
    img.setText(QStringLiteral("Title"), documentTitle(s));
    img.setText(QStringLiteral("Description"), documentDescription(s));
    img.setText(QStringLiteral("Software"), appName());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(img))
        return QByteArray();
    return bytes;
}

QByteArray MapExporter::svg(const MapSettings &s) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(s.size);
    generator.setViewBox(QRect(QPoint(0, 0), s.size));
    generator.setResolution(int(std::lround(s.dpi)));
    // Set both, or Qt writes its own description.
    generator.setTitle(documentTitle(s));
    generator.setDescription(documentDescription(s));
    QPainter painter;
    if (!painter.begin(&generator))
        return QByteArray();
    paint(painter, s);
    painter.end();
    return bytes;
}

QByteArray MapExporter::pdf(const MapSettings &settings, const Page &page, MapSettings *used) const
{
    const MapSettings s = inRegion(resized(settings, pagePixels(page, settings.dpi)));
    if (used)
        *used = s;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(int(std::lround(s.dpi)));
    writer.setPageLayout(QPageLayout(QPageSize(page.size), page.orientation,
                                     QMarginsF(page.marginMm, page.marginMm, page.marginMm, page.marginMm),
                                     QPageLayout::Millimeter));
    writer.setTitle(documentTitle(s));
    writer.setCreator(appName());
    QPainter painter;
    if (!painter.begin(&writer))
        return QByteArray();
    paint(painter, s);
    paintDetailsPages(painter, writer, s);
    painter.end();
    buffer.close();
    ReproduciblePdf::stamp(&bytes, s.date.isValid() ? s.date : m_atlas ? m_atlas->recordCheckedTo : QDate());
    return bytes;
}

// A PDF with a selection carries what the Details panel shows of it on the
// pages after the map (each government's account, every source with its
// address), each page with the disclaimer and the record's date.
void MapExporter::paintDetailsPages(QPainter &painter, QPdfWriter &writer, const MapSettings &s) const
{
    if (!m_atlas || s.selection.isEmpty())
        return;
    const MapHit hit = MapHitTester::hitFor(*m_atlas, s.selection);
    if (hit.index < 0)
        return;
    QString coordinates;
    const QString html = FeatureDetails::forPrint(FeatureDetails::html(*m_atlas, hit, s.date, &coordinates));
    const double k = s.symbolScale();
    const QRectF page(QPointF(0, 0), QSizeF(s.size));
    const PageFooter footer(*m_atlas, k);
    const double footerHeight = footer.height(page.width());

    QTextDocument doc;
    // Laid out with the PDF's own metrics, so that the page breaks the layout
    // chooses fall between lines on paper too.
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(MapStyle::font(11, k));
    doc.setDocumentMargin(0);
    doc.setHtml(QStringLiteral("<p style=\"color:#555\">Details as of %1 (%2)</p>")
                    .arg(IsoDate::format(s.date), documentTitle(s).toHtmlEscaped()) + html);
    const double bodyHeight = page.height() - footerHeight;
    doc.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = std::max(1, doc.pageCount());
    for (int i = 0; i < pages; ++i) {
        writer.newPage();
        painter.save();
        painter.translate(0, -i * bodyHeight);
        doc.drawContents(&painter, QRectF(0, i * bodyHeight, page.width(), bodyHeight));
        painter.restore();
        footer.paint(painter, QRectF(0, bodyHeight, page.width(), footerHeight), i + 2, pages + 1);
    }
}

QByteArray MapExporter::gif(const QList<MapSettings> &frames, int delayMs) const
{
    if (frames.isEmpty())
        return QByteArray();
    const QSize size = frames.front().size;
    for (const MapSettings &f : frames)
        if (f.size != size)
            return QByteArray();
    const int n = int(frames.size());
    // The palette comes from up to twelve frames spread over the series.
    QHash<int, QImage> rendered;
    QList<QImage> samples;
    const int sampleCount = std::min(n, 12);
    for (int i = 0; i < sampleCount; ++i) {
        const int at = sampleCount == 1 ? 0 : int(qint64(i) * (n - 1) / (sampleCount - 1));
        if (!rendered.contains(at))
            rendered.insert(at, image(frames[at]).convertToFormat(QImage::Format_RGB32));
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
        const QImage frame = rendered.contains(i) ? rendered.take(i)
                                                  : image(frames[i]).convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < h; ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
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

bool MapExporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool MapExporter::write(const QString &path, Format format, const MapSettings &settings,
                        const Page &page, QByteArray *written, MapSettings *used)
{
    m_error.clear();
    QByteArray bytes;
    MapSettings painted = inRegion(settings);
    switch (format) {
    case Format::Png: bytes = png(settings); break;
    case Format::Svg: bytes = svg(settings); break;
    case Format::Pdf: bytes = pdf(settings, page, &painted); break;
    case Format::Gif: bytes = gif({settings}, 0); break;
    }
    if (used)
        *used = painted;
    if (bytes.isEmpty()) {
        m_error = QStringLiteral("%1: the %2 could not be made").arg(path, formatName(format).toUpper());
        return false;
    }
    if (!writeFile(path, bytes, &m_error))
        return false;
    if (written)
        *written = bytes;
    return true;
}

bool MapExporter::writeAnimation(const QString &path, const QList<MapSettings> &frames, int delayMs,
                                 QByteArray *written)
{
    m_error.clear();
    const QByteArray bytes = gif(frames, delayMs);
    if (bytes.isEmpty()) {
        m_error = QStringLiteral("%1: the GIF could not be made").arg(path);
        return false;
    }
    if (!writeFile(path, bytes, &m_error))
        return false;
    if (written)
        *written = bytes;
    return true;
}

QRectF MapExporter::lonLatExtent(const MapSettings &s)
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

QJsonObject MapExporter::manifest(const MapSettings &s, Format format, const QString &outputPath,
                                  const QByteArray &output) const
{
    auto round = [](double v, int decimals) {
        const double f = std::pow(10.0, decimals);
        return std::round(v * f) / f;
    };
    const ViewTransform t = s.transform();
    const QRectF projected = t.visibleMapRect();
    const QRectF lonLat = lonLatExtent(s);
    QJsonArray files;
    if (m_atlas) {
        for (const QString &path : m_atlas->files + s.layers.files()) {
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
        {QStringLiteral("format"), formatName(format)},
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
