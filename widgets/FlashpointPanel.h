#pragma once
// The side panel listing the flashpoints. Double-click (or Enter) frames one
// on the map.

#include "Atlas.h"

#include <QWidget>

class QListWidget;

class FlashpointPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlashpointPanel(QWidget *parent = nullptr);

    void setAtlas(AtlasPtr atlas);
    QListWidget *list() const { return m_list; }

signals:
    void flashpointActivated(const QString &id);

private:
    QListWidget *m_list;
};
