#include "PgConnection.h"

#include <libpq-fe.h>
#include <poll.h>

#include <vector>

#include <QCoreApplication>

int PgRows::rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
int PgRows::columns() const { return m_result ? PQnfields(m_result.get()) : 0; }
const char *PgRows::value(int row, int column) const { return PQgetvalue(m_result.get(), row, column); }
bool PgRows::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }

PgConnection::PgConnection(QString conninfo) : m_conninfo(std::move(conninfo)) {}

PgConnection::~PgConnection() { close(); }

void PgConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }

int PgConnection::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

bool PgConnection::open(QString *error)
{
    close();
    m_conn = PQconnectdb(m_conninfo.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        close();
        return false;
    }
    // Fail fast rather than hang a layer on a lock or a runaway plan.
    PQclear(PQexec(m_conn, "SET statement_timeout = '60s'"));
    return true;
}

namespace {
bool waitReadable(int socket, int timeoutMs)
{
    pollfd p{socket, POLLIN, 0};
    return poll(&p, 1, timeoutMs) > 0;
}
} // namespace

PgConnection::Outcome PgConnection::query(const QString &sql, const QStringList &params, PgRows *rows,
                                          QString *error, const std::atomic_bool *cancel)
{
    if (!isOpen()) {
        if (error)
            *error = QCoreApplication::translate("PgConnection", "not connected");
        return Outcome::ConnectionLost;
    }
    std::vector<QByteArray> bytes;
    std::vector<const char *> values;
    bytes.reserve(size_t(params.size()));
    for (const QString &p : params)
        bytes.push_back(p.toUtf8());
    for (const QByteArray &b : bytes)
        values.push_back(b.constData());
    if (!PQsendQueryParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr,
                           nullptr, 0)) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return PQstatus(m_conn) == CONNECTION_OK ? Outcome::Failed : Outcome::ConnectionLost;
    }
    return finish(rows, error, cancel);
}

PgConnection::Outcome PgConnection::finish(PgRows *rows, QString *error, const std::atomic_bool *cancel)
{
    bool cancelled = false;
    while (PQisBusy(m_conn)) {
        if (cancel && !cancelled && cancel->load()) {
            cancelled = true;
            if (PGcancel *c = PQgetCancel(m_conn)) {
                char buf[256];
                PQcancel(c, buf, sizeof buf);
                PQfreeCancel(c);
            }
        }
        waitReadable(PQsocket(m_conn), 10);
        if (!PQconsumeInput(m_conn))
            break;
    }
    Outcome outcome = Outcome::Ok;
    bool got = false;
    while (PGresult *r = PQgetResult(m_conn)) {
        const ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
            if (!got && rows)
                rows->m_result = std::shared_ptr<pg_result>(r, PQclear);
            else
                PQclear(r);
            got = true;
        } else {
            if (outcome == Outcome::Ok) {
                outcome = Outcome::Failed;
                if (error)
                    *error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            }
            PQclear(r);
        }
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return Outcome::ConnectionLost;
    }
    if (cancelled)
        return Outcome::Cancelled;
    return outcome;
}

bool PgConnection::listen(const QString &channel, QString *error)
{
    PgRows none;
    return query(QStringLiteral("LISTEN ") + channel, {}, &none, error) == Outcome::Ok;
}

bool PgConnection::waitForNotify(int timeoutMs, QString *payload, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = QCoreApplication::translate("PgConnection", "not connected");
        return false;
    }
    auto take = [&] {
        if (PGnotify *n = PQnotifies(m_conn)) {
            if (payload)
                *payload = QString::fromUtf8(n->extra);
            PQfreemem(n);
            return true;
        }
        return false;
    };
    if (take())
        return true;
    waitReadable(PQsocket(m_conn), timeoutMs);
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("PgConnection", "the server closed the connection");
        return false;
    }
    return take();
}
