#include "BriefingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BriefingDialog::BriefingDialog(const QDate &date, const QDate &firstEvent, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_date(new QDateEdit(date, this)),
      m_sinceOn(new QCheckBox(tr("Events since"), this)), m_since(new QDateEdit(date.addYears(-1), this)),
      m_page(new QComboBox(this)), m_orientation(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export Briefing"));
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setText(QDir::home().filePath(QStringLiteral("briefing-%1.pdf").arg(date.toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &BriefingDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    for (QDateEdit *d : {m_date, m_since}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        if (firstEvent.isValid())
            d->setMinimumDate(firstEvent.addYears(-1));
    }
    m_date->setObjectName(QStringLiteral("date"));
    m_since->setObjectName(QStringLiteral("since"));
    m_sinceOn->setObjectName(QStringLiteral("sinceOn"));
    m_since->setEnabled(false);
    m_sinceOn->setToolTip(tr("Unticked, each flashpoint's page lists the events since its last status change"));
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceOn);
    sinceRow->addWidget(m_since, 1);

    m_page->setObjectName(QStringLiteral("page"));
    m_page->addItems(ExportPage::sizeNames());
    m_page->setCurrentText(QStringLiteral("A4"));
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));

    auto *form = new QFormLayout;
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("As of"), m_date);
    form->addRow(QString(), sinceRow);
    form->addRow(tr("Page"), m_page);
    form->addRow(tr("Orientation"), m_orientation);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BriefingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BriefingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A multi-page PDF: the region map and every flashpoint's status as of the "
                                    "date, a page per flashpoint with its map, history and sourced events, and "
                                    "every citation. The disclaimer and the record's date are on every page."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString BriefingDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        p += QStringLiteral(".pdf");
    return p;
}

void BriefingDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

BriefingWriter::Options BriefingDialog::options() const
{
    BriefingWriter::Options o;
    o.date = m_date->date();
    if (m_sinceOn->isChecked())
        o.since = m_since->date();
    QPageSize::PageSizeId size = QPageSize::A4;
    ExportPage::sizeFromName(m_page->currentText(), &size);
    o.page.size = size;
    o.page.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return o;
}

void BriefingDialog::accept()
{
    // Said in the dialog, as --report says it: nothing is written.
    if (path().isEmpty()) {
        m_problem->setText(tr("Choose a file to write the briefing to."));
        return;
    }
    if (m_sinceOn->isChecked() && m_since->date() > m_date->date()) {
        m_problem->setText(tr("\"Events since\" %1 is after the briefing's date %2.")
                               .arg(m_since->date().toString(Qt::ISODate), m_date->date().toString(Qt::ISODate)));
        return;
    }
    QDialog::accept();
}

void BriefingDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the briefing to"), path(),
                                                        tr("PDF documents (*.pdf)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}
