#include "SettingsGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryFile>

namespace SettingsGuard {

qint64 maxBytes()
{
    return 1024 * 1024;
}

namespace {

// Why the file cannot be used as settings, or empty when it can.
QString problem(const QString &file)
{
    const QFileInfo info(file);
    if (info.isDir())
        return QCoreApplication::translate("SettingsGuard", "is a directory");
    if (!info.isFile())
        return QCoreApplication::translate("SettingsGuard", "is not a regular file");
    if (info.size() > maxBytes())
        return QCoreApplication::translate("SettingsGuard", "is %1 bytes, too large for a settings file").arg(info.size());
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("SettingsGuard", "cannot be read: %1").arg(f.errorString());
    const QByteArray bytes = f.readAll();
    if (bytes.contains('\0'))
        return QCoreApplication::translate("SettingsGuard", "holds binary data");
    // Parse a private copy: QSettings caches files by name, and a copy under
    // a new name is always read from its bytes.
    QTemporaryFile copy;
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        return {}; // cannot check; leave the file alone
    QSettings settings(copy.fileName(), QSettings::IniFormat);
    settings.allKeys(); // QSettings reads the file, and sets its status, on first use
    if (settings.status() == QSettings::FormatError)
        return QCoreApplication::translate("SettingsGuard", "is not a valid settings file");
    return {};
}

} // namespace

Result check(const QString &given)
{
    Result r;
    r.file = given.isEmpty() ? QSettings().fileName() : given;
    const QFileInfo info(r.file);
    if (!info.exists() && !info.isSymLink())
        return r; // first start: defaults, nothing to protect
    const QString why = problem(r.file);
    if (why.isEmpty())
        return r;
    r.ok = false;
    const QString base = r.file + QStringLiteral(".corrupt-")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
        aside = base + QStringLiteral("-%1").arg(n);
    if (QFile::rename(r.file, aside)) {
        r.movedTo = aside;
        r.warning = QCoreApplication::translate("SettingsGuard", "The settings file %1 %2; it was kept as %3 and the default "
                                   "settings are used.")
                        .arg(r.file, why, aside);
    } else {
        r.warning = QCoreApplication::translate("SettingsGuard", "The settings file %1 %2 and could not be moved aside; the "
                                   "default settings are used.")
                        .arg(r.file, why);
    }
    return r;
}

} // namespace SettingsGuard
