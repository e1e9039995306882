#pragma once
// One connection to PostgreSQL through libpq, the only code of the viewer
// that opens a network connection, and only to the database the user named.
// Queries are sent asynchronously and waited for in short slices, so a
// superseded request is cancelled on the server (PQcancel) rather than run
// to the end. Used by one thread at a time. libpq stays out of this header.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

struct pg_conn;
struct pg_result;

// The rows of one answer, read in place (no copy of libpq's buffers).
class PgRows
{
public:
    int rows() const;
    int columns() const;
    const char *value(int row, int column) const;   // text form
    bool isNull(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(value(row, column)); }

private:
    friend class PgConnection;
    std::shared_ptr<pg_result> m_result;
};

class PgConnection
{
public:
    explicit PgConnection(QString conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects (or reconnects after a loss); false with libpq's message.
    bool open(QString *error);
    bool isOpen() const;
    void close();

    enum class Outcome { Ok, Failed, Cancelled, ConnectionLost };
    // Runs sql with text parameters $1.. (never spliced into the text);
    // cancel, when set, is polled every 10 ms and stops the query.
    Outcome query(const QString &sql, const QStringList &params, PgRows *rows, QString *error,
                  const std::atomic_bool *cancel = nullptr);

    // LISTEN on channel; then waitForNotify reports one notification
    // (true), a timeout (false, no error) or a lost connection (false, error).
    bool listen(const QString &channel, QString *error);
    bool waitForNotify(int timeoutMs, QString *payload, QString *error);

    // The server's process id for this connection (tests end it).
    int backendPid() const;

private:
    Outcome finish(PgRows *rows, QString *error, const std::atomic_bool *cancel);
    QString m_conninfo;
    pg_conn *m_conn = nullptr;
};
