#include "HeadlessCommands.h"

#include "AtlasLoader.h"
#include "IsoDate.h"
#include "MapRenderer.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString dataDir(const CommandLine &cl)
{
    return cl.dataDir.isEmpty() ? AtlasLoader::defaultDataDir() : cl.dataDir;
}

// Loads the bundled data and any extra layers; prints every error.
std::shared_ptr<Atlas> loadOrReport(const CommandLine &cl, bool withExtraLayers)
{
    DataErrors errors;
    AtlasLoader loader;
    auto atlas = loader.load(dataDir(cl), &errors);
    if (atlas && withExtraLayers) {
        for (const QString &file : cl.files)
            loader.addUserLayer(atlas.get(), file, &errors);
    }
    for (const DataError &e : errors)
        err() << e.toString() << Qt::endl;
    return errors.isEmpty() ? atlas : nullptr;
}

QDate dateOrToday(const CommandLine &cl)
{
    return cl.date.isValid() ? cl.date : QDate::currentDate();
}

QJsonArray sourcesJson(const QList<SourceRef> &sources)
{
    QJsonArray a;
    for (const SourceRef &s : sources)
        a.append(QJsonObject{{QStringLiteral("url"), s.url},
                             {QStringLiteral("publisher"), s.publisher},
                             {QStringLiteral("date"), s.date.isEmpty() ? QJsonValue() : QJsonValue(s.date)},
                             {QStringLiteral("title"), s.title.isEmpty() ? QJsonValue() : QJsonValue(s.title)}});
    return a;
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

namespace HeadlessCommands {

int exportMap(const CommandLine &cl)
{
    auto atlas = loadOrReport(cl, true);
    if (!atlas)
        return 1;
    MapSettings s;
    s.size = cl.size;
    s.date = dateOrToday(cl);
    if (cl.view == QLatin1String("all")) {
        s.frame(atlas->flashpointExtent());
    } else if (const Flashpoint *f = atlas->flashpoint(cl.view)) {
        QRectF extent = f->area.bounds.united(QRectF(f->markerXY, QSizeF(1, 1)));
        // Leave room around the area so its surroundings can be read.
        extent.adjust(-extent.width() * 0.6, -extent.height() * 0.6, extent.width() * 0.6,
                      extent.height() * 0.6);
        s.frame(extent);
    } else {
        QStringList ids{QStringLiteral("all")};
        for (const Flashpoint &fp : atlas->flashpoints)
            ids << fp.id;
        err() << QStringLiteral("--view: unknown flashpoint \"%1\"; expected one of: %2")
                     .arg(cl.view, ids.join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    const QImage image = MapRenderer(atlas).renderImage(s);
    QSaveFile file(cl.exportPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err() << cl.exportPath << QStringLiteral(": cannot write: ") << file.errorString() << Qt::endl;
        return 1;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        err() << cl.exportPath << QStringLiteral(": cannot write: ")
              << (writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString())
              << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("Wrote %1 (%2x%3, as of %4)")
                 .arg(cl.exportPath).arg(cl.size.width()).arg(cl.size.height())
                 .arg(IsoDate::format(s.date))
          << Qt::endl;
    return 0;
}

int validate(const CommandLine &cl)
{
    AtlasLoader loader;
    DataErrors errors;
    int features = 0;
    QStringList checked;
    if (cl.files.isEmpty()) {
        auto atlas = loader.load(dataDir(cl), &errors);
        if (atlas) {
            features = atlas->flashpoints.size() + atlas->places.size() + atlas->lines.size()
                       + atlas->events.size();
            checked = atlas->files;
        }
    } else {
        DataErrors referenceErrors;
        auto reference = loader.load(dataDir(cl), &referenceErrors);
        errors = loader.validateFiles(cl.files, reference.get());
        checked = cl.files;
    }
    for (const DataError &e : errors)
        out() << e.toString() << Qt::endl;
    if (!errors.isEmpty()) {
        err() << QStringLiteral("%1 problem(s) found").arg(errors.size()) << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("OK: %1 file(s) valid%2")
                 .arg(checked.size())
                 .arg(features ? QStringLiteral(", %1 features").arg(features) : QString())
          << Qt::endl;
    return 0;
}

int status(const CommandLine &cl)
{
    auto atlas = loadOrReport(cl, false);
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
                {QStringLiteral("event"), e ? QJsonValue(e->id) : QJsonValue()},
                {QStringLiteral("event_title"), e ? QJsonValue(e->title) : QJsonValue()},
                {QStringLiteral("sources"), e ? QJsonValue(sourcesJson(e->sources)) : QJsonValue(QJsonArray())},
                {QStringLiteral("front_phase"), FrontPhaseInfo::id(phase.phase)},
            });
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << QStringLiteral("Status as of %1").arg(IsoDate::format(date)) << Qt::endl;
    for (const Flashpoint &f : atlas->flashpoints) {
        const auto st = atlas->statuses.stateAt(f.id, date);
        QString line = QStringLiteral("%1 %2").arg(f.name.leftJustified(40), StatusInfo::label(st.status).leftJustified(34));
        if (st.since.isValid())
            line += QStringLiteral(" since %1  (%2)").arg(IsoDate::format(st.since), atlas->events[st.event].id);
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
    auto atlas = loadOrReport(cl, false);
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
                         .arg(e.dateText().leftJustified(24), e.type.leftJustified(14), e.title,
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
            {QStringLiteral("sources"), sourcesJson(e.sources)},
        });
    }
    if (cl.json)
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace HeadlessCommands
