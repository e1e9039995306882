#include "StatusPanel.h"

#include "IsoDate.h"
#include "MapStyle.h"

#include "Translations.h"
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTextDocument> // Qt::convertFromPlainText
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QIcon badgeIcon(Status s)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(s)); it != cache.cend())
        return *it;
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(16, 16);
    p.setPen(QPen(MapStyle::symbolOutlineColor(), 2));
    p.setBrush(MapStyle::statusColor(s));
    p.drawPath(MapStyle::statusMarker(s, 11));
    p.end();
    return cache[int(s)] = QIcon(pm);
}

enum Column { NameColumn, StatusColumn, SinceColumn, EventColumn };

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_front(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree->setColumnCount(4);
    m_tree->setAccessibleName(tr("Flashpoint status"));
    m_tree->setAccessibleDescription(tr("Each flashpoint's status in words at the current date, since when and "
                                        "the event that set it. Enter frames the flashpoint."));
    m_tree->setHeaderLabels({tr("Flashpoint"), tr("Status"), tr("Since"), tr("Set by")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Statuses fit the panel: a long one wraps onto a second line rather than
    // hiding behind a scroll bar, and every cell's tooltip has the whole row.
    // The event that set a status is in the tooltip (and the details), not a
    // column of its own: its title would never fit beside the rest.
    m_tree->setWordWrap(true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SinceColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(EventColumn, true);
    m_tree->setIconSize(QSize(16, 16));
    layout->addWidget(m_tree);
    m_front->setWordWrap(true);
    m_front->setTextFormat(Qt::PlainText);
    m_front->setMargin(6);
    m_front->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_front);
    // Click or Enter: select the flashpoint and frame it.
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit flashpointActivated(item->data(NameColumn, Qt::UserRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit flashpointActivated(item->data(NameColumn, Qt::UserRole).toString());
    });
}

void StatusPanel::setDocument(const Document *document)
{
    setAtlas(document->record());
    connect(document, &Document::recordChanged, this, [this, document] { setAtlas(document->record()); });
}

void StatusPanel::setAtlas(AtlasPtr atlas)
{
    m_atlas = std::move(atlas);
    m_tree->clear();
    if (!m_atlas)
        return;
    for (const Flashpoint &f : m_atlas->flashpoints) {
        auto *item = new QTreeWidgetItem(m_tree);
        QString name = Translations::displayName(f.name, f.nameOther);
        const QString other = f.nameOther.section(QStringLiteral(" ("), 0, 0).trimmed();
        if (!other.isEmpty() && name == f.name)
            name += QStringLiteral(" / ") + other;
        item->setText(NameColumn, name);
        item->setData(NameColumn, Qt::UserRole, f.id);
        item->setToolTip(NameColumn, Qt::convertFromPlainText(QStringLiteral("%1\n%2").arg(f.sector, f.description)));
    }
    refresh();
    m_tree->resizeColumnToContents(NameColumn);
    // Long other-side names must not push the status out of sight.
    m_tree->setColumnWidth(NameColumn, std::min(m_tree->columnWidth(NameColumn), 150));
}

void StatusPanel::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    refresh();
}

void StatusPanel::setSelection(const QString &id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const bool selected = item->data(NameColumn, Qt::UserRole).toString() == id;
        item->setSelected(selected);
        if (selected)
            m_tree->scrollToItem(item);
    }
}

void StatusPanel::refresh()
{
    if (!m_atlas)
        return;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString id = item->data(NameColumn, Qt::UserRole).toString();
        const auto state = m_atlas->statuses.stateAt(id, m_date);
        item->setIcon(StatusColumn, badgeIcon(state.status));
        item->setText(StatusColumn, StatusInfo::label(state.status));
        // The column keeps an uncertain start short ("2020-05-01 – 06-04");
        // the row's text and tooltip say it in full.
        item->setText(SinceColumn, !state.sinceEnd.isValid() ? state.sinceText()
                                   : IsoDate::format(state.since) + QStringLiteral(" – ")
                                         + state.sinceEnd.toString(state.sinceEnd.year() == state.since.year()
                                                                       ? QStringLiteral("MM-dd") : QStringLiteral("yyyy-MM-dd")));
        item->setData(SinceColumn, Qt::UserRole, state.sinceText());
        const Event *e = state.event >= 0 ? &m_atlas->events[state.event] : nullptr;
        // A status from the user's own record says so, in words.
        const QString title = e ? e->markedTitle() : QString();
        item->setText(EventColumn, !e ? QString() : state.afterClash ? tr("after: %1").arg(title) : title);
        item->setToolTip(EventColumn, e ? Qt::convertFromPlainText(QStringLiteral("%1: %2").arg(e->dateText(), e->summary)) : QString());
        QString full = item->text(NameColumn) + QStringLiteral(" — ") + StatusInfo::label(state.status);
        if (e)
            full += tr(" since %1\nSet by: %2 (%3)").arg(state.sinceText(), title, e->dateText());
        for (int c : {StatusColumn, SinceColumn})
            item->setToolTip(c, Qt::convertFromPlainText(full));
    }
    const auto phase = m_atlas->statuses.frontPhaseAt(m_date);
    QString text = FrontPhaseInfo::label(phase.phase);
    if (phase.event >= 0)
        text += tr(" — since %1 (%2)").arg(IsoDate::format(phase.date), m_atlas->events[phase.event].title);
    m_front->setText(text);
}

QString StatusPanel::rowText(const QString &flashpointId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() != flashpointId)
            continue;
        QString text = item->text(NameColumn) + QStringLiteral(" — ") + item->text(StatusColumn);
        if (!item->text(SinceColumn).isEmpty())
            text += tr(" since %1 (%2)").arg(item->data(SinceColumn, Qt::UserRole).toString(), item->text(EventColumn));
        return text;
    }
    return {};
}
