#pragma once
// Edits the user's own record: every edit is checked as the saved file will
// be (schema, ids against the bundled record, the source policy), pushed on
// an undo stack, saved at once (atomically, the previous version kept as a
// backup) and handed to the Document, so every panel follows. A file changed
// by another program since it was read is never overwritten unasked: the
// resolver chooses, and whichever version is not kept in the file is saved
// beside it. Nothing the user made is lost: a save that fails keeps the edit
// in the window, marked unsaved, until a later save succeeds.

#include "Document.h"
#include "EventDraft.h"
#include "LoadResult.h"
#include "OwnRecord.h"
#include "OwnRecordFile.h"
#include "PlaceDraft.h"

#include <QObject>
#include <functional>

class QFileSystemWatcher;
class QUndoStack;

class OwnRecordEditor : public QObject
{
    Q_OBJECT
public:
    explicit OwnRecordEditor(Document *document, QObject *parent = nullptr);
    ~OwnRecordEditor() override;

    QUndoStack *undoStack() const { return m_undo; }
    const OwnRecord &record() const { return *m_record; }
    QString path() const { return m_file.path(); }
    // The file holds what the window shows.
    bool isSaved() const { return m_saved; }
    QString lastError() const { return m_lastError; }

    // Makes path the record (a file that does not exist yet is an empty
    // record, created by the first edit). On failure the current record
    // stays and the result says why; on success the undo history starts
    // afresh.
    LoadResult open(const QString &path);
    // Reads the file again (after a change made elsewhere).
    LoadResult reload();

    // Each edit returns what the check found; on failure nothing changed.
    // Warnings (a publisher the policy does not know) do not stop an edit.
    // The id of what was added is put in newId.
    LoadResult addEvent(EventDraft draft, QString *newId = nullptr, DataErrors *warnings = nullptr);
    LoadResult changeEvent(const QString &id, const EventDraft &draft, DataErrors *warnings = nullptr);
    LoadResult addPlace(PlaceDraft draft, QString *newId = nullptr, DataErrors *warnings = nullptr);
    LoadResult changePlace(const QString &id, const PlaceDraft &draft, DataErrors *warnings = nullptr);
    // An event or place; a place that an event of the record refers to
    // cannot go (the check says which).
    LoadResult remove(const QString &id);
    // The check alone (the dialogs ask before they close).
    LoadResult checkEvent(const QString &id, const EventDraft &draft, DataErrors *warnings = nullptr) const;
    LoadResult checkPlace(const QString &id, const PlaceDraft &draft, DataErrors *warnings = nullptr) const;

    // Saves what is shown (after a failed save).
    bool save();

    // When the file changed on disk since it was read or written: Overwrite
    // writes the window's version (the other one saved beside it), Reload
    // takes the file's (the window's version saved beside it), Cancel keeps
    // the window's unsaved. Without a resolver the answer is Cancel.
    enum class Conflict { Overwrite, Reload, Cancel };
    void setConflictResolver(std::function<Conflict(const QString &path)> resolver);

    // Used by the undo commands: shows and saves a version of the record.
    void apply(OwnRecordPtr version);

signals:
    void saved(const QString &path);
    void saveFailed(const QString &message);
    // Another program changed the file while nothing was unsaved.
    void changedOnDisk(const QString &path);
    // A version not kept in the file was written beside it.
    void copyKept(const QString &copyPath);
    void recordOpened(const QString &path);

private:
    LoadResult push(QList<QJsonObject> features, const QString &text, DataErrors *warnings);
    LoadResult checked(const QList<QJsonObject> &features, OwnRecord *out, DataErrors *warnings) const;
    void watch();
    void onFileChanged();
    const Atlas &bundled() const { return *m_document->bundled(); }

    Document *m_document;
    QUndoStack *m_undo;
    QFileSystemWatcher *m_watcher = nullptr;
    OwnRecordPtr m_record;
    OwnRecordFile m_file;
    bool m_saved = true;
    QString m_lastError;
    std::function<Conflict(const QString &)> m_resolver;
};
