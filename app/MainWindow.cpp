#include "MainWindow.h"

#include "AtlasLoader.h"
#include "FlashpointPanel.h"
#include "MapCanvas.h"
#include "MapDecorations.h"
#include "TimeCursor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <cmath>

MainWindow::MainWindow(AtlasPtr atlas, TimeCursor *time, QWidget *parent)
    : QMainWindow(parent), m_atlas(std::move(atlas)), m_time(time), m_canvas(new MapCanvas(this)),
      m_panel(new FlashpointPanel(this)), m_positionLabel(new QLabel(this)),
      m_scaleLabel(new QLabel(this))
{
    setWindowTitle(tr("LAC Viewer — eastern Ladakh"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lacviewer.svg")));
    setCentralWidget(m_canvas);
    m_canvas->setAtlas(m_atlas);
    m_canvas->setDate(m_time->date());
    connect(m_time, &TimeCursor::dateChanged, m_canvas, &MapCanvas::setDate);

    auto *dock = new QDockWidget(tr("Flashpoints"), this);
    dock->setObjectName(QStringLiteral("flashpointsDock"));
    dock->setWidget(m_panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_panel->setAtlas(m_atlas);
    connect(m_panel, &FlashpointPanel::flashpointActivated, this, &MainWindow::zoomToFlashpoint);

    m_positionLabel->setMinimumWidth(260);
    statusBar()->addWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_scaleLabel);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &MapCanvas::viewChanged, this, &MainWindow::updateScaleLabel);

    createMenus();
    resize(1400, 900);
    m_canvas->resetView();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Layer…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a vector layer"), QString(),
            tr("Vector data (*.geojson *.json *.gpkg *.fgb *.kml *.shp *.csv);;All files (*)"));
        if (!path.isEmpty())
            openLayer(path);
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_canvas, &MapCanvas::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_canvas, &MapCanvas::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *reset = view->addAction(tr("&Reset View"), m_canvas, &MapCanvas::resetView);
    reset->setShortcut(QKeySequence(Qt::Key_Home));
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
    // The atlas is shared read-only with render jobs: build a new one with
    // the layer added and swap it in, so nothing half-loaded is ever drawn.
    auto next = std::make_shared<Atlas>(*m_atlas);
    DataErrors errors;
    if (!AtlasLoader().addUserLayer(next.get(), path, &errors)) {
        QStringList lines;
        for (const DataError &e : errors)
            lines << e.toString();
        // Window-modal, not a nested event loop: the caller goes on at once.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open layer"),
                                    tr("The layer was not added; what was loaded stays."),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("layerErrorBox"));
        box->setInformativeText(lines.value(0));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->open();
        statusBar()->showMessage(lines.value(0), 10000);
        return false;
    }
    m_atlas = next;
    m_canvas->setAtlas(m_atlas);
    statusBar()->showMessage(tr("Added layer %1").arg(path), 5000);
    return true;
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
    m_canvas->setSelection(id);
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
    m_positionLabel->setText(tr("%1°%2  %3°%4")
                                 .arg(std::abs(p.lat), 0, 'f', 4).arg(p.lat >= 0 ? 'N' : 'S')
                                 .arg(std::abs(p.lon), 0, 'f', 4).arg(p.lon >= 0 ? 'E' : 'W'));
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QPointF center = settings.value(QStringLiteral("view/center")).toPointF();
    const double mpp = settings.value(QStringLiteral("view/metresPerPixel"), 0.0).toDouble();
    if (mpp > 0 && std::isfinite(mpp) && std::isfinite(center.x()) && std::isfinite(center.y()))
        m_canvas->setView(center, mpp);
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    const MapSettings s = m_canvas->settings();
    settings.setValue(QStringLiteral("view/center"), s.center);
    settings.setValue(QStringLiteral("view/metresPerPixel"), s.metresPerPixel);
    e->accept();
}
