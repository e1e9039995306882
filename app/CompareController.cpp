#include "CompareController.h"

#include "ChangeTable.h"

#include "ChangeListPanel.h"
#include "MapCanvas.h"
#include "SelectionController.h"
#include "TimelinePlot.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>

CompareController::CompareController(const Document *document, DateComparison *comparison, const Parts &parts,
                                     QMenu *viewMenu, QMainWindow *window)
    : QObject(window), m_document(document), m_comparison(comparison), m_parts(parts), m_window(window)
{
    MapCanvas *first = parts.view->first();
    MapCanvas *second = parts.view->second();
    second->setDocument(document);
    // The second map answers clicks and keys like the first.
    SelectionController *selection = parts.selection;
    connect(second, &MapCanvas::featuresClicked, selection, &SelectionController::featuresClicked);
    connect(second, &MapCanvas::cycleFlashpoint, selection, &SelectionController::cycleFlashpoint);
    connect(second, &MapCanvas::clearSelection, selection, [selection] { selection->select(QString()); });
    connect(first, &MapCanvas::pressed, this, [this] { m_comparison->setFocus(DateComparison::Side::A); });
    connect(second, &MapCanvas::pressed, this, [this] { m_comparison->setFocus(DateComparison::Side::B); });
    parts.changes->setDocument(document);
    connect(parts.changes, &ChangeListPanel::featureChosen, selection, &SelectionController::select);
    connect(comparison, &DateComparison::changed, this, &CompareController::update);
    addActions(viewMenu);
    update();
}

QString CompareController::captionFor(DateComparison::Side side, const QDate &date)
{
    return tr("%1 · %2").arg(side == DateComparison::Side::A ? QStringLiteral("A") : QStringLiteral("B"),
                             ChangeTable::longDate(date));
}

void CompareController::addActions(QMenu *view)
{
    m_toggle = view->addAction(tr("&Compare Dates"));
    m_toggle->setObjectName(QStringLiteral("compareAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_toggle->setStatusTip(tr("Two maps at two dates, and what changed between them"));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (on == m_comparison->isActive())
            return;
        if (!on) {
            stop();
            return;
        }
        QDate first;
        for (const Event &e : m_document->record()->events)
            if (e.date.isValid() && (!first.isValid() || e.date < first))
                first = e.date;
        const auto [a, b] = DateComparison::suggestedPair(m_comparison->dateB(), first);
        compare(a, b, m_mode);
    });
    QMenu *layout = view->addMenu(tr("Compare &Layout"));
    auto *group = new QActionGroup(this);
    m_sideBySide = layout->addAction(tr("&Side by Side"));
    m_swipe = layout->addAction(tr("S&wipe"));
    for (QAction *a : {m_sideBySide, m_swipe}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    m_sideBySide->setChecked(true);
    connect(m_sideBySide, &QAction::triggered, this, [this] {
        m_mode = CompareView::Mode::SideBySide;
        update();
    });
    connect(m_swipe, &QAction::triggered, this, [this] {
        m_mode = CompareView::Mode::Swipe;
        update();
    });
    QAction *focusA = view->addAction(tr("Move Date &A"), this,
                                      [this] { m_comparison->setFocus(DateComparison::Side::A); });
    focusA->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *focusB = view->addAction(tr("Move Date &B"), this,
                                      [this] { m_comparison->setFocus(DateComparison::Side::B); });
    focusB->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
}

void CompareController::showChanges(bool on)
{
    QDockWidget *dock = m_parts.changesDock;
    if (on && m_window->dockWidgetArea(dock) == Qt::NoDockWidgetArea) {
        m_window->addDockWidget(Qt::LeftDockWidgetArea, dock);
        m_window->tabifyDockWidget(m_window->findChild<QDockWidget *>(QStringLiteral("statusDock")), dock);
    }
    dock->setVisible(on);
    // Raised once the window is laid out (a comparison may start before it shows).
    if (on)
        QTimer::singleShot(0, dock, &QDockWidget::raise);
}

void CompareController::compare(const QDate &a, const QDate &b, CompareView::Mode mode)
{
    m_mode = mode == CompareView::Mode::Single ? CompareView::Mode::SideBySide : mode;
    (m_mode == CompareView::Mode::Swipe ? m_swipe : m_sideBySide)->setChecked(true);
    m_comparison->start(a, b);
}

void CompareController::stop()
{
    m_comparison->stop();
}

void CompareController::update()
{
    MapCanvas *first = m_parts.view->first();
    MapCanvas *second = m_parts.view->second();
    const bool on = m_comparison->isActive();
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(on);
    }
    if (!on) {
        m_parts.view->setMode(CompareView::Mode::Single);
        first->setCaption(QString(), false);
        first->setDateLabelVisible(true);
        first->setDate(m_comparison->dateA());   // the one date, when not comparing
        m_parts.timeline->setComparison(false);
        m_parts.changes->setDates({}, {});
        showChanges(false);
        m_shown = false;
        return;
    }
    using Side = DateComparison::Side;
    const QDate a = m_comparison->dateA(), b = m_comparison->dateB();
    // Each map's caption names its date (and which one the keys move).
    first->setDateLabelVisible(false);
    first->setDate(a);
    second->setDate(b);
    m_parts.view->setMode(m_mode);
    const Side focus = m_comparison->focus();
    first->setCaption(captionFor(Side::A, a), focus == Side::A);
    second->setCaption(captionFor(Side::B, b), focus == Side::B);
    const Side other = focus == Side::A ? Side::B : Side::A;
    m_parts.timeline->setComparison(true, m_comparison->date(other), focus == Side::A ? QStringLiteral("A") : QStringLiteral("B"),
                                    other == Side::A ? QStringLiteral("A") : QStringLiteral("B"));
    m_parts.changes->setDates(m_comparison->earlier(), m_comparison->later());
    // Shown when a comparison starts; the user may then pick another tab.
    if (!m_shown) {
        showChanges(true);
        m_shown = true;
    }
    if (a < b)
        DateComparison::rememberPair(a, b);
}
