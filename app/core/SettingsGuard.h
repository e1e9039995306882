#pragma once
// Keeps a damaged settings file from being lost or silently overwritten.
//
// QSettings writes atomically on Linux (QSaveFile: a temporary file renamed
// over the old one; atomicSyncRequired() is true by default), so a crash
// while saving never leaves half a file. But when the file it reads is not
// valid (status FormatError: garbage, a binary file, a truncated section)
// QSettings starts from nothing and, at the next sync, replaces the file
// with what it has: the user's file is gone and nobody was told.
//
// check() runs before anything reads the settings. A file that QSettings
// cannot parse, that holds NUL bytes, that is over maxBytes(), or that is not
// a regular file, is renamed aside to "<file>.corrupt-YYYYMMDD-hhmmss" (never
// deleted) and a one-line warning says so; the viewer then starts from its
// defaults and writes a fresh file when it next saves.

#include <QString>

namespace SettingsGuard {

struct Result
{
    bool ok = true;          // the file is absent or fine; nothing was done
    QString file;            // the settings file checked
    QString movedTo;         // where a damaged file was moved, if it was
    QString warning;         // one line for stderr / the status bar; empty when ok
};

// Checks the file QSettings would use for the application and organisation
// names already set (QSettings().fileName()), or the given file.
Result check(const QString &file = QString());

// Settings files over this size are taken as damaged (ours are a few KB).
qint64 maxBytes();

} // namespace SettingsGuard
