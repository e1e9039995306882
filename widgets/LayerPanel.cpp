#include "LayerPanel.h"

#include "LayerColouring.h"
#include "MapSettings.h"
#include "MapStyle.h"

#include <QTextDocument> // Qt::convertFromPlainText

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// A category's swatch: a dot of its colour, as the map draws it.
QIcon categoryIcon(int code, qreal dpr)
{
    const int size = 14;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
    p.setBrush(MapStyle::categoryColor(code));
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    return QIcon(pixmap);
}
} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent), m_bundled(new QTreeWidget(this)), m_list(new QTreeWidget(this)),
      m_colourBy(new QComboBox(this)), m_up(new QToolButton(this)), m_down(new QToolButton(this)),
      m_remove(new QToolButton(this)), m_opacity(new QSlider(Qt::Horizontal, this))
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
            m_list->setCurrentItem(nullptr);
        updateControls();
    });
    m_list->setObjectName(QStringLiteral("layerList"));
    m_list->setHeaderHidden(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    m_colourBy->setObjectName(QStringLiteral("colourBy"));
    m_colourBy->setToolTip(tr("Colour the selected layer's events by one of its fields"));
    m_colourBy->setAccessibleName(tr("Colour by"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_remove->setText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeLayer"));
    m_opacity->setRange(0, 100);
    m_opacity->setObjectName(QStringLiteral("layerOpacity"));
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    m_bundled->setAccessibleName(tr("Bundled layers"));
    m_list->setAccessibleName(tr("Your layers"));
    // An empty list has no current row to draw the focus on: its frame shows it.
    m_list->setStyleSheet(QStringLiteral("QTreeWidget:focus { border: 2px solid palette(highlight); }"));
    m_opacity->setAccessibleName(m_opacity->toolTip());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *colour = new QHBoxLayout;
    auto *colourLabel = new QLabel(tr("Colour by"), this);
    colourLabel->setBuddy(m_colourBy);
    colour->addWidget(colourLabel);
    colour->addWidget(m_colourBy, 1);
    auto *opacity = new QHBoxLayout;
    opacity->addWidget(new QLabel(tr("Opacity"), this));
    opacity->addWidget(m_opacity);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bundled);
    layout->addWidget(new QLabel(tr("Your layers (File › Open Layer…)"), this));
    layout->addWidget(m_list, 2);
    layout->addLayout(buttons);
    layout->addLayout(colour);
    layout->addLayout(opacity);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_bundled->setCurrentItem(nullptr);
        updateControls();
    });
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating || item->parent())
            return;
        emit visibilityChanged(layerIndex(m_list->indexOfTopLevelItem(item)), item->checkState(0) == Qt::Checked);
    });
    connect(m_colourBy, &QComboBox::activated, this, [this](int choice) {
        const LayerEntry *entry = m_document ? m_document->layer(layerIndex(currentRow())) : nullptr;
        if (!entry)
            return;
        const auto choices = colourChoices(*entry->layer);
        if (choice >= 0 && choice < choices.size())
            emit colourByRequested(layerIndex(currentRow()), choices[choice].second);
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit moveRequested(layerIndex(currentRow()), +1);
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit moveRequested(layerIndex(currentRow()), -1);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit removeRequested(layerIndex(currentRow()));
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (m_updating)
            return;
        if (const QString id = currentBundled(); !id.isEmpty()) {
            m_bundledOpacity.insert(id, v / 100.0);
            emit bundledOpacityChanged(id, v / 100.0);
        } else if (currentRow() >= 0) {
            emit opacityChanged(layerIndex(currentRow()), v / 100.0);
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

int LayerPanel::currentRow() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
}

void LayerPanel::setCurrentRow(int row)
{
    m_list->setCurrentItem(row >= 0 ? m_list->topLevelItem(row) : nullptr);
}

QList<QPair<QString, ColourBy>> LayerPanel::colourChoices(const UserLayer &layer)
{
    QList<QPair<QString, ColourBy>> out{{tr("One colour"), ColourBy()}};
    if (!layer.events)
        return out;
    const EventLayer &events = *layer.events;
    for (const QString &field : events.fieldNames) {
        ColourBy by;
        by.field = field;
        out.append({field, by});
        // Judged by a few values when they are in memory, else by its name.
        QStringList sample;
        for (size_t i = 0; i < std::min<size_t>(200, events.inlineAttributes.size()); ++i)
            sample << events.inlineAttributes[i].value(field).toString();
        if (ColourBy::looksLikeCameo(field, sample)) {
            by.grouping = ColourBy::Grouping::CameoRoot;
            out.append({tr("%1 — CAMEO root code").arg(field), by});
        }
    }
    return out;
}

void LayerPanel::setDocument(Document *document)
{
    m_document = document;
    m_colouring = new LayerColouring(document, this);
    connect(this, &LayerPanel::visibilityChanged, document, &Document::setLayerVisible);
    connect(this, &LayerPanel::opacityChanged, document, &Document::setLayerOpacity);
    connect(this, &LayerPanel::moveRequested, document, &Document::moveLayer);
    connect(this, &LayerPanel::removeRequested, document, &Document::removeLayer);
    connect(this, &LayerPanel::colourByRequested, this, [this](int layer, const ColourBy &by) {
        if (const LayerEntry *entry = m_document->layer(layer))
            m_colourErrors.remove(entry->layer.get());
        m_document->setLayerColourBy(layer, by);
    });
    connect(document, &Document::layersChanged, this, &LayerPanel::rebuild);
    connect(document, &Document::layerStateChanged, this, [this](int layer) {
        // Only a check box, the categories and the slider change: the list
        // is not rebuilt, so a slider being dragged keeps its row.
        const LayerEntry *u = m_document->layer(layer);
        QTreeWidgetItem *item = m_list->topLevelItem(count() - 1 - layer);
        if (!u || !item)
            return;
        m_updating = true;
        item->setCheckState(0, u->visible ? Qt::Checked : Qt::Unchecked);
        item->setText(0, layerText(*u));
        fillCategories(item, *u);
        m_updating = false;
        updateControls();
    });
    connect(m_colouring, &LayerColouring::failed, this, [this](const UserLayer *layer, const QString &message) {
        m_colourErrors.insert(layer, message);
        rebuild();
    });
    connect(m_colouring, &LayerColouring::readingChanged, this, [this] {
        if (m_list->topLevelItemCount() != count())
            return;   // the list is about to be rebuilt
        m_updating = true;
        for (int row = 0; row < m_list->topLevelItemCount(); ++row)
            if (const LayerEntry *entry = m_document->layer(layerIndex(row)))
                fillCategories(m_list->topLevelItem(row), *entry);
        m_updating = false;
    });
    // A database layer's snapshot changes in place: its row says so.
    connect(document, &Document::layerContentChanged, this, [this](int layer) {
        const LayerEntry *u = m_document->layer(layer);
        if (QTreeWidgetItem *item = u ? m_list->topLevelItem(count() - 1 - layer) : nullptr)
            item->setText(0, layerText(*u));
    });
    m_count = 0;
    rebuild();
}

QString LayerPanel::layerText(const LayerEntry &entry) const
{
    const UserLayer &u = *entry.layer;
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
    if (u.events) {
        text += tr(" — %L1 events, by %2").arg(qulonglong(u.events->size())).arg(
            u.events->endField.isEmpty() ? u.events->dateField
                                         : u.events->dateField + QLatin1Char('/') + u.events->endField);
        if (entry.colourBy.isSet())
            text += tr("; coloured by %1").arg(entry.colourBy.describe());
    } else {
        text += tr(" — %L1 features").arg(qulonglong(u.layer.features.size()));
    }
    return text;
}

void LayerPanel::fillCategories(QTreeWidgetItem *item, const LayerEntry &entry)
{
    qDeleteAll(item->takeChildren());
    auto child = [item](const QString &text) {
        auto *c = new QTreeWidgetItem(item, {text});
        // Not a layer of its own: no check box, and a click keeps the layer current.
        c->setFlags(Qt::ItemIsEnabled);
        c->setToolTip(0, text);
        return c;
    };
    if (!entry.colourBy.isSet())
        return;
    if (entry.categories) {
        const qreal dpr = devicePixelRatioF();
        for (const CategoryIndex::Category &c : entry.categories->categories) {
            QTreeWidgetItem *row = child(c.count == 1 ? tr("%1 — 1 event").arg(c.label)
                                                      : tr("%1 — %L2 events").arg(c.label).arg(c.count));
            row->setIcon(0, categoryIcon(c.code, dpr));
            row->setData(0, Qt::UserRole, c.value);
        }
    } else if (const QString error = m_colourErrors.value(entry.layer.get()); !error.isEmpty()) {
        child(tr("Categories could not be read: %1").arg(error));
    } else if (m_colouring && m_colouring->isReading(entry.layer.get())) {
        child(tr("Reading categories…"));
    }
    item->setExpanded(true);
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    while (item && item->parent())
        item = item->parent();
    const int layer = item ? layerIndex(m_list->indexOfTopLevelItem(item)) : -1;
    const LayerEntry *entry = m_document ? m_document->layer(layer) : nullptr;
    if (!entry)
        return;
    QMenu menu(this);
    QMenu *colour = menu.addMenu(tr("Colour By"));
    colour->setEnabled(entry->layer->events != nullptr);
    for (const auto &[label, by] : colourChoices(*entry->layer)) {
        QAction *a = colour->addAction(label, this, [this, layer, by = by] { emit colourByRequested(layer, by); });
        a->setCheckable(true);
        a->setChecked(entry->colourBy == by);
    }
    menu.addSeparator();
    menu.addAction(tr("Remove"), this, [this, layer] { emit removeRequested(layer); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void LayerPanel::rebuild()
{
    const int keepLayer = layerIndex(currentRow());
    const int oldCount = m_count;
    m_updating = true;
    m_list->clear();
    const int n = count();
    // Errors only of layers still there (a pointer may be reused).
    QHash<const UserLayer *, QString> errors;
    for (int i = 0; i < n; ++i)
        if (const QString e = m_colourErrors.value(m_document->layer(i)->layer.get()); !e.isEmpty())
            errors.insert(m_document->layer(i)->layer.get(), e);
    m_colourErrors = errors;
    m_count = n;
    for (int row = 0; row < n; ++row) {
        const LayerEntry &entry = *m_document->layer(n - 1 - row);
        const UserLayer &u = *entry.layer;
        auto *item = new QTreeWidgetItem(m_list, {layerText(entry)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, entry.visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, Qt::convertFromPlainText(u.path.isEmpty() ? u.name : u.path));
        fillCategories(item, entry);
    }
    // Keep the same layer current (a new layer, on top, when one was added).
    int row = -1;
    if (n > oldCount)
        row = 0;
    else if (keepLayer >= 0 && keepLayer < n)
        row = n - 1 - keepLayer;
    setCurrentRow(row);
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
    const int layer = bundled.isEmpty() ? layerIndex(currentRow()) : -1;
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
    // The colourings of the current layer (only event layers have fields to colour by).
    m_colourBy->clear();
    const auto choices = has ? colourChoices(*entry->layer) : QList<QPair<QString, ColourBy>>{};
    for (const auto &choice : choices) {
        m_colourBy->addItem(choice.first);
        if (choice.second == entry->colourBy)
            m_colourBy->setCurrentIndex(m_colourBy->count() - 1);
    }
    m_colourBy->setEnabled(has && entry->layer->events);
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
