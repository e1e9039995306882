#include "DatabaseQuery.h"

#include "IsoDate.h"
#include "Projection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace DatabaseQuery {

namespace {

// Julian day number of 2000-01-01: the server gives (date - 2000-01-01).
constexpr qint32 kJd2000 = 2451545;

bool isDateType(const QString &type)
{
    return type == QLatin1String("date") || type.startsWith(QLatin1String("timestamp"));
}

Outcome outcomeOf(PgConnection::Outcome o)
{
    switch (o) {
    case PgConnection::Outcome::Ok: return Outcome::Ok;
    case PgConnection::Outcome::Failed: return Outcome::Failed;
    case PgConnection::Outcome::Cancelled: return Outcome::Cancelled;
    case PgConnection::Outcome::ConnectionLost: return Outcome::ConnectionLost;
    }
    return Outcome::Failed;
}

QString num(double v) { return QString::number(v, 'g', 17); }

quint64 cellKey(qint32 i, qint32 j) { return (quint64(quint32(i)) << 32) | quint32(j); }

// The WHERE clause of a view: its box through the GiST index, its window
// through the date's B-tree (compared as the column's own type, so the
// index is used), parameters $1..$4 the box, $5 and $6 the window.
QString whereOf(const PgSource &s)
{
    const QString g = PgSource::quoteIdentifier(s.geometryColumn), d = PgSource::quoteIdentifier(s.dateColumn);
    const QString box = s.srid == 4326 ? QStringLiteral("ST_MakeEnvelope($1, $2, $3, $4, 4326)")
                                       : QStringLiteral("ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, 4326), %1)").arg(s.srid);
    return QStringLiteral("%1 && %2 AND %3 >= $5::date AND %3 < $6::date + 1").arg(g, box, d);
}

QString lonLatOf(const PgSource &s)
{
    const QString g = PgSource::quoteIdentifier(s.geometryColumn);
    return s.srid == 4326 ? g : QStringLiteral("ST_Transform(%1, 4326)").arg(g);
}

QStringList paramsOf(const DatabaseView &view)
{
    const QRectF box = lonLatBox(view.extent);
    return {num(box.left()), num(box.top()), num(box.right()), num(box.bottom()),
            view.from.isValid() ? IsoDate::format(view.from) : QStringLiteral("0001-01-01"),
            IsoDate::format(view.to)};
}


// Counts per cell of about cellMetres, grouped by the server, for the box
// and window of params, added to (sign +1) or taken from (-1) into's cells.
Outcome countCells(PgConnection &db, const PgSource &s, const DatabaseView &view, const QStringList &params,
                   QHash<quint64, size_t> index, DatabaseSnapshot *into, QString *error,
                   const std::atomic_bool *cancel, int sign = 1)
{
    const double cell = view.cellMetres / 111320.0;
    PgRows cells;
    const QString cellSql = QStringLiteral(
        "SELECT floor(ST_X(%1) / %2)::int, floor(ST_Y(%1) / %2)::int, count(*) "
        "FROM %3 t WHERE %4 GROUP BY 1, 2").arg(lonLatOf(s), num(cell), s.qualifiedTable(), whereOf(s));
    const PgConnection::Outcome o = db.query(cellSql, params, &cells, error, cancel);
    if (o != PgConnection::Outcome::Ok)
        return outcomeOf(o);
    if (index.isEmpty())
        for (size_t k = 0; k < into->cellI.size(); ++k)
            index.insert(cellKey(into->cellI[k], into->cellJ[k]), k);
    const int n = cells.rows();
    std::vector<QPointF> pts;
    for (int r = 0; r < n; ++r) {
        const qint32 i = qint32(std::strtol(cells.value(r, 0), nullptr, 10));
        const qint32 j = qint32(std::strtol(cells.value(r, 1), nullptr, 10));
        const quint32 c = quint32(std::strtoul(cells.value(r, 2), nullptr, 10));
        const auto it = index.constFind(cellKey(i, j));
        if (it != index.cend()) {
            into->cellCount[*it] += sign > 0 ? c : quint32(-qint64(c));
        } else {
            // Only added days bring new cells (a removed day's were counted before).
            index.insert(cellKey(i, j), into->cellI.size());
            into->cellI.push_back(i);
            into->cellJ.push_back(j);
            into->cellCount.push_back(c);
            pts.emplace_back((i + 0.5) * cell, (j + 0.5) * cell);
        }
        into->total += sign > 0 ? c : quint64(-qint64(c));
    }
    Projection::instance().forward(pts);
    for (const QPointF &p : pts) {
        into->cellX.push_back(float(p.x()));
        into->cellY.push_back(float(p.y()));
    }
    into->kind = DatabaseSnapshot::Kind::Cells;
    return Outcome::Ok;
}

// The day ranges that enter (+1) and leave (-1) the window from a to b.
struct DayRange
{
    QDate from, to;
    int sign;
};
std::vector<DayRange> windowChange(const DatabaseView &a, const DatabaseView &b)
{
    const QDate origin(1, 1, 1);
    const QDate af = a.from.isValid() ? a.from : origin, bf = b.from.isValid() ? b.from : origin;
    std::vector<DayRange> out;
    auto add = [&out](const QDate &from, const QDate &to, int sign) {
        if (from <= to)
            out.push_back({from, to, sign});
    };
    if (b.to > a.to)
        add(std::max(a.to.addDays(1), bf), b.to, +1);
    else
        add(std::max(b.to.addDays(1), af), a.to, -1);
    if (bf > af)
        add(af, std::min(bf.addDays(-1), a.to), -1);
    else
        add(bf, std::min(af.addDays(-1), b.to), +1);
    return out;
}

} // namespace

