#pragma once
// What the record's check found about a dialog's content, shown under its
// fields in the dialog itself. Errors keep the dialog open; warnings (a
// publisher the source policy does not know) are shown once, and OK again
// with the same content goes ahead.

#include "DataError.h"

#include <QLabel>

class ProblemList : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemList(QWidget *parent = nullptr);

    // Shows errors and warnings; true when the dialog may close. content
    // identifies what was checked (its warnings count as seen for it).
    bool judge(const QStringList &errors, const DataErrors &warnings, const QByteArray &content);

private:
    QByteArray m_warned;
};
