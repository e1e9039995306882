#include "EventDialog.h"

#include "Event.h"
#include "ProblemList.h"
#include "SourcesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

QDateEdit *dateEditor(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setDateRange(QDate(1950, 1, 1), QDate(2100, 12, 31));
    return edit;
}

QDoubleSpinBox *degreeEditor(double min, double max, QWidget *parent)
{
    auto *edit = new QDoubleSpinBox(parent);
    edit->setRange(min, max);
    edit->setDecimals(5);
    edit->setSingleStep(0.01);
    edit->setSuffix(QStringLiteral("°"));
    return edit;
}

} // namespace

EventDialog::EventDialog(const Atlas &atlas, const EventDraft &draft, Check check, QWidget *parent)
    : QDialog(parent), m_check(std::move(check)), m_title(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_date(dateEditor(this)), m_precision(new QComboBox(this)), m_end(dateEditor(this)),
      m_scope(new QComboBox(this)), m_flashpoints(new QListWidget(this)), m_place(new QComboBox(this)),
      m_usePoint(new QCheckBox(tr("At its own point:"), this)), m_lon(degreeEditor(-180, 180, this)),
      m_lat(degreeEditor(-90, 90, this)), m_summary(new QPlainTextEdit(this)),
      m_statusFlashpoint(new QComboBox(this)), m_status(new QComboBox(this)), m_sources(new SourcesEditor(this)),
      m_problems(new ProblemList(this))
{
    setWindowTitle(draft.id.isEmpty() ? tr("New Event in Your Record") : tr("Edit Event of Your Record"));
    setObjectName(QStringLiteral("eventDialog"));
    m_title->setPlaceholderText(tr("Short title, e.g. Patrolling resumes at Demchok"));
    for (const QString &t : Event::typeIds())
        m_type->addItem(t, t);
    m_precision->addItem(tr("On this day"), QStringLiteral("day"));
    m_precision->addItem(tr("In this month"), QStringLiteral("month"));
    m_precision->addItem(tr("Over these days"), QStringLiteral("range"));
    m_precision->addItem(tr("On an unknown day between"), QStringLiteral("between"));
    m_scope->addItem(tr("At the flashpoints ticked"), QStringLiteral("flashpoint"));
    m_scope->addItem(tr("Along the whole front"), QStringLiteral("front"));
    m_scope->addItem(tr("Elsewhere"), QStringLiteral("elsewhere"));
    m_flashpoints->setObjectName(QStringLiteral("flashpointList"));
    m_flashpoints->setMaximumHeight(130);
    m_statusFlashpoint->addItem(tr("(no status change)"), QString());
    for (const Flashpoint &f : atlas.flashpoints) {
        auto *item = new QListWidgetItem(f.name, m_flashpoints);
        item->setData(Qt::UserRole, f.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_statusFlashpoint->addItem(f.name, f.id);
    }
    for (const QString &id : StatusInfo::allIds()) {
        Status s = Status::None;
        StatusInfo::fromId(id, &s);
        m_status->addItem(StatusInfo::label(s), int(s));
    }
    m_place->addItem(tr("(none: at its first flashpoint)"), QString());
    for (const Place &p : atlas.places)
        m_place->addItem(p.own ? tr("%1 (your record)").arg(p.name) : p.name, p.id);
    m_summary->setPlaceholderText(tr("What happened, neutrally and in your own words; "
                                     "where the two governments' accounts differ, say whose is whose."));
    m_summary->setTabChangesFocus(true);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_precision);
    when->addWidget(new QLabel(tr("to"), this));
    when->addWidget(m_end);
    auto *point = new QHBoxLayout;
    point->addWidget(m_usePoint);
    point->addWidget(new QLabel(tr("lon"), this));
    point->addWidget(m_lon);
    point->addWidget(new QLabel(tr("lat"), this));
    point->addWidget(m_lat);
    point->addStretch();
    auto *status = new QHBoxLayout;
    status->addWidget(m_statusFlashpoint);
    status->addWidget(new QLabel(tr("becomes"), this));
    status->addWidget(m_status);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ype:"), m_type);
    // A row whose field is a layout needs its label's buddy set by hand, or
    // the "&" shows and the accelerator goes nowhere.
    auto buddied = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddied(tr("&Date:"), m_date), when);
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("&Flashpoints:"), m_flashpoints);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(QString(), point);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(buddied(tr("Sets &status:"), m_statusFlashpoint), status);
    form->addRow(tr("S&ources:"), m_sources);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventDialog::updateEnabled);
    connect(m_usePoint, &QCheckBox::toggled, this, &EventDialog::updateEnabled);
    connect(m_statusFlashpoint, &QComboBox::currentIndexChanged, this, &EventDialog::updateEnabled);
    setDraft(draft);
    resize(720, 760);
}

