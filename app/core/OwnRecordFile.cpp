#include "OwnRecordFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("OwnRecordFile", "%1: cannot save: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QByteArray OwnRecordFile::fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("absent");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void OwnRecordFile::remember()
{
    m_known = fingerprint(m_path);
}

bool OwnRecordFile::changedOnDisk() const
{
    return !m_known.isEmpty() && fingerprint(m_path) != m_known;
}

bool OwnRecordFile::save(const QByteArray &bytes, QString *error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("OwnRecordFile", "%1: cannot save: cannot create the folder %2")
                     .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.exists()) {
        QFile current(m_path);
        if (!current.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate(
                "OwnRecordFile", "%1: cannot save: cannot read the version to back up: %2")
                         .arg(QDir::toNativeSeparators(m_path), current.errorString());
            return false;
        }
        const QByteArray previous = current.readAll();
        if (previous != bytes && !writeAtomically(backupPath(), previous, error))
            return false;
    }
    if (!writeAtomically(m_path, bytes, error))
        return false;
    m_known = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return true;
}

QString OwnRecordFile::saveCopy(const QByteArray &bytes, QString *error) const
{
    const QFileInfo info(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss"));
    const QString copy = info.absoluteDir().filePath(
        QStringLiteral("%1 (kept %2).%3").arg(info.completeBaseName(), stamp,
                                                info.suffix().isEmpty() ? QStringLiteral("geojson") : info.suffix()));
    return writeAtomically(copy, bytes, error) ? copy : QString();
}
