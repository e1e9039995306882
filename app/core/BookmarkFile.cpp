#include "BookmarkFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace BookmarkFile {

namespace {
const QLatin1String kFormat("lacviewer-bookmarks");
}

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bookmarks.json");
}

QByteArray toJson(const QList<Bookmark> &bookmarks)
{
    QJsonArray list;
    for (const Bookmark &b : bookmarks)
        list.append(b.toJson());
    QJsonObject root;
    root.insert(kFormat, 1);
    root.insert(QStringLiteral("bookmarks"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString fromJson(const QByteArray &json, const QString &fileName, QList<Bookmark> *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        return QCoreApplication::translate("BookmarkFile", "%1:%2: not JSON: %3")
            .arg(fileName)
            .arg(line)
            .arg(error.errorString());
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(kFormat).toInt() != 1 || !root.value(QStringLiteral("bookmarks")).isArray())
        return QCoreApplication::translate("BookmarkFile",
            "%1: not a LAC Viewer bookmarks file (expected {\"%2\": 1, \"bookmarks\": [...]})")
            .arg(fileName, kFormat);
    QList<Bookmark> list;
    const QJsonArray items = root.value(QStringLiteral("bookmarks")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QString which = name.isEmpty()
            ? QCoreApplication::translate("BookmarkFile", "bookmark %1").arg(i + 1)
            : QCoreApplication::translate("BookmarkFile", "bookmark %1 \"%2\"").arg(i + 1).arg(name);
        Bookmark b;
        const QString why = items[i].isObject()
            ? Bookmark::fromJson(o, &b)
            : QCoreApplication::translate("BookmarkFile", "not an object");
        if (!why.isEmpty())
            return QStringLiteral("%1: %2: %3").arg(fileName, which, why);
        if (indexOf(list, b.name) >= 0)
            return QCoreApplication::translate("BookmarkFile", "%1: %2: the name is used twice")
                .arg(fileName, which);
        list << b;
    }
    *out = list;
    return {};
}

QString read(const QString &path, QList<Bookmark> *out)
{
    QFile file(path);
    if (!file.exists()) {
        out->clear();
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("BookmarkFile", "%1: cannot be read: %2")
            .arg(path, file.errorString());
    // A bookmarks file is small; anything huge is not one.
    if (file.size() > 16 * 1024 * 1024)
        return QCoreApplication::translate("BookmarkFile", "%1: too large for a bookmarks file").arg(path);
    return fromJson(file.readAll(), path, out);
}

QString write(const QString &path, const QList<Bookmark> &bookmarks)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("BookmarkFile", "%1: cannot be written: %2")
            .arg(path, file.errorString());
    file.write(toJson(bookmarks));
    if (!file.commit())
        return QCoreApplication::translate("BookmarkFile", "%1: cannot be written: %2")
            .arg(path, file.errorString());
    return {};
}

int indexOf(const QList<Bookmark> &bookmarks, const QString &name)
{
    for (int i = 0; i < bookmarks.size(); ++i)
        if (bookmarks[i].name == name)
            return i;
    return -1;
}

QStringList names(const QList<Bookmark> &bookmarks)
{
    QStringList n;
    for (const Bookmark &b : bookmarks)
        n << b.name;
    return n;
}

} // namespace BookmarkFile
