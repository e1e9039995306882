#pragma once
// The bookmarks as a JSON file: the window keeps them in the user's data
// directory (defaultPath()), and View › Bookmarks › Export/Import writes and
// reads the same format anywhere (described in docs/data-format.md). Saves
// are atomic (QSaveFile); a bad file is refused whole with a message naming
// it and what is wrong, never read in part. Plain Qt Core.

#include "Bookmark.h"

#include <QList>
#include <QString>

namespace BookmarkFile {

// $XDG_DATA_HOME/lacviewer/lacviewer/bookmarks.json (QStandardPaths::AppDataLocation).
QString defaultPath();

QByteArray toJson(const QList<Bookmark> &bookmarks);
// The reason, starting "FILE:" (or "FILE:LINE:" for broken JSON), when the
// text is not a bookmark file; empty when *out is set.
QString fromJson(const QByteArray &json, const QString &fileName, QList<Bookmark> *out);

// A file that does not exist reads as no bookmarks.
QString read(const QString &path, QList<Bookmark> *out);
QString write(const QString &path, const QList<Bookmark> &bookmarks);

int indexOf(const QList<Bookmark> &bookmarks, const QString &name);
QStringList names(const QList<Bookmark> &bookmarks);

} // namespace BookmarkFile
