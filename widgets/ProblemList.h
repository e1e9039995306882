#pragma once
// What the record's check found about a dialog's content, shown under its
// fields in the dialog itself. Errors keep the dialog open; warnings (a
// publisher the source policy does not know) are shown once, and OK again
// with the same content goes ahead.

#include "DataError.h"
#include "LoadResult.h"

#include <QLabel>
#include <functional>

class ProblemList : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemList(QWidget *parent = nullptr);

    // A dialog's OK: errors are what the dialog found itself; without
    // sources that is an error too; with neither, check (the record's own
    // check) runs. Shows everything; true when the dialog may close. content
    // identifies what was checked (its warnings count as seen for it).
    bool review(QStringList errors, bool hasSources, const std::function<LoadResult(DataErrors *warnings)> &check,
                const QByteArray &content);

private:
    QByteArray m_warned;
};
