#include "RenderJob.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

RenderJob::RenderJob(AtlasPtr atlas, MapSettings settings) : m_atlas(std::move(atlas)), m_settings(std::move(settings))
{
}

QFuture<QImage> RenderJob::image(double dpr, std::shared_ptr<BasemapCache> cache) const
{
    // The worker holds its own copies: the job object may go first.
    return QtConcurrent::run([atlas = m_atlas, s = m_settings, dpr, cache, cancel = m_cancel] {
        if (cancel->load())
            return QImage();
        MapRenderer renderer(atlas);
        renderer.setCancelFlag(cancel.get());
        return renderer.renderImage(s, dpr, cache.get());
    });
}

QFuture<QString> RenderJob::exportFile(const QString &path, MapExporter::Format format,
                                       const MapExporter::Page &page) const
{
    return QtConcurrent::run([atlas = m_atlas, s = m_settings, path, format, page, cancel = m_cancel]() -> QString {
        MapExporter exporter(atlas);
        QByteArray bytes;
        switch (format) {
        case MapExporter::Format::Png: bytes = exporter.png(s); break;
        case MapExporter::Format::Svg: bytes = exporter.svg(s); break;
        case MapExporter::Format::Pdf: bytes = exporter.pdf(s, page); break;
        case MapExporter::Format::Gif: bytes = exporter.gif({s}, 0); break;
        }
        if (cancel->load())
            return QStringLiteral("cancelled");
        if (bytes.isEmpty())
            return QCoreApplication::translate("RenderJob", "%1: the %2 could not be made")
                .arg(path, MapExporter::formatName(format).toUpper());
        QString error;
        return MapExporter::writeFile(path, bytes, &error) ? QString() : error;
    });
}
