// libFuzzer: any bytes as the settings file (~/.config/lacviewer/
// lacviewer.conf), through SettingsGuard::check. Invariants: a file judged
// fine parses without a format error; a damaged one is moved aside intact
// (same bytes) and never deleted.

#include "FuzzInput.h"
#include "SettingsGuard.h"

#include <QSettings>
#include <QTemporaryFile>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::Cleanup cleanup;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("lacviewer.conf"));
    const SettingsGuard::Result r = SettingsGuard::check(path);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (r.ok) {
        if (!r.warning.isEmpty() || !r.movedTo.isEmpty())
            std::abort();
        QTemporaryFile copy;
        if (copy.open() && copy.write(bytes) == bytes.size() && copy.flush()) {
            QSettings s(copy.fileName(), QSettings::IniFormat);
            s.allKeys();
            if (s.status() == QSettings::FormatError)
                std::abort();
        }
        QFile::remove(path);
        return 0;
    }
    if (r.warning.isEmpty() || r.movedTo.isEmpty())
        std::abort();
    QFile moved(r.movedTo);
    if (!moved.open(QIODevice::ReadOnly) || moved.readAll() != bytes)
        std::abort();
    moved.close();
    QFile::remove(r.movedTo);
    return 0;
}
