#include "PgSource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

const QStringList kViewerKeys{QStringLiteral("tables"), QStringLiteral("date"), QStringLiteral("geometry"),
                              QStringLiteral("notify"), QStringLiteral("refresh")};

// libpq's conninfo quoting: single quotes, with \ and ' escaped.
QString quoted(const QString &v)
{
    QString q = v;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    q.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

bool plainIdentifier(const QString &s)
{
    if (s.isEmpty() || s.size() > 63)
        return false;
    for (QChar c : s)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    return true;
}

} // namespace

QStringList PgSource::libpqKeys()
{
    return {QStringLiteral("service"), QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"),
            QStringLiteral("dbname"), QStringLiteral("user"), QStringLiteral("sslmode"),
            QStringLiteral("sslrootcert"), QStringLiteral("connect_timeout")};
}

bool PgSource::isConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString PgSource::value(const QString &key) const
{
    const qsizetype i = keys.indexOf(key);
    return i < 0 ? QString() : values.value(i);
}

bool PgSource::parse(const QString &text, PgSource *out, QString *error)
{
    auto fail = [&](const QString &why) {
        // The string as given, but never a password in it.
        static const QRegularExpression password(QStringLiteral("password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (error)
            *error = QString(text).replace(password, QStringLiteral("password=…")) + QStringLiteral(": ") + why;
        return false;
    };
    if (!isConnectionString(text))
        return fail(
            QCoreApplication::translate("PgSource", "not a database connection string (it starts with PG:)"));
    PgSource s;
    const QString body = text.mid(3);
    qsizetype i = 0;
    const qsizetype n = body.size();
    while (i < n) {
        while (i < n && body[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = body.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return fail(QCoreApplication::translate("PgSource", "\"%1\" has no value (write key=value)")
                            .arg(body.mid(i).trimmed()));
        const QString key = body.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        while (i < n && body[i].isSpace())
            ++i;
        QString value;
        if (i < n && body[i] == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                if (body[i] == QLatin1Char('\\') && i + 1 < n) {
                    value += body[i + 1];
                    i += 2;
                } else if (body[i] == QLatin1Char('\'')) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += body[i++];
                }
            }
            if (!closed)
                return fail(
                    QCoreApplication::translate("PgSource", "the value of %1 has no closing quote").arg(key));
        } else {
            while (i < n && !body[i].isSpace())
                value += body[i++];
        }
        if (key == QLatin1String("password"))
            return fail(QCoreApplication::translate("PgSource",
                "LAC Viewer takes no password: put it in ~/.pgpass (or the file "
                "PGPASSFILE names), where libpq reads it"));
        if (!libpqKeys().contains(key) && !kViewerKeys.contains(key))
            return fail(QCoreApplication::translate("PgSource", "unknown key \"%1\" (known: %2)")
                            .arg(key, (libpqKeys() + kViewerKeys).join(QStringLiteral(", "))));
        if (s.keys.contains(key))
            return fail(QCoreApplication::translate("PgSource", "%1 is given twice").arg(key));
        s.keys << key;
        s.values << value;
    }
    const QString tables = s.value(QStringLiteral("tables"));
    if (tables.isEmpty())
        return fail(
            QCoreApplication::translate("PgSource", "name the table or view: tables=NAME (or SCHEMA.NAME)"));
    if (tables.contains(QLatin1Char(',')))
        return fail(QCoreApplication::translate("PgSource", "one table at a time: tables=%1").arg(tables));
    const QStringList parts = tables.split(QLatin1Char('.'));
    if (parts.size() > 2 || !plainIdentifier(parts.last()) || (parts.size() == 2 && !plainIdentifier(parts.first())))
        return fail(QCoreApplication::translate(
            "PgSource", "\"%1\" is not a table name (letters, digits and _, optionally SCHEMA.)")
                        .arg(tables));
    s.schema = parts.size() == 2 ? parts.first() : QString();
    s.table = parts.last();
    for (const QString &key : {QStringLiteral("date"), QStringLiteral("geometry"), QStringLiteral("notify")}) {
        const QString v = s.value(key);
        if (!v.isEmpty() && !plainIdentifier(v))
            return fail(QCoreApplication::translate(
                "PgSource", "%1=%2 is not a column or channel name (letters, digits and _)")
                            .arg(key, v));
    }
    s.dateColumn = s.value(QStringLiteral("date"));
    s.geometryColumn = s.value(QStringLiteral("geometry"));
    s.notifyChannel = s.value(QStringLiteral("notify"));
    const QString refresh = s.value(QStringLiteral("refresh"));
    if (!refresh.isEmpty()) {
        bool ok = false;
        s.refreshSeconds = refresh.toInt(&ok);
        if (!ok || s.refreshSeconds < 1 || s.refreshSeconds > 86400)
            return fail(QCoreApplication::translate(
                "PgSource", "refresh=%1 is not a number of seconds from 1 to 86400")
                            .arg(refresh));
    }
    if (s.value(QStringLiteral("service")).isEmpty() && s.value(QStringLiteral("dbname")).isEmpty()
        && s.value(QStringLiteral("host")).isEmpty())
        return fail(QCoreApplication::translate("PgSource",
            "name the database: service=NAME (from ~/.pg_service.conf) or host, dbname and user"));
    QStringList conninfo;
    for (qsizetype k = 0; k < s.keys.size(); ++k)
        if (libpqKeys().contains(s.keys[k]))
            conninfo << s.keys[k] + QLatin1Char('=') + quoted(s.values[k]);
    conninfo << QStringLiteral("application_name='lacviewer'");
    if (s.value(QStringLiteral("connect_timeout")).isEmpty())
        conninfo << QStringLiteral("connect_timeout=10");
    s.conninfo = conninfo.join(QLatin1Char(' '));
    s.text = s.toString();
    *out = s;
    return true;
}

QString PgSource::toString() const
{
    QStringList parts;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QString &v = values[k];
        const bool plain = !v.isEmpty() && !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\''))
                           && !v.contains(QLatin1Char('\\'));
        parts << keys[k] + QLatin1Char('=') + (plain ? v : quoted(v));
    }
    return QStringLiteral("PG:") + parts.join(QLatin1Char(' '));
}

QString PgSource::displayName() const
{
    const QString service = value(QStringLiteral("service"));
    const QString db = value(QStringLiteral("dbname"));
    QString where = !service.isEmpty() ? QStringLiteral("service %1").arg(service)
                    : !db.isEmpty()    ? db
                                       : value(QStringLiteral("host"));
    return QStringLiteral("%1 in %2").arg(schema.isEmpty() ? table : schema + QLatin1Char('.') + table, where);
}

QString PgSource::quoteIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString PgSource::qualifiedTable() const
{
    return schema.isEmpty() ? quoteIdentifier(table) : quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(table);
}
