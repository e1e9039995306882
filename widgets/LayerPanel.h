#pragma once
// The Layers dock: the bundled layers (basemap, terrain, roads and towns,
// claims, buffer zones, each side's LAC, places, events, listed topmost
// first in MapSettings::layerIds()' drawing order), each with a visibility check
// box, then the user's layers, topmost first, each with a visibility check
// box; an opacity slider for the current layer, bundled or the user's, and
// up/down to reorder and remove for a user's layer (the bundled layers keep
// their order: each side's LAC above the claims and buffer zones). It
// follows the document and edits its layer stack through the signals
// below (connected to the document by setDocument); the bundled layers'
// visibility and opacity are the map view's, so the window applies those.
// (A click on one of the layers' events shows it in the Details panel, like
// any other feature.)
//
// An event layer can be coloured by one of its fields: the "Colour by"
// choice under the list (or the layer's context menu) sets it in the
// document, LayerColouring reads its categories in the background, and
// they are listed as child rows of the layer, each with its colour and
// its number of events.

#include "Document.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class LayerColouring;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;
class QSlider;
class QToolButton;

class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);

    // The user's layers, topmost first, their categories as child rows.
    QTreeWidget *list() const { return m_list; }
    // The current user's layer's row (0: topmost), or -1; and setting it.
    int currentRow() const;
    void setCurrentRow(int row);
    QComboBox *colourByBox() const { return m_colourBy; }
    // The colourings offered for a layer: one colour, then each field (and
    // the CAMEO root code of a field that looks like a CAMEO event code).
    static QList<QPair<QString, ColourBy>> colourChoices(const UserLayer &layer);
    QTreeWidget *bundledTree() const { return m_bundled; }
    // Checks the bundled layers that are not in hidden.
    void setHiddenLayers(const QSet<QString> &hidden);
    // The bundled layers' opacity (by id; absent: opaque), as the slider shows it.
    void setBundledOpacity(const QHash<QString, double> &opacity);
    QSlider *opacitySlider() const { return m_opacity; }
    // The document's layer index of a row (row 0 is the topmost layer).
    int layerIndex(int row) const;

signals:
    // A bundled layer (an id of MapSettings::layerIds()) shown or hidden.
    void bundledVisibilityChanged(const QString &id, bool visible);
    void bundledOpacityChanged(const QString &id, double opacity);
    // Indexes into the document's layers.
    void visibilityChanged(int layer, bool visible);
    void opacityChanged(int layer, double opacity);
    void moveRequested(int layer, int direction);   // +1 = up (drawn later), -1 = down
    void removeRequested(int layer);
    void colourByRequested(int layer, const ColourBy &colourBy);

private:
    void rebuild();
    void updateControls();
    // A layer's category rows (or a line saying they are being read).
    void fillCategories(QTreeWidgetItem *item, const LayerEntry &entry);
    void showContextMenu(const QPoint &pos);
    // What a layer's row says: its name, what it holds, how it is coloured.
    QString layerText(const LayerEntry &entry) const;
    // The id of the current bundled layer ("" when a user's layer, or none, is current).
    QString currentBundled() const;
    int count() const { return m_document ? m_document->layerCount() : 0; }

    Document *m_document = nullptr;
    QTreeWidget *m_bundled;
    QTreeWidget *m_list;
    LayerColouring *m_colouring = nullptr;
    QHash<const UserLayer *, QString> m_colourErrors;   // why a layer's categories could not be read
    QComboBox *m_colourBy;
    QToolButton *m_up, *m_down, *m_remove;
    QSlider *m_opacity;
    QHash<QString, double> m_bundledOpacity;
    bool m_updating = false;
    int m_count = 0;   // rows as last built: a grown list makes the new top layer current
};
