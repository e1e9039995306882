#include "ChangeListPanel.h"

#include "ChangeList.h"
#include "IsoDate.h"
#include "Status.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {
constexpr int kIdRole = Qt::UserRole;

QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &what, const QDate &date, const QString &id)
{
    auto *item = new QTreeWidgetItem(parent, {date.isValid() ? IsoDate::format(date) : QString(), what});
    item->setData(0, kIdRole, id);
    item->setToolTip(1, what);
    return item;
}
} // namespace

ChangeListPanel::ChangeListPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_tree->setHeaderLabels({tr("Date"), tr("Change")});
    m_tree->setIndentation(12);
    m_tree->setRootIsDecorated(true);
    // Long rows wrap (the dock is narrow), their full text also in the tooltip.
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    // Wide enough for a date at the deepest level; the change takes the rest.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, m_tree->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 3 * 12 + 16);
    m_tree->setAccessibleName(tr("Changes between the two dates"));
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            emit featureChosen(id);
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            emit featureChosen(id);
    });
    refresh();
}

void ChangeListPanel::setDocument(const Document *document)
{
    m_atlas = document->record();
    connect(document, &Document::recordChanged, this, [this, document] {
        m_atlas = document->record();
        refresh();
    });
    refresh();
}

void ChangeListPanel::setDates(const QDate &a, const QDate &b)
{
    if (a == m_a && b == m_b)
        return;
    m_a = a;
    m_b = b;
    refresh();
}

void ChangeListPanel::refresh()
{
    m_tree->clear();
    if (!m_atlas || !m_a.isValid() || !m_b.isValid() || m_a >= m_b) {
        m_heading->setText(tr("Compare two dates (View › Compare Dates) to list what changed between them."));
        return;
    }
    const Atlas &atlas = *m_atlas;
    const ChangeList changes(atlas, m_a, m_b);
    m_heading->setText(tr("From %1 to %2: %n status change(s), %3 line change(s), %4 event(s).", nullptr,
                          int(changes.statuses().size()))
                           .arg(IsoDate::format(m_a), IsoDate::format(m_b))
                           .arg(changes.lines().size())
                           .arg(changes.events().size()));

    if (!changes.statuses().isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Status changes")});
        group->setFirstColumnSpanned(true);
        for (const ChangeList::StatusChange &c : changes.statuses()) {
            const Flashpoint *f = atlas.flashpoint(c.flashpoint);
            QTreeWidgetItem *item = row(group, tr("%1: %2 → %3").arg(f ? f->name : c.flashpoint,
                                                                   StatusInfo::label(c.from), StatusInfo::label(c.to)),
                                        {}, c.flashpoint);
            // No date of its own: the whole width, so "from → to" can be read.
            item->setText(0, item->text(1));
            item->setToolTip(0, item->text(1));
            item->setText(1, QString());
            item->setFirstColumnSpanned(true);
            for (const StatusTimeline::Change &s : c.steps) {
                const Event &e = atlas.events[s.event];
                row(item, tr("%1 (%2%3)").arg(StatusInfo::label(s.status),
                                             s.afterClash ? tr("after ") : QString(), e.markedTitle()),
                    s.date, e.id);
            }
        }
    }
    if (!changes.lines().isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Lines and buffer zones")});
        group->setFirstColumnSpanned(true);
        for (const ChangeList::LineChange &l : changes.lines()) {
            const MapLine &line = atlas.lines[l.line];
            row(group, l.appeared ? tr("%1 appeared").arg(line.name) : tr("%1 ended").arg(line.name), l.date, line.id);
        }
    }
    if (!changes.events().isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Events in between")});
        group->setFirstColumnSpanned(true);
        for (int i : changes.events()) {
            const Event &e = atlas.events[i];
            QTreeWidgetItem *item = row(group, e.markedTitle(), e.date, e.id);
            item->setText(0, e.dateText());
        }
    }
    if (changes.isEmpty())
        new QTreeWidgetItem(m_tree, {QString(), tr("Nothing changed between these dates.")});
    m_tree->expandAll();
}

QStringList ChangeListPanel::rowTexts() const
{
    QStringList out;
    std::function<void(QTreeWidgetItem *, int)> walk = [&](QTreeWidgetItem *item, int depth) {
        // "what  date", as a user reads the row (groups have only the first column).
        QString text = QString(depth * 2, QLatin1Char(' '));
        if (item->text(1).isEmpty())
            text += item->text(0);
        else
            text += item->text(1) + (item->text(0).isEmpty() ? QString() : QStringLiteral("  ") + item->text(0));
        out << text;
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        walk(m_tree->topLevelItem(i), 0);
    return out;
}
