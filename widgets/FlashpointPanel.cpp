#include "FlashpointPanel.h"

#include <QListWidget>
#include <QVBoxLayout>

FlashpointPanel::FlashpointPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setToolTip(tr("Double-click a flashpoint to zoom to it"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit flashpointActivated(item->data(Qt::UserRole).toString());
    });
}

void FlashpointPanel::setAtlas(AtlasPtr atlas)
{
    m_list->clear();
    if (!atlas)
        return;
    for (const Flashpoint &f : atlas->flashpoints) {
        // "Demchok / Dêmqog": the other side's name without its explanation.
        QString text = f.name;
        const QString other = f.nameOther.section(QStringLiteral(" ("), 0, 0).trimmed();
        if (!other.isEmpty())
            text += QStringLiteral(" / ") + other;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, f.id);
        item->setToolTip(QStringLiteral("%1\n%2").arg(f.sector, f.description));
    }
}
