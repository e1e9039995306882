#include "LoadFeedback.h"

#include "LayerSession.h"

#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
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
    connect(loads, &LayerLoadController::dateOrderAsked, this, &LoadFeedback::askDateOrder);
    connect(loads, &LayerLoadController::rowsLeftOut, this, &LoadFeedback::showRowsLeftOut);
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

void LoadFeedback::askDateOrder(const LayerLoadController::Request &request, const QString &field,
                                const QString &message)
{
    Q_UNUSED(message);
    // Not exec(): the window goes on; the choice loads the layer and is
    // remembered for the file.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Day or month first?"),
                                tr("The dates in \"%1\" of %2 are written with numbers only, and none of "
                                   "them tells whether the day or the month comes first (03/04/2020 is "
                                   "3 April or 4 March).")
                                    .arg(field, QFileInfo(request.path).fileName()),
                                QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("dateOrderDialog"));
    box->setInformativeText(tr("Which order does this file use? The choice is remembered for it."));
    QPushButton *dayFirst = box->addButton(tr("Day first (03/04 = 3 April)"), QMessageBox::AcceptRole);
    dayFirst->setObjectName(QStringLiteral("dayFirst"));
    QPushButton *monthFirst = box->addButton(tr("Month first (03/04 = 4 March)"), QMessageBox::AcceptRole);
    monthFirst->setObjectName(QStringLiteral("monthFirst"));
    auto choose = [this, request](DateText::Order order) {
        LayerSession::rememberDateOrder(request.path, order);
        LayerLoadController::Request chosen = request;
        chosen.dateOrder = order;
        m_loads->open(chosen);
    };
    connect(dayFirst, &QPushButton::clicked, this, [choose] { choose(DateText::Order::DayFirst); });
    connect(monthFirst, &QPushButton::clicked, this, [choose] { choose(DateText::Order::MonthFirst); });
    box->open();
}

void LoadFeedback::showRowsLeftOut(const LayerLoadController::Request &request, const QStringList &lines)
{
    qWarning("lacviewer: %s", qPrintable(lines.join(QLatin1Char('\n'))));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Rows left out"),
                                tr("%1 was added, but some of its rows could not be read and are not on "
                                   "the map.").arg(QFileInfo(request.path).fileName()),
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("rowsLeftOutBox"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->open();
}
