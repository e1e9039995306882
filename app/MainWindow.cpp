#include "MainWindow.h"

#include "BookmarkMenu.h"
#include "BundledLayers.h"
#include "AboutBox.h"
#include "ChangeListPanel.h"
#include "CompareController.h"
#include "CompareView.h"
#include "DatabaseDialog.h"
#include "DatabaseLayers.h"
#include "DateComparison.h"
#include "DetailsPanel.h"
#include "FormatRegistry.h"
#include "LayerPanel.h"
#include "LayerSession.h"
#include "PgSource.h"
#include "LoadFeedback.h"
#include "OwnRecordController.h"
#include "MapCanvas.h"
#include "MapDecorations.h"
#include "MapReadout.h"
#include "RulerTool.h"
#include "SearchBox.h"
#include "SelectionController.h"
#include "StatusPanel.h"
#include "TimeCursor.h"
#include "TimePlayer.h"
#include "ThemeController.h"
#include "TimelinePlot.h"
#include "WindowExport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QUrl>

QSize MainWindow::defaultSize() const
{
    // Most of the screen the window manager leaves free (never more), up
    // to a size where the map stops gaining from more pixels.
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect free = s ? s->availableGeometry() : QRect(0, 0, 1500, 950);
    return QSize(std::min(int(free.width() * 0.94), 1900), std::min(int(free.height() * 0.92), 1200));
}

