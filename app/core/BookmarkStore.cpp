#include "BookmarkStore.h"

#include "BookmarkFile.h"

#include <QDateTime>
#include <QFile>

BookmarkStore::BookmarkStore(const QString &path, QObject *parent)
    : QObject(parent), m_path(path.isEmpty() ? BookmarkFile::defaultPath() : path)
{
    const QString why = BookmarkFile::read(m_path, &m_bookmarks);
    if (why.isEmpty())
        return;
    // Kept for the user to look at; the next save starts a new file.
    const QString aside = m_path + QStringLiteral(".damaged-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    m_problem = QFile::rename(m_path, aside) ? tr("%1 (moved aside to %2)").arg(why, aside) : why;
    m_bookmarks.clear();
}

QString BookmarkStore::save()
{
    m_problem = BookmarkFile::write(m_path, m_bookmarks);
    emit changed();
    return m_problem;
}

QString BookmarkStore::add(const Bookmark &bookmark)
{
    if (bookmark.name.trimmed().isEmpty())
        return tr("A bookmark needs a name.");
    const int at = BookmarkFile::indexOf(m_bookmarks, bookmark.name);
    if (at >= 0)
        m_bookmarks[at] = bookmark;
    else
        m_bookmarks << bookmark;
    return save();
}

QString BookmarkStore::rename(int index, const QString &name)
{
    const QString n = name.trimmed();
    if (index < 0 || index >= m_bookmarks.size())
        return tr("No such bookmark.");
    if (n.isEmpty())
        return tr("A bookmark needs a name.");
    const int other = BookmarkFile::indexOf(m_bookmarks, n);
    if (other >= 0 && other != index)
        return tr("A bookmark called \"%1\" exists already.").arg(n);
    m_bookmarks[index].name = n;
    return save();
}

QString BookmarkStore::remove(int index)
{
    if (index < 0 || index >= m_bookmarks.size())
        return tr("No such bookmark.");
    m_bookmarks.removeAt(index);
    return save();
}

QString BookmarkStore::importFrom(const QString &file, int *count)
{
    QList<Bookmark> in;
    QString why = BookmarkFile::read(file, &in);
    if (why.isEmpty() && !QFile::exists(file))
        why = tr("%1: no such file").arg(file);
    if (!why.isEmpty())
        return why;
    for (const Bookmark &b : in) {
        const int at = BookmarkFile::indexOf(m_bookmarks, b.name);
        if (at >= 0)
            m_bookmarks[at] = b;
        else
            m_bookmarks << b;
    }
    if (count)
        *count = int(in.size());
    return save();
}

QString BookmarkStore::exportTo(const QString &file) const
{
    return BookmarkFile::write(file, m_bookmarks);
}
