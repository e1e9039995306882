#pragma once
// Reads the categories of the layers the user colours by a field, off the
// GUI thread: whenever a layer of the document is coloured by a field whose
// categories are not there yet, one background read per layer
// (CategoryIndex::build), a newer choice cancelling the older; the result
// goes into the document (Document::setLayerCategories), and the map, the
// layer tree and the legend follow it from there. Plain Qt Core.

#include "Document.h"

#include <QHash>
#include <QObject>
#include <atomic>
#include <memory>

class LayerColouring : public QObject
{
    Q_OBJECT
public:
    explicit LayerColouring(Document *document, QObject *parent = nullptr);
    ~LayerColouring() override;

    // Whether categories are being read for layer.
    bool isReading(const UserLayer *layer) const { return m_jobs.contains(layer); }

signals:
    // The field could not be read again (the file gone or changed): the
    // layer keeps its one colour. message names the file.
    void failed(const UserLayer *layer, const QString &message);
    // A read began or ended (the layer tree says "Reading categories…").
    void readingChanged();

private:
    struct Job
    {
        ColourBy colourBy;
        std::shared_ptr<std::atomic<bool>> cancel;
        QObject *watcher = nullptr;
    };
    void update();
    void start(const UserLayerPtr &layer, const ColourBy &colourBy);

    Document *m_document;
    QHash<const UserLayer *, Job> m_jobs;
};
