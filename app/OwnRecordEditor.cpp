#include "OwnRecordEditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

// One edit: the record before and after it, whole (a record is small, and
// whole versions make undo exact whatever the edit touched).
class OwnRecordCommand : public QUndoCommand
{
public:
    OwnRecordCommand(OwnRecordEditor *editor, OwnRecordPtr before, OwnRecordPtr after, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override { m_editor->apply(m_after); }
    void undo() override { m_editor->apply(m_before); }

private:
    OwnRecordEditor *m_editor;
    OwnRecordPtr m_before, m_after;
};

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text.left(60));
}

QString newIdFor(const OwnRecord &record, const EventDraft &d, const Atlas &bundled)
{
    return record.newEventId(d.date, d.title, bundled);
}

QString newIdFor(const OwnRecord &record, const PlaceDraft &d, const Atlas &bundled)
{
    return record.newPlaceId(d.name, bundled);
}

// The record's features with the draft in place of the feature id (keeping
// what the draft does not edit), or, when id is not in the record, added
// under the draft's id or a new one; *placed is the id it has there. The one
// way every check and edit builds the record it would save.
template<typename Draft>
QList<QJsonObject> withDraft(const OwnRecord &record, Draft d, const QString &id, const Atlas &bundled,
                             QString *placed = nullptr)
{
    QList<QJsonObject> features = record.features;
    const int i = id.isEmpty() ? -1 : record.indexOf(id);
    if (i >= 0) {
        d.id = id;
        features[i] = d.toFeature(features[i]);
    } else {
        if (d.id.isEmpty())
            d.id = newIdFor(record, d, bundled);
        features.append(d.toFeature());
    }
    if (placed)
        *placed = d.id;
    return features;
}

} // namespace

