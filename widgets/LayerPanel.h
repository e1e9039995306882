#pragma once
// The Layers dock (issue 8): the user's layers, topmost first, each with a
// visibility check box; up/down to reorder, an opacity slider and remove for
// the current one; below, the attributes of the last identified event (plain
// text). It only shows the atlas and asks: MainWindow applies the changes.

#include "Atlas.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QSlider;
class QToolButton;

class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);

    void setAtlas(AtlasPtr atlas);
    void showIdentify(const QString &text);

    QListWidget *list() const { return m_list; }
    QSlider *opacitySlider() const { return m_opacity; }
    QString identifyText() const;
    // The atlas's userLayers index of a row (row 0 is the topmost layer).
    int layerIndex(int row) const;

signals:
    // Indexes into the atlas's userLayers.
    void visibilityChanged(int layer, bool visible);
    void opacityChanged(int layer, double opacity);
    void moveRequested(int layer, int direction);   // +1 = up (drawn later), -1 = down
    void removeRequested(int layer);

private:
    void updateControls();

    AtlasPtr m_atlas;
    QListWidget *m_list;
    QToolButton *m_up, *m_down, *m_remove;
    QSlider *m_opacity;
    QPlainTextEdit *m_identify;
    bool m_updating = false;
};
