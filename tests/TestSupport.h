#pragma once
// What several test programs need: the bundled data set, loaded once, and the
// lacviewer executable run as a user runs it on a server (no display).

#include "AtlasLoader.h"
#include "LayerReader.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace TestSupport {

// The bundled atlas from the source tree; null (with the first error in
// *firstError) if it does not load.
inline AtlasPtr bundledAtlas(QString *firstError = nullptr)
{
    LayerReader::configureGdal();
    DataErrors errors;
    auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
    if (firstError && !errors.isEmpty())
        *firstError = errors.front().toString();
    return atlas;
}

struct Run {
    int code = -1;   // -2: crashed; -1: did not finish
    QString out;
    QString err;
};

// Runs lacviewer with no DISPLAY and no QT_QPA_PLATFORM.
inline Run lacviewer(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LAC_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace TestSupport
