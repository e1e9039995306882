#include "LayerColouring.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Read
{
    std::shared_ptr<const CategoryIndex> categories;
    QString error;
};
} // namespace

LayerColouring::LayerColouring(Document *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &Document::layersChanged, this, &LayerColouring::update);
    connect(document, &Document::layerStateChanged, this, &LayerColouring::update);
    update();
}

LayerColouring::~LayerColouring()
{
    // Nothing is delivered now: the reads are stopped and waited for.
    for (const Job &job : std::as_const(m_jobs)) {
        job.cancel->store(true);
        static_cast<QFutureWatcher<Read> *>(job.watcher)->waitForFinished();
    }
}

void LayerColouring::update()
{
    QSet<const UserLayer *> wanted;
    for (const LayerEntry &entry : m_document->layers().user) {
        if (!entry.layer || !entry.layer->events || !entry.colourBy.isSet() || entry.categories)
            continue;
        wanted.insert(entry.layer.get());
        const auto it = m_jobs.constFind(entry.layer.get());
        if (it != m_jobs.cend() && it->colourBy == entry.colourBy && !it->cancel->load())
            continue;   // already being read
        start(entry.layer, entry.colourBy);
    }
    // A layer removed, or no longer coloured: its read is not wanted.
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        if (!wanted.contains(it.key()))
            it->cancel->store(true);
}

void LayerColouring::start(const UserLayerPtr &layer, const ColourBy &colourBy)
{
    const UserLayer *key = layer.get();
    if (const auto old = m_jobs.constFind(key); old != m_jobs.cend()) {
        old->cancel->store(true);
        old->watcher->disconnect(this);
        old->watcher->deleteLater();   // its worker holds the layer and finishes alone
        m_jobs.remove(key);
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto *watcher = new QFutureWatcher<Read>(this);
    m_jobs.insert(key, Job{colourBy, cancel, watcher});
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, colourBy, weak = std::weak_ptr<const UserLayer>(layer)] {
        const auto it = m_jobs.constFind(key);
        if (it == m_jobs.cend() || it->watcher != watcher)
            return;
        m_jobs.remove(key);
        watcher->disconnect(this);
        watcher->deleteLater();
        const Read read = watcher->result();
        if (const UserLayerPtr alive = weak.lock()) {
            if (read.categories)
                m_document->setLayerCategories(alive, colourBy, read.categories);
            else if (!read.error.isEmpty())
                emit failed(alive.get(), read.error);
        }
        emit readingChanged();
    });
    watcher->setFuture(QtConcurrent::run([layer, colourBy, cancel] {
        Read r;
        r.categories = CategoryIndex::build(*layer->events, colourBy,
                                            [cancel](double, const QString &) { return !cancel->load(); }, &r.error);
        return r;
    }));
    emit readingChanged();
}
