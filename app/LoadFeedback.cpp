#include "LoadFeedback.h"

#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

LoadFeedback::LoadFeedback(LayerLoadController *loads, Document *document, QMainWindow *window)
    : QObject(window), m_loads(loads), m_document(document), m_window(window)
{
    connect(loads, &LayerLoadController::started, this, &LoadFeedback::onLoadStarted);
    connect(loads, &LayerLoadController::progressChanged, this, [this](double f) {
        if (m_progress)
            m_progress->setValue(int(f * 1000));
    });
    connect(loads, &LayerLoadController::added, this,
            [this](const LayerLoadController::Request &, const QString &message) {
                m_window->statusBar()->showMessage(message, 10000);
            });
    connect(loads, &LayerLoadController::failed, this, &LoadFeedback::showLoadError);
    connect(loads, &LayerLoadController::ambiguous, this, &LoadFeedback::askDateField);
    connect(loads, &LayerLoadController::cancelled, this, [this](const LayerLoadController::Request &r) {
        m_window->statusBar()->showMessage(tr("Cancelled loading %1").arg(r.path), 5000);
    });
    connect(loads, &LayerLoadController::finished, this, &LoadFeedback::onLoadFinished);
}

void LoadFeedback::onLoadStarted(const LayerLoadController::Request &request)
{
    using Kind = LayerLoadController::Request::Kind;
    const QString what = request.kind == Kind::Record ? tr("Loading the record…")
                                                      : tr("Loading %1…").arg(QFileInfo(request.path).fileName());
    m_progress = new QProgressDialog(what, tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("layerLoadProgress"));
    m_progress->setWindowTitle(request.kind == Kind::Terrain ? tr("Opening terrain") : tr("Opening layer"));
    m_progress->setWindowModality(Qt::NonModal);   // the map stays usable
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_loads, &LayerLoadController::cancel);
    m_window->statusBar()->showMessage(what);
    if (request.kind == Kind::Record || request.kind == Kind::Terrain)
        QApplication::setOverrideCursor(Qt::BusyCursor);
}

void LoadFeedback::onLoadFinished(const LayerLoadController::Request &request, bool added)
{
    using Kind = LayerLoadController::Request::Kind;
    if (m_progress) {
        m_progress->disconnect(m_loads);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if ((request.kind == Kind::Record || request.kind == Kind::Terrain) && QApplication::overrideCursor())
        QApplication::restoreOverrideCursor();
    // The next run opens the same terrain.
    if (request.kind == Kind::Terrain && added)
        QSettings().setValue(QStringLiteral("terrain/path"), request.path);
}

void LoadFeedback::showLoadError(const LayerLoadController::Request &request, const QStringList &lines)
{
    using Kind = LayerLoadController::Request::Kind;
    // Whoever started the viewer from a terminal reads it there too.
    qWarning("lacviewer: %s", qPrintable(lines.join(QLatin1Char('\n'))));
    m_window->statusBar()->showMessage(lines.value(0), 10000);
    QString title = tr("Cannot open layer");
    QString text = tr("The layer was not added; what was loaded stays.");
    if (request.kind == Kind::Terrain) {
        title = tr("Open Terrain");
        text = tr("The terrain was not added; the map stays as it was.");
    } else if (request.kind == Kind::Record) {
        title = tr("LAC Viewer");
        text = tr("The bundled data in %1 could not be loaded.").arg(request.path);
    }
    if (request.kind == Kind::Terrain && !m_window->isVisible())
        return;   // --dem before the window shows: the terminal has it
    // Window-modal, not a nested event loop: the caller goes on at once.
    auto *box = new QMessageBox(request.kind == Kind::Record ? QMessageBox::Critical : QMessageBox::Warning,
                                title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("layerErrorBox"));
    box->setInformativeText(lines.value(0));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->open();
}

void LoadFeedback::askDateField(const LayerLoadController::Request &request, const QStringList &candidates)
{
    // Not exec(): the window goes on; the choice reloads the layer.
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("dateFieldDialog"));
    dialog->setWindowTitle(tr("Choose the date field"));
    dialog->setLabelText(tr("%1 has several date fields. Which one dates its events?\n"
                            "(\"start|end\" uses a start and an end date.)")
                             .arg(QFileInfo(request.path).fileName()));
    dialog->setComboBoxItems(candidates);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, request](const QString &choice) {
        LayerLoadController::Request chosen = request;
        chosen.dateField = choice.section(QLatin1Char('|'), 0, 0);
        chosen.endField = choice.section(QLatin1Char('|'), 1, 1);
        // Replace the plain layer shown meanwhile, if there is one.
        const QString path = request.path;
        m_document->removeLayers([path](const LayerEntry &u) { return u->path == path && !u->events; });
        m_loads->open(chosen);
    });
    dialog->open();
}