QRectF lonLatBox(const QRectF &extent)
{
    // The projection bends the box's edges: sample each edge, then pad.
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    constexpr int steps = 8;
    for (int i = 0; i <= steps; ++i) {
        for (int j = 0; j <= steps; ++j) {
            if (i != 0 && i != steps && j != 0 && j != steps)
                continue;
            GeoPoint g;
            const QPointF p(extent.left() + extent.width() * i / steps, extent.top() + extent.height() * j / steps);
            if (!Projection::instance().inverse(p, &g))
                continue;
            x0 = std::min(x0, g.lon);
            x1 = std::max(x1, g.lon);
            y0 = std::min(y0, g.lat);
            y1 = std::max(y1, g.lat);
        }
    }
    if (x0 > x1)
        return {};
    const double pad = 0.01 * std::max(x1 - x0, y1 - y0);
    return QRectF(QPointF(x0 - pad, y0 - pad), QPointF(x1 + pad, y1 + pad));
}

bool describe(PgConnection &db, PgSource *source, QString *error)
{
    PgRows rows;
    QString why;
    const QString sql = QStringLiteral(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
        "CASE WHEN t.typname = 'geometry' THEN postgis_typmod_srid(a.atttypmod) END "
        "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum");
    if (db.query(sql, {source->qualifiedTable()}, &rows, &why) != PgConnection::Outcome::Ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(source->displayName(), why);
        return false;
    }
    QString geometry, date;
    int srid = 0;
    QStringList columns;
    for (int r = 0; r < rows.rows(); ++r) {
        const QString name = rows.text(r, 0), type = rows.text(r, 1);
        const bool isGeometry = type.startsWith(QLatin1String("geometry"));
        if (isGeometry && (source->geometryColumn.isEmpty() ? geometry.isEmpty() : name == source->geometryColumn)) {
            geometry = name;
            srid = rows.isNull(r, 2) ? 0 : rows.text(r, 2).toInt();
        }
        if (!isGeometry)
            columns << name;
        if (isDateType(type) && (source->dateColumn.isEmpty() ? date.isEmpty() : name == source->dateColumn))
            date = name;
    }
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(source->displayName(), why);
        return false;
    };
    if (geometry.isEmpty())
        return fail(source->geometryColumn.isEmpty()
                ? QCoreApplication::translate(
                    "DatabaseQuery", "the table has no geometry column (PostGIS geometry)")
                : QCoreApplication::translate("DatabaseQuery", "no geometry column %1")
                      .arg(source->geometryColumn));
    if (date.isEmpty())
        return fail(source->dateColumn.isEmpty()
                ? QCoreApplication::translate("DatabaseQuery", "the table has no date or timestamp column")
                : QCoreApplication::translate("DatabaseQuery", "no date or timestamp column %1 (columns: %2)")
                      .arg(source->dateColumn, columns.join(QStringLiteral(", "))));
    if (srid == 0) {
        // A view or an untyped column: ask the data (one row, through the index).
        PgRows one;
        const QString q = QStringLiteral("SELECT ST_SRID(%1) FROM %2 WHERE %1 IS NOT NULL LIMIT 1")
                              .arg(PgSource::quoteIdentifier(geometry), source->qualifiedTable());
        if (db.query(q, {}, &one, &why) == PgConnection::Outcome::Ok && one.rows() == 1)
            srid = one.text(0, 0).toInt();
        if (srid == 0)
            srid = 4326;   // PostGIS's "unknown": taken as longitude/latitude
    }
    source->geometryColumn = geometry;
    source->dateColumn = date;
    source->srid = srid;
    source->columns = columns;
    return true;
}

