#pragma once
// Shared by the libFuzzer harnesses: outside bytes reach the viewer as a
// file, so each input is written to a file (in /dev/shm when there is one:
// no disk traffic) and read through the same code the window and the
// command line use.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace fuzz {

// A directory private to this process, made once.
inline QString workDir()
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        const QString d = QStringLiteral("%1/lacviewer-fuzz-%2").arg(base).arg(::getpid());
        QDir().mkpath(d);
        return d;
    }();
    return dir;
}

// Writes bytes to workDir()/name and returns the path.
inline QString writeInput(const uint8_t *data, size_t size, const QString &name)
{
    const QString path = workDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

// Removes the work directory at exit (libFuzzer exits through exit()).
struct Cleanup
{
    // Makes workDir()'s static first, so that it is destroyed after this.
    Cleanup() { workDir(); }
    ~Cleanup() { QDir(workDir()).removeRecursively(); }
};

} // namespace fuzz
