#pragma once
// The Layers dock: the bundled layers (basemap, roads and towns, each side's
// LAC, claims, buffer zones, places, events), each with a visibility check
// box, then the user's layers, topmost first, each with a visibility check
// box; up/down to reorder, an opacity slider and remove for the current one. It only shows the atlas and asks: MainWindow applies the
// changes. (A click on one of the layers' events shows it in the Details
// panel, like any other feature.)

#include "Atlas.h"

#include <QSet>
#include <QWidget>

class QListWidget;
class QTreeWidget;
class QSlider;
class QToolButton;

class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);

    void setAtlas(AtlasPtr atlas);

    QListWidget *list() const { return m_list; }
    QTreeWidget *bundledTree() const { return m_bundled; }
    // Checks the bundled layers that are not in hidden.
    void setHiddenLayers(const QSet<QString> &hidden);
    QSlider *opacitySlider() const { return m_opacity; }
    // The atlas's userLayers index of a row (row 0 is the topmost layer).
    int layerIndex(int row) const;

signals:
    // A bundled layer (an id of MapSettings::layerIds()) shown or hidden.
    void bundledVisibilityChanged(const QString &id, bool visible);
    // Indexes into the atlas's userLayers.
    void visibilityChanged(int layer, bool visible);
    void opacityChanged(int layer, double opacity);
    void moveRequested(int layer, int direction);   // +1 = up (drawn later), -1 = down
    void removeRequested(int layer);

private:
    void updateControls();

    AtlasPtr m_atlas;
    QTreeWidget *m_bundled;
    QListWidget *m_list;
    QToolButton *m_up, *m_down, *m_remove;
    QSlider *m_opacity;
    bool m_updating = false;
};
