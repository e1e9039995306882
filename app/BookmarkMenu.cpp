#include "BookmarkMenu.h"

#include "Atlas.h"
#include "BookmarkDialog.h"
#include "BookmarkStore.h"
#include "CompareController.h"
#include "DateComparison.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "Projection.h"
#include "TimeCursor.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <algorithm>

BookmarkMenu::BookmarkMenu(MainWindow *window, TimeCursor *time, DateComparison *comparison, QMenu *viewMenu)
    : QObject(window), m_window(window), m_time(time), m_comparison(comparison),
      m_store(new BookmarkStore(QString(), this)), m_menu(viewMenu->addMenu(tr("&Bookmarks")))
{
    m_menu->setObjectName(QStringLiteral("bookmarksMenu"));
    if (!m_store->problem().isEmpty()) {
        qWarning("lacviewer: %s", qPrintable(m_store->problem()));
        window->statusBar()->showMessage(tr("Bookmarks: %1").arg(m_store->problem()), 15000);
    }
    connect(m_store, &BookmarkStore::changed, this, &BookmarkMenu::rebuild);
    rebuild();
}

void BookmarkMenu::rebuild()
{
    m_menu->clear();
    QAction *add = m_menu->addAction(tr("&Add Bookmark…"), this, &BookmarkMenu::addBookmark);
    add->setObjectName(QStringLiteral("addBookmarkAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_menu->addAction(tr("&Manage Bookmarks…"), this, &BookmarkMenu::showManager)
        ->setObjectName(QStringLiteral("manageBookmarksAction"));
    m_menu->addAction(tr("&Import Bookmarks…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import bookmarks"), QString(),
                                                          tr("Bookmarks (*.json);;All files (*)"));
        int count = 0;
        const QString why = path.isEmpty() ? QString() : m_store->importFrom(path, &count);
        if (!why.isEmpty())
            QMessageBox::warning(m_window, tr("Import Bookmarks"), tr("Nothing was imported.\n\n%1").arg(why));
        else if (!path.isEmpty())
            m_window->statusBar()->showMessage(tr("Imported %n bookmark(s)", nullptr, count), 5000);
    });
    QAction *exportAction = m_menu->addAction(tr("&Export Bookmarks…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export bookmarks"),
                                                          QStringLiteral("bookmarks.json"), tr("Bookmarks (*.json)"));
        const QString why = path.isEmpty() ? QString() : m_store->exportTo(path);
        if (!why.isEmpty())
            QMessageBox::warning(m_window, tr("Export Bookmarks"), tr("Nothing was written.\n\n%1").arg(why));
    });
    exportAction->setEnabled(!m_store->bookmarks().isEmpty());
    if (m_store->bookmarks().isEmpty())
        return;
    m_menu->addSeparator();
    for (const Bookmark &b : m_store->bookmarks()) {
        // "&" in a name is text, not a mnemonic.
        QAction *go = m_menu->addAction(QString(b.name).replace(QLatin1Char('&'), QStringLiteral("&&")));
        go->setData(b.name);
        connect(go, &QAction::triggered, this, [this, b] { apply(b); });
    }
}

Bookmark BookmarkMenu::current(const QString &name) const
{
    Bookmark b;
    b.name = name.trimmed();
    const MapSettings s = m_window->canvas()->settings();
    // The extent across the middle of the view, each side inside the data
    // box (what --extent and an import accept).
    const ViewTransform t = s.transform();
    const double w = s.size.width(), h = s.size.height();
    GeoPoint west, east, south, north;
    const Projection &proj = Projection::instance();
    proj.inverse(t.toMap(QPointF(0, h / 2)), &west);
    proj.inverse(t.toMap(QPointF(w, h / 2)), &east);
    proj.inverse(t.toMap(QPointF(w / 2, h)), &south);
    proj.inverse(t.toMap(QPointF(w / 2, 0)), &north);
    const QRectF box = Atlas::dataBox();
    b.extent = QRectF(QPointF(std::max(west.lon, box.left()), std::max(south.lat, box.top())),
                      QPointF(std::min(east.lon, box.right()), std::min(north.lat, box.bottom())));
    b.date = m_time->date();
    b.window = m_time->window();
    b.windowDays = m_time->windowDays();
    b.hiddenLayers = QStringList(s.hiddenLayers.cbegin(), s.hiddenLayers.cend());
    b.hiddenLayers.sort();
    if (m_comparison->isActive()) {
        b.compareA = m_comparison->dateA();
        b.compareB = m_comparison->dateB();
    }
    return b;
}

void BookmarkMenu::apply(const Bookmark &bookmark)
{
    if (!bookmark.compares() && m_comparison->isActive())
        m_window->compare()->stop();
    ViewRequest request;
    bookmark.applyTo(request);
    m_window->applyRequest(request);
    // The view comes back as it was saved: the extent across the whole map
    // (applyRequest frames it clear of the legend, as --extent does).
    if (m_window->document()->record()->flashpoints.isEmpty())
        return;
    const QRectF &e = bookmark.extent;
    const Projection &proj = Projection::instance();
    QPointF west, east, south, north;
    proj.forward(GeoPoint{e.left(), e.center().y()}, &west);
    proj.forward(GeoPoint{e.right(), e.center().y()}, &east);
    proj.forward(GeoPoint{e.center().x(), e.top()}, &south);
    proj.forward(GeoPoint{e.center().x(), e.bottom()}, &north);
    MapCanvas *canvas = m_window->canvas();
    canvas->setView(QPointF((west.x() + east.x()) / 2, (south.y() + north.y()) / 2),
                    std::max((east.x() - west.x()) / std::max(1, canvas->width()),
                             (north.y() - south.y()) / std::max(1, canvas->height())));
    m_window->statusBar()->showMessage(tr("Bookmark \"%1\"").arg(bookmark.name), 4000);
}

void BookmarkMenu::addBookmark()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Add Bookmark"), tr("Name of this view:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    for (const Bookmark &b : m_store->bookmarks())
        if (b.name == name
            && QMessageBox::question(m_window, tr("Add Bookmark"),
                                     tr("A bookmark called \"%1\" exists. Replace it with this view?").arg(name))
                   != QMessageBox::Yes)
            return;
    const QString why = m_store->add(current(name));
    if (!why.isEmpty())
        QMessageBox::warning(m_window, tr("Add Bookmark"), why);
}

void BookmarkMenu::showManager()
{
    auto *dialog = m_window->findChild<BookmarkDialog *>();
    if (!dialog) {
        dialog = new BookmarkDialog(m_store, m_window);
        connect(dialog, &BookmarkDialog::goTo, this, &BookmarkMenu::apply);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}
