#pragma once
// File › Export Map…, File › Export Briefing… and Edit › Copy Map: the
// window's view (or the briefing --report writes), exported as
// the command line would (the same renderer, from a settings value), on a
// worker through a RenderJob with a progress dialog and Cancel; a replaced
// file is asked about first, and a failed or cancelled export leaves
// nothing behind.

#include "Document.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>

class MapCanvas;
class QMainWindow;
class QProgressDialog;
class TimeCursor;

class WindowExport : public QObject
{
    Q_OBJECT
public:
    WindowExport(const Document *document, MapCanvas *canvas, TimeCursor *time, QMainWindow *window);
    ~WindowExport() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    void exportMap();
    void exportBriefing();
    // The compare mode's figure (ComparisonExporter, as --export --compare
    // writes it): the window's view as of a and of b, the changes, the sources.
    // The dialog's size is the two maps' together.
    void exportComparison(const QDate &a, const QDate &b);
    void copyMap();

signals:
    // A background export ended (written: the file is there).
    void finished(bool written);

private:
    // Asks before replacing path; false when the user says no.
    bool mayReplace(const QString &path, const QString &title) const;
    void showProgress(const QString &text, const QString &title, const std::function<void()> &cancel);

    const Document *m_document;
    MapCanvas *m_canvas;
    TimeCursor *m_time;
    QMainWindow *m_window;
    QProgressDialog *m_progress = nullptr;
    QFutureWatcher<QString> m_watcher;   // the error, empty when written
};