void EventDialog::setDraft(const EventDraft &d)
{
    m_id = d.id;
    m_title->setText(d.title);
    m_type->setCurrentIndex(std::max(0, m_type->findData(d.type.isEmpty() ? QStringLiteral("statement") : d.type)));
    m_date->setDate(d.date.isValid() ? d.date : QDate::currentDate());
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(d.precision)));
    m_end->setDate(d.dateEnd.isValid() ? d.dateEnd : m_date->date());
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(d.scope)));
    for (int i = 0; i < m_flashpoints->count(); ++i) {
        QListWidgetItem *item = m_flashpoints->item(i);
        item->setCheckState(d.flashpoints.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_place->setCurrentIndex(std::max(0, m_place->findData(d.place)));
    m_usePoint->setChecked(d.hasPoint);
    m_lon->setValue(d.lon);
    m_lat->setValue(d.lat);
    m_summary->setPlainText(d.summary);
    m_statusFlashpoint->setCurrentIndex(d.status == Status::None ? 0 : std::max(0, m_statusFlashpoint->findData(d.statusFlashpoint)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(d.status == Status::None ? Status::Standoff : d.status))));
    m_sources->setSources(d.sources);
    if (d.sources.isEmpty())
        m_sources->setSources({SourceRef()});
    updateEnabled();
}

EventDraft EventDialog::draft() const
{
    EventDraft d;
    d.id = m_id;
    d.title = m_title->text().trimmed();
    d.type = m_type->currentData().toString();
    d.date = m_date->date();
    d.precision = m_precision->currentData().toString();
    // A month is written as its first day, as the format asks.
    if (d.precision == QLatin1String("month"))
        d.date = QDate(d.date.year(), d.date.month(), 1);
    if (d.precision == QLatin1String("range") || d.precision == QLatin1String("between"))
        d.dateEnd = m_end->date();
    d.scope = m_scope->currentData().toString();
    for (int i = 0; i < m_flashpoints->count(); ++i)
        if (m_flashpoints->item(i)->checkState() == Qt::Checked)
            d.flashpoints << m_flashpoints->item(i)->data(Qt::UserRole).toString();
    d.place = m_place->currentData().toString();
    d.hasPoint = m_usePoint->isChecked();
    d.lon = m_lon->value();
    d.lat = m_lat->value();
    d.summary = m_summary->toPlainText().trimmed();
    d.statusFlashpoint = m_statusFlashpoint->currentData().toString();
    d.status = d.statusFlashpoint.isEmpty() ? Status::None : Status(m_status->currentData().toInt());
    // A status change needs its flashpoint among the event's.
    if (!d.statusFlashpoint.isEmpty() && !d.flashpoints.contains(d.statusFlashpoint))
        d.flashpoints << d.statusFlashpoint;
    d.sources = m_sources->sources();
    return d;
}

void EventDialog::updateEnabled()
{
    const QString p = m_precision->currentData().toString();
    m_end->setEnabled(p == QLatin1String("range") || p == QLatin1String("between"));
    m_lon->setEnabled(m_usePoint->isChecked());
    m_lat->setEnabled(m_usePoint->isChecked());
    m_status->setEnabled(m_statusFlashpoint->currentIndex() > 0);
}

QString EventDialog::problems() const
{
    return m_problems->text();
}

void EventDialog::accept()
{
    const EventDraft d = draft();
    QStringList errors;
    if (d.title.isEmpty())
        errors << tr("Give the event a title.");
    const auto check = [&](DataErrors *warnings) { return m_check ? m_check(d, warnings) : LoadResult::loaded(); };
    if (m_problems->review(errors, !d.sources.isEmpty(), check, QJsonDocument(d.toFeature()).toJson(QJsonDocument::Compact)))
        QDialog::accept();
}
