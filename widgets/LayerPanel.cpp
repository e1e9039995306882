#include "LayerPanel.h"

#include "MapSettings.h"

#include <QTextDocument> // Qt::convertFromPlainText

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent), m_bundled(new QTreeWidget(this)), m_list(new QListWidget(this)), m_up(new QToolButton(this)),
      m_down(new QToolButton(this)), m_remove(new QToolButton(this)),
      m_opacity(new QSlider(Qt::Horizontal, this))
{
    m_bundled->setObjectName(QStringLiteral("bundledLayers"));
    m_bundled->setHeaderHidden(true);
    m_bundled->setRootIsDecorated(false);
    const QHash<QString, QString> names = {
        {QStringLiteral("events"), tr("Events")},
        {QStringLiteral("places"), tr("Places")},
        {QStringLiteral("buffer-zones"), tr("Buffer zones")},
        {QStringLiteral("claims"), tr("Claims")},
        {QStringLiteral("lac-china"), tr("China's perceived LAC")},
        {QStringLiteral("lac-india"), tr("India's perceived LAC")},
        {QStringLiteral("roads"), tr("Roads and towns")},
        {QStringLiteral("terrain"), tr("Terrain (File › Open Terrain…)")},
        {QStringLiteral("basemap"), tr("Basemap (countries, lakes, rivers, de facto boundaries)")}};
    // Topmost first, as the user's layers are listed: the drawing order reversed.
    const QStringList ids = MapSettings::layerIds();
    for (auto id = ids.crbegin(); id != ids.crend(); ++id) {
        const QString name = names.value(*id, *id);
        auto *item = new QTreeWidgetItem(m_bundled, {name});
        item->setData(0, Qt::UserRole, *id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setToolTip(0, name);
    }
    // As tall as its rows, so the user's layers keep the rest.
    m_bundled->setMaximumHeight(m_bundled->sizeHintForRow(0) * (int(ids.size()) + 1));
    connect(m_bundled, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_updating)
            emit bundledVisibilityChanged(item->data(0, Qt::UserRole).toString(),
                                          item->checkState(0) == Qt::Checked);
    });
    // One current layer across both lists: the one the slider acts on.
    connect(m_bundled, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_list->setCurrentRow(-1);
        updateControls();
    });
    m_list->setObjectName(QStringLiteral("layerList"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_remove->setText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeLayer"));
    m_opacity->setRange(0, 100);
    m_opacity->setObjectName(QStringLiteral("layerOpacity"));
    m_opacity->setToolTip(tr("Opacity of the selected layer"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *opacity = new QHBoxLayout;
    opacity->addWidget(new QLabel(tr("Opacity"), this));
    opacity->addWidget(m_opacity);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bundled);
    layout->addWidget(new QLabel(tr("Your layers (File › Open Layer…)"), this));
    layout->addWidget(m_list, 2);
    layout->addLayout(buttons);
    layout->addLayout(opacity);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_bundled->setCurrentItem(nullptr);
        updateControls();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        emit visibilityChanged(layerIndex(m_list->row(item)), item->checkState() == Qt::Checked);
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit moveRequested(layerIndex(m_list->currentRow()), +1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit moveRequested(layerIndex(m_list->currentRow()), -1);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit removeRequested(layerIndex(m_list->currentRow()));
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (m_updating)
            return;
        if (const QString id = currentBundled(); !id.isEmpty()) {
            m_bundledOpacity.insert(id, v / 100.0);
            emit bundledOpacityChanged(id, v / 100.0);
        } else if (m_list->currentRow() >= 0) {
            emit opacityChanged(layerIndex(m_list->currentRow()), v / 100.0);
        }
    });
    updateControls();
}

int LayerPanel::layerIndex(int row) const
{
    if (!m_document || row < 0)
        return -1;
    return count() - 1 - row;
}

void LayerPanel::setDocument(Document *document)
{
    m_document = document;
    connect(this, &LayerPanel::visibilityChanged, document, &Document::setLayerVisible);
    connect(this, &LayerPanel::opacityChanged, document, &Document::setLayerOpacity);
    connect(this, &LayerPanel::moveRequested, document, &Document::moveLayer);
    connect(this, &LayerPanel::removeRequested, document, &Document::removeLayer);
    connect(document, &Document::layersChanged, this, &LayerPanel::rebuild);
    connect(document, &Document::layerStateChanged, this, [this](int layer) {
        // Only a check box and the slider change: the list is not rebuilt,
        // so a slider being dragged keeps its row.
        const LayerEntry *u = m_document->layer(layer);
        QListWidgetItem *item = m_list->item(count() - 1 - layer);
        if (!u || !item)
            return;
        m_updating = true;
        item->setCheckState(u->visible ? Qt::Checked : Qt::Unchecked);
        m_updating = false;
        updateControls();
    });
    connect(document, &Document::layerContentChanged, this, [this](int layer) {
        const LayerEntry *u = m_document->layer(layer);
        if (QListWidgetItem *item = u ? m_list->item(count() - 1 - layer) : nullptr)
            item->setText(rowText(*u->layer));
    });
    m_count = 0;
    rebuild();
}

QString LayerPanel::rowText(const UserLayer &u) const
{
    QString text = u.name;
    if (u.database) {
        // A database layer says what it shows and when the server last answered.
        const DatabaseSnapshot &d = *u.database;
        if (!d.problem.isEmpty())
            return text + tr(" — connection lost, retrying (%1)").arg(d.problem);
        if (!d.refreshed.isValid())
            return text + tr(" — connecting…");
        return text + tr(" — %L1 in view, by %2, refreshed %3")
                          .arg(qulonglong(d.total))
                          .arg(d.source->dateColumn, d.refreshed.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    if (u.events)
        return text + tr(" — %L1 events, by %2").arg(qulonglong(u.events->size())).arg(
            u.events->endField.isEmpty() ? u.events->dateField
                                         : u.events->dateField + QLatin1Char('/') + u.events->endField);
    return text + tr(" — %L1 features").arg(qulonglong(u.layer.features.size()));
}

void LayerPanel::rebuild()
{
    const int keepLayer = layerIndex(m_list->currentRow());
    const int oldCount = m_count;
    m_updating = true;
    m_list->clear();
    const int n = count();
    m_count = n;
    for (int row = 0; row < n; ++row) {
        const LayerEntry &entry = *m_document->layer(n - 1 - row);
        const UserLayer &u = *entry.layer;
        auto *item = new QListWidgetItem(rowText(u), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(entry.visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(Qt::convertFromPlainText(u.path.isEmpty() ? u.name : u.path));
    }
    // Keep the same layer current (a new layer, on top, when one was added).
    int row = -1;
    if (n > oldCount)
        row = 0;
    else if (keepLayer >= 0 && keepLayer < n)
        row = n - 1 - keepLayer;
    m_list->setCurrentRow(row);
    m_updating = false;
    updateControls();
}

QString LayerPanel::currentBundled() const
{
    const QTreeWidgetItem *item = m_bundled->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void LayerPanel::updateControls()
{
    const QString bundled = currentBundled();
    const int layer = bundled.isEmpty() ? layerIndex(m_list->currentRow()) : -1;
    const LayerEntry *entry = m_document ? m_document->layer(layer) : nullptr;
    const bool has = entry != nullptr;
    const int n = count();
    m_up->setEnabled(has && layer < n - 1);
    m_down->setEnabled(has && layer > 0);
    m_remove->setEnabled(has);
    m_opacity->setEnabled(has || !bundled.isEmpty());
    const QString fixed = tr("The bundled layers keep their order: each side's LAC is drawn above the "
                             "claims and buffer zones");
    m_up->setToolTip(bundled.isEmpty() ? tr("Draw the layer above the next one") : fixed);
    m_down->setToolTip(bundled.isEmpty() ? tr("Draw the layer below the previous one") : fixed);
    const double opacity = !bundled.isEmpty() ? m_bundledOpacity.value(bundled, 1.0) : has ? entry->opacity : 1.0;
    const bool was = m_updating;
    m_updating = true;
    m_opacity->setValue(int(std::lround(opacity * 100)));
    m_updating = was;
}


void LayerPanel::setHiddenLayers(const QSet<QString> &hidden)
{
    m_updating = true;
    for (int i = 0; i < m_bundled->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_bundled->topLevelItem(i);
        item->setCheckState(0, hidden.contains(item->data(0, Qt::UserRole).toString()) ? Qt::Unchecked
                                                                                         : Qt::Checked);
    }
    m_updating = false;
}

void LayerPanel::setBundledOpacity(const QHash<QString, double> &opacity)
{
    m_bundledOpacity = opacity;
    updateControls();
}
