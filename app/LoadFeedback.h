#pragma once
// What the window shows while the LayerLoadController works: a progress
// dialog with Cancel (the map stays usable), the outcome in the status bar,
// a message box naming the file and line when a load fails (also written to
// stderr, for whoever started the viewer from a terminal), and the question
// which date field dates a file that has several, or in which order the
// day and month of its numeric dates are written; and, for a layer added
// with rows left out, which and why.

#include "Document.h"
#include "LayerLoadController.h"

#include <QObject>

class QMainWindow;
class QProgressDialog;

class LoadFeedback : public QObject
{
    Q_OBJECT
public:
    LoadFeedback(LayerLoadController *loads, Document *document, QMainWindow *window);

    // The progress dialog of the running load (null when none).
    QProgressDialog *progress() const { return m_progress; }

private:
    void onLoadStarted(const LayerLoadController::Request &request);
    void onLoadFinished(const LayerLoadController::Request &request, bool added);
    void showLoadError(const LayerLoadController::Request &request, const QStringList &lines);
    void askDateField(const LayerLoadController::Request &request, const QStringList &candidates);
    void askDateOrder(const LayerLoadController::Request &request, const QString &field, const QString &message);
    void showRowsLeftOut(const LayerLoadController::Request &request, const QStringList &lines);

    LayerLoadController *m_loads;
    Document *m_document;
    QMainWindow *m_window;
    QProgressDialog *m_progress = nullptr;
};
