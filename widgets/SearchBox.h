#pragma once
// Search (Ctrl+F): flashpoints, places and events by name or text, results
// listed as you type; Enter takes the highlighted (or first) result.

#include "Document.h"
#include "Search.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBox(QWidget *parent = nullptr);

    // Follows the document's record.
    void setDocument(const Document *document);
    void setAtlas(AtlasPtr atlas);
    QList<SearchResult> results() const { return m_results; }
    QCompleter *completer() const { return m_completer; }

signals:
    void resultChosen(const SearchResult &result);

private:
    void update(const QString &text);
    void choose(int row);

    AtlasPtr m_atlas;
    QList<SearchResult> m_results;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
};
