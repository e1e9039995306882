#include "SearchBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStandardItemModel(this))
{
    setPlaceholderText(tr("Search flashpoints, places, events (Ctrl+F)"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search"));
    setAccessibleDescription(placeholderText());
    // The list shows exactly what Search::find returned, in its order.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::update);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (!m_results.isEmpty())
            choose(0);
    });
}

void SearchBox::setDocument(const Document *document)
{
    setAtlas(document->record());
    connect(document, &Document::recordChanged, this, [this, document] { setAtlas(document->record()); });
}

void SearchBox::setAtlas(AtlasPtr atlas)
{
    m_atlas = std::move(atlas);
    update(text());
}

void SearchBox::update(const QString &text)
{
    m_results = m_atlas ? Search::find(*m_atlas, text) : QList<SearchResult>();
    m_model->clear();
    for (const SearchResult &r : m_results)
        m_model->appendRow(new QStandardItem(r.label));
    if (m_results.isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void SearchBox::choose(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    const SearchResult r = m_results[row];
    m_completer->popup()->hide();
    emit resultChosen(r);
}
