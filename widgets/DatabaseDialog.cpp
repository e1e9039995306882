#include "DatabaseDialog.h"

#include "DatabaseLayerController.h"
#include "PgConnection.h"
#include "PgSource.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
const QString kLastKey = QStringLiteral("database/last");

QString quotedValue(const QString &v)
{
    if (!v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\'')) && !v.contains(QLatin1Char('\\')))
        return v;
    QString q = v;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

DatabaseDialog::DatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Database"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_byService = new QRadioButton(tr("Service"));
    m_byHost = new QRadioButton(tr("Host"));
    m_service = new QLineEdit;
    m_service->setPlaceholderText(tr("a name from ~/.pg_service.conf"));
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("db.example.org, or a socket directory"));
    m_port = new QLineEdit;
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_dbname = new QLineEdit;
    m_user = new QLineEdit;
    m_table = new QLineEdit;
    m_table->setPlaceholderText(tr("events, or schema.events"));
    m_date = new QLineEdit;
    m_date->setPlaceholderText(tr("the first date or timestamp column"));
    m_notify = new QLineEdit;
    m_notify->setPlaceholderText(tr("a LISTEN channel (optional)"));
    m_refresh = new QSpinBox;
    m_refresh->setRange(0, 86400);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setSpecialValueText(tr("never"));
    form->addRow(m_byService, m_service);
    form->addRow(m_byHost, m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_dbname);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Table or view"), m_table);
    form->addRow(tr("Date column"), m_date);
    form->addRow(tr("Notify channel"), m_notify);
    form->addRow(tr("Refresh every"), m_refresh);
    layout->addLayout(form);
    auto *note = new QLabel(tr("LAC Viewer asks for no password and stores none: libpq reads it from "
                               "~/.pgpass (or the file PGPASSFILE names), and a service from "
                               "~/.pg_service.conf. Only this database is contacted."));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Open"));
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(kLastKey, connectionString());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &DatabaseDialog::test);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_result->setText(m_watcher.result());
        updateState();
    });
    for (QLineEdit *e : {m_service, m_host, m_port, m_dbname, m_user, m_table, m_date, m_notify})
        connect(e, &QLineEdit::textChanged, this, &DatabaseDialog::updateState);
    connect(m_byService, &QRadioButton::toggled, this, &DatabaseDialog::updateState);
    m_byService->setChecked(true);
    setConnectionString(QSettings().value(kLastKey).toString());
    updateState();
}

DatabaseDialog::~DatabaseDialog() { m_watcher.waitForFinished(); }

QString DatabaseDialog::connectionString() const
{
    QStringList parts;
    auto add = [&parts](const QString &key, const QLineEdit *e) {
        if (!e->text().trimmed().isEmpty())
            parts << key + QLatin1Char('=') + quotedValue(e->text().trimmed());
    };
    if (m_byService->isChecked()) {
        add(QStringLiteral("service"), m_service);
    } else {
        add(QStringLiteral("host"), m_host);
        add(QStringLiteral("port"), m_port);
        add(QStringLiteral("dbname"), m_dbname);
        add(QStringLiteral("user"), m_user);
    }
    add(QStringLiteral("tables"), m_table);
    add(QStringLiteral("date"), m_date);
    add(QStringLiteral("notify"), m_notify);
    if (m_refresh->value() > 0)
        parts << QStringLiteral("refresh=%1").arg(m_refresh->value());
    return QStringLiteral("PG:") + parts.join(QLatin1Char(' '));
}

void DatabaseDialog::setConnectionString(const QString &text)
{
    PgSource s;
    if (!PgSource::parse(text, &s, nullptr))
        return;
    const bool service = !s.value(QStringLiteral("service")).isEmpty();
    (service ? m_byService : m_byHost)->setChecked(true);
    m_service->setText(s.value(QStringLiteral("service")));
    m_host->setText(s.value(QStringLiteral("host")));
    m_port->setText(s.value(QStringLiteral("port")));
    m_dbname->setText(s.value(QStringLiteral("dbname")));
    m_user->setText(s.value(QStringLiteral("user")));
    m_table->setText(s.value(QStringLiteral("tables")));
    m_date->setText(s.value(QStringLiteral("date")));
    m_notify->setText(s.value(QStringLiteral("notify")));
    m_refresh->setValue(s.refreshSeconds);
}

void DatabaseDialog::updateState()
{
    const bool service = m_byService->isChecked();
    m_service->setEnabled(service);
    for (QLineEdit *e : {m_host, m_port, m_dbname, m_user})
        e->setEnabled(!service);
    PgSource s;
    QString error;
    const bool ok = PgSource::parse(connectionString(), &s, &error);
    m_ok->setEnabled(ok);
    m_test->setEnabled(ok && !m_watcher.isRunning());
    m_ok->setToolTip(ok ? QString() : error);
}

void DatabaseDialog::test()
{
    m_result->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    const QString text = connectionString();
    m_watcher.setFuture(QtConcurrent::run([text] {
        std::shared_ptr<const PgSource> source;
        QString error;
        auto db = DatabaseLayerController::openDatabase(text, &source, &error);
        if (!db)
            return error;
        return QObject::tr("Connected: %1, dated by %2, geometry %3 (SRID %4).")
            .arg(source->displayName(), source->dateColumn, source->geometryColumn)
            .arg(source->srid);
    }));
}
