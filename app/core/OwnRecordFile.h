#pragma once
// The file behind the user's own record: saved atomically (QSaveFile) with
// the version it replaces kept beside it as a backup, and compared with what
// the viewer last read or wrote, so a change made by another program (an
// editor, a synced folder) is noticed before it could be overwritten.

#include <QByteArray>
#include <QString>

class OwnRecordFile
{
public:
    explicit OwnRecordFile(QString path = QString()) : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    // path + ".bak": the previous version, after the first save over one.
    QString backupPath() const { return m_path + QStringLiteral(".bak"); }

    // The file as it is now is the one the viewer knows (after a read).
    void remember();
    // The file differs from the one the viewer last read or wrote: changed,
    // created or deleted by someone else.
    bool changedOnDisk() const;

    // Writes bytes atomically, the previous content first copied to
    // backupPath() (also atomically). On failure the file is untouched and
    // error says why, naming the file.
    bool save(const QByteArray &bytes, QString *error);
    // Writes bytes to a new file beside the record ("… (kept <stamp>).geojson"),
    // for a version that must not be lost; returns its path, empty on failure.
    QString saveCopy(const QByteArray &bytes, QString *error) const;

private:
    static QByteArray fingerprint(const QString &path);

    QString m_path;
    QByteArray m_known;   // fingerprint of the content last read or written
};
