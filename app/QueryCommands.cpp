#include "QueryCommands.h"

#include "ChangeList.h"
#include "CommandOutput.h"
#include "IsoDate.h"
#include "SourceAudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CommandOutput;

namespace QueryCommands {

int status(const CommandLine &cl)
{
    auto atlas = loadOrReport(cl);
    if (!atlas)
        return 1;
    const QDate date = dateOrToday(cl);
    const auto phase = atlas->statuses.frontPhaseAt(date);
    if (cl.json) {
        QJsonArray a;
        for (const Flashpoint &f : atlas->flashpoints) {
            const auto st = atlas->statuses.stateAt(f.id, date);
            const Event *e = st.event >= 0 ? &atlas->events[st.event] : nullptr;
            a.append(QJsonObject{
                {QStringLiteral("id"), f.id},
                {QStringLiteral("name"), f.name},
                {QStringLiteral("date"), IsoDate::format(date)},
                {QStringLiteral("status"), StatusInfo::id(st.status)},
                {QStringLiteral("status_label"), StatusInfo::label(st.status)},
                {QStringLiteral("since"), st.since.isValid() ? QJsonValue(IsoDate::format(st.since)) : QJsonValue()},
                {QStringLiteral("since_end"), st.sinceEnd.isValid() ? QJsonValue(IsoDate::format(st.sinceEnd)) : QJsonValue()},
                {QStringLiteral("event"), e ? QJsonValue(e->id) : QJsonValue()},
                {QStringLiteral("event_title"), e ? QJsonValue(e->title) : QJsonValue()},
                // Whether the status comes from the user's own record (--record).
                {QStringLiteral("from_your_record"), e && e->own},
                {QStringLiteral("sources"), e ? QJsonValue(sourcesJson(e->sources)) : QJsonValue(QJsonArray())},
                {QStringLiteral("front_phase"), FrontPhaseInfo::id(phase.phase)},
            });
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << QStringLiteral("Status as of %1 (record checked to %2)")
                 .arg(IsoDate::format(date), IsoDate::format(atlas->recordCheckedTo))
          << Qt::endl;
    for (const Flashpoint &f : atlas->flashpoints) {
        const auto st = atlas->statuses.stateAt(f.id, date);
        QString line = QStringLiteral("%1 %2").arg(f.name.leftJustified(40), StatusInfo::label(st.status).leftJustified(34));
        if (st.since.isValid())
            line += QStringLiteral(" since %1  (%2%3)")
                        .arg(st.sinceText(), atlas->events[st.event].id,
                             atlas->events[st.event].own ? QStringLiteral(", your record") : QString());
        out() << line.trimmed() << Qt::endl;
    }
    out() << FrontPhaseInfo::label(phase.phase);
    if (phase.event >= 0)
        out() << QStringLiteral(" since %1 (%2)").arg(IsoDate::format(phase.date), atlas->events[phase.event].id);
    out() << Qt::endl;
    return 0;
}

int events(const CommandLine &cl)
{
    auto atlas = loadOrReport(cl);
    if (!atlas)
        return 1;
    if (!cl.flashpoint.isEmpty() && !atlas->flashpoint(cl.flashpoint)) {
        err() << QStringLiteral("--flashpoint: unknown flashpoint \"%1\"").arg(cl.flashpoint) << Qt::endl;
        return 2;
    }
    const auto [first, last] = atlas->eventIndex.range(cl.from, cl.to);
    QJsonArray a;
    for (int i = first; i < last; ++i) {
        const Event &e = atlas->events[i];
        if (!cl.flashpoint.isEmpty() && !e.flashpoints.contains(cl.flashpoint))
            continue;
        if (!cl.json) {
            out() << QStringLiteral("%1  %2  %3  [%4]  %5")
                         .arg(e.dateText().leftJustified(24), e.type.leftJustified(14),
                              e.markedTitle(),
                              e.flashpoints.isEmpty() ? e.scope : e.flashpoints.join(QLatin1Char(',')),
                              e.sources.isEmpty() ? QString() : e.sources.front().url)
                  << Qt::endl;
            continue;
        }
        QJsonObject sets;
        for (const Event::StatusChange &c : e.setsStatus)
            sets.insert(c.flashpoint, StatusInfo::id(c.status));
        a.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("date"), IsoDate::format(e.date)},
            {QStringLiteral("date_end"), e.dateEnd.isValid() ? QJsonValue(IsoDate::format(e.dateEnd)) : QJsonValue()},
            {QStringLiteral("date_precision"), e.datePrecision},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("scope"), e.scope},
            {QStringLiteral("flashpoints"), QJsonArray::fromStringList(e.flashpoints)},
            {QStringLiteral("place"), nullable(e.place)},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("casualties"),
             QJsonObject{{QStringLiteral("india"), nullable(e.casualtiesIndia)},
                         {QStringLiteral("china"), nullable(e.casualtiesChina)},
                         {QStringLiteral("other"), nullable(e.casualtiesOther)}}},
            {QStringLiteral("sets_status"), sets},
            {QStringLiteral("claims"), claimsJson(e.claims)},
            {QStringLiteral("from_your_record"), e.own},
            {QStringLiteral("sources"), sourcesJson(e.sources)},
        });
    }
    if (cl.json)
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    return 0;
}

