#pragma once
// Waits for NOTIFY on a channel over a connection of its own, on its own
// thread, and reports each notification; a lost connection is reported and
// reopened every few seconds until it comes back or the listener stops.

#include <QString>
#include <QThread>
#include <atomic>

class PgListener : public QThread
{
    Q_OBJECT
public:
    PgListener(QString conninfo, QString channel, QObject *parent = nullptr);
    ~PgListener() override;
    void stop();

signals:
    void notified(const QString &payload);
    void lost(const QString &error);
    void listening();

protected:
    void run() override;

private:
    QString m_conninfo, m_channel;
    std::atomic_bool m_stop{false};
};
