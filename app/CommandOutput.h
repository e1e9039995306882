#pragma once
// What the headless commands share: their two output streams, loading the
// bundled data (and extra files) with every problem printed, and the JSON
// forms of sources and claims that --status and --events print.

#include "Atlas.h"
#include "CommandLine.h"
#include "LayerStack.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace CommandOutput {
QTextStream &out();
QTextStream &err();
QString dataDir(const CommandLine &cl);
// Loads the bundled data and, when layers is given, the extra files (and
// --dem) into it; prints every error, and the rows of a file left out
// because a date or position cannot be read. Null when anything failed,
// with *exitCode 2 when an option is missing (--date-order), else 1.
std::shared_ptr<Atlas> loadOrReport(const CommandLine &cl, LayerStack *layers = nullptr, int *exitCode = nullptr);
QDate dateOrToday(const CommandLine &cl);
QJsonArray sourcesJson(const QList<SourceRef> &sources);
QJsonValue nullable(const QString &s);
QJsonArray claimsJson(const QList<Event::Claim> &claims);
}
