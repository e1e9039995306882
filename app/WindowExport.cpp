#include "WindowExport.h"

#include "BriefingDialog.h"
#include "ComparisonExporter.h"
#include "ExportDialog.h"
#include "MapCanvas.h"
#include "MapExporter.h"
#include "RenderJob.h"
#include "TimeCursor.h"

#include <QCoreApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

WindowExport::WindowExport(const Document *document, MapCanvas *canvas, TimeCursor *time, QMainWindow *window)
    : QObject(window), m_document(document), m_canvas(canvas), m_time(time), m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_progress) {
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        const QString error = m_watcher.result();
        if (!error.isEmpty() && error != QLatin1String("cancelled"))
            QMessageBox::warning(m_window, m_watcher.property("title").toString(),
                                 tr("Nothing was written.\n\n%1").arg(error));
        else if (error.isEmpty())
            m_window->statusBar()->showMessage(tr("Exported %1").arg(m_watcher.property("path").toString()), 5000);
        emit finished(error.isEmpty());
    });
}

WindowExport::~WindowExport()
{
    m_watcher.waitForFinished();
}

void WindowExport::exportMap()
{
    if (isRunning())
        return;
    MapSettings view = m_canvas->settings();
    view.date = m_time->date();
    ExportDialog dialog(view, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    if (!mayReplace(path, tr("Export Map")))
        return;
    // Rendered and written on a worker: a 300 dpi PDF takes seconds, and
    // the window goes on meanwhile. Cancel leaves nothing at path.
    const RenderJob job(m_document->record(), dialog.settings());
    showProgress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Export Map"), [job] { job.cancel(); });
    m_watcher.setProperty("path", path);
    m_watcher.setFuture(job.exportFile(path, dialog.format(), dialog.page()));
}

bool WindowExport::mayReplace(const QString &path, const QString &title) const
{
    return !QFileInfo::exists(path)
           || QMessageBox::question(m_window, title,
                                    tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                  == QMessageBox::Yes;
}

void WindowExport::showProgress(const QString &text, const QString &title, const std::function<void()> &cancel)
{
    m_progress = new QProgressDialog(text, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(title);
    m_watcher.setProperty("title", title);
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, cancel);
}

void WindowExport::exportBriefing()
{
    if (isRunning())
        return;
    const AtlasPtr record = m_document->record();
    BriefingDialog dialog(m_time->date(), record->eventIndex.firstDate(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    if (!mayReplace(path, tr("Export Briefing")))
        return;
    // Laid out, painted and written on a worker, as --report does it (the
    // same writer, so the same bytes for the same date).
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    showProgress(tr("Writing the briefing %1…").arg(QFileInfo(path).fileName()), tr("Export Briefing"),
                 [cancel] { cancel->store(true); });
    m_watcher.setProperty("path", path);
    const BriefingWriter::Options options = dialog.options();
    m_watcher.setFuture(QtConcurrent::run([record, options, path, cancel]() -> QString {
        const QByteArray bytes = BriefingWriter(record).pdf(options);
        if (cancel->load())
            return QStringLiteral("cancelled");
        if (bytes.isEmpty())
            return QCoreApplication::translate("WindowExport", "%1: the briefing could not be made").arg(path);
        QString error;
        return MapExporter::writeFile(path, bytes, &error) ? QString() : error;
    }));
}

void WindowExport::exportComparison(const QDate &a, const QDate &b)
{
    if (isRunning() || !(a < b))
        return;
    MapSettings view = m_canvas->settings();
    view.date = b;
    ExportDialog dialog(view, m_window);
    dialog.setWindowTitle(tr("Export Comparison"));
    dialog.setThemeChoice(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    if (!mayReplace(path, tr("Export Comparison")))
        return;
    if (dialog.format() == MapExporter::Format::Gif) {
        QMessageBox::warning(m_window, tr("Export Comparison"),
                             tr("A comparison is one PNG, SVG or PDF, not a GIF. Nothing was written."));
        return;
    }
    // Each map half the chosen width, showing at least what the window's map does.
    const MapSettings chosen = dialog.settings();
    const QSize mapSize(std::max(200, chosen.size.width() / 2), chosen.size.height());
    MapSettings maps = MapExporter::resized(chosen, mapSize);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    showProgress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Export Comparison"),
                 [cancel] { cancel->store(true); });
    m_watcher.setProperty("path", path);
    const AtlasPtr record = m_document->record();
    const MapExporter::Format format = dialog.format();
    const MapExporter::Page page = dialog.page();
    m_watcher.setFuture(QtConcurrent::run([record, maps, a, b, format, page, path, cancel]() -> QString {
        // Made in memory first: a cancel before it is written leaves nothing.
        ComparisonExporter exporter(record);
        const QByteArray bytes = exporter.encode(format, maps, a, b, page, path);
        if (bytes.isEmpty())
            return exporter.errorString();
        if (cancel->load())
            return QStringLiteral("cancelled");
        QString error;
        return MapExporter::writeFile(path, bytes, &error) ? QString() : error;
    }));
}

void WindowExport::copyMap()
{
    // What the window shows, as the window shows it.
    QGuiApplication::clipboard()->setImage(MapExporter(m_document->record()).image(m_canvas->settings()));
    m_window->statusBar()->showMessage(tr("Copied the map to the clipboard"), 3000);
}
