#include "PlaceDialog.h"

#include "ProblemList.h"
#include "SourcesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PlaceDialog::PlaceDialog(const Atlas &atlas, const PlaceDraft &d, Check check, QWidget *parent)
    : QDialog(parent), m_check(std::move(check)), m_name(new QLineEdit(this)), m_nameOther(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_flashpoint(new QComboBox(this)), m_lon(new QDoubleSpinBox(this)),
      m_lat(new QDoubleSpinBox(this)), m_estimate(new QCheckBox(tr("An &estimate, within"), this)),
      m_uncertainty(new QDoubleSpinBox(this)), m_description(new QPlainTextEdit(this)),
      m_sources(new SourcesEditor(this)), m_problems(new ProblemList(this)), m_id(d.id)
{
    setWindowTitle(d.id.isEmpty() ? tr("New Place in Your Record") : tr("Edit Place of Your Record"));
    setObjectName(QStringLiteral("placeDialog"));
    for (const QString &k : PlaceDraft::kinds())
        m_kind->addItem(k, k);
    m_flashpoint->addItem(tr("(none)"), QString());
    for (const Flashpoint &f : atlas.flashpoints)
        m_flashpoint->addItem(f.name, f.id);
    for (QDoubleSpinBox *box : {m_lon, m_lat}) {
        box->setDecimals(5);
        box->setSingleStep(0.01);
        box->setSuffix(QStringLiteral("°"));
    }
    m_lon->setRange(-180, 180);
    m_lat->setRange(-90, 90);
    m_uncertainty->setRange(0.1, 100);
    m_uncertainty->setDecimals(1);
    m_uncertainty->setSuffix(tr(" km"));
    m_description->setPlaceholderText(tr("What the place is, neutrally, in one to three sentences."));
    m_description->setTabChangesFocus(true);

    m_name->setText(d.name);
    m_nameOther->setText(d.nameOther);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(d.kind)));
    m_flashpoint->setCurrentIndex(std::max(0, m_flashpoint->findData(d.flashpoint)));
    m_lon->setValue(d.lon);
    m_lat->setValue(d.lat);
    m_estimate->setChecked(d.estimate);
    m_uncertainty->setValue(d.uncertaintyKm > 0 ? d.uncertaintyKm : 1.0);
    m_uncertainty->setEnabled(d.estimate);
    connect(m_estimate, &QCheckBox::toggled, m_uncertainty, &QWidget::setEnabled);
    m_description->setPlainText(d.description);
    m_sources->setSources(d.sources.isEmpty() ? QList<SourceRef>{SourceRef()} : d.sources);

    auto *position = new QHBoxLayout;
    position->addWidget(new QLabel(tr("lon"), this));
    position->addWidget(m_lon);
    position->addWidget(new QLabel(tr("lat"), this));
    position->addWidget(m_lat);
    position->addWidget(m_estimate);
    position->addWidget(m_uncertainty);
    position->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Other name:"), m_nameOther);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Flashpoint:"), m_flashpoint);
    // The label's buddy by hand: the field is a layout.
    auto *positionLabel = new QLabel(tr("&Position:"), this);
    positionLabel->setBuddy(m_lon);
    form->addRow(positionLabel, position);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("S&ources:"), m_sources);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlaceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(680, 560);
}

PlaceDraft PlaceDialog::draft() const
{
    PlaceDraft d;
    d.id = m_id;
    d.name = m_name->text().trimmed();
    d.nameOther = m_nameOther->text().trimmed();
    d.kind = m_kind->currentData().toString();
    d.flashpoint = m_flashpoint->currentData().toString();
    d.lon = m_lon->value();
    d.lat = m_lat->value();
    d.estimate = m_estimate->isChecked();
    d.uncertaintyKm = d.estimate ? m_uncertainty->value() : 0;
    d.description = m_description->toPlainText().trimmed();
    d.sources = m_sources->sources();
    return d;
}

QString PlaceDialog::problems() const
{
    return m_problems->text();
}

void PlaceDialog::accept()
{
    const PlaceDraft d = draft();
    QStringList errors;
    if (d.name.isEmpty())
        errors << tr("Give the place a name.");
    const auto check = [&](DataErrors *warnings) { return m_check ? m_check(d, warnings) : LoadResult::loaded(); };
    if (m_problems->review(errors, !d.sources.isEmpty(), check, QJsonDocument(d.toFeature()).toJson(QJsonDocument::Compact)))
        QDialog::accept();
}
