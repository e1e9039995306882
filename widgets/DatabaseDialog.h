#pragma once
// File › Open Database…: a PostGIS table or view of dated events, named by a
// libpq service or by host, port, database and user, with the table, its
// date column and how it refreshes. It asks for no password: libpq reads it
// from ~/.pgpass and the service from ~/.pg_service.conf, and the dialog says
// so. "Test connection" connects and describes the table on a worker.

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QPushButton;

class DatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatabaseDialog(QWidget *parent = nullptr);
    ~DatabaseDialog() override;
    // The "PG:" string the fields make (what --help and the docs show).
    QString connectionString() const;
    // Sets the fields from a string (the last one opened).
    void setConnectionString(const QString &text);
    QLabel *testResult() const { return m_result; }
    QPushButton *testButton() const { return m_test; }

private:
    void test();
    void updateState();
    QRadioButton *m_byService, *m_byHost;
    QLineEdit *m_service, *m_host, *m_port, *m_dbname, *m_user, *m_table, *m_date, *m_notify;
    QSpinBox *m_refresh;
    QPushButton *m_test, *m_ok;
    QLabel *m_result;
    QFutureWatcher<QString> m_watcher;
};
