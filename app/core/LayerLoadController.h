#pragma once
// Every load of the window goes through here, off the GUI thread: the
// bundled record, the user's files and the terrain. One at a time, the rest
// queued; progress as a fraction, cancel at any point (nothing half-read is
// ever added). What a load gives goes into the Document; the window only
// shows progress, errors and the date-field question. Plain Qt Core.

#include "DateText.h"
#include "Document.h"
#include "LoadProgress.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

class QTimer;

class LayerLoadController : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        enum class Kind { Layer, Terrain, Record };
        Kind kind = Kind::Layer;
        QString path;                 // a file, or the data directory of a record
        QString dateField, endField;  // layers: the chosen date field(s), if any
        // Layers: the day/month order of numeric dates; Unknown: the one
        // remembered for the file (LayerSession), else asked.
        DateText::Order dateOrder = DateText::Order::Unknown;
        bool visible = true;
        double opacity = 1.0;
        ColourBy colourBy;            // layers: coloured by this field once added (if it has it)
    };

    explicit LayerLoadController(Document *document, QObject *parent = nullptr);
    ~LayerLoadController() override;

    // Queues a load. Returns false, with failed() already emitted, when the
    // path can be refused without reading it (missing, not a local file);
    // else the load runs and finished() tells the outcome.
    bool open(const Request &request);
    // Cancels the running load and drops the queued ones: nothing is added.
    void cancel();
    bool isLoading() const { return m_loading; }
    const Request &current() const { return m_current; }
    // The running load's fraction done, 0..1.
    double progress() const { return m_permille ? m_permille->load() / 1000.0 : 0.0; }
    // Waits for the running load and drops the queue (at exit).
    void shutDown();

signals:
    void started(const LayerLoadController::Request &request);
    void progressChanged(double fraction);
    // A layer was added (message: "Added layer F: N events …").
    void added(const LayerLoadController::Request &request, const QString &message);
    // Nothing was added; lines are FILE:LINE: message, the first the main one.
    void failed(const LayerLoadController::Request &request, const QStringList &lines);
    // The file has several date fields: the choices ("start|end" for pairs).
    // It was added as plain geometry meanwhile when it could be read so.
    void ambiguous(const LayerLoadController::Request &request, const QStringList &candidates);
    // The day/month order of field's numeric dates is not told by its
    // values (message says so, with an example): the choice reloads it.
    void dateOrderAsked(const LayerLoadController::Request &request, const QString &field, const QString &message);
    // The layer was added, but rows were left out whose date or position
    // cannot be read: one FILE:LINE: message per column.
    void rowsLeftOut(const LayerLoadController::Request &request, const QStringList &lines);
    void cancelled(const LayerLoadController::Request &request);
    // Every load ends with this, after one of the above.
    void finished(const LayerLoadController::Request &request, bool added);

private:
    struct Outcome;
    void startNext();
    void onWorkerDone();
    void apply(const Request &request, Outcome &outcome);
    static std::shared_ptr<Outcome> run(const Request &request, const LoadProgress &progress);

    Document *m_document;
    QList<Request> m_queue;
    Request m_current;
    bool m_loading = false;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_permille;
    QTimer *m_progressTimer;
};
