#include "DateFieldDetection.h"

#include "IsoDate.h"

#include <QCoreApplication>
#include <QPair>

#include <algorithm>
#include <QRegularExpression>

namespace DateFieldDetection {

namespace {

using DateText::Form;

QStringList nameTokens(const QString &name)
{
    static const QRegularExpression split(QStringLiteral("[^a-z0-9]+"));
    return name.toLower().split(split, Qt::SkipEmptyParts);
}

// Epoch seconds are read only from a field named for them.
bool namedForEpoch(const QString &name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("timestamp")) || n.contains(QLatin1String("epoch"))
           || n.contains(QLatin1String("unix"));
}

// When a row was recorded, uploaded or changed, not when the event was.
bool bookkeeping(const QString &name)
{
    static const char *const words[] = {"timestamp", "added", "updated", "modified", "created",
                                        "inserted", "uploaded", "retrieved", "edited"};
    const QString n = name.toLower();
    for (const char *w : words)
        if (n.contains(QLatin1String(w)))
            return true;
    return false;
}

} // namespace

QString severalDateFields(const QStringList &candidates)
{
    return QCoreApplication::translate("DateFieldDetection", "several date fields (%1); choose one")
        .arg(candidates.join(QStringLiteral(", ")));
}

bool namedForDates(const QString &name)
{
    static const QStringList words = {"date", "dates", "sqldate", "eventdate", "startdate", "enddate",
                                      "datetime", "timestamp", "day"};
    for (const QString &t : nameTokens(name))
        if (words.contains(t) || t.startsWith(QLatin1String("date")))
            return true;
    return false;
}

Form formOf(const Field &field, DateText::Order order, bool *orderUnclear)
{
    if (orderUnclear)
        *orderUnclear = false;
    const int n = int(field.samples.size());
    if (n == 0)
        return Form::None;
    const bool epochAllowed = namedForEpoch(field.name);
    int count[8] = {};
    int numeric = 0, dayOnly = 0, monthOnly = 0;
    for (const QString &s : field.samples) {
        const unsigned forms = DateText::formsOf(s.toUtf8().constData(), epochAllowed);
        for (int f = 1; f < 8; ++f)
            if (forms & (1u << f))
                ++count[f];
        const bool d = DateText::has(forms, Form::DayFirst), m = DateText::has(forms, Form::MonthFirst);
        numeric += d || m;
        dayOnly += d && !m;
        monthOnly += m && !d;
    }
    // A column named for dates may hold a few bad values (reported row by
    // row); any other column is a date column only when every value is one.
    const int needed = namedForDates(field.name) ? n / 2 + 1 : n;
    static const Form preference[] = {Form::Iso, Form::DayMonthName, Form::MonthNameDay, Form::Compact, Form::Epoch};
    Form best = Form::None;
    int bestCount = 0;
    for (Form f : preference)
        if (count[int(f)] > bestCount) {
            best = f;
            bestCount = count[int(f)];
        }
    if (numeric > bestCount) {
        bestCount = numeric;
        if (dayOnly > monthOnly)
            best = Form::DayFirst;
        else if (monthOnly > dayOnly)
            best = Form::MonthFirst;
        else if (order != DateText::Order::Unknown)
            best = order == DateText::Order::DayFirst ? Form::DayFirst : Form::MonthFirst;
        else
            best = Form::None;
        if (best == Form::None) {
            if (orderUnclear && numeric >= needed)
                *orderUnclear = true;
            return Form::None;
        }
        bestCount = best == Form::DayFirst ? count[int(Form::DayFirst)] : count[int(Form::MonthFirst)];
    }
    return bestCount >= needed ? best : Form::None;
}

Detection detect(const QList<Field> &fields, DateText::Order order)
{
    Detection r;
    struct Dated { QString name; Form form; bool unclear; };
    QList<Dated> all;
    for (const Field &f : fields) {
        // A Date/DateTime column counts when it holds values (LIBKML adds
        // empty "timestamp", "begin" and "end" columns to every layer).
        if (f.dateType) {
            if (!f.samples.isEmpty())
                all.append({f.name, Form::Iso, false});
            continue;
        }
        if (!f.stringType && !f.integerType)
            continue;
        bool unclear = false;
        const Form form = formOf(f, order, &unclear);
        if (form != Form::None || unclear)
            all.append({f.name, form, unclear});
    }
    // Bookkeeping times give way to the event's own dates.
    QList<Dated> kept;
    for (const Dated &d : all)
        if (!bookkeeping(d.name))
            kept << d;
    if (kept.isEmpty())
        kept = all;
    QStringList dated;
    for (const Dated &d : kept)
        dated << d.name;
    auto formOfName = [&kept](const QString &name) {
        for (const Dated &d : kept)
            if (d.name == name)
                return d;
        return Dated{name, Form::None, false};
    };
    auto choose = [&](const QString &start, const QString &end) {
        r.start = start;
        r.end = end;
        for (const QString &name : {start, end}) {
            if (name.isEmpty())
                continue;
            const Dated d = formOfName(name);
            if (d.unclear && r.orderUnclear.isEmpty()) {
                r.orderUnclear = name;
                for (const Field &f : fields)
                    if (f.name == name)
                        r.orderExample = f.samples.value(0);
            }
        }
        r.startForm = formOfName(start).form;
        r.endForm = end.isEmpty() ? Form::None : formOfName(end).form;
        r.candidates.clear();
        return r;
    };

    if (dated.isEmpty()) {
        // A column named for dates that holds none the viewer reads: say so,
        // rather than load an undated layer without a word.
        for (const Field &f : fields) {
            if (f.dateType || f.samples.isEmpty() || !namedForDates(f.name))
                continue;
            const bool epochAllowed = namedForEpoch(f.name);
            r.sampled = int(f.samples.size());
            for (int i = 0; i < f.samples.size(); ++i) {
                if (DateText::formsOf(f.samples[i].toUtf8().constData(), epochAllowed) != 0)
                    continue;
                if (r.unreadableIndex < 0) {
                    r.unreadableIndex = i;
                    r.unreadableExample = f.samples[i];
                }
                ++r.unreadableCount;
            }
            r.unreadable = f.name;
            break;
        }
        return r;
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
    if (dated.size() == 1)
        return choose(dated.front(), QString());
    if (pairs.size() == 1 && dated.size() == 2)
        return choose(pairs.front().first, pairs.front().second);
    for (const auto &p : pairs)
        r.candidates << p.first + QLatin1Char('|') + p.second;
    r.candidates << dated;
    // One field plainly named "date" among others, and no pair: take it.
    const QString plain = find(QStringLiteral("date"));
    if (!plain.isEmpty() && pairs.isEmpty())
        return choose(plain, QString());
    r.ambiguous = true;
    return r;
}

} // namespace DateFieldDetection
