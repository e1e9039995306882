#pragma once
// A "PG:" connection string as the user writes it (GDAL's form):
//   PG:service=NAME tables=events
//   PG:host=db.example port=5432 dbname=lac user=reader tables=public.events date=day
// libpq's own keys (service, host, hostaddr, port, dbname, user, sslmode,
// sslrootcert, connect_timeout) go to libpq; tables, date, geometry, notify
// and refresh are the viewer's. A password is refused: libpq reads it from
// ~/.pgpass (or PGPASSFILE) and the service from ~/.pg_service.conf, so the
// viewer never holds or stores one. Plain Qt Core, no libpq here.

#include <QString>
#include <QStringList>

struct PgSource
{
    QString conninfo;          // for libpq: its keys only, quoted
    QString schema;            // empty: the search path decides
    QString table;
    QString dateColumn;        // empty: the first date or timestamp column
    QString geometryColumn;    // empty: the table's geometry column
    QString notifyChannel;     // empty: no LISTEN
    int refreshSeconds = 0;    // 0: no timed refresh
    int srid = 4326;           // the geometry column's (found by DatabaseQuery::describe)
    QStringList columns;       // every column but the geometry, in table order (found so too)
    QString text;              // the string as given (no password in it)

    // True for a string meant as a database ("PG:...", any case).
    static bool isConnectionString(const QString &text);
    // Parses text; false with a message naming the problem.
    static bool parse(const QString &text, PgSource *out, QString *error);
    // The string back, with the keys the viewer uses (for settings and the
    // layer list); never a password.
    QString toString() const;
    // "events in lac (service team)": for the layer list.
    QString displayName() const;
    // The table as SQL would name it, e.g. "public"."events" (quoted).
    QString qualifiedTable() const;
    // Double-quoted SQL identifier.
    static QString quoteIdentifier(const QString &name);

    // The libpq keys the string may carry (in its order).
    static QStringList libpqKeys();
    // Fields, as parsed: key -> value, libpq's and the viewer's.
    QStringList keys;
    QStringList values;
    QString value(const QString &key) const;
};
