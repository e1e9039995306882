#pragma once
// File › Export Map… and Edit › Copy Map: the window's view, exported as
// the command line would (the same renderer, from a settings value), on a
// worker through a RenderJob with a progress dialog and Cancel; a replaced
// file is asked about first, and a failed or cancelled export leaves
// nothing behind.

#include "Document.h"

#include <QFutureWatcher>
#include <QObject>

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
    void copyMap();

signals:
    // A background export ended (written: the file is there).
    void finished(bool written);

private:
    const Document *m_document;
    MapCanvas *m_canvas;
    TimeCursor *m_time;
    QMainWindow *m_window;
    QProgressDialog *m_progress = nullptr;
    QFutureWatcher<QString> m_watcher;   // the error, empty when written
};
