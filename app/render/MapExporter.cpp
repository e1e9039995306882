#include "MapExporter.h"

#include "FeatureDetails.h"
#include "GifEncoder.h"
#include "MapHitTester.h"

#include "IsoDate.h"
#include "MapDecorations.h"
#include "MapStyle.h"
#include "PageFooter.h"
#include "Projection.h"
#include "ReproduciblePdf.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace {

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
    return s.date.isValid() ? QCoreApplication::translate("MapExporter", "Eastern Ladakh, as of %1").arg(s.date.toString(Qt::ISODate))
                            : QCoreApplication::translate("MapExporter", "Eastern Ladakh");
}

QString documentDescription(const MapSettings &s)
{
    return QCoreApplication::translate("MapExporter", "%1. Map of the India-China Line of Actual Control in eastern Ladakh%2; "
                          "centre %3, %4 m (Lambert conformal conic, %5), %6 m per pixel. %7")
        .arg(MapExporter::appName(),
             s.date.isValid() ? QCoreApplication::translate("MapExporter", " as of %1").arg(s.date.toString(Qt::ISODate)) : QString(),
             num(s.center.x(), 1), num(s.center.y(), 1), Projection::proj4Definition(),
             num(s.metresPerPixel, 4), MapDecorations::disclaimer());
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

QString MapExporter::appName()
{
    return QStringLiteral("LAC Viewer %1").arg(QStringLiteral(LAC_VERSION));
}

QByteArray MapExporter::encodePng(const QImage &image, double dpi, const QString &title, const QString &description)
{
    QImage img = image.convertToFormat(QImage::Format_RGB32);
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    img.setDotsPerMeterX(dotsPerMetre);
    img.setDotsPerMeterY(dotsPerMetre);
    img.setText(QStringLiteral("Title"), title);
    img.setText(QStringLiteral("Description"), description);
    img.setText(QStringLiteral("Software"), appName());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(img))
        return QByteArray();
    return bytes;
}

QByteArray MapExporter::encodeSvg(const QSize &size, double dpi, const QString &title, const QString &description,
                                  const std::function<void(QPainter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(int(std::lround(dpi)));
    // Set both, or Qt writes its own description.
    generator.setTitle(title);
    generator.setDescription(description);
    QPainter painter;
    if (!painter.begin(&generator))
        return QByteArray();
    paint(painter);
    painter.end();
    return bytes;
}

QByteArray MapExporter::encodePdf(const Page &page, double dpi, const QString &title, const QDate &date,
                                  const std::function<bool(QPainter &, QPdfWriter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(int(std::lround(dpi)));
    writer.setPageLayout(page.layout());
    writer.setTitle(title);
    writer.setCreator(appName());
    QPainter painter;
    if (!painter.begin(&writer) || !paint(painter, writer))
        return QByteArray();
    painter.end();
    buffer.close();
    ReproduciblePdf::stamp(&bytes, date);
    return bytes;
}

QByteArray MapExporter::png(const MapSettings &s) const
{
    return encodePng(image(s), s.dpi, documentTitle(s), documentDescription(s));
}

QByteArray MapExporter::svg(const MapSettings &s) const
{
    return encodeSvg(s.size, s.dpi, documentTitle(s), documentDescription(s),
                     [&](QPainter &painter) { paint(painter, s); });
}

QByteArray MapExporter::pdf(const MapSettings &settings, const Page &page, MapSettings *used) const
{
    const MapSettings s = inRegion(resized(settings, page.pixels(settings.dpi)));
    if (used)
        *used = s;
    return encodePdf(page, s.dpi, documentTitle(s), s.date.isValid() ? s.date : m_atlas ? m_atlas->recordCheckedTo : QDate(),
                     [&](QPainter &painter, QPdfWriter &writer) {
                         paint(painter, s);
                         paintDetailsPages(painter, writer, s);
                         return true;
                     });
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
    doc.setHtml(QCoreApplication::translate("MapExporter", "<p style=\"color:%1\">Details as of %2 (%3)</p>")
                    .arg(MapStyle::addressTextColor().name(), IsoDate::format(s.date), documentTitle(s).toHtmlEscaped())
                + html);
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
    return GifEncoder::encode(int(frames.size()), size, delayMs, [&](int i) { return image(frames[i]); });
}

bool MapExporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("MapExporter", "%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("MapExporter", "%1: cannot write: %2").arg(path, file.errorString());
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
        m_error = QCoreApplication::translate("MapExporter", "%1: the %2 could not be made").arg(path, formatName(format).toUpper());
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
        m_error = QCoreApplication::translate("MapExporter", "%1: the GIF could not be made").arg(path);
        return false;
    }
    if (!writeFile(path, bytes, &m_error))
        return false;
    if (written)
        *written = bytes;
    return true;
}
