#pragma once
// Keeps one database layer of the Document showing what the view needs.
// The view (extent, cell size, display window) comes from the window; each
// change asks the server on a worker, one request at a time: a request
// superseded by a newer view is cancelled on the server and the newest is
// sent when it ends. A snapshot that already covers the view (its rows, same
// window) is kept without asking. The answer replaces the layer's content in
// the Document (Document::replaceLayer), so the layer keeps its place,
// visibility and opacity and every panel and render follows as for a file.
//
// Refresh: a NOTIFY on the source's channel (PgListener) or the refresh
// interval asks again. A lost connection is reported (the layer keeps its
// last content, marked with the problem) and retried, 2 s, then doubling up
// to 30 s, until the server answers.

#include "DatabaseSnapshot.h"
#include "Document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

class PgConnection;
class PgListener;

class DatabaseLayerController : public QObject
{
    Q_OBJECT
public:
    // Takes a connected, described database; adds the layer to document.
    DatabaseLayerController(Document *document, std::shared_ptr<const PgSource> source,
                            std::unique_ptr<PgConnection> db, QObject *parent = nullptr);
    ~DatabaseLayerController() override;

    const std::shared_ptr<const PgSource> &source() const { return m_source; }
    // The layer's index in the document, or -1 once the user removed it.
    int layerIndex() const;
    void setView(const DatabaseView &view);
    // Asks again for the current view (a NOTIFY, the timer, a menu).
    void refresh();
    bool busy() const { return m_watcher.isRunning(); }
    // The refresh interval in seconds (0: none).
    void setRefreshInterval(int seconds);

    // Opens and describes text's database: connected and ready for a
    // controller, or null with the error. Blocking: call on a worker.
    static std::unique_ptr<PgConnection> openDatabase(const QString &text, std::shared_ptr<const PgSource> *source,
                                                      QString *error);
    // The layer's first content: no events yet, only its source.
    static UserLayerPtr emptyLayer(const std::shared_ptr<const PgSource> &source);
    // Fills every database layer of layers for view at once (the command
    // line's exports, which wait for their data anyway); false with the error.
    static bool fetchInto(LayerStack *layers, const DatabaseView &view, QString *error);

signals:
    // The server answered (the layer holds the answer).
    void refreshed(qint64 elapsedMs);
    // A query failed or the connection was lost (retrying), in words.
    void problem(const QString &message);

private:
    struct Answer
    {
        int outcome = 0;
        // Shared, so handing it to the GUI thread copies no cells or rows.
        std::shared_ptr<DatabaseSnapshot> snapshot;
        QString error;
    };
    // full: the table may have changed, so count everything again.
    void request(bool full);
    void start();
    void finished();
    void replace(std::shared_ptr<const DatabaseSnapshot> snapshot);
    const DatabaseSnapshot *current() const;
    void lost(const QString &error);

    Document *m_document;
    std::shared_ptr<const PgSource> m_source;
    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<PgListener> m_listener;
    DatabaseView m_view;
    bool m_again = false;        // a newer request waits for the running one
    bool m_reconnect = false;    // the next request reopens the connection first
    bool m_full = false;         // the next request counts everything again
    bool m_runningFull = false;  // the running one does
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Answer> m_watcher;
    QTimer m_refreshTimer, m_retryTimer;
    int m_retryMs = 2000;
};
