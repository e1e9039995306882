#pragma once
// A render off the GUI thread that can be called off: the window's map and
// the window's exports run through here, painting through MapRenderer from a
// settings value as the command line does on its own thread. Cancelling
// stops the render between layers and guarantees nothing is delivered or
// written: a superseded map image is dropped, a cancelled export leaves no
// file.

#include "BasemapCache.h"
#include "MapExporter.h"
#include "MapSettings.h"

#include <QFuture>
#include <QImage>
#include <atomic>
#include <memory>

class RenderJob
{
public:
    RenderJob() = default;
    RenderJob(AtlasPtr atlas, MapSettings settings);

    // The map image (settings.size times dpr), rendered on a worker; null
    // when cancelled.
    QFuture<QImage> image(double devicePixelRatio, std::shared_ptr<BasemapCache> cache) const;
    // The map in format, written to path atomically (QSaveFile) on a
    // worker; the future gives the error, empty when written, "cancelled"
    // when called off before the file was written.
    QFuture<QString> exportFile(const QString &path, MapExporter::Format format, const MapExporter::Page &page) const;

    void cancel() const { m_cancel->store(true); }
    bool isCancelled() const { return m_cancel->load(); }
    const MapSettings &settings() const { return m_settings; }

private:
    AtlasPtr m_atlas;
    MapSettings m_settings;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};
