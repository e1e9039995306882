#include "CommandOutput.h"

#include "DatabaseLayerController.h"
#include "PgConnection.h"
#include "PgSource.h"

#include "AtlasLoader.h"
#include "IsoDate.h"

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

std::shared_ptr<Atlas> CommandOutput::loadOrReport(const CommandLine &cl, LayerStack *layers)
{
    DataErrors errors;
    AtlasLoader loader;
    auto atlas = loader.load(dataDir(cl), &errors);
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
            errors << loader.addUserLayer(layers, file, {cl.request.dateField, cl.request.endField}).errors;
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
