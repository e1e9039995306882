#include "DatabaseLayers.h"

#include "DatabaseLayerController.h"
#include "DatabasePainter.h"
#include "Document.h"
#include "MapCanvas.h"
#include "PgConnection.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QtConcurrent>

namespace {
struct Opened
{
    std::shared_ptr<std::unique_ptr<PgConnection>> db;
    std::shared_ptr<const PgSource> source;
    QString error;
};
} // namespace

DatabaseLayers::DatabaseLayers(Document *document, MapCanvas *canvas, QStatusBar *status, QObject *parent)
    : QObject(parent), m_document(document), m_canvas(canvas), m_status(status)
{
    connect(m_canvas, &MapCanvas::settingsChanged, this, &DatabaseLayers::followView);
    connect(m_document, &Document::layersChanged, this, &DatabaseLayers::dropRemoved);
}

DatabaseLayers::~DatabaseLayers() = default;

void DatabaseLayers::open(const QString &connection)
{
    ++m_opening;
    m_status->showMessage(tr("Connecting to %1…").arg(connection));
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_opening;
        Opened o = watcher->result();
        if (!o.source) {
            m_status->showMessage(o.error, 15000);
            QTextStream(stderr) << o.error << Qt::endl;
            showOpenError(o.error);
            emit opened(false, o.error);
            return;
        }
        auto c = std::make_unique<DatabaseLayerController>(m_document, o.source, std::move(*o.db));
        DatabaseLayerController *raw = c.get();
        connect(raw, &DatabaseLayerController::problem, this, [this](const QString &message) {
            m_status->showMessage(message, 15000);
            QTextStream(stderr) << message << Qt::endl;
        });
        m_controllers.push_back(std::move(c));
        raw->setView(DatabasePainter::viewOf(m_canvas->settings()));
        const QString message = tr("Opened %1").arg(o.source->displayName());
        m_status->showMessage(message, 5000);
        emit opened(true, message);
    });
    watcher->setFuture(QtConcurrent::run([connection] {
        Opened o;
        std::shared_ptr<const PgSource> source;
        auto db = DatabaseLayerController::openDatabase(connection, &source, &o.error);
        if (db) {
            o.db = std::make_shared<std::unique_ptr<PgConnection>>(std::move(db));
            o.source = std::move(source);
        }
        return o;
    }));
}

void DatabaseLayers::showOpenError(const QString &error)
{
    // As a file that cannot be opened: window-modal, and the caller goes on.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open database"),
                                tr("The database layer was not added; what was loaded stays."), QMessageBox::Ok,
                                m_canvas->window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("databaseErrorBox"));
    box->setInformativeText(error);
    box->setWindowModality(Qt::WindowModal);
    box->show();
}

void DatabaseLayers::followView()
{
    if (m_controllers.empty())
        return;
    const DatabaseView view = DatabasePainter::viewOf(m_canvas->settings());
    for (const auto &c : m_controllers)
        c->setView(view);
}

void DatabaseLayers::dropRemoved()
{
    for (auto it = m_controllers.begin(); it != m_controllers.end();)
        it = (*it)->layerIndex() < 0 ? m_controllers.erase(it) : it + 1;
}