OwnRecordEditor::OwnRecordEditor(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_undo(new QUndoStack(this)),
      m_record(std::make_shared<OwnRecord>())
{
}

OwnRecordEditor::~OwnRecordEditor() = default;

void OwnRecordEditor::setConflictResolver(std::function<Conflict(const QString &)> resolver)
{
    m_resolver = std::move(resolver);
}

LoadResult OwnRecordEditor::open(const QString &path)
{
    OwnRecord read;
    const LoadResult result = OwnRecord::read(path, bundled(), &read);
    if (!result.ok())
        return result;
    m_record = std::make_shared<OwnRecord>(std::move(read));
    m_file = OwnRecordFile(path);
    m_file.remember();
    m_saved = true;
    m_lastError.clear();
    m_undo->clear();
    m_document->setOwnRecord(m_record);
    watch();
    emit recordOpened(path);
    return result;
}

LoadResult OwnRecordEditor::reload()
{
    return open(m_file.path());
}

LoadResult OwnRecordEditor::checked(const QList<QJsonObject> &features, OwnRecord *out,
                                    DataErrors *warnings) const
{
    return OwnRecord::check(m_file.path(), features, bundled(), out, warnings);
}

LoadResult OwnRecordEditor::push(QList<QJsonObject> features, const QString &text, DataErrors *warnings)
{
    auto next = std::make_shared<OwnRecord>();
    const LoadResult result = checked(features, next.get(), warnings);
    if (result.ok())
        m_undo->push(new OwnRecordCommand(this, m_record, std::move(next), text));
    return result;
}

LoadResult OwnRecordEditor::checkEvent(const QString &id, const EventDraft &draft, DataErrors *warnings) const
{
    OwnRecord out;
    return checked(withDraft(*m_record, draft, id, bundled()), &out, warnings);
}

LoadResult OwnRecordEditor::checkPlace(const QString &id, const PlaceDraft &draft, DataErrors *warnings) const
{
    OwnRecord out;
    return checked(withDraft(*m_record, draft, id, bundled()), &out, warnings);
}

LoadResult OwnRecordEditor::addEvent(EventDraft draft, QString *newId, DataErrors *warnings)
{
    return push(withDraft(*m_record, draft, QString(), bundled(), newId),
                tr("Add event %1").arg(quoted(draft.title)), warnings);
}

LoadResult OwnRecordEditor::changeEvent(const QString &id, const EventDraft &draft, DataErrors *warnings)
{
    const int i = m_record->indexOf(id);
    if (i < 0 || !m_record->isEvent(i))
        return LoadResult::failed(path(), tr("there is no event \"%1\" in your record").arg(id));
    return push(withDraft(*m_record, draft, id, bundled()), tr("Edit event %1").arg(quoted(draft.title)), warnings);
}

LoadResult OwnRecordEditor::addPlace(PlaceDraft draft, QString *newId, DataErrors *warnings)
{
    return push(withDraft(*m_record, draft, QString(), bundled(), newId),
                tr("Add place %1").arg(quoted(draft.name)), warnings);
}

LoadResult OwnRecordEditor::changePlace(const QString &id, const PlaceDraft &draft, DataErrors *warnings)
{
    const int i = m_record->indexOf(id);
    if (i < 0 || m_record->isEvent(i))
        return LoadResult::failed(path(), tr("there is no place \"%1\" in your record").arg(id));
    return push(withDraft(*m_record, draft, id, bundled()), tr("Edit place %1").arg(quoted(draft.name)), warnings);
}

LoadResult OwnRecordEditor::remove(const QString &id)
{
    const int i = m_record->indexOf(id);
    if (i < 0)
        return LoadResult::failed(path(), tr("\"%1\" is not in your record").arg(id));
    QList<QJsonObject> features = m_record->features;
    const QString title = features[i].value(QStringLiteral("properties")).toObject()
                              .value(m_record->isEvent(i) ? QStringLiteral("title") : QStringLiteral("name")).toString();
    features.removeAt(i);
    return push(features, tr("Delete %1").arg(quoted(title)), nullptr);
}

void OwnRecordEditor::apply(OwnRecordPtr version)
{
    m_record = std::move(version);
    m_document->setOwnRecord(m_record);
    save();
}

bool OwnRecordEditor::save()
{
    QString error;
    if (m_file.changedOnDisk()) {
        const Conflict choice = m_resolver ? m_resolver(m_file.path()) : Conflict::Cancel;
        if (choice == Conflict::Cancel) {
            m_saved = false;
            m_lastError = tr("%1 was changed by another program; your change is not saved yet")
                              .arg(m_file.path());
            emit saveFailed(m_lastError);
            return false;
        }
        if (choice == Conflict::Reload) {
            OwnRecord theirs;
            const LoadResult read = OwnRecord::read(m_file.path(), bundled(), &theirs);
            if (!read.ok()) {
                m_saved = false;
                m_lastError = tr("cannot take the version on disk: %1").arg(read.message());
                emit saveFailed(m_lastError);
                return false;
            }
            const QString copy = m_file.saveCopy(m_record->toJson(), &error);
            if (copy.isEmpty()) {
                m_saved = false;
                m_lastError = error;
                emit saveFailed(error);
                return false;
            }
            emit copyKept(copy);
            m_record = std::make_shared<OwnRecord>(std::move(theirs));
            m_file.remember();
            m_saved = true;
            m_document->setOwnRecord(m_record);
            // The history described the other version; not from inside
            // the command that is running now.
            QTimer::singleShot(0, m_undo, &QUndoStack::clear);
            emit saved(m_file.path());
            return true;
        }
        // Overwrite: theirs is kept beside the file first.
        QFile current(m_file.path());
        if (current.open(QIODevice::ReadOnly)) {
            const QString copy = m_file.saveCopy(current.readAll(), &error);
            if (copy.isEmpty()) {
                m_saved = false;
                m_lastError = error;
                emit saveFailed(error);
                return false;
            }
            emit copyKept(copy);
        }
    }
    if (!m_file.save(m_record->toJson(), &error)) {
        m_saved = false;
        m_lastError = error;
        emit saveFailed(error);
        return false;
    }
    m_saved = true;
    m_lastError.clear();
    watch();
    emit saved(m_file.path());
    return true;
}

void OwnRecordEditor::watch()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &OwnRecordEditor::onFileChanged);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &OwnRecordEditor::onFileChanged);
    }
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    // The folder too: an editor that saves by replacing the file ends the
    // watch on the old one.
    const QFileInfo info(m_file.path());
    if (info.exists())
        m_watcher->addPath(info.absoluteFilePath());
    if (info.absoluteDir().exists())
        m_watcher->addPath(info.absolutePath());
}

void OwnRecordEditor::onFileChanged()
{
    const QFileInfo info(m_file.path());
    if (info.exists() && !m_watcher->files().contains(info.absoluteFilePath()))
        m_watcher->addPath(info.absoluteFilePath());
    if (m_saved && m_file.changedOnDisk())
        emit changedOnDisk(m_file.path());
}
