#pragma once
// The window's compare mode (View › Compare Dates): two maps of one extent
// at dates A and B (side by side, or with a swipe divider), the timeline's
// two cursors with the span between them shaded, and the Changes panel
// listing what changed from A to B. The time cursor holds the focused date
// (DateComparison), so the keys, the date field and playback move the
// focused side; a click on a map focuses its side. Choosing a change selects
// it in both maps and shows it in Details.

#include "CompareView.h"
#include "DateComparison.h"
#include "Document.h"

#include <QObject>

class ChangeListPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class SelectionController;
class TimelinePlot;

class CompareController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        CompareView *view;
        TimelinePlot *timeline;
        ChangeListPanel *changes;
        // The Changes panel's dock: docked as a tab beside the status the
        // first time a comparison starts, so the first start's layout is the
        // one without it.
        QDockWidget *changesDock;
        SelectionController *selection;
    };
    CompareController(const Document *document, DateComparison *comparison, const Parts &parts, QMenu *viewMenu,
                      QMainWindow *window);

    DateComparison *comparison() const { return m_comparison; }
    // Compares a with b (a before b) in mode (side by side or swipe).
    void compare(const QDate &a, const QDate &b, CompareView::Mode mode = CompareView::Mode::SideBySide);
    // Back to one map, at the focused date.
    void stop();
    QAction *toggleAction() const { return m_toggle; }

    // "A · 15 June 2020": how each map's caption names its date.
    static QString captionFor(DateComparison::Side side, const QDate &date);

private:
    void update();
    void addActions(QMenu *viewMenu);
    void showChanges(bool on);

    const Document *m_document;
    DateComparison *m_comparison;
    Parts m_parts;
    QMainWindow *m_window;
    CompareView::Mode m_mode = CompareView::Mode::SideBySide;
    QAction *m_toggle = nullptr;
    QAction *m_sideBySide = nullptr;
    QAction *m_swipe = nullptr;
    bool m_shown = false;   // the Changes panel was shown for this comparison
};
