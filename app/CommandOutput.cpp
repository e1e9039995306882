#include "CommandOutput.h"

#include "DatabaseLayerController.h"
#include "PgConnection.h"
#include "PgSource.h"

#include "AtlasLoader.h"
#include "IsoDate.h"
#include "OwnRecord.h"

#include <QFileInfo>

#include <QJsonObject>

QTextStream &CommandOutput::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &CommandOutput::err()
{
    static QTextStream s(stderr);
    return s;
}

QString CommandOutput::dataDir(const CommandLine &cl)
{
    return cl.dataDir.isEmpty() ? AtlasLoader::defaultDataDir() : cl.dataDir;
}

std::shared_ptr<Atlas> CommandOutput::loadOrReport(const CommandLine &cl, LayerStack *layers, int *exitCode)
{
    DataErrors errors;
    AtlasLoader loader;
    auto atlas = loader.load(dataDir(cl), &errors);
    if (exitCode)
        *exitCode = 1;
    // The user's own record, over the bundled one; named on the command
    // line, it must exist (the window starts a new one instead).
    if (atlas && !cl.recordPath.isEmpty()) {
        OwnRecord own;
        const LoadResult read = OwnRecord::read(cl.recordPath, *atlas, &own);
        if (!read.ok())
            errors << read.errors;
        else if (!QFileInfo::exists(cl.recordPath))
            errors << DataError{cl.recordPath, 0, -1, QStringLiteral("no such file (--record)")};
        else
            atlas = own.mergedOver(*atlas);
    }
    if (atlas && layers) {
        for (const QString &file : cl.files) {
            if (PgSource::isConnectionString(file)) {
                // A database: connected and described now, its rows asked
                // for once the export's view is known (HeadlessCommands).
                std::shared_ptr<const PgSource> source;
                QString error;
                if (DatabaseLayerController::openDatabase(file, &source, &error))
                    layers->user.push_back({DatabaseLayerController::emptyLayer(source)});
                else {
                    DataError e;
                    e.message = error;
                    errors << e;
                }
                continue;
            }
            const LoadResult r = loader.addUserLayer(layers, file, {cl.request.dateField, cl.request.endField, cl.dateOrder});
            errors << r.errors;
            // A missing option, not a problem in the data.
            if (r.is(LoadResult::Status::Ambiguous) && r.question == LoadResult::Question::DateOrder && exitCode)
                *exitCode = 2;
            // Loaded, with rows left out: said, as the window says it.
            if (r.ok() && !layers->user.empty() && layers->user.back()->events)
                for (const DataError &e : layers->user.back()->events->problems)
                    err() << e.toString() << Qt::endl;
        }
        if (!cl.dem.isEmpty()) {
            LoadResult terrain;
            layers->terrain = Terrain::load(cl.dem, &terrain);
            errors << terrain.errors;
        }
    }
    for (const DataError &e : errors)
        err() << e.toString() << Qt::endl;
    return errors.isEmpty() ? atlas : nullptr;
}

QDate CommandOutput::dateOrToday(const CommandLine &cl)
{
    return cl.request.date.isValid() ? cl.request.date : QDate::currentDate();
}

QJsonArray CommandOutput::sourcesJson(const QList<SourceRef> &sources)
{
    QJsonArray a;
    for (const SourceRef &s : sources)
        a.append(QJsonObject{{QStringLiteral("url"), s.url},
                             {QStringLiteral("publisher"), s.publisher},
                             {QStringLiteral("date"), s.date.isEmpty() ? QJsonValue() : QJsonValue(s.date)},
                             {QStringLiteral("title"), s.title.isEmpty() ? QJsonValue() : QJsonValue(s.title)}});
    return a;
}

QJsonValue CommandOutput::nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Each government's account, labelled by side.
QJsonArray CommandOutput::claimsJson(const QList<Event::Claim> &claims)
{
    QJsonArray a;
    for (const Event::Claim &c : claims)
        a.append(QJsonObject{{QStringLiteral("side"), c.side},
                             {QStringLiteral("side_label"), Event::sideLabel(c.side)},
                             {QStringLiteral("by"), c.by},
                             {QStringLiteral("date"), nullable(c.date)},
                             {QStringLiteral("text"), c.text},
                             {QStringLiteral("source_url"), c.sourceUrl}});
    return a;
}
