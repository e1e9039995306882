#pragma once
// The window's database layers: opens a "PG:" string on a worker (connect
// and describe; the window never waits on the network), makes a
// DatabaseLayerController per layer, hands each the map's view whenever the
// canvas settings change, and reports what goes wrong in the status bar.
// A layer the user removes ends its controller and connections.

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class DatabaseLayerController;
class Document;
class MapCanvas;
class QStatusBar;

class DatabaseLayers : public QObject
{
    Q_OBJECT
public:
    DatabaseLayers(Document *document, MapCanvas *canvas, QStatusBar *status, QObject *parent = nullptr);
    ~DatabaseLayers() override;
    // Connects on a worker; the layer is added when the database answers.
    void open(const QString &connection);
    int count() const { return int(m_controllers.size()); }
    DatabaseLayerController *controller(int i) const { return m_controllers.at(size_t(i)).get(); }
    int opening() const { return m_opening; }

signals:
    void opened(bool ok, const QString &message);

private:
    void showOpenError(const QString &error);
    void followView();
    void dropRemoved();
    Document *m_document;
    MapCanvas *m_canvas;
    QStatusBar *m_status;
    std::vector<std::unique_ptr<DatabaseLayerController>> m_controllers;
    int m_opening = 0;
};
