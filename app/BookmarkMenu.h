#pragma once
// View › Bookmarks: Add Bookmark… (the view now: extent, date, display
// window, hidden layers, the compared dates), Manage Bookmarks…, Import…,
// Export…, and one entry per bookmark to go back to it. The bookmarks live
// in a BookmarkStore (the user's data directory); going to one applies it
// as the command line's --bookmark does, through MainWindow::applyRequest.

#include "Bookmark.h"

#include <QObject>

class BookmarkStore;
class DateComparison;
class MainWindow;
class QMenu;
class TimeCursor;

class BookmarkMenu : public QObject
{
    Q_OBJECT
public:
    BookmarkMenu(MainWindow *window, TimeCursor *time, DateComparison *comparison, QMenu *viewMenu);

    BookmarkStore *store() const { return m_store; }
    // The view now, as a bookmark called name.
    Bookmark current(const QString &name) const;
    void apply(const Bookmark &bookmark);
    // Manage Bookmarks… (not modal: the map moves behind it).
    void showManager();

private:
    void addBookmark();
    void rebuild();

    MainWindow *m_window;
    TimeCursor *m_time;
    DateComparison *m_comparison;
    BookmarkStore *m_store;
    QMenu *m_menu;
};
