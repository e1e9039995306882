#pragma once
// What the headless commands share: their two output streams, loading the
// bundled data (and extra files) with every problem printed, and the JSON
// forms of sources and claims that --status and --events print.

#include "Atlas.h"
#include "CommandLine.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace CommandOutput {
QTextStream &out();
QTextStream &err();
QString dataDir(const CommandLine &cl);
// Loads the bundled data and, when asked, the extra files; prints every error.
std::shared_ptr<Atlas> loadOrReport(const CommandLine &cl, bool withExtraLayers);
QDate dateOrToday(const CommandLine &cl);
QJsonArray sourcesJson(const QList<SourceRef> &sources);
QJsonValue nullable(const QString &s);
QJsonArray claimsJson(const QList<Event::Claim> &claims);
}