MainWindow::MainWindow(Document *document, TimeCursor *time, QWidget *parent)
    : QMainWindow(parent), m_document(document), m_time(time),
      m_player(new TimePlayer(time, [document] { return &document->record()->eventIndex; }, this)),
      m_loads(new LayerLoadController(document, this)), m_rows(new FeatureRows(this)), m_canvas(new MapCanvas(this)),
      m_statusPanel(new StatusPanel(this)), m_timeline(new TimelinePlot(m_player, this)),
      m_details(new DetailsPanel(this)), m_search(new SearchBox(this))
{
    setWindowTitle(tr("LAC Viewer — eastern Ladakh"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lacviewer.svg")));
    m_comparison = new DateComparison(time, this);
    m_compareView = new CompareView(m_canvas, this);
    setCentralWidget(m_compareView);
    resize(defaultSize());
    createDocks();

    // Every panel follows the one document.
    m_canvas->setDocument(document);
    m_statusPanel->setDocument(document);
    m_timeline->setDocument(document);
    m_details->setDocument(document);
    m_layers->setDocument(document);
    m_search->setDocument(document);
    m_canvas->setFeatureRows(m_rows);
    m_details->setFeatureRows(m_rows);
    // A new bundled record is framed unless a saved or requested view holds
    // (an edit of the user's own record keeps the view).
    connect(document, &Document::recordChanged, this, [this] {
        if (m_document->bundled().get() == m_framedRecord)
            return;
        m_framedRecord = m_document->bundled().get();
        if (m_viewPending) {
            m_viewPending = false;
            applyView(m_pendingView);
        } else if (!m_viewRestored) {
            m_canvas->resetView();
        }
    });

    m_selection = new SelectionController(document, time, m_rows, {m_canvas, m_statusPanel, m_timeline, m_details},
                                          this);
    connect(m_selection, &SelectionController::message, statusBar(), &QStatusBar::showMessage);
    m_ownRecord = new OwnRecordController(document, {m_canvas, m_selection}, this);
    connect(m_ownRecord, &OwnRecordController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_statusPanel, &StatusPanel::flashpointActivated, m_selection, &SelectionController::zoomToFlashpoint);
    connect(m_timeline, &TimelinePlot::eventActivated, m_selection, &SelectionController::activateEvent);
    connect(m_details, &DetailsPanel::eventActivated, m_selection, &SelectionController::activateEvent);
    connect(m_search, &SearchBox::resultChosen, m_selection, &SelectionController::searchResult);
    connect(m_canvas, &MapCanvas::featuresClicked, m_selection, &SelectionController::featuresClicked);
    connect(m_canvas, &MapCanvas::cycleFlashpoint, m_selection, &SelectionController::cycleFlashpoint);
    connect(m_canvas, &MapCanvas::activateSelection, this, [this] {
        if (m_document->record()->flashpoint(selection()))
            zoomToFlashpoint(selection());
    });
    connect(m_canvas, &MapCanvas::clearSelection, this, [this] { select(QString()); });
    m_bundledLayers = new BundledLayers(m_layers, m_canvas, this);
    m_feedback = new LoadFeedback(m_loads, document, this);
    connect(m_loads, &LayerLoadController::finished, this,
            [this](const LayerLoadController::Request &request, bool added) {
                using Kind = LayerLoadController::Request::Kind;
                switch (request.kind) {
                case Kind::Layer: emit layerLoadFinished(added); break;
                case Kind::Terrain: emit terrainLoadFinished(added); break;
                case Kind::Record: emit recordLoadFinished(added); break;
                }
            });
    setAcceptDrops(true);

    // Everything follows the one time cursor.
    connect(m_time, &TimeCursor::dateChanged, this, &MainWindow::onDateChanged);
    connect(m_time, &TimeCursor::windowChanged, this, [this] {
        m_canvas->setTimeWindow(m_time->window(), m_time->windowDays());
    });
    m_canvas->setTimeWindow(m_time->window(), m_time->windowDays());
    onDateChanged(m_time->date());
    qApp->installEventFilter(this);

    new MapReadout(m_canvas, document, statusBar());
    m_databases = new DatabaseLayers(document, m_canvas, statusBar(), this);
    m_export = new WindowExport(document, m_canvas, time, this);
    connect(m_export, &WindowExport::finished, this, &MainWindow::exportFinished);

    createMenus();
    m_canvas->resetView();
}

MainWindow::~MainWindow()
{
    // The workers read the document: let them end first.
    m_loads->shutDown();
}

void MainWindow::createDocks()
{
    auto *statusDock = new QDockWidget(tr("Status"), this);
    statusDock->setObjectName(QStringLiteral("statusDock"));
    statusDock->setWidget(m_statusPanel);
    addDockWidget(Qt::LeftDockWidgetArea, statusDock);
    // What changed between the compare mode's dates: docked as a tab beside
    // the status the first time a comparison starts, so the first start's
    // layout is the one without it.
    m_changes = new ChangeListPanel(this);
    m_changesDock = new QDockWidget(tr("Changes"), this);
    m_changesDock->setObjectName(QStringLiteral("changesDock"));
    m_changesDock->setWidget(m_changes);
    m_changesDock->hide();

    // The side panels run the window's full height; the timeline sits under
    // the map only, so a laptop screen leaves the status list its rows.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    resizeDocks({statusDock}, {std::clamp(width() * 27 / 100, 300, 520)}, Qt::Horizontal);

    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    // Under the status panel, so the map keeps the width.
    addDockWidget(Qt::LeftDockWidgetArea, detailsDock);
    splitDockWidget(statusDock, detailsDock, Qt::Vertical);
    resizeDocks({statusDock, detailsDock}, {280, 360}, Qt::Vertical);
    resizeDocks({timelineDock}, {std::clamp(height() * 30 / 100, 220, 320)}, Qt::Vertical);

    // The layers, their order, visibility and opacity.
    m_layers = new LayerPanel(this);
    auto *layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    layersDock->setWidget(m_layers);
    // A tab beside the details, not a column of its own: the map keeps the width.
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);
    tabifyDockWidget(detailsDock, layersDock);
    detailsDock->raise();

    auto *searchBar = new QToolBar(tr("Search"), this);
    searchBar->setObjectName(QStringLiteral("searchBar"));
    searchBar->setMovable(false);
    m_search->setMaximumWidth(420);
    searchBar->addWidget(m_search);
    addToolBar(Qt::TopToolBarArea, searchBar);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Layer…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a vector layer"), QString(),
            FormatRegistry::fileDialogFilter());
        if (!path.isEmpty())
            openLayer(path);
    });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Database…"), this, [this] {
        DatabaseDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_databases->open(dialog.connectionString());
    })->setObjectName(QStringLiteral("openDatabaseAction"));
    file->addAction(tr("Open &Terrain…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an elevation raster"), QString(),
            tr("Elevation (*.tif *.tiff *.hgt *.vrt *.dem *.asc *.img);;All files (*)"));
        if (!path.isEmpty())
            openTerrain(path);
    });
    m_ownRecord->addFileActions(file);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export Map…"), m_export, &WindowExport::exportMap);
    exportAction->setObjectName(QStringLiteral("exportMapAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *briefing = file->addAction(tr("Export &Briefing…"), m_export, &WindowExport::exportBriefing);
    briefing->setObjectName(QStringLiteral("exportBriefingAction"));
    briefing->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *comparison = file->addAction(tr("Export &Comparison…"), this, [this] {
        m_export->exportComparison(m_comparison->earlier(), m_comparison->later());
    });
    comparison->setObjectName(QStringLiteral("exportComparisonAction"));
    comparison->setStatusTip(tr("Both dates' maps, what changed between them and the sources, as one figure"));
    // Only while two different dates are compared.
    auto enableComparison = [this, comparison] {
        comparison->setEnabled(m_comparison->isActive() && m_comparison->earlier() < m_comparison->later());
    };
    connect(m_comparison, &DateComparison::changed, comparison, enableComparison);
    enableComparison();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyAction = edit->addAction(tr("&Copy Map"), m_export, &WindowExport::copyMap);
    copyAction->setObjectName(QStringLiteral("copyMapAction"));
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    m_ownRecord->addEditActions(edit);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_canvas, &MapCanvas::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_canvas, &MapCanvas::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    // Home and End step through time (first/last event), so the view resets
    // with Ctrl+Home.
    QAction *reset = view->addAction(tr("&Reset View"), m_canvas, &MapCanvas::resetView);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    // Checked: the legend open; unchecked: folded to its tab (as a click on
    // its header does).
    QAction *legend = view->addAction(tr("&Legend"));
    legend->setObjectName(QStringLiteral("legendAction"));
    legend->setCheckable(true);
    legend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    legend->setChecked(QSettings().value(QStringLiteral("view/legend"), true).toBool());
    m_canvas->setLegendCollapsed(!legend->isChecked());
    connect(legend, &QAction::toggled, this, [this](bool on) {
        m_canvas->setLegendCollapsed(!on);
        QSettings().setValue(QStringLiteral("view/legend"), on);
    });
    connect(m_canvas, &MapCanvas::legendCollapsedChanged, legend, [legend](bool collapsed) {
        legend->setChecked(!collapsed);
    });
    m_themes = new ThemeController(m_canvas, view, this);
    m_bookmarks = new BookmarkMenu(this, m_time, m_comparison, view);
    view->addSeparator();
    m_compare = new CompareController(m_document, m_comparison,
                                      {m_compareView, m_timeline, m_changes, m_changesDock, m_selection}, view, this);
    view->addSeparator();
    // The Changes panel comes and goes with the compare mode.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock != m_changesDock)
            view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *full = view->addAction(tr("&Full Screen"));
    full->setCheckable(true);
    full->setShortcut(QKeySequence::FullScreen);
    connect(full, &QAction::toggled, this, [this](bool on) {
        on ? showFullScreen() : showNormal();
    });

    new RulerTool(m_canvas, menuBar()->addMenu(tr("&Tools")), statusBar(), this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LAC Viewer"), this, [this] { AboutBox::show(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QMenu *MainWindow::hitChooser() const
{
    return m_selection->hitChooser();
}

QString MainWindow::selection() const
{
    return m_selection->selection();
}

void MainWindow::zoomToFlashpoint(const QString &id)
{
    m_selection->zoomToFlashpoint(id);
}

void MainWindow::select(const QString &id)
{
    m_selection->select(id);
}

void MainWindow::selectHit(const MapHit &hit)
{
    m_selection->selectHit(hit);
}

void MainWindow::activateEvent(int eventIndex)
{
    m_selection->activateEvent(eventIndex);
}

bool MainWindow::openLayer(const QString &path)
{
    return openLayer(path, LayerOptions());
}

bool MainWindow::openLayer(const QString &path, const LayerOptions &options)
{
    if (PgSource::isConnectionString(path)) {
        m_databases->open(path);
        return true;
    }
    LayerLoadController::Request r;
    r.path = path;
    r.dateField = options.dateField;
    r.endField = options.endField;
    r.dateOrder = options.dateOrder;
    r.visible = options.visible;
    r.opacity = options.opacity;
    ColourBy::parse(options.colourBy, {}, &r.colourBy, nullptr);
    return m_loads->open(r);
}

bool MainWindow::openTerrain(const QString &path)
{
    LayerLoadController::Request r;
    r.kind = LayerLoadController::Request::Kind::Terrain;
    r.path = path;
    return m_loads->open(r);
}

void MainWindow::openRecord(const QString &dataDir)
{
    LayerLoadController::Request r;
    r.kind = LayerLoadController::Request::Kind::Record;
    r.path = dataDir;
    m_loads->open(r);
}

QProgressDialog *MainWindow::loadProgress() const
{
    return m_feedback->progress();
}

bool MainWindow::isExporting() const
{
    return m_export->isRunning();
}

bool MainWindow::isLoadingLayer() const
{
    return m_loads->isLoading();
}

void MainWindow::cancelLayerLoad()
{
    m_loads->cancel();
}

void MainWindow::applyRequest(const ViewRequest &request)
{
    if (request.date.isValid())
        m_time->setDate(request.date);
    if (request.windowSet)
        m_time->setWindow(request.window, request.windowDays);
    if (!request.hiddenLayers.isEmpty() || request.layersSet) {
        const QSet<QString> hidden(request.hiddenLayers.cbegin(), request.hiddenLayers.cend());
        m_canvas->setHiddenLayers(hidden);
        m_layers->setHiddenLayers(hidden);
    }
    if (request.compares())
        m_compare->compare(request.compareA, request.compareB);
    if (!request.viewSet && request.selection.isEmpty())
        return;
    m_viewRestored = true;
    // The view and selection need the record: now, or when it is in.
    if (m_document->record()->flashpoints.isEmpty()) {
        m_pendingView = request;
        m_viewPending = true;
        return;
    }
    applyView(request);
}

void MainWindow::applyView(const ViewRequest &request)
{
    const Atlas &atlas = *m_document->record();
    QString error;
    QRectF extent;
    if (request.viewSet) {
        if (request.frame(atlas, &extent, &error))
            m_canvas->frame(extent);
        else
            statusBar()->showMessage(error, 10000);
    }
    if (request.selection.isEmpty())
        return;
    // A flashpoint is framed (unless a view was asked for); any other feature is just selected.
    if (atlas.flashpoint(request.selection) && !request.viewSet)
        zoomToFlashpoint(request.selection);
    else
        select(request.selection);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls()) {
        for (const QUrl &url : e->mimeData()->urls())
            if (!url.isLocalFile())
                return;   // only local files: nothing is fetched
        e->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *e)
{
    for (const QUrl &url : e->mimeData()->urls())
        if (url.isLocalFile())
            openLayer(url.toLocalFile());
    e->acceptProposedAction();
}

void MainWindow::onDateChanged(const QDate &date)
{
    // The time cursor holds the focused date; the first map shows date A.
    m_canvas->setDate(m_comparison->dateA());
    m_statusPanel->setDate(date);
    m_details->setDate(date);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isActiveWindow()) {
        // Text fields keep their keys (the date field, search boxes...), and
        // a focused button its Space.
        QWidget *focus = QApplication::focusWidget();
        const bool typing = qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus)
                            || qobject_cast<QTextEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus);
        auto *key = static_cast<QKeyEvent *>(event);
        const bool buttonSpace = key->key() == Qt::Key_Space && qobject_cast<QAbstractButton *>(focus);
        if (!typing && !buttonSpace && window() == this && m_player->handleKey(key->key(), key->modifiers()))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreState(bool restoreDate)
{
    QSettings settings;
    const QDate date = settings.value(QStringLiteral("time/date")).toDate();
    if (restoreDate && date.isValid())
        m_time->setDate(date);
    const int window = settings.value(QStringLiteral("time/window"), -1).toInt();
    if (window >= int(TimeCursor::Window::Instant) && window <= int(TimeCursor::Window::Cumulative))
        m_time->setWindow(TimeCursor::Window(window),
                          settings.value(QStringLiteral("time/windowDays"), 30).toInt());
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QPointF center = settings.value(QStringLiteral("view/center")).toPointF();
    const double mpp = settings.value(QStringLiteral("view/metresPerPixel"), 0.0).toDouble();
    if (mpp > 0 && std::isfinite(mpp) && std::isfinite(center.x()) && std::isfinite(center.y())) {
        m_canvas->setView(center, mpp);
        m_viewRestored = true;
    }
    m_bundledLayers->restore();
    const QString terrain = settings.value(QStringLiteral("terrain/path")).toString();
    if (!terrain.isEmpty() && !m_document->layers().terrain && !openTerrain(terrain))
        settings.remove(QStringLiteral("terrain/path"));
    const QStringList missing = LayerSession::restore(*m_document, *m_loads);
    if (!missing.isEmpty()) {
        qWarning("lacviewer: layers no longer there, skipped: %s", qPrintable(missing.join(QStringLiteral(", "))));
        statusBar()->showMessage(tr("Skipped %n layer(s) whose file is gone: %1", nullptr, int(missing.size()))
                                     .arg(missing.join(QStringLiteral(", "))), 15000);
    }
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    const MapSettings s = m_canvas->settings();
    settings.setValue(QStringLiteral("view/center"), s.center);
    settings.setValue(QStringLiteral("view/metresPerPixel"), s.metresPerPixel);
    settings.setValue(QStringLiteral("time/date"), m_time->date());
    settings.setValue(QStringLiteral("time/window"), int(m_time->window()));
    settings.setValue(QStringLiteral("time/windowDays"), m_time->windowDays());
    LayerSession::save(*m_document);
    cancelLayerLoad();
    e->accept();
}

