#include "LayerLoadController.h"

#include "AtlasLoader.h"
#include "GdalSandbox.h"
#include "LayerReader.h"
#include "LayerSession.h"
#include "UserLayerLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <new>

struct LayerLoadController::Outcome
{
    LoadResult result = LoadResult::of(LoadResult::Status::Failed);
    std::shared_ptr<UserLayer> layer;
    std::shared_ptr<const Terrain> terrain;
    AtlasPtr record;
};

LayerLoadController::LayerLoadController(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { emit progressChanged(progress()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LayerLoadController::onWorkerDone);
}

LayerLoadController::~LayerLoadController()
{
    shutDown();
}

void LayerLoadController::shutDown()
{
    cancel();
    m_watcher.waitForFinished();
}

bool LayerLoadController::open(const Request &request)
{
    // Refused without reading (one stat, no content): said at once, and
    // nothing is queued. The worker's reader makes every other check.
    QStringList refusal;
    if (request.kind == Request::Kind::Record) {
        if (!QFileInfo(request.path).isDir())
            refusal << QCoreApplication::translate("LayerLoadController", "%1: no such directory")
                           .arg(request.path);
    } else if (request.kind == Request::Kind::Terrain) {
        // Rasters have their own limits (Terrain::load); only what is opened is checked here.
        if (GdalSandbox::isRemotePath(request.path) || GdalSandbox::isConnectionString(request.path))
            refusal << QCoreApplication::translate(
                "LayerLoadController", "%1: refused: the viewer reads local files only")
                           .arg(request.path);
        else if (!QFileInfo(request.path).isFile())
            refusal
                << QCoreApplication::translate("LayerLoadController", "%1: no such file").arg(request.path);
    } else {
        for (const DataError &e : LayerReader().preflight(request.path, LayerReader::Scan::FileOnly).errors)
            refusal << e.toString();
    }
    if (!refusal.isEmpty()) {
        emit failed(request, refusal);
        emit finished(request, false);
        return false;
    }
    Request queued = request;
    if (queued.kind == Request::Kind::Layer && queued.dateOrder == DateText::Order::Unknown)
        queued.dateOrder = LayerSession::rememberedDateOrder(queued.path);
    m_queue.append(queued);
    startNext();
    return true;
}

void LayerLoadController::cancel()
{
    m_queue.clear();
    if (m_cancel)
        m_cancel->store(true);
}

std::shared_ptr<LayerLoadController::Outcome> LayerLoadController::run(const Request &request,
                                                                       const LoadProgress &progress)
{
    auto out = std::make_shared<Outcome>();
    try {
        switch (request.kind) {
        case Request::Kind::Layer: {
            out->layer = std::make_shared<UserLayer>();
            out->result = UserLayerLoader().load(request.path, {request.dateField, request.endField, request.dateOrder},
                                                 out->layer.get(), progress);
            break;
        }
        case Request::Kind::Terrain:
            out->terrain = Terrain::load(request.path, &out->result);
            break;
        case Request::Kind::Record: {
            // The record's validation reports every problem in every file.
            DataErrors errors;
            out->record = AtlasLoader().load(request.path, &errors);
            out->result = out->record ? LoadResult::loaded() : LoadResult::failed(errors);
            break;
        }
        }
    } catch (const std::bad_alloc &) {
        // A file too large for the memory left: say so, keep the window.
        *out = Outcome();
        out->result = LoadResult::failed(
            request.path, QCoreApplication::translate("LayerLoadController", "not enough memory to read it"));
    }
    return out;
}

void LayerLoadController::startNext()
{
    if (m_loading || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_loading = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_permille = std::make_shared<std::atomic<int>>(0);
    emit started(m_current);
    m_progressTimer->start();
    const Request request = m_current;
    auto cancel = m_cancel;
    auto permille = m_permille;
    m_watcher.setFuture(QtConcurrent::run([request, cancel, permille] {
        auto out = run(request, [cancel, permille](double f, const QString &) {
            permille->store(int(f * 1000));
            return !cancel->load();
        });
        if (cancel->load())
            out->result = LoadResult::of(LoadResult::Status::Cancelled);
        return out;
    }));
}

void LayerLoadController::onWorkerDone()
{
    m_progressTimer->stop();
    const std::shared_ptr<Outcome> out = m_watcher.result();
    const Request request = m_current;
    m_loading = false;
    apply(request, *out);
    startNext();
}

void LayerLoadController::apply(const Request &request, Outcome &out)
{
    using Status = LoadResult::Status;
    if (out.result.is(Status::Cancelled)) {
        emit cancelled(request);
        emit finished(request, false);
        return;
    }
    if (out.result.is(Status::Ambiguous) && out.result.question == LoadResult::Question::DateOrder) {
        emit dateOrderAsked(request, out.result.orderField, out.result.message());
        emit finished(request, false);
        return;
    }
    if (out.result.is(Status::Ambiguous)) {
        // Shown as plain geometry (when the file could be read so) until a
        // date field is chosen; the choice replaces it.
        emit ambiguous(request, out.result.candidates);
        if (!out.layer || out.layer->layer.features.empty()) {
            emit finished(request, false);
            return;
        }
    } else if (!out.result.ok()) {
        QStringList lines;
        for (const DataError &e : out.result.errors)
            lines << e.toString();
        if (lines.isEmpty())
            lines << QCoreApplication::translate("LayerLoadController", "%1: could not be read")
                         .arg(request.path);
        emit failed(request, lines);
        emit finished(request, false);
        return;
    }
    switch (request.kind) {
    case Request::Kind::Record:
        emit added(request, tr("The record: %L1 events at %L2 flashpoints, checked to %3")
                                .arg(out.record->events.size())
                                .arg(out.record->flashpoints.size())
                                .arg(out.record->recordCheckedTo.toString(Qt::ISODate)));
        m_document->setRecord(out.record);
        break;
    case Request::Kind::Terrain:
        m_document->setTerrain(out.terrain);
        emit added(request, tr("Terrain from %1").arg(request.path));
        break;
    case Request::Kind::Layer: {
        QString message = tr("Added layer %1").arg(request.path);
        if (const auto &events = out.layer->events) {
            message += tr(": %L1 events").arg(qulonglong(events->size()));
            if (events->skipped)
                message += tr(" (%L1 rows without a point or a date skipped)").arg(events->skipped);
        }
        QStringList problems;
        if (const auto &events = out.layer->events)
            for (const DataError &e : events->problems)
                problems << e.toString();
        const bool hasField = out.layer->events && out.layer->events->fieldNames.contains(request.colourBy.field);
        if (request.colourBy.isSet() && !hasField)
            message += out.layer->events ? tr("; not coloured: no field \"%1\" (its fields: %2)")
                                               .arg(request.colourBy.field, out.layer->events->fieldNames.join(QStringLiteral(", ")))
                                         : tr("; not coloured: only event layers are coloured by a field");
        const int index = m_document->addLayer(std::move(out.layer), request.visible, request.opacity);
        if (request.colourBy.isSet() && hasField)
            m_document->setLayerColourBy(index, request.colourBy);
        emit added(request, message);
        if (!problems.isEmpty())
            emit rowsLeftOut(request, problems);
        break;
    }
    }
    emit finished(request, true);
}
