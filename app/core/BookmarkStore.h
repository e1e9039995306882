#pragma once
// The window's bookmarks: a list kept in a file (BookmarkFile's format),
// written atomically after every change, so a crash loses nothing. Names
// are unique; adding one under a name in use replaces it. Import merges a
// file in (a name in use is replaced); a bad file changes nothing. A
// damaged store is moved aside, never overwritten. Plain Qt Core.

#include "Bookmark.h"

#include <QList>
#include <QObject>
#include <QString>

class BookmarkStore : public QObject
{
    Q_OBJECT
public:
    // Reads path (BookmarkFile::defaultPath() when empty).
    explicit BookmarkStore(const QString &path = QString(), QObject *parent = nullptr);

    QString path() const { return m_path; }
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    // Why the store could not be read or written last ("" when all is well).
    QString problem() const { return m_problem; }

    // Each returns the reason it could not (empty on success).
    QString add(const Bookmark &bookmark);
    QString rename(int index, const QString &name);
    QString remove(int index);
    // Merges the bookmarks of a file in; *count: how many it had.
    QString importFrom(const QString &file, int *count = nullptr);
    QString exportTo(const QString &file) const;

signals:
    void changed();

private:
    QString save();

    QString m_path;
    QList<Bookmark> m_bookmarks;
    QString m_problem;
};
