#pragma once
// The flashpoints and their status at the current date: a badge (shape,
// colour and text: never colour alone), since when, and the event that set
// it; below, the front-wide phase. Clicking a row selects the flashpoint.

#include "Document.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(QWidget *parent = nullptr);

    // Follows the document's record.
    void setDocument(const Document *document);
    void setAtlas(AtlasPtr atlas);
    void setDate(const QDate &date);
    void setSelection(const QString &id);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *frontLabel() const { return m_front; }
    // The row's text as a user reads it: "Galwan — Clash since 2020-06-15 (…)".
    QString rowText(const QString &flashpointId) const;

signals:
    void flashpointActivated(const QString &id);

private:
    void refresh();

    AtlasPtr m_atlas;
    QDate m_date;
    QTreeWidget *m_tree;
    QLabel *m_front;
};
