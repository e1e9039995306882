#pragma once
// The window's side of the user's own record: Edit › New Event…, New
// Place…, Edit and Delete of what is selected, Undo and Redo; File › Open
// Record…; "New Event Here…" on the map's context menu (right click). The
// dialogs are opened window-modal and the edit is made when they are
// accepted; the editor checks and saves. Questions (a file changed by
// another program) and messages go to the user here, never from the core.

#include "EventDraft.h"
#include "GeoPoint.h"
#include "PlaceDraft.h"

#include <QObject>

class Document;
class MapCanvas;
class OwnRecordEditor;
class QAction;
class QMenu;
class QWidget;
class SelectionController;

class OwnRecordController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        MapCanvas *canvas;
        SelectionController *selection;
    };
    OwnRecordController(Document *document, const Parts &parts, QWidget *window);
    // File › Open Record…, where the window's File menu has it.
    void addFileActions(QMenu *file);
    // Undo, Redo, New Event…, New Place…, Edit…, Delete, at the top of Edit.
    void addEditActions(QMenu *edit);

    OwnRecordEditor *editor() const { return m_editor; }
    // The record to open (--record, File › Open Record…, the one last used,
    // else OwnRecord::defaultPath()); opened once the bundled record is in.
    void setPath(const QString &path);
    QString path() const { return m_path; }

    // The dialogs, opened window-modal (the edit follows their OK).
    void newEvent(const EventDraft &draft);
    void newPlace(const PlaceDraft &draft);
    void editSelected();
    void deleteSelected();
    // A new event's or place's draft at what is selected (a flashpoint, a
    // place), else at position.
    EventDraft eventDraftAt(const GeoPoint &position) const;
    PlaceDraft placeDraftAt(const GeoPoint &position) const;

    QAction *newEventAction() const { return m_newEvent; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

signals:
    void message(const QString &text, int timeoutMs);

private:
    void openPending();
    void showContextMenu(const QPoint &pos);
    bool selectionIsOwn() const;
    GeoPoint viewCentre() const;

    Document *m_document;
    Parts m_parts;
    QWidget *m_window;
    OwnRecordEditor *m_editor;
    QString m_path;
    bool m_pending = false;
    QAction *m_newEvent = nullptr, *m_newPlace = nullptr, *m_edit = nullptr, *m_delete = nullptr;
};
