#include "MainWindow.h"

#include "Projection.h"

#include "AtlasLoader.h"
#include "EventLayerLoader.h"
#include "FormatRegistry.h"
#include "UserLayerLoader.h"
#include "LayerPanel.h"
#include "ExportDialog.h"
#include "MapExporter.h"
#include "MapCanvas.h"
#include "DetailsPanel.h"
#include "MapDecorations.h"
#include "MapHitTester.h"
#include "SearchBox.h"
#include "StatusPanel.h"
#include "TimelinePlot.h"
#include "TimeCursor.h"

#include <QAction>
#include <QApplication>
#include <QAbstractSpinBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QInputDialog>
#include <QMimeData>
#include <QProgressDialog>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>
#include <cmath>
#include <new>

QSize MainWindow::defaultSize() const
{
    // Most of the screen the window manager leaves free (never more), up
    // to a size where the map stops gaining from more pixels.
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect free = s ? s->availableGeometry() : QRect(0, 0, 1500, 950);
    return QSize(std::min(int(free.width() * 0.94), 1900), std::min(int(free.height() * 0.92), 1200));
}

MainWindow::MainWindow(AtlasPtr atlas, TimeCursor *time, QWidget *parent)
    : QMainWindow(parent), m_atlas(std::move(atlas)), m_time(time), m_canvas(new MapCanvas(this)),
      m_statusPanel(new StatusPanel(this)), m_timeline(new TimelinePlot(time, this)),
      m_details(new DetailsPanel(this)), m_search(new SearchBox(this)),
      m_positionLabel(new QLabel(this)),
      m_scaleLabel(new QLabel(this))
{
    setWindowTitle(tr("LAC Viewer — eastern Ladakh"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lacviewer.svg")));
    setCentralWidget(m_canvas);
    resize(defaultSize());
    m_canvas->setAtlas(m_atlas);

    auto *statusDock = new QDockWidget(tr("Status"), this);
    statusDock->setObjectName(QStringLiteral("statusDock"));
    statusDock->setWidget(m_statusPanel);
    addDockWidget(Qt::LeftDockWidgetArea, statusDock);
    m_statusPanel->setAtlas(m_atlas);
    connect(m_statusPanel, &StatusPanel::flashpointActivated, this, &MainWindow::zoomToFlashpoint);

    // The side panels run the window's full height; the timeline sits under
    // the map only, so a laptop screen leaves the status list its rows.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    resizeDocks({statusDock}, {std::clamp(width() * 27 / 100, 300, 520)}, Qt::Horizontal);
    m_timeline->setAtlas(m_atlas);
    connect(m_timeline, &TimelinePlot::eventActivated, this, &MainWindow::activateEvent);

    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    // Under the status panel, so the map keeps the width.
    addDockWidget(Qt::LeftDockWidgetArea, detailsDock);
    splitDockWidget(statusDock, detailsDock, Qt::Vertical);
    resizeDocks({statusDock, detailsDock}, {280, 360}, Qt::Vertical);
    resizeDocks({timelineDock}, {std::clamp(height() * 30 / 100, 220, 320)}, Qt::Vertical);
    m_details->setAtlas(m_atlas);
    connect(m_details, &DetailsPanel::eventActivated, this, &MainWindow::activateEvent);

    // The user's layers, their order, visibility and opacity.
    m_layers = new LayerPanel(this);
    auto *layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    layersDock->setWidget(m_layers);
    // A tab beside the details, not a column of its own: the panel is empty
    // until the user adds a layer, and the map keeps the width.
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);
    tabifyDockWidget(detailsDock, layersDock);
    detailsDock->raise();
    m_layers->setAtlas(m_atlas);
    connect(m_layers, &LayerPanel::bundledVisibilityChanged, this, [this](const QString &id, bool on) {
        QSet<QString> hidden = m_canvas->settings().hiddenLayers;
        if (on)
            hidden.remove(id);
        else
            hidden.insert(id);
        m_canvas->setHiddenLayers(hidden);
        QStringList list(hidden.cbegin(), hidden.cend());
        list.sort();
        QSettings().setValue(QStringLiteral("layers/hidden"), list);
    });
    connect(m_layers, &LayerPanel::visibilityChanged, this, [this](int i, bool on) {
        editUserLayers([i, on](std::vector<UserLayer> &l) { if (i >= 0 && size_t(i) < l.size()) l[size_t(i)].visible = on; });
    });
    connect(m_layers, &LayerPanel::opacityChanged, this, [this](int i, double o) {
        editUserLayers([i, o](std::vector<UserLayer> &l) { if (i >= 0 && size_t(i) < l.size()) l[size_t(i)].opacity = o; });
    });
    connect(m_layers, &LayerPanel::moveRequested, this, [this](int i, int dir) {
        editUserLayers([i, dir](std::vector<UserLayer> &l) {
            const int j = i + dir;
            if (i >= 0 && j >= 0 && size_t(i) < l.size() && size_t(j) < l.size())
                std::swap(l[size_t(i)], l[size_t(j)]);
        });
    });
    connect(m_layers, &LayerPanel::removeRequested, this, [this](int i) {
        editUserLayers([i](std::vector<UserLayer> &l) { if (i >= 0 && size_t(i) < l.size()) l.erase(l.begin() + i); });
    });
    setAcceptDrops(true);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progress && m_loadPermille)
            m_progress->setValue(m_loadPermille->load());
    });
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onLoadFinished);

    auto *searchBar = new QToolBar(tr("Search"), this);
    searchBar->setObjectName(QStringLiteral("searchBar"));
    searchBar->setMovable(false);
    m_search->setMaximumWidth(420);
    searchBar->addWidget(m_search);
    addToolBar(Qt::TopToolBarArea, searchBar);
    m_search->setAtlas(m_atlas);
    connect(m_search, &SearchBox::resultChosen, this, &MainWindow::onSearchResult);

    connect(m_canvas, &MapCanvas::featuresClicked, this, &MainWindow::onFeaturesClicked);
    connect(m_canvas, &MapCanvas::cycleFlashpoint, this, &MainWindow::cycleFlashpoint);
    connect(m_canvas, &MapCanvas::activateSelection, this, [this] {
        if (m_atlas->flashpoint(m_selection))
            zoomToFlashpoint(m_selection);
    });
    connect(m_canvas, &MapCanvas::clearSelection, this, [this] { select(QString()); });

    // Everything follows the one time cursor.
    connect(m_time, &TimeCursor::dateChanged, this, &MainWindow::onDateChanged);
    connect(m_time, &TimeCursor::windowChanged, this, [this] {
        m_canvas->setTimeWindow(m_time->window(), m_time->windowDays());
    });
    m_canvas->setTimeWindow(m_time->window(), m_time->windowDays());
    onDateChanged(m_time->date());
    qApp->installEventFilter(this);

    m_positionLabel->setMinimumWidth(260);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    statusBar()->addWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_scaleLabel);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &MapCanvas::viewChanged, this, &MainWindow::updateScaleLabel);

    createMenus();
    m_canvas->resetView();
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
    file->addAction(tr("Open &Terrain…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an elevation raster"), QString(),
            tr("Elevation (*.tif *.tiff *.hgt *.vrt *.dem *.asc *.img);;All files (*)"));
        if (!path.isEmpty())
            openTerrain(path);
    });
    QAction *exportAction = file->addAction(tr("&Export Map…"), this, &MainWindow::exportMap);
    exportAction->setObjectName(QStringLiteral("exportMapAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyAction = edit->addAction(tr("&Copy Map"), this, &MainWindow::copyMap);
    copyAction->setObjectName(QStringLiteral("copyMapAction"));
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

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
    QAction *legend = view->addAction(tr("&Legend"));
    legend->setObjectName(QStringLiteral("legendAction"));
    legend->setCheckable(true);
    legend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    legend->setChecked(QSettings().value(QStringLiteral("view/legend"), true).toBool());
    m_canvas->setLegendVisible(legend->isChecked());
    connect(legend, &QAction::toggled, this, [this](bool on) {
        m_canvas->setLegendVisible(on);
        QSettings().setValue(QStringLiteral("view/legend"), on);
    });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *full = view->addAction(tr("&Full Screen"));
    full->setCheckable(true);
    full->setShortcut(QKeySequence::FullScreen);
    connect(full, &QAction::toggled, this, [this](bool on) {
        on ? showFullScreen() : showNormal();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LAC Viewer"), this, [this] {
        QMessageBox::about(
            this, tr("About LAC Viewer"),
            tr("<h3>LAC Viewer %1</h3>"
               "<p>A map of the India–China Line of Actual Control flashpoints in eastern Ladakh, "
               "their disengagement status over time, the events there and their sources.</p>"
               "<p>%2</p><p>%3</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                .arg(QStringLiteral(LAC_VERSION), MapDecorations::disclaimer().toHtmlEscaped(),
                     MapDecorations::attribution().toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openLayer(const QString &path)
{
    return openLayer(path, LayerOptions());
}

void MainWindow::showLayerError(const QString &title, const QStringList &lines)
{
    // Window-modal, not a nested event loop: the caller goes on at once.
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                tr("The layer was not added; what was loaded stays."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("layerErrorBox"));
    box->setInformativeText(lines.value(0));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->open();
    statusBar()->showMessage(lines.value(0), 10000);
}

struct MainWindow::LoadOutcome
{
    UserLayerLoader::Outcome outcome = UserLayerLoader::Outcome::Failed;
    UserLayer layer;
    DataErrors errors;
    QStringList candidates;
};

bool MainWindow::openLayer(const QString &path, const LayerOptions &options)
{
    // Large files of the bulk formats, and CSV, load in the background.
    if (EventLayerLoader::prefersBulkPath(path)) {
        m_loadQueue.append({path, options});
        if (!m_loading)
            startNextLoad();
        return true;
    }
    LoadOutcome out;
    UserLayerLoader loader;
    out.outcome = loader.load(path, {options.dateField, options.endField}, &out.layer, &out.errors);
    out.candidates = loader.candidates();
    return applyLoad(path, options, out);
}

bool MainWindow::applyLoad(const QString &path, const LayerOptions &options, LoadOutcome &out)
{
    switch (out.outcome) {
    case UserLayerLoader::Outcome::Added:
        break;
    case UserLayerLoader::Outcome::Ambiguous:
        // Shown as plain points (when the file could be read so) until a
        // date field is chosen; the choice replaces them.
        askDateField(path, out.candidates, options);
        if (out.layer.layer.features.empty())
            return false;
        break;
    case UserLayerLoader::Outcome::Cancelled:
        statusBar()->showMessage(tr("Cancelled loading %1").arg(path), 5000);
        return false;
    case UserLayerLoader::Outcome::Failed: {
        QStringList lines;
        for (const DataError &e : out.errors)
            lines << e.toString();
        showLayerError(tr("Cannot open layer"), lines);
        return false;
    }
    }
    // The atlas is shared read-only with render jobs: build a new one with
    // the layer added and swap it in, so nothing half-loaded is ever drawn.
    auto next = std::make_shared<Atlas>(*m_atlas);
    UserLayer user = std::move(out.layer);
    user.visible = options.visible;
    user.opacity = options.opacity;
    QString message = tr("Added layer %1").arg(path);
    if (user.events) {
        message += tr(": %L1 events").arg(qulonglong(user.events->size()));
        if (user.events->skipped)
            message += tr(" (%L1 rows without a point or a date skipped)").arg(user.events->skipped);
    }
    next->userLayers.push_back(std::move(user));
    next->files << path;
    setAtlasEverywhere(next);
    statusBar()->showMessage(message, 10000);
    return true;
}

void MainWindow::startNextLoad()
{
    if (m_loading || m_loadQueue.isEmpty())
        return;
    m_current = m_loadQueue.takeFirst();
    m_loading = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_loadPermille = std::make_shared<std::atomic<int>>(0);
    m_progress = new QProgressDialog(tr("Loading %1…").arg(QFileInfo(m_current.first).fileName()),
                                     tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("layerLoadProgress"));
    m_progress->setWindowTitle(tr("Opening layer"));
    m_progress->setWindowModality(Qt::NonModal);   // the map stays usable
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &MainWindow::cancelLayerLoad);
    m_progressTimer->start();
    const QString path = m_current.first;
    const EventLayerLoader::Options options{m_current.second.dateField, m_current.second.endField};
    auto cancel = m_cancel;
    auto permille = m_loadPermille;
    m_loadWatcher.setFuture(QtConcurrent::run([path, options, cancel, permille] {
        auto out = std::make_shared<LoadOutcome>();
        UserLayerLoader loader;
        try {
            out->outcome = loader.load(path, options, &out->layer, &out->errors,
                                       [cancel, permille](double f, const QString &) {
                                           permille->store(int(f * 1000));
                                           return !cancel->load();
                                       });
        } catch (const std::bad_alloc &) {
            // A file too large for the memory left: say so, keep the window.
            *out = LoadOutcome();
            out->errors.append(DataError{path, 0, -1, QStringLiteral("not enough memory to read it")});
        }
        if (cancel->load())
            out->outcome = UserLayerLoader::Outcome::Cancelled;
        out->candidates = loader.candidates();
        return out;
    }));
    statusBar()->showMessage(tr("Loading %1…").arg(path));
}

void MainWindow::cancelLayerLoad()
{
    m_loadQueue.clear();
    if (m_cancel)
        m_cancel->store(true);
}

void MainWindow::onLoadFinished()
{
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const std::shared_ptr<LoadOutcome> out = m_loadWatcher.result();
    const QString path = m_current.first;
    const LayerOptions options = m_current.second;
    m_loading = false;
    const bool added = applyLoad(path, options, *out);
    emit layerLoadFinished(added);
    startNextLoad();
}

void MainWindow::askDateField(const QString &path, const QStringList &candidates, const LayerOptions &options)
{
    // Not exec(): the window goes on; the choice reloads the layer.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("dateFieldDialog"));
    dialog->setWindowTitle(tr("Choose the date field"));
    dialog->setLabelText(tr("%1 has several date fields. Which one dates its events?\n"
                            "(\"start|end\" uses a start and an end date.)")
                             .arg(QFileInfo(path).fileName()));
    dialog->setComboBoxItems(candidates);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, path, options](const QString &choice) {
        LayerOptions chosen = options;
        chosen.dateField = choice.section(QLatin1Char('|'), 0, 0);
        chosen.endField = choice.section(QLatin1Char('|'), 1, 1);
        // Replace the plain layer shown meanwhile, if there is one.
        editUserLayers([path](std::vector<UserLayer> &l) {
            l.erase(std::remove_if(l.begin(), l.end(),
                                   [&path](const UserLayer &u) { return u.path == path && !u.events; }),
                    l.end());
        });
        openLayer(path, chosen);
    });
    dialog->open();
}

void MainWindow::setAtlasEverywhere(AtlasPtr atlas)
{
    m_atlas = std::move(atlas);
    // An open "which one?" menu holds hits into the old atlas.
    delete m_chooser;
    m_chooser = nullptr;
    m_canvas->setAtlas(m_atlas);
    m_timeline->setAtlas(m_atlas);
    m_layers->setAtlas(m_atlas);
    m_details->setAtlas(m_atlas);
}

bool MainWindow::openTerrain(const QString &path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::shared_ptr<const Terrain> terrain = Terrain::load(path, &error);
    QApplication::restoreOverrideCursor();
    if (!terrain) {
        statusBar()->showMessage(error, 10000);
        if (isVisible()) {
            // Not exec(): the window (and a caller such as --dem) goes on.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Terrain"), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return false;
    }
    auto next = std::make_shared<Atlas>(*m_atlas);
    next->terrain = terrain;
    setAtlasEverywhere(next);
    QSettings().setValue(QStringLiteral("terrain/path"), path);
    return true;
}

void MainWindow::editUserLayers(const std::function<void(std::vector<UserLayer> &)> &edit)
{
    auto next = std::make_shared<Atlas>(*m_atlas);
    edit(next->userLayers);
    setAtlasEverywhere(next);
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

void MainWindow::saveLayers()
{
    QVariantList list;
    for (const UserLayer &u : m_atlas->userLayers) {
        if (u.path.isEmpty())
            continue;
        QVariantMap m;
        m.insert(QStringLiteral("path"), QFileInfo(u.path).absoluteFilePath());
        m.insert(QStringLiteral("visible"), u.visible);
        m.insert(QStringLiteral("opacity"), u.opacity);
        if (u.events) {
            m.insert(QStringLiteral("dateField"), u.events->dateField);
            m.insert(QStringLiteral("endField"), u.events->endField);
        }
        list << m;
    }
    QSettings().setValue(QStringLiteral("layers/list"), list);
}

void MainWindow::restoreLayers()
{
    const QVariantList list = QSettings().value(QStringLiteral("layers/list")).toList();
    QStringList missing;
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        const QString path = m.value(QStringLiteral("path")).toString();
        if (path.isEmpty())
            continue;
        bool already = false;
        for (const UserLayer &u : m_atlas->userLayers)
            already |= QFileInfo(u.path).absoluteFilePath() == path;
        if (already)
            continue;
        if (!QFileInfo(path).isFile()) {
            missing << path;
            continue;
        }
        LayerOptions o;
        o.dateField = m.value(QStringLiteral("dateField")).toString();
        o.endField = m.value(QStringLiteral("endField")).toString();
        o.visible = m.value(QStringLiteral("visible"), true).toBool();
        o.opacity = std::clamp(m.value(QStringLiteral("opacity"), 1.0).toDouble(), 0.0, 1.0);
        openLayer(path, o);
    }
    if (!missing.isEmpty()) {
        qWarning("lacviewer: layers no longer there, skipped: %s", qPrintable(missing.join(QStringLiteral(", "))));
        statusBar()->showMessage(tr("Skipped %n layer(s) whose file is gone: %1", nullptr, int(missing.size()))
                                     .arg(missing.join(QStringLiteral(", "))), 15000);
    }
}

void MainWindow::zoomToFlashpoint(const QString &id)
{
    const Flashpoint *f = m_atlas->flashpoint(id);
    if (!f)
        return;
    QRectF extent = f->area.bounds;
    extent.adjust(-extent.width() * 0.5, -extent.height() * 0.5, extent.width() * 0.5,
                  extent.height() * 0.5);
    m_canvas->frame(extent);
    select(id);
}

void MainWindow::select(const QString &id)
{
    applySelection(id, nullptr);
}

void MainWindow::applySelection(const QString &id, const MapHit *userEvent)
{
    m_selection = id;
    m_canvas->setSelection(id, userEvent ? userEvent->layer : -1, userEvent ? userEvent->index : -1);
    m_statusPanel->setSelection(id);
    // The timeline highlights a flashpoint's lane, or the lane of an event's flashpoint.
    QString lane = m_atlas->flashpoint(id) ? id : QString();
    for (int i = 0; lane.isEmpty() && i < m_atlas->events.size(); ++i)
        if (m_atlas->events[i].id == id && !m_atlas->events[i].flashpoints.isEmpty())
            lane = m_atlas->events[i].flashpoints.front();
    m_timeline->setSelection(lane);
    if (userEvent) {
        // An event of the user's own layer: nothing of the bundled data is
        // selected; the details panel shows its date, position and row.
        m_details->show(*userEvent);
        statusBar()->showMessage(MapHitTester::label(*m_atlas, *userEvent), 5000);
        return;
    }
    if (id.isEmpty()) {
        m_details->clear();
        return;
    }
    const MapHit hit = MapHitTester::hitFor(*m_atlas, id);
    if (hit.index >= 0)
        m_details->show(hit);
}

void MainWindow::selectHit(const MapHit &hit)
{
    if (hit.kind == MapHit::Kind::UserEvent)
        applySelection(QString(), &hit);
    else
        select(hit.id);
}

void MainWindow::activateEvent(int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= m_atlas->events.size())
        return;
    const Event &e = m_atlas->events[eventIndex];
    m_time->setDate(e.date);
    if (!e.flashpoints.isEmpty())
        zoomToFlashpoint(e.flashpoints.front());
    else if (e.hasPosition)
        m_canvas->setView(e.xy, m_canvas->settings().metresPerPixel);
    // Show the event itself in the details; the flashpoint stays highlighted
    // (a ringed event of the user's layers does not).
    m_canvas->setSelection(m_selection);
    m_details->show({MapHit::Kind::Event, eventIndex, e.id, {}});
}

void MainWindow::onFeaturesClicked(const QList<MapHit> &hits, const QPoint &globalPos)
{
    if (hits.isEmpty()) {
        select(QString());
        return;
    }
    if (hits.size() == 1) {
        selectHit(hits.front());
        return;
    }
    // Several things under the cursor: let the user say which.
    delete m_chooser;
    m_chooser = new QMenu(this);
    m_chooser->setObjectName(QStringLiteral("hitChooser"));
    for (const MapHit &hit : hits) {
        QAction *a = m_chooser->addAction(MapHitTester::label(*m_atlas, hit));
        connect(a, &QAction::triggered, this, [this, hit] { selectHit(hit); });
    }
    m_chooser->popup(globalPos);
}

void MainWindow::onSearchResult(const SearchResult &result)
{
    switch (result.kind) {
    case SearchResult::Kind::Flashpoint:
        zoomToFlashpoint(result.id);
        break;
    case SearchResult::Kind::Place: {
        const Place &p = m_atlas->places[result.index];
        m_canvas->setView(p.xy, std::min(m_canvas->settings().metresPerPixel, 150.0));
        select(p.id);
        break;
    }
    case SearchResult::Kind::Event:
        activateEvent(result.index);
        break;
    }
}

void MainWindow::cycleFlashpoint(int direction)
{
    const int n = m_atlas->flashpoints.size();
    if (n == 0)
        return;
    int current = -1;
    for (int i = 0; i < n; ++i)
        if (m_atlas->flashpoints[i].id == m_selection)
            current = i;
    const int next = current < 0 ? (direction > 0 ? 0 : n - 1) : (current + direction + n) % n;
    select(m_atlas->flashpoints[next].id);
}

void MainWindow::onDateChanged(const QDate &date)
{
    m_canvas->setDate(date);
    m_statusPanel->setDate(date);
    m_details->setDate(date);
}

bool MainWindow::handleTimeKey(int key, Qt::KeyboardModifiers modifiers)
{
    const EventIndex &events = m_atlas->eventIndex;
    const bool shift = modifiers & Qt::ShiftModifier;
    if (modifiers & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return false;
    switch (key) {
    case Qt::Key_Left: return shift ? m_time->stepMonth(-1) : m_time->stepEvent(events, -1);
    case Qt::Key_Right: return shift ? m_time->stepMonth(+1) : m_time->stepEvent(events, +1);
    case Qt::Key_Home: return !shift && m_time->toFirstEvent(events);
    case Qt::Key_End: return !shift && m_time->toLastEvent(events);
    default: return false;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isActiveWindow()) {
        // Text fields keep their keys: the date field, search boxes...
        QWidget *focus = QApplication::focusWidget();
        const bool typing = qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus)
                            || qobject_cast<QTextEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus);
        auto *key = static_cast<QKeyEvent *>(event);
        if (!typing && window() == this && handleTimeKey(key->key(), key->modifiers()))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateScaleLabel()
{
    const MapSettings s = m_canvas->settings();
    const double ground = MapDecorations::groundMetresPerPixel(s);
    const double dpi = screen() ? screen()->logicalDotsPerInchX() : 96.0;
    const double denominator = ground * dpi / 0.0254;
    m_scaleLabel->setText(tr("Scale 1:%L1").arg(std::round(denominator / 1000) * 1000, 0, 'f', 0));
}

void MainWindow::showCursor(const GeoPoint &p, bool onMap)
{
    if (!onMap) {
        m_positionLabel->clear();
        return;
    }
    QString text = tr("%1°%2  %3°%4")
                       .arg(std::abs(p.lat), 0, 'f', 4).arg(p.lat >= 0 ? 'N' : 'S')
                       .arg(std::abs(p.lon), 0, 'f', 4).arg(p.lon >= 0 ? 'E' : 'W');
    QPointF xy;
    if (m_atlas->terrain && Projection::instance().forward(p, &xy)) {
        const float z = m_atlas->terrain->at(xy);
        if (std::isfinite(z))
            text += tr("  %L1 m").arg(std::lround(z));
    }
    m_positionLabel->setText(text);
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
    if (mpp > 0 && std::isfinite(mpp) && std::isfinite(center.x()) && std::isfinite(center.y()))
        m_canvas->setView(center, mpp);
    // Only ids the map knows: a setting from another version cannot hide more.
    QSet<QString> hidden;
    for (const QString &id : settings.value(QStringLiteral("layers/hidden")).toStringList())
        if (MapSettings::layerIds().contains(id))
            hidden.insert(id);
    m_canvas->setHiddenLayers(hidden);
    m_layers->setHiddenLayers(hidden);
    const QString terrain = settings.value(QStringLiteral("terrain/path")).toString();
    if (!terrain.isEmpty() && !m_atlas->terrain && !openTerrain(terrain))
        settings.remove(QStringLiteral("terrain/path"));
    restoreLayers();
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
    saveLayers();
    cancelLayerLoad();
    e->accept();
}

void MainWindow::exportMap()
{
    MapSettings view = m_canvas->settings();
    view.date = m_time->date();
    ExportDialog dialog(view, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, tr("Export Map"),
                                 tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    MapExporter exporter(m_atlas);
    const bool ok = exporter.write(path, dialog.format(), dialog.settings(), dialog.page());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export Map"), tr("The map was not exported.\n\n%1").arg(exporter.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::copyMap()
{
    // What the window shows, as the window shows it.
    QGuiApplication::clipboard()->setImage(MapExporter(m_atlas).image(m_canvas->settings()));
    statusBar()->showMessage(tr("Copied the map to the clipboard"), 3000);
}