Outcome fetch(PgConnection &db, const std::shared_ptr<const PgSource> &source, const DatabaseView &view,
              DatabaseSnapshot *out, QString *error, const std::atomic_bool *cancel, const DatabaseSnapshot *base)
{
    QElapsedTimer clock;
    clock.start();
    const PgSource &s = *source;
    if (base && base->kind == DatabaseSnapshot::Kind::Cells && base->source == source
        && base->view.extent == view.extent && base->view.cellMetres == view.cellMetres) {
        const std::vector<DayRange> change = windowChange(base->view, view);
        qint64 changed = 0;
        for (const DayRange &r : change)
            changed += r.from.daysTo(r.to) + 1;
        const QDate from = view.from.isValid() ? view.from : QDate(1, 1, 1);
        // Worth it while fewer days change than the window holds.
        if (changed < from.daysTo(view.to) + 1) {
            DatabaseSnapshot snap = *base;
            snap.view = view;
            snap.problem.clear();
            QStringList params = paramsOf(view);
            for (const DayRange &r : change) {
                params[4] = IsoDate::format(r.from);
                params[5] = IsoDate::format(r.to);
                const Outcome o = countCells(db, s, view, params, {}, &snap, error, cancel, r.sign);
                if (o != Outcome::Ok)
                    return o;
            }
            // Few enough now to be rows: ask for them (below).
            if (snap.total > quint64(kMaxRows)) {
                snap.refreshed = QDateTime::currentDateTimeUtc();
                snap.elapsedMs = clock.elapsed();
                *out = std::move(snap);
                return Outcome::Ok;
            }
        }
    }
    DatabaseSnapshot snap;
    snap.source = source;
    snap.view = view;
    const QStringList params = paramsOf(view);
    const QString where = whereOf(s), ll = lonLatOf(s);
    const QString d = PgSource::quoteIdentifier(s.dateColumn);
    // Rows first, one more than wanted: if they all come, that is the view.
    PgRows rows;
    const QString rowSql = QStringLiteral(
        "SELECT ST_X(%1), ST_Y(%1), (%2::date - DATE '2000-01-01'), to_jsonb(t) - %3 "
        "FROM %4 t WHERE %5 LIMIT %6")
        .arg(ll, d, QStringLiteral("'%1'").arg(QString(s.geometryColumn).replace(QLatin1Char('\''), QStringLiteral("''"))),
             s.qualifiedTable(), where).arg(kMaxRows + 1);
    PgConnection::Outcome o = db.query(rowSql, params, &rows, error, cancel);
    if (o != PgConnection::Outcome::Ok)
        return outcomeOf(o);
    if (rows.rows() <= kMaxRows) {
        auto layer = std::make_shared<EventLayer>();
        layer->path = s.text;
        layer->layerName = s.table;
        layer->dateField = s.dateColumn;
        layer->fieldNames = s.columns;
        const int n = rows.rows();
        std::vector<QPointF> pts;
        pts.reserve(size_t(n));
        for (int r = 0; r < n; ++r) {
            if (rows.isNull(r, 0) || rows.isNull(r, 2)) {
                ++layer->skipped;
                continue;
            }
            pts.emplace_back(std::strtod(rows.value(r, 0), nullptr), std::strtod(rows.value(r, 1), nullptr));
            layer->start.push_back(qint32(std::strtol(rows.value(r, 2), nullptr, 10)) + kJd2000);
            layer->fid.push_back(qint64(layer->fid.size()));
            QVariantMap attrs = QJsonDocument::fromJson(QByteArray(rows.value(r, 3))).object().toVariantMap();
            layer->inlineAttributes.push_back(std::move(attrs));
        }
        Projection::instance().forward(pts);
        for (const QPointF &p : pts) {
            layer->x.push_back(float(p.x()));
            layer->y.push_back(float(p.y()));
        }
        layer->finish();
        snap.kind = DatabaseSnapshot::Kind::Rows;
        snap.total = layer->size();
        snap.rows = std::move(layer);
    } else {
        const Outcome c = countCells(db, s, view, paramsOf(view), {}, &snap, error, cancel);
        if (c != Outcome::Ok)
            return c;
    }
    snap.refreshed = QDateTime::currentDateTimeUtc();
    snap.elapsedMs = clock.elapsed();
    *out = std::move(snap);
    return Outcome::Ok;
}

} // namespace DatabaseQuery