int sources(const CommandLine &cl)
{
    auto atlas = loadOrReport(cl);
    if (!atlas)
        return 1;
    const SourceAudit audit(*atlas);
    if (cl.json)
        out() << QJsonDocument(audit.json()).toJson(QJsonDocument::Indented);
    else
        out() << audit.markdown();
    return 0;
}

int changes(const CommandLine &cl)
{
    auto atlas = loadOrReport(cl);
    if (!atlas)
        return 1;
    const ChangeList list(*atlas, cl.from, cl.to);
    if (!cl.json) {
        out() << QStringLiteral("Changes from %1 to %2").arg(IsoDate::format(cl.from), IsoDate::format(cl.to)) << Qt::endl;
        const QStringList rows = list.rows();
        for (const QString &row : rows)
            out() << row << Qt::endl;
        if (rows.isEmpty())
            out() << QStringLiteral("(nothing changed)") << Qt::endl;
        return 0;
    }
    QJsonArray statuses, lines, events;
    for (const ChangeList::StatusChange &c : list.statuses()) {
        QJsonArray steps;
        for (const StatusTimeline::Change &s : c.steps)
            steps.append(QJsonObject{{QStringLiteral("date"), IsoDate::format(s.date)},
                                     {QStringLiteral("status"), StatusInfo::id(s.status)},
                                     {QStringLiteral("status_label"), StatusInfo::label(s.status)},
                                     {QStringLiteral("event"), atlas->events[s.event].id},
                                     {QStringLiteral("event_title"), atlas->events[s.event].title},
                                     {QStringLiteral("after_clash"), s.afterClash}});
        const Flashpoint *f = atlas->flashpoint(c.flashpoint);
        statuses.append(QJsonObject{{QStringLiteral("flashpoint"), c.flashpoint},
                                    {QStringLiteral("name"), f ? f->name : c.flashpoint},
                                    {QStringLiteral("from"), StatusInfo::id(c.from)},
                                    {QStringLiteral("to"), StatusInfo::id(c.to)},
                                    {QStringLiteral("from_label"), StatusInfo::label(c.from)},
                                    {QStringLiteral("to_label"), StatusInfo::label(c.to)},
                                    {QStringLiteral("steps"), steps}});
    }
    for (const ChangeList::LineChange &l : list.lines()) {
        const MapLine &line = atlas->lines[l.line];
        lines.append(QJsonObject{{QStringLiteral("id"), line.id},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("kind"), line.kind},
                                 {QStringLiteral("change"), l.appeared ? QStringLiteral("appeared") : QStringLiteral("ended")},
                                 {QStringLiteral("date"), IsoDate::format(l.date)}});
    }
    for (int i : list.events()) {
        const Event &e = atlas->events[i];
        events.append(QJsonObject{{QStringLiteral("id"), e.id},
                                  {QStringLiteral("date"), IsoDate::format(e.date)},
                                  {QStringLiteral("type"), e.type},
                                  {QStringLiteral("title"), e.title}});
    }
    out() << QJsonDocument(QJsonObject{{QStringLiteral("from"), IsoDate::format(cl.from)},
                                       {QStringLiteral("to"), IsoDate::format(cl.to)},
                                       {QStringLiteral("statuses"), statuses},
                                       {QStringLiteral("lines"), lines},
                                       {QStringLiteral("events"), events}})
                 .toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace QueryCommands
