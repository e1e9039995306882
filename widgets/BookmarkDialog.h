#pragma once
// View › Bookmarks › Manage Bookmarks…: the saved views, each with its date
// and extent; Go To, Rename…, Delete, Import…, Export…. It edits the
// BookmarkStore; going to one is the caller's (goTo).

#include "Bookmark.h"

#include <QDialog>

class BookmarkStore;
class QListWidget;
class QPushButton;

class BookmarkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BookmarkDialog(BookmarkStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The actions of the buttons, without their file and name questions
    // (the buttons ask, then call these).
    bool renameCurrent(const QString &name);
    bool deleteCurrent();
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    // The last problem shown to the user ("" when none).
    QString lastError() const { return m_lastError; }

signals:
    void goTo(const Bookmark &bookmark);

private:
    void refill();
    void updateButtons();
    bool report(const QString &error);
    static QString describe(const Bookmark &b);

    BookmarkStore *m_store;
    QListWidget *m_list;
    QPushButton *m_go, *m_rename, *m_delete, *m_export;
    QString m_lastError;
};
