// Editing the user's own record from the window: the dialogs, undo and
// redo of every edit with the file following, a change made by another
// program, and what the user then sees: the status panel, the details and
// the ring on the map that marks the record as theirs.

#include "TestSupport.h"
#include "WindowFixture.h"

#include "DetailsPanel.h"
#include "EventDialog.h"
#include "MapCanvas.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "OwnRecordController.h"
#include "OwnRecordEditor.h"
#include "PlaceDialog.h"
#include "Projection.h"
#include "SourcesEditor.h"
#include "StatusPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

namespace {

SourceRef hindu()
{
    return SourceRef{QStringLiteral("https://www.thehindu.com/news/national/test-article/article2.ece"),
                     QStringLiteral("The Hindu"), QStringLiteral("2026-11-30"), QString(), QString()};
}

EventDraft standoffAt(const QString &flashpoint, const QString &title)
{
    EventDraft d;
    d.date = QDate(2026, 11, 28);
    d.type = QStringLiteral("standoff");
    d.flashpoints = {flashpoint};
    d.title = title;
    d.summary = QStringLiteral("A test event of the user's record.");
    d.statusFlashpoint = flashpoint;
    d.status = Status::Standoff;
    d.sources = {hindu()};
    return d;
}

// The titles of the events in the record file on disk, read as the viewer reads it.
QStringList titlesOnDisk(const QString &path, const Atlas &bundled)
{
    OwnRecord r;
    if (!OwnRecord::read(path, bundled, &r).ok())
        return {QStringLiteral("<unreadable>")};
    QStringList titles;
    for (const Event &e : r.events)
        titles << e.title;
    return titles;
}

QStringList ownTitles(const Atlas &atlas)
{
    QStringList titles;
    for (const Event &e : atlas.events)
        if (e.own)
            titles << e.title;
    return titles;
}

template<typename Dialog>
Dialog *openDialog(QWidget *window)
{
    Dialog *d = nullptr;
    QTest::qWaitFor([&] { return (d = window->findChild<Dialog *>()) && d->isVisible(); }, 5000);
    return d;
}

} // namespace

