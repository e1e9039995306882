#pragma once
// What changed between the compare mode's two dates (ChangeList, the same
// list "lacviewer --changes" prints): each flashpoint whose status changed,
// from what to what, with every step on the way and the event that set it;
// the lines and buffer zones that appeared or ended; the events in between.
// Choosing a row selects what it is about, so both maps and Details show it.

#include "Document.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class ChangeListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeListPanel(QWidget *parent = nullptr);

    void setDocument(const Document *document);
    // The span listed: from a to b (a before b; the same date lists nothing).
    void setDates(const QDate &a, const QDate &b);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *heading() const { return m_heading; }
    // Every row as shown, depth-first, children indented by two spaces.
    QStringList rowTexts() const;

signals:
    // A row was chosen: the id of its flashpoint, line or event.
    void featureChosen(const QString &id);

private:
    void refresh();

    AtlasPtr m_atlas;
    QDate m_a, m_b;
    QLabel *m_heading;
    QTreeWidget *m_tree;
};
