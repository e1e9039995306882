#include "OwnRecordController.h"

#include "Document.h"
#include "EventDialog.h"
#include "MapCanvas.h"
#include "OwnRecordEditor.h"
#include "PlaceDialog.h"
#include "Projection.h"
#include "SelectionController.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

namespace {

// A question or a warning that does not stop the window (tests and
// playback go on while it is shown).
QMessageBox *messageBox(QWidget *window, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);   // file names and data text
    return box;
}

} // namespace

OwnRecordController::OwnRecordController(Document *document, const Parts &parts, QWidget *window)
    : QObject(window), m_document(document), m_parts(parts), m_window(window),
      m_editor(new OwnRecordEditor(document, this))
{
    m_editor->setConflictResolver([this](const QString &path) {
        QMessageBox box(QMessageBox::Warning, tr("Your Record Changed on Disk"),
                        tr("%1 was changed by another program since LAC Viewer read it.\n\n"
                           "Keep yours: your version is saved, the other one is kept beside it.\n"
                           "Take theirs: the file's version is shown, yours is kept beside it.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Cancel, m_window);
        box.setTextFormat(Qt::PlainText);
        QPushButton *mine = box.addButton(tr("Keep &Yours"), QMessageBox::AcceptRole);
        QPushButton *theirs = box.addButton(tr("Take &Theirs"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == mine)
            return OwnRecordEditor::Conflict::Overwrite;
        if (box.clickedButton() == theirs)
            return OwnRecordEditor::Conflict::Reload;
        return OwnRecordEditor::Conflict::Cancel;
    });
    connect(m_editor, &OwnRecordEditor::saved, this, [this](const QString &path) {
        emit message(tr("Saved your record: %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_editor, &OwnRecordEditor::saveFailed, this, [this](const QString &why) {
        emit message(tr("Your record is not saved: %1").arg(why), 0);
        QMessageBox *box = messageBox(m_window, QMessageBox::Warning, tr("Your Record Is Not Saved"),
                                      tr("%1\n\nYour change is kept in the window. The file on disk is as it "
                                         "was; the next change (or Undo) tries to save again.").arg(why));
        box->setStandardButtons(QMessageBox::Ok);
        box->open();
    });
    connect(m_editor, &OwnRecordEditor::copyKept, this, [this](const QString &copy) {
        emit message(tr("The other version of your record is kept as %1").arg(QDir::toNativeSeparators(copy)), 0);
    });
    connect(m_editor, &OwnRecordEditor::changedOnDisk, this, [this](const QString &path) {
        QMessageBox *box = messageBox(m_window, QMessageBox::Question, tr("Your Record Changed on Disk"),
                                      tr("%1 was changed by another program. Read it again?")
                                          .arg(QDir::toNativeSeparators(path)));
        box->setStandardButtons(QMessageBox::Yes | QMessageBox::No);
        connect(box, &QMessageBox::accepted, this, [this] {
            const LoadResult r = m_editor->reload();
            if (!r.ok())
                emit message(tr("Your record could not be read again: %1").arg(r.message()), 0);
        });
        box->open();
    });
    // The own record is checked against the bundled one: it opens once
    // that is in.
    connect(document, &Document::recordChanged, this, [this] {
        if (m_pending)
            openPending();
    });
    m_parts.canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_parts.canvas, &QWidget::customContextMenuRequested, this, &OwnRecordController::showContextMenu);
}

void OwnRecordController::addFileActions(QMenu *file)
{
    file->addAction(tr("Open &Record…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Open or start a record of your own"), m_path,
            tr("Your record (*.geojson *.json);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("record/path"), path);
        setPath(path);
    })->setObjectName(QStringLiteral("openRecordAction"));
}

void OwnRecordController::addEditActions(QMenu *edit)
{
    QAction *first = edit->actions().value(0);
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_newEvent = new QAction(tr("New &Event…"), this);
    m_newEvent->setObjectName(QStringLiteral("newEventAction"));
    m_newEvent->setShortcut(QKeySequence::New);
    m_newEvent->setStatusTip(tr("Add a dated, sourced event to your own record"));
    connect(m_newEvent, &QAction::triggered, this, [this] { newEvent(eventDraftAt(viewCentre())); });
    m_newPlace = new QAction(tr("New &Place…"), this);
    m_newPlace->setObjectName(QStringLiteral("newPlaceAction"));
    m_newPlace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newPlace, &QAction::triggered, this, [this] { newPlace(placeDraftAt(viewCentre())); });
    m_edit = new QAction(tr("Ed&it Selected…"), this);
    m_edit->setObjectName(QStringLiteral("editOwnAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, &OwnRecordController::editSelected);
    m_delete = new QAction(tr("&Delete Selected"), this);
    m_delete->setObjectName(QStringLiteral("deleteOwnAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &OwnRecordController::deleteSelected);
    for (QAction *a : {undo, redo})
        edit->insertAction(first, a);
    edit->insertSeparator(first);
    for (QAction *a : {m_newEvent, m_newPlace, m_edit, m_delete})
        edit->insertAction(first, a);
    edit->insertSeparator(first);
    // Edit and Delete name what they would act on.
    connect(edit, &QMenu::aboutToShow, this, [this] {
        const bool own = selectionIsOwn();
        m_edit->setEnabled(own);
        m_delete->setEnabled(own);
    });
    connect(edit, &QMenu::aboutToHide, this, [this] {
        m_edit->setEnabled(true);   // the shortcut says why when it cannot
        m_delete->setEnabled(true);
    });
}

void OwnRecordController::setPath(const QString &path)
{
    m_path = path;
    m_pending = true;
    if (!m_document->bundled()->flashpoints.isEmpty())
        openPending();
}

void OwnRecordController::openPending()
{
    if (m_document->bundled()->flashpoints.isEmpty())
        return;
    m_pending = false;
    const LoadResult r = m_editor->open(m_path);
    if (r.ok()) {
        const OwnRecord &record = m_editor->record();
        if (!record.isEmpty())
            emit message(tr("Your record: %L1 events and %L2 places from %3")
                             .arg(record.events.size()).arg(record.places.size())
                             .arg(QDir::toNativeSeparators(m_path)), 8000);
        return;
    }
    QStringList lines;
    for (const DataError &e : r.errors)
        lines << e.toString();
    emit message(tr("Your record could not be opened: %1").arg(r.message()), 0);
    QMessageBox *box = messageBox(m_window, QMessageBox::Warning, tr("Your Record Could Not Be Opened"),
                                  tr("%1 is left as it is; the window shows the bundled record.\n\n%2")
                                      .arg(QDir::toNativeSeparators(m_path), lines.mid(0, 12).join(QLatin1Char('\n'))));
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

bool OwnRecordController::selectionIsOwn() const
{
    const QString id = m_parts.selection->selection();
    return !id.isEmpty() && m_editor->record().indexOf(id) >= 0;
}

GeoPoint OwnRecordController::viewCentre() const
{
    GeoPoint g;
    Projection::instance().inverse(m_parts.canvas->settings().center, &g);
    return g;
}

EventDraft OwnRecordController::eventDraftAt(const GeoPoint &position) const
{
    EventDraft d;
    d.date = QDate::currentDate();
    const Atlas &atlas = *m_document->record();
    const QString id = m_parts.selection->selection();
    if (atlas.flashpoint(id)) {
        d.flashpoints << id;
    } else if (const Place *p = atlas.place(id)) {
        d.place = p->id;
        if (!p->flashpoint.isEmpty())
            d.flashpoints << p->flashpoint;
    } else {
        d.hasPoint = true;
        d.lon = position.lon;
        d.lat = position.lat;
    }
    d.scope = d.flashpoints.isEmpty() ? QStringLiteral("elsewhere") : QStringLiteral("flashpoint");
    return d;
}

PlaceDraft OwnRecordController::placeDraftAt(const GeoPoint &position) const
{
    PlaceDraft d;
    d.lon = position.lon;
    d.lat = position.lat;
    if (m_document->record()->flashpoint(m_parts.selection->selection()))
        d.flashpoint = m_parts.selection->selection();
    return d;
}

void OwnRecordController::newEvent(const EventDraft &draft)
{
    if (m_editor->path().isEmpty()) {
        emit message(tr("No record of yours is open: File › Open Record… opens or starts one"), 8000);
        return;
    }
    const QString id = draft.id;
    auto *dialog = new EventDialog(*m_document->record(), draft,
                                   [this, id](const EventDraft &d, DataErrors *warnings) {
                                       return m_editor->checkEvent(id, d, warnings);
                                   },
                                   m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const EventDraft d = dialog->draft();
        QString added = id;
        const LoadResult r = id.isEmpty() ? m_editor->addEvent(d, &added) : m_editor->changeEvent(id, d);
        if (!r.ok()) {
            emit message(r.message(), 0);
            return;
        }
        // Shown where it happened, on its date, in the details.
        const Atlas &atlas = *m_document->record();
        for (int i = 0; i < atlas.events.size(); ++i)
            if (atlas.events[i].id == added)
                m_parts.selection->activateEvent(i);
    });
    dialog->open();
}

void OwnRecordController::newPlace(const PlaceDraft &draft)
{
    if (m_editor->path().isEmpty()) {
        emit message(tr("No record of yours is open: File › Open Record… opens or starts one"), 8000);
        return;
    }
    const QString id = draft.id;
    auto *dialog = new PlaceDialog(*m_document->record(), draft,
                                   [this, id](const PlaceDraft &d, DataErrors *warnings) {
                                       return m_editor->checkPlace(id, d, warnings);
                                   },
                                   m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        QString added = id;
        const LoadResult r = id.isEmpty() ? m_editor->addPlace(dialog->draft(), &added)
                                          : m_editor->changePlace(id, dialog->draft());
        if (!r.ok())
            emit message(r.message(), 0);
        else
            m_parts.selection->select(added);
    });
    dialog->open();
}

void OwnRecordController::editSelected()
{
    const OwnRecord &record = m_editor->record();
    const int i = record.indexOf(m_parts.selection->selection());
    if (i < 0) {
        emit message(tr("Select an event or place of your record to edit it (the bundled record is read-only)"), 6000);
        return;
    }
    if (record.isEvent(i))
        newEvent(EventDraft::fromFeature(record.features[i]));
    else
        newPlace(PlaceDraft::fromFeature(record.features[i]));
}

void OwnRecordController::deleteSelected()
{
    const QString id = m_parts.selection->selection();
    if (m_editor->record().indexOf(id) < 0) {
        emit message(tr("Select an event or place of your record to delete it (the bundled record is read-only)"), 6000);
        return;
    }
    const LoadResult r = m_editor->remove(id);
    if (!r.ok()) {
        emit message(tr("Not deleted: %1").arg(r.errors.isEmpty() ? QString() : r.errors.front().message), 0);
        return;
    }
    m_parts.selection->select(QString());
    emit message(tr("Deleted from your record (Edit › Undo brings it back)"), 6000);
}

void OwnRecordController::showContextMenu(const QPoint &pos)
{
    GeoPoint g;
    if (!Projection::instance().inverse(m_parts.canvas->settings().transform().toMap(QPointF(pos)), &g))
        return;
    QMenu menu(m_window);
    menu.addAction(tr("New &Event Here…"), this, [this, g] {
        EventDraft d = eventDraftAt(g);
        // Here means here: the clicked point, whatever is selected.
        d.hasPoint = true;
        d.lon = g.lon;
        d.lat = g.lat;
        newEvent(d);
    });
    menu.addAction(tr("New &Place Here…"), this, [this, g] { newPlace(placeDraftAt(g)); });
    if (selectionIsOwn()) {
        menu.addSeparator();
        menu.addAction(m_edit);
        menu.addAction(m_delete);
    }
    menu.exec(m_parts.canvas->mapToGlobal(pos));
}