class TestOwnRecordWindow : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("record-%1.geojson").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    // Add, edit, delete; then undo all three and redo them, the file on
    // disk and the record shown following each step.
    void addEditDeleteUndoRedo()
    {
        Document doc(m_atlas);
        OwnRecordEditor editor(&doc);
        const QString file = freshPath();
        QVERIFY(editor.open(file).ok());
        QVERIFY(!QFile::exists(file));   // created by the first edit

        QString id;
        QVERIFY(editor.addEvent(standoffAt(QStringLiteral("galwan"), QStringLiteral("First title")), &id).ok());
        QCOMPARE(id, QStringLiteral("2026-11-28-first-title"));
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("First title")});
        QCOMPARE(ownTitles(*doc.record()), QStringList{QStringLiteral("First title")});
        QVERIFY(editor.isSaved());

        EventDraft changed = EventDraft::fromFeature(editor.record().features.front());
        changed.title = QStringLiteral("Second title");
        QVERIFY(editor.changeEvent(id, changed).ok());
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("Second title")});
        QCOMPARE(editor.record().idAt(0), id);   // an edit keeps the id

        QVERIFY(editor.remove(id).ok());
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList());
        QCOMPARE(ownTitles(*doc.record()), QStringList());
        QVERIFY(QFile::exists(file + QStringLiteral(".bak")));

        QUndoStack *undo = editor.undoStack();
        QCOMPARE(undo->undoText(), QStringLiteral("Delete “Second title”"));
        undo->undo();
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("Second title")});
        undo->undo();
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("First title")});
        QCOMPARE(ownTitles(*doc.record()), QStringList{QStringLiteral("First title")});
        undo->undo();
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList());
        QVERIFY(!undo->canUndo());
        undo->redo();
        undo->redo();
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("Second title")});
        undo->redo();
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList());
        QCOMPARE(ownTitles(*doc.record()), QStringList());
    }

    // A refused edit changes nothing: not the file, not the history.
    void refusedEditChangesNothing()
    {
        Document doc(m_atlas);
        OwnRecordEditor editor(&doc);
        const QString file = freshPath();
        QVERIFY(editor.open(file).ok());
        QVERIFY(editor.addEvent(standoffAt(QStringLiteral("galwan"), QStringLiteral("Kept"))).ok());
        const QByteArray before = TestSupport::contents(file);
        EventDraft blog = standoffAt(QStringLiteral("demchok"), QStringLiteral("From a blog"));
        blog.sources = {SourceRef{QStringLiteral("https://example.wordpress.com/2026/11/28/demchok/"),
                                  QStringLiteral("A blog"), QString(), QString(), QString()}};
        const LoadResult r = editor.addEvent(blog);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("blog")), qPrintable(r.message()));
        QCOMPARE(TestSupport::contents(file), before);
        QCOMPARE(editor.undoStack()->count(), 1);
        // A place an event of the record stands at cannot be deleted.
        PlaceDraft camp;
        camp.name = QStringLiteral("Camp");
        camp.lon = 79.4;
        camp.lat = 32.7;
        camp.sources = {hindu()};
        QString campId;
        QVERIFY(editor.addPlace(camp, &campId).ok());
        EventDraft there = standoffAt(QStringLiteral("demchok"), QStringLiteral("At the camp"));
        there.place = campId;
        QVERIFY(editor.addEvent(there).ok());
        const LoadResult gone = editor.remove(campId);
        QVERIFY(!gone.ok());
        QVERIFY(gone.message().contains(QStringLiteral("unknown place \"camp\"")));
    }

    // Another program changed the file: each choice keeps both versions.
    void changeOnDiskIsNeverLost()
    {
        Document doc(m_atlas);
        OwnRecordEditor editor(&doc);
        const QString file = freshPath();
        QVERIFY(editor.open(file).ok());
        QVERIFY(editor.addEvent(standoffAt(QStringLiteral("galwan"), QStringLiteral("Mine"))).ok());
        // Theirs: the same record with another event, written by "another program".
        auto writeTheirs = [&] {
            OwnRecord theirs;
            EventDraft d = standoffAt(QStringLiteral("demchok"), QStringLiteral("Theirs"));
            d.id = QStringLiteral("2026-11-28-theirs");
            QVERIFY(OwnRecord::check(file, {d.toFeature()}, *m_atlas, &theirs).ok());
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(theirs.toJson());
        };
        auto keptCopies = [&] {
            return QDir(m_dir.path()).entryList({QFileInfo(file).completeBaseName() + QStringLiteral(" (kept *")});
        };

        // Idle: the window is told (it offers to read the file again).
        QSignalSpy told(&editor, &OwnRecordEditor::changedOnDisk);
        writeTheirs();
        QVERIFY(told.wait(5000));

        // Cancel: nothing written, the edit kept in the window, unsaved.
        int asked = 0;
        editor.setConflictResolver([&](const QString &) { ++asked; return OwnRecordEditor::Conflict::Cancel; });
        QVERIFY(editor.addEvent(standoffAt(QStringLiteral("gogra"), QStringLiteral("Second of mine"))).ok());
        QCOMPARE(asked, 1);
        QVERIFY(!editor.isSaved());
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("Theirs")});
        QCOMPARE(ownTitles(*doc.record()), (QStringList{QStringLiteral("Mine"), QStringLiteral("Second of mine")}));

        // Keep yours: the file holds the window's version, theirs beside it.
        editor.setConflictResolver([](const QString &) { return OwnRecordEditor::Conflict::Overwrite; });
        QVERIFY(editor.save());
        QCOMPARE(titlesOnDisk(file, *m_atlas), (QStringList{QStringLiteral("Mine"), QStringLiteral("Second of mine")}));
        QCOMPARE(keptCopies().size(), 1);
        QCOMPARE(titlesOnDisk(m_dir.filePath(keptCopies().front()), *m_atlas), QStringList{QStringLiteral("Theirs")});
        QFile::remove(m_dir.filePath(keptCopies().front()));

        // Take theirs: the window shows the file's version, the window's kept beside it.
        writeTheirs();
        editor.setConflictResolver([](const QString &) { return OwnRecordEditor::Conflict::Reload; });
        QVERIFY(editor.addEvent(standoffAt(QStringLiteral("depsang"), QStringLiteral("Third of mine"))).ok());
        QCOMPARE(ownTitles(*doc.record()), QStringList{QStringLiteral("Theirs")});
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("Theirs")});
        QCOMPARE(keptCopies().size(), 1);
        QVERIFY(titlesOnDisk(m_dir.filePath(keptCopies().front()), *m_atlas).contains(QStringLiteral("Third of mine")));
        QVERIFY(editor.isSaved());
    }

    // What the user sees in the window: the dialog, the status panel, the
    // details and the ring on the map.
    void dialogAddsAnEventMarkedAsYours()
    {
        WindowFixture fixture(m_atlas, QDate(2026, 11, 30), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        const QString file = freshPath();
        w.ownRecord()->setPath(file);
        QCOMPARE(w.ownRecord()->editor()->path(), file);
        QVERIFY(!w.statusPanel()->rowText(QStringLiteral("gogra")).contains(QStringLiteral("your record")));

        // New Event with its own point on the map, in open country east of Gogra.
        EventDraft start = w.ownRecord()->eventDraftAt(GeoPoint{78.95, 34.2});
        start.hasPoint = true;
        start.lon = 78.95;
        start.lat = 34.2;
        w.ownRecord()->newEvent(start);
        EventDialog *dialog = openDialog<EventDialog>(&w);
        QVERIFY(dialog);
        dialog->titleEdit()->setText(QStringLiteral("Troops seen near Gogra"));
        dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(QStringLiteral("standoff")));
        dialog->dateEdit()->setDate(QDate(2026, 11, 29));
        dialog->summaryEdit()->setPlainText(QStringLiteral("Reported movement, in a test."));
        dialog->statusFlashpointBox()->setCurrentIndex(dialog->statusFlashpointBox()->findData(QStringLiteral("gogra")));
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(int(Status::Standoff)));
        // A blog is refused in the dialog, which stays open with what was typed.
        QTableWidget *sources = dialog->sourcesEditor()->table();
        sources->item(0, 0)->setText(QStringLiteral("https://someone.medium.com/gogra-2026"));
        sources->item(0, 1)->setText(QStringLiteral("Someone"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problems().contains(QStringLiteral("blog")), qPrintable(dialog->problems()));
        QVERIFY(ownTitles(*doc.record()).isEmpty());
        sources->item(0, 0)->setText(hindu().url);
        sources->item(0, 1)->setText(hindu().publisher);
        dialog->accept();
        QTRY_VERIFY(!w.findChild<EventDialog *>());

        QCOMPARE(ownTitles(*doc.record()), QStringList{QStringLiteral("Troops seen near Gogra")});
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList{QStringLiteral("Troops seen near Gogra")});
        // Shown on its day, selected, its details marked as the user's.
        QCOMPARE(time.date(), QDate(2026, 11, 29));
        const QString row = w.statusPanel()->rowText(QStringLiteral("gogra"));
        QVERIFY2(row.contains(QStringLiteral("Standoff")) && row.contains(QStringLiteral("[your record]")), qPrintable(row));
        QTRY_VERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("From your record")));
        QVERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("Troops seen near Gogra")));

        // The ring in the record's colour around its marker.
        MapCanvas *c = w.canvas();
        const Atlas &atlas = *doc.record();
        int index = -1;
        for (int i = 0; i < atlas.events.size(); ++i)
            if (atlas.events[i].own)
                index = i;
        QVERIFY(index >= 0);
        c->setView(atlas.events[index].xy, c->settings().metresPerPixel);
        QTRY_VERIFY_WITH_TIMEOUT(!c->isRenderPending() && !c->renderedImage().isNull(), 10000);
        const MapSettings s = c->settings();
        const QPointF centre = MapRenderer::eventPosition(atlas, index, s);
        const double ring = MapStyle::eventSymbol().radius * s.symbolScale() + 3.5 * s.symbolScale();
        const QImage image = c->renderedImage();
        const qreal dpr = image.devicePixelRatio();
        int ringPixels = 0;
        for (int a = 0; a < 16; ++a) {
            const QPointF p = centre + ring * QPointF(std::cos(a * M_PI / 8), std::sin(a * M_PI / 8));
            const QColor px = image.pixelColor((p * dpr).toPoint());
            const QColor want = MapStyle::ownRecordColor();
            if (std::abs(px.red() - want.red()) < 40 && std::abs(px.green() - want.green()) < 40
                && std::abs(px.blue() - want.blue()) < 40)
                ++ringPixels;
        }
        QVERIFY2(ringPixels >= 10, qPrintable(QString::number(ringPixels)));

        // Edit › Undo takes it back everywhere.
        w.ownRecord()->editor()->undoStack()->undo();
        QVERIFY(ownTitles(*doc.record()).isEmpty());
        QVERIFY(!w.statusPanel()->rowText(QStringLiteral("gogra")).contains(QStringLiteral("your record")));
        QCOMPARE(titlesOnDisk(file, *m_atlas), QStringList());
    }

    // A place added at a point of the map, then edited from the selection.
    void placeDialogAddsAndEdits()
    {
        WindowFixture fixture(m_atlas, QDate(2026, 11, 30), {1500, 950});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        w.ownRecord()->setPath(freshPath());
        w.ownRecord()->newPlace(w.ownRecord()->placeDraftAt(GeoPoint{79.3, 32.8}));
        PlaceDialog *dialog = openDialog<PlaceDialog>(&w);
        QVERIFY(dialog);
        QCOMPARE(dialog->lonEdit()->value(), 79.3);
        dialog->nameEdit()->setText(QStringLiteral("Observation point"));
        dialog->sourcesEditor()->table()->item(0, 0)->setText(hindu().url);
        dialog->sourcesEditor()->table()->item(0, 1)->setText(hindu().publisher);
        dialog->accept();
        QTRY_VERIFY(!w.findChild<PlaceDialog *>());
        const Place *p = doc.record()->place(QStringLiteral("observation-point"));
        QVERIFY(p && p->own);
        QCOMPARE(w.selection(), QStringLiteral("observation-point"));
        QTRY_VERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("From your record")));

        w.ownRecord()->editSelected();
        dialog = openDialog<PlaceDialog>(&w);
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Observation point"));
        dialog->nameEdit()->setText(QStringLiteral("Observation post"));
        dialog->accept();
        QTRY_VERIFY(!w.findChild<PlaceDialog *>());
        QCOMPARE(doc.record()->place(QStringLiteral("observation-point"))->name, QStringLiteral("Observation post"));

        // The bundled record cannot be edited or deleted.
        w.select(QStringLiteral("galwan"));
        const qsizetype places = doc.record()->places.size();
        w.ownRecord()->deleteSelected();
        QCOMPARE(doc.record()->places.size(), places);
        w.select(QStringLiteral("observation-point"));
        w.ownRecord()->deleteSelected();
        QVERIFY(!doc.record()->place(QStringLiteral("observation-point")));
    }
};

QTEST_MAIN(TestOwnRecordWindow)
#include "tst_ownrecord_window.moc"
