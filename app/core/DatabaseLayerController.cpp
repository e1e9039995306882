#include "DatabaseLayerController.h"

#include "DatabaseQuery.h"
#include "PgConnection.h"
#include "PgListener.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace {
constexpr int kMaxRetryMs = 30000;
}

DatabaseLayerController::DatabaseLayerController(Document *document, std::shared_ptr<const PgSource> source,
                                                 std::unique_ptr<PgConnection> db, QObject *parent)
    : QObject(parent), m_document(document), m_source(std::move(source)), m_db(std::move(db))
{
    m_document->addLayer(emptyLayer(m_source));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DatabaseLayerController::finished);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_reconnect = true;
        refresh();
    });
    connect(&m_refreshTimer, &QTimer::timeout, this, &DatabaseLayerController::refresh);
    setRefreshInterval(m_source->refreshSeconds);
    if (!m_source->notifyChannel.isEmpty()) {
        m_listener = std::make_unique<PgListener>(m_source->conninfo, m_source->notifyChannel);
        connect(m_listener.get(), &PgListener::notified, this, &DatabaseLayerController::refresh);
        // Back after a loss: what changed meanwhile was not notified.
        connect(m_listener.get(), &PgListener::listening, this, [this] {
            if (current() && current()->kind != DatabaseSnapshot::Kind::Empty)
                refresh();
        });
        m_listener->start();
    }
}

DatabaseLayerController::~DatabaseLayerController()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
    if (m_listener)
        m_listener->stop();
}

std::unique_ptr<PgConnection> DatabaseLayerController::openDatabase(const QString &text,
                                                               std::shared_ptr<const PgSource> *source,
                                                               QString *error)
{
    auto s = std::make_shared<PgSource>();
    if (!PgSource::parse(text, s.get(), error))
        return nullptr;
    auto db = std::make_unique<PgConnection>(s->conninfo);
    QString why;
    if (!db->open(&why)) {
        if (error)
            *error = QCoreApplication::translate("DatabaseLayerController", "%1: cannot connect: %2")
                         .arg(s->displayName(), why);
        return nullptr;
    }
    if (!DatabaseQuery::describe(*db, s.get(), error))
        return nullptr;
    *source = std::move(s);
    return db;
}

UserLayerPtr DatabaseLayerController::emptyLayer(const std::shared_ptr<const PgSource> &source)
{
    auto layer = std::make_shared<UserLayer>();
    layer->name = source->displayName();
    layer->path = source->text;
    auto snap = std::make_shared<DatabaseSnapshot>();
    snap->source = source;
    layer->database = std::move(snap);
    return layer;
}

bool DatabaseLayerController::fetchInto(LayerStack *layers, const DatabaseView &view, QString *error)
{
    for (LayerEntry &entry : layers->user) {
        if (!entry.layer || !entry.layer->database)
            continue;
        const std::shared_ptr<const PgSource> &source = entry.layer->database->source;
        PgConnection db(source->conninfo);
        QString why;
        DatabaseSnapshot snap;
        if (!db.open(&why) || DatabaseQuery::fetch(db, source, view, &snap, &why) != DatabaseQuery::Outcome::Ok) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(source->displayName(), why);
            return false;
        }
        auto layer = std::make_shared<UserLayer>(*entry.layer);
        auto shared = std::make_shared<DatabaseSnapshot>(std::move(snap));
        layer->events = shared->kind == DatabaseSnapshot::Kind::Rows ? shared->rows : nullptr;
        layer->database = std::move(shared);
        entry.layer = std::move(layer);
    }
    return true;
}

int DatabaseLayerController::layerIndex() const
{
    for (int i = 0; i < m_document->layerCount(); ++i) {
        const UserLayer &u = *m_document->layer(i)->layer;
        if (u.database && u.database->source == m_source)
            return i;
    }
    return -1;
}

const DatabaseSnapshot *DatabaseLayerController::current() const
{
    const int i = layerIndex();
    return i < 0 ? nullptr : m_document->layer(i)->layer->database.get();
}

void DatabaseLayerController::setRefreshInterval(int seconds)
{
    if (seconds > 0)
        m_refreshTimer.start(seconds * 1000);
    else
        m_refreshTimer.stop();
}

