#pragma once
// The attribute rows of the user's events, for identify, tooltips and the
// "which one?" menu, read so that the GUI thread never waits on a file: a
// row the layer keeps in memory is at hand at once; one that must be read
// from its file (a large layer keeps only byte offsets or feature ids) is
// read on a worker, kept, and rowReady() says when it is in. Plain Qt Core.

#include "UserLayer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <optional>

class FeatureRows : public QObject
{
    Q_OBJECT
public:
    using Row = QList<QPair<QString, QString>>;

    explicit FeatureRows(QObject *parent = nullptr);
    ~FeatureRows() override;

    // The row of event index of layer when it is at hand; else nothing,
    // and a read starts in the background (rowReady follows).
    std::optional<Row> row(const UserLayerPtr &layer, qint64 index);
    // Reads the row now, on the calling thread (the command line, exports).
    static Row read(const UserLayer &layer, qint64 index);

signals:
    void rowReady(const UserLayer *layer, qint64 index);

private:
    using Key = QPair<quintptr, qint64>;
    struct Kept
    {
        std::weak_ptr<const UserLayer> layer;   // an address reused by a new layer is not a match
        Row row;
    };
    QHash<Key, Kept> m_rows;
    QSet<Key> m_pending;
};
