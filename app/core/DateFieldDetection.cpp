#include "DateFieldDetection.h"

#include "IsoDate.h"

#include <QPair>

namespace DateFieldDetection {

QString severalDateFields(const QStringList &candidates)
{
    return QStringLiteral("several date fields (%1); choose one").arg(candidates.join(QStringLiteral(", ")));
}

Detection detect(const QList<Field> &fields)
{
    Detection r;
    QStringList dated;
    for (const Field &f : fields) {
        // A Date/DateTime column counts when it holds values (LIBKML adds
        // empty "timestamp", "begin" and "end" columns to every layer).
        bool ok = f.dateType && !f.samples.isEmpty();
        if (!f.dateType && f.stringType && !f.samples.isEmpty()) {
            ok = true;
            for (const QString &s : f.samples) {
                qint32 jd;
                if (!IsoDate::julianDayOf(s.trimmed().toUtf8().constData(), &jd)) {
                    ok = false;
                    break;
                }
            }
        }
        if (ok)
            dated << f.name;
    }
    // start/end pairs by name.
    static const QList<QPair<QString, QString>> pairNames = {
        {"start", "end"}, {"date_start", "date_end"}, {"start_date", "end_date"},
        {"startdate", "enddate"}, {"from", "to"}, {"date_from", "date_to"},
        {"begin", "end"}, {"valid_from", "valid_to"}, {"begin_date", "end_date"},
        {"start_time", "end_time"}, {"timestamp_start", "timestamp_end"}};
    auto find = [&dated](const QString &lower) {
        for (const QString &d : dated)
            if (d.toLower() == lower)
                return d;
        return QString();
    };
    QList<QPair<QString, QString>> pairs;
    for (const auto &p : pairNames) {
        const QString a = find(p.first), b = find(p.second);
        if (!a.isEmpty() && !b.isEmpty())
            pairs.append({a, b});
    }
    if (dated.size() == 1) {
        r.start = dated.front();
        return r;
    }
    if (pairs.size() == 1 && dated.size() == 2) {
        r.start = pairs.front().first;
        r.end = pairs.front().second;
        return r;
    }
    for (const auto &p : pairs)
        r.candidates << p.first + QLatin1Char('|') + p.second;
    r.candidates << dated;
    if (dated.isEmpty())
        return r;
    // One field plainly named "date" among others, and no pair: take it.
    const QString plain = find(QStringLiteral("date"));
    if (!plain.isEmpty() && pairs.isEmpty()) {
        r.start = plain;
        r.candidates.clear();
        return r;
    }
    r.ambiguous = true;
    return r;
}

} // namespace DateFieldDetection
