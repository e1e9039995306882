#include "FeatureRows.h"

#include "EventLayerLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Rows kept: far more than a user looks at in a session, far less memory
// than the layer itself.
constexpr int kMaxKept = 4096;
}

FeatureRows::FeatureRows(QObject *parent) : QObject(parent) {}

FeatureRows::~FeatureRows()
{
    // A read still running finishes on its own; its watcher is a child, so
    // nothing is delivered to a deleted object.
    for (auto *w : findChildren<QFutureWatcher<Row> *>())
        w->waitForFinished();
}

FeatureRows::Row FeatureRows::read(const UserLayer &layer, qint64 index)
{
    if (!layer.events || index < 0 || size_t(index) >= layer.events->size())
        return {};
    return EventLayerLoader::orderedAttributes(*layer.events, size_t(index));
}

std::optional<FeatureRows::Row> FeatureRows::row(const UserLayerPtr &layer, qint64 index)
{
    if (!layer || !layer->events || index < 0 || size_t(index) >= layer->events->size())
        return Row();
    // In memory already: no file is touched.
    if (!layer->events->inlineAttributes.empty())
        return read(*layer, index);
    const Key key{quintptr(layer.get()), index};
    const auto it = m_rows.constFind(key);
    if (it != m_rows.cend() && it->layer.lock() == layer)
        return it->row;
    if (m_pending.contains(key))
        return std::nullopt;
    m_pending.insert(key);
    auto *watcher = new QFutureWatcher<Row>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, weak = std::weak_ptr<const UserLayer>(layer)] {
        watcher->deleteLater();
        m_pending.remove(key);
        const UserLayerPtr alive = weak.lock();
        if (!alive)
            return;
        if (m_rows.size() >= kMaxKept)
            m_rows.clear();
        m_rows.insert(key, Kept{weak, watcher->result()});
        emit rowReady(alive.get(), key.second);
    });
    // The worker holds the layer: it cannot go while its row is read.
    watcher->setFuture(QtConcurrent::run([layer, index] { return read(*layer, index); }));
    return std::nullopt;
}
