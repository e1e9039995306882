#include "BookmarkDialog.h"

#include "BookmarkStore.h"
#include "IsoDate.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

BookmarkDialog::BookmarkDialog(BookmarkStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_list(new QListWidget(this)),
      m_go(new QPushButton(tr("&Go To"), this)), m_rename(new QPushButton(tr("&Rename…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_export(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Bookmarks"));
    setObjectName(QStringLiteral("bookmarkDialog"));
    m_list->setObjectName(QStringLiteral("bookmarkList"));
    m_list->setAccessibleName(tr("Saved bookmarks"));
    m_list->setAccessibleDescription(tr("Each saved view with its date and extent. Enter goes to it."));
    auto *label = new QLabel(tr("&Saved views:"), this);
    label->setBuddy(m_list);
    auto *import = new QPushButton(tr("&Import…"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_go->setDefault(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_go, m_rename, m_delete, import, m_export})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(close);
    resize(560, 360);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &BookmarkDialog::updateButtons);
    auto go = [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_store->bookmarks().size())
            emit goTo(m_store->bookmarks()[row]);
    };
    connect(m_go, &QPushButton::clicked, this, go);
    connect(m_list, &QListWidget::itemActivated, this, go);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Bookmark"), tr("New name:"), QLineEdit::Normal,
                                                   m_store->bookmarks()[row].name, &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0
            && QMessageBox::question(this, tr("Delete Bookmark"),
                                     tr("Delete the bookmark \"%1\"?").arg(m_store->bookmarks()[row].name))
                   == QMessageBox::Yes)
            deleteCurrent();
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import bookmarks"), QString(),
                                                          tr("Bookmarks (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export bookmarks"),
                                                          QStringLiteral("bookmarks.json"),
                                                          tr("Bookmarks (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_store, &BookmarkStore::changed, this, &BookmarkDialog::refill);
    refill();
}

QString BookmarkDialog::describe(const Bookmark &b)
{
    const QString when = b.compares() ? tr("%1 and %2").arg(IsoDate::format(b.compareA), IsoDate::format(b.compareB))
                                      : IsoDate::format(b.date);
    return tr("%1 — %2, lon %3–%4°E, lat %5–%6°N")
        .arg(b.name, when)
        .arg(b.extent.left(), 0, 'f', 2)
        .arg(b.extent.right(), 0, 'f', 2)
        .arg(b.extent.top(), 0, 'f', 2)
        .arg(b.extent.bottom(), 0, 'f', 2);
}

void BookmarkDialog::refill()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Bookmark &b : m_store->bookmarks())
        m_list->addItem(describe(b));
    m_list->setCurrentRow(std::min(std::max(row, 0), m_list->count() - 1));
    updateButtons();
}

void BookmarkDialog::updateButtons()
{
    const bool any = m_list->currentRow() >= 0;
    for (QPushButton *b : {m_go, m_rename, m_delete})
        b->setEnabled(any);
    m_export->setEnabled(m_list->count() > 0);
}

bool BookmarkDialog::report(const QString &error)
{
    m_lastError = error;
    if (!error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    return error.isEmpty();
}

bool BookmarkDialog::renameCurrent(const QString &name)
{
    return report(m_store->rename(m_list->currentRow(), name));
}

bool BookmarkDialog::deleteCurrent()
{
    return report(m_store->remove(m_list->currentRow()));
}

bool BookmarkDialog::importFile(const QString &path)
{
    return report(m_store->importFrom(path));
}

bool BookmarkDialog::exportFile(const QString &path)
{
    return report(m_store->exportTo(path));
}