void DatabaseLayerController::setView(const DatabaseView &view)
{
    if (!view.isValid() || view == m_view)
        return;
    m_view = view;
    const DatabaseSnapshot *now = current();
    if (now && now->covers(view) && now->problem.isEmpty())
        return;   // the rows held already show it
    request(false);
}

void DatabaseLayerController::refresh() { request(true); }

void DatabaseLayerController::request(bool full)
{
    m_full = m_full || full;
    if (!m_view.isValid() || layerIndex() < 0)
        return;
    if (m_watcher.isRunning()) {
        // Superseded: stop the running query on the server, ask when it ends.
        m_again = true;
        if (m_cancel)
            *m_cancel = true;
        return;
    }
    if (m_retryTimer.isActive() && !m_reconnect)
        return;   // the retry asks for the newest view when it fires
    start();
}

void DatabaseLayerController::start()
{
    m_again = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const bool reopen = m_reconnect || !m_db->isOpen();
    m_reconnect = false;
    // Counts of the same extent at another window are the base of a step.
    std::shared_ptr<const DatabaseSnapshot> base;
    const int index = layerIndex();
    if (!m_full && index >= 0 && m_document->layer(index)->layer->database->problem.isEmpty())
        base = m_document->layer(index)->layer->database;
    m_runningFull = !base;
    m_full = false;
    PgConnection *db = m_db.get();
    auto cancel = m_cancel;
    const DatabaseView view = m_view;
    const std::shared_ptr<const PgSource> source = m_source;
    m_watcher.setFuture(QtConcurrent::run([db, cancel, view, source, reopen, base] {
        Answer a;
        if (reopen && !db->open(&a.error)) {
            a.outcome = int(DatabaseQuery::Outcome::ConnectionLost);
            return a;
        }
        a.snapshot = std::make_shared<DatabaseSnapshot>();
        a.outcome = int(DatabaseQuery::fetch(*db, source, view, a.snapshot.get(), &a.error, cancel.get(), base.get()));
        return a;
    }));
}

void DatabaseLayerController::finished()
{
    const Answer a = m_watcher.result();   // a pointer and a string: no data copied
    switch (DatabaseQuery::Outcome(a.outcome)) {
    case DatabaseQuery::Outcome::Ok:
        m_retryMs = 2000;
        m_retryTimer.stop();
        replace(a.snapshot);
        emit refreshed(a.snapshot->elapsedMs);
        break;
    case DatabaseQuery::Outcome::Cancelled:
        m_full = m_full || m_runningFull;   // the newer request must count everything, too
        break;
    case DatabaseQuery::Outcome::ConnectionLost:
        lost(a.error);
        return;   // the retry asks for the newest view
    case DatabaseQuery::Outcome::Failed:
        emit problem(QStringLiteral("%1: %2").arg(m_source->displayName(), a.error));
        break;
    }
    if (m_again)
        start();
}

void DatabaseLayerController::lost(const QString &error)
{
    const QString why = error.isEmpty()
        ? QCoreApplication::translate("DatabaseLayerController", "the connection was lost")
        : error;
    if (const DatabaseSnapshot *now = current()) {
        auto marked = std::make_shared<DatabaseSnapshot>(*now);
        marked->problem = why;
        replace(std::move(marked));
    }
    emit problem(
        QCoreApplication::translate("DatabaseLayerController", "%1: connection lost (%2); retrying in %3 s")
            .arg(m_source->displayName(), why)
            .arg(m_retryMs / 1000));
    m_again = false;
    m_retryTimer.start(m_retryMs);
    m_retryMs = std::min(kMaxRetryMs, m_retryMs * 2);
}

void DatabaseLayerController::replace(std::shared_ptr<const DatabaseSnapshot> snapshot)
{
    const int i = layerIndex();
    if (i < 0)
        return;
    auto layer = std::make_shared<UserLayer>(*m_document->layer(i)->layer);
    layer->events = snapshot->kind == DatabaseSnapshot::Kind::Rows ? snapshot->rows : nullptr;
    layer->database = std::move(snapshot);
    m_document->replaceLayer(i, std::move(layer));
}
