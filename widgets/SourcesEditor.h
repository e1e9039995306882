#pragma once
// The sources of an event or place as the user types them: one row per
// cited page (address, publisher, publication date, headline), at least one.
// Whether they may be cited is the record's check, not this table's: the
// dialog shows what the source policy says about them.

#include "SourceRef.h"

#include <QWidget>

class QTableWidget;

class SourcesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesEditor(QWidget *parent = nullptr);

    void setSources(const QList<SourceRef> &sources);
    // The rows with an address or a publisher (blank rows are left out).
    QList<SourceRef> sources() const;
    QTableWidget *table() const { return m_table; }
    // Adds a row and starts editing its address.
    void addRow();

private:
    QTableWidget *m_table;
};
