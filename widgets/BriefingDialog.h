#pragma once
// File › Export Briefing…: the briefing the command line's --report writes —
// as of which date, events since when (or each flashpoint's last status
// change), the page and orientation, and where to. It only builds values:
// the window writes the PDF through BriefingWriter.

#include "BriefingWriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(const QDate &date, const QDate &firstEvent, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    BriefingWriter::Options options() const;

    void accept() override;

private:
    void browse();

    QLineEdit *m_path;
    QDateEdit *m_date;
    QCheckBox *m_sinceOn;
    QDateEdit *m_since;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QLabel *m_problem;
};
