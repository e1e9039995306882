#include "SourcesEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Url, Publisher, Date, Title, ColumnCount };
}

SourcesEditor::SourcesEditor(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setHorizontalHeaderLabels({tr("Address (URL)"), tr("Publisher"), tr("Published"), tr("Headline")});
    m_table->horizontalHeader()->setSectionResizeMode(Url, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Sources"));
    m_table->setToolTip(tr("The publisher's own page: the government's release for a government's "
                           "statement, the outlet's own site for a report, en.wikipedia.org for "
                           "Wikipedia. Published: YYYY-MM-DD or YYYY-MM, or empty."));
    auto *add = new QPushButton(tr("&Add Source"), this);
    add->setObjectName(QStringLiteral("addSourceButton"));
    auto *remove = new QPushButton(tr("&Remove Source"), this);
    connect(add, &QPushButton::clicked, this, &SourcesEditor::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void SourcesEditor::setSources(const QList<SourceRef> &sources)
{
    m_table->setRowCount(0);
    for (const SourceRef &s : sources) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Url, new QTableWidgetItem(s.url));
        m_table->setItem(row, Publisher, new QTableWidgetItem(s.publisher));
        m_table->setItem(row, Date, new QTableWidgetItem(s.date));
        m_table->setItem(row, Title, new QTableWidgetItem(s.title));
    }
}

QList<SourceRef> SourcesEditor::sources() const
{
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QList<SourceRef> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SourceRef s{text(row, Url), text(row, Publisher), text(row, Date), text(row, Title), QString()};
        if (!s.url.isEmpty() || !s.publisher.isEmpty())
            out.append(s);
    }
    return out;
}

void SourcesEditor::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setItem(row, c, new QTableWidgetItem);
    m_table->setCurrentCell(row, Url);
    m_table->editItem(m_table->item(row, Url));
}
