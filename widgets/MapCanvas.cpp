#include "MapCanvas.h"

#include "MapDecorations.h"
#include "MapLegend.h"
#include "MapExporter.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "Projection.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QTextDocument> // Qt::convertFromPlainText
#include <QToolTip>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace {
constexpr double kMinMetresPerPixel = 5.0;     // about 1:19,000 on a 96 dpi screen
}

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Map"));
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // The window's legend folds away with a click on its header.
    m_settings.legendCollapsible = true;
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &MapCanvas::onRenderDone);
}

MapCanvas::~MapCanvas()
{
    // A render still running for a closed window is called off and waited
    // for: it must not go on holding the layers (and a worker) behind it.
    m_job.cancel();
    m_watcher.waitForFinished();
}

void MapCanvas::setDocument(const Document *document)
{
    setAtlas(document->record());
    setLayers(document->layers());
    connect(document, &Document::recordChanged, this, [this, document] { setAtlas(document->record()); });
    connect(document, &Document::layersChanged, this, [this, document] {
        // A user event's layer index may mean another layer now.
        m_settings.userSelectionLayer = -1;
        m_settings.userSelectionIndex = -1;
        setLayers(document->layers());
    });
    connect(document, &Document::layerStateChanged, this, [this, document] { setLayers(document->layers()); });
    connect(document, &Document::terrainChanged, this, [this, document] { setLayers(document->layers()); });
    connect(document, &Document::layerContentChanged, this, [this, document](int index) {
        // New rows: a selected event's index means another event now.
        if (m_settings.userSelectionLayer == index) {
            m_settings.userSelectionLayer = -1;
            m_settings.userSelectionIndex = -1;
        }
        setLayers(document->layers());
    });
}

void MapCanvas::setFeatureRows(FeatureRows *rows)
{
    m_rows = rows;
    // A tooltip shown before its event's row was read gets the title now.
    connect(rows, &FeatureRows::rowReady, this, [this] {
        if (!QToolTip::isVisible() || m_tooltipPos.x() < 0)
            return;
        const QString text = tooltipAt(m_tooltipPos);
        if (!text.isEmpty())
            QToolTip::showText(mapToGlobal(m_tooltipPos), Qt::convertFromPlainText(text), this);
    });
}

void MapCanvas::setMeasuring(bool on)
{
    if (on == m_measuring)
        return;
    m_measuring = on;
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    emit measureChanged();
}

void MapCanvas::clearMeasure()
{
    m_settings.measure.clear();
    m_settings.measureClosed = false;
    emit measureChanged();
    requestRender();
}

void MapCanvas::addMeasurePoint(const QPointF &screen)
{
    QList<GeoPoint> &pts = m_settings.measure;
    if (m_settings.measureClosed) {   // a new measurement after a closed ring
        pts.clear();
        m_settings.measureClosed = false;
    }
    const ViewTransform t = settings().transform();
    // A click on the first point closes the ring (three points or more).
    if (pts.size() >= 3) {
        QPointF first;
        if (Projection::instance().forward(pts.front(), &first)
            && QLineF(t.toScreen(first), screen).length() <= 8 * settings().symbolScale()) {
            m_settings.measureClosed = true;
            emit measureChanged();
            requestRender();
            return;
        }
    }
    GeoPoint g;
    if (!Projection::instance().inverse(t.toMap(screen), &g))
        return;
    pts.append(g);
    emit measureChanged();
    requestRender();
}

void MapCanvas::setAtlas(AtlasPtr atlas)
{
    m_atlas = std::move(atlas);
    requestRender();
}

void MapCanvas::setLayers(const LayerStack &layers)
{
    m_settings.layers = layers;
    requestRender();
}

MapSettings MapCanvas::settings() const
{
    MapSettings s = m_settings;
    s.size = size();
    return s;
}

void MapCanvas::setView(const QPointF &center, double metresPerPixel)
{
    if (isVisible())
        m_pendingFrame = QRectF();
    m_settings.center = center;
    m_settings.metresPerPixel = std::max(metresPerPixel, kMinMetresPerPixel);
    keepInRegion();
    emit viewChanged();
    requestRender();
}

void MapCanvas::setDate(const QDate &date)
{
    if (date == m_settings.date)
        return;
    m_settings.date = date;
    requestRender();
}

void MapCanvas::setTimeWindow(TimeCursor::Window window, int days)
{
    m_settings.window = window;
    m_settings.windowDays = days;
    requestRender();
}

void MapCanvas::setLegendVisible(bool visible)
{
    m_settings.legend = visible;
    requestRender();
}

void MapCanvas::setDateLabelVisible(bool visible)
{
    if (visible == m_settings.dateLabel)
        return;
    m_settings.dateLabel = visible;
    requestRender();
}

void MapCanvas::followSettings(const MapSettings &leader)
{
    MapSettings s = leader;
    s.size = m_settings.size;
    s.date = m_settings.date;
    s.measure = m_settings.measure;
    s.measureClosed = m_settings.measureClosed;
    m_settings = s;
    keepInRegion();
    requestRender();
}

void MapCanvas::setCaption(const QString &text, bool highlighted)
{
    if (text == m_caption && highlighted == m_captionHighlighted)
        return;
    m_caption = text;
    m_captionHighlighted = highlighted;
    update();
}

void MapCanvas::setCaptionPosition(const QPointF &topLeft)
{
    if (topLeft == m_captionAt)
        return;
    m_captionAt = topLeft;
    update();
}

void MapCanvas::setLegendCollapsed(bool collapsed)
{
    if (collapsed == m_settings.legendCollapsed)
        return;
    m_settings.legendCollapsed = collapsed;
    emit legendCollapsedChanged(collapsed);
    requestRender();
}

void MapCanvas::setHiddenLayers(const QSet<QString> &ids)
{
    m_settings.hiddenLayers = ids;
    requestRender();
}

void MapCanvas::setLayerOpacity(const QHash<QString, double> &opacity)
{
    m_settings.layerOpacity = opacity;
    requestRender();
}

void MapCanvas::setTheme(MapStyle::Theme theme)
{
    if (theme == m_settings.theme)
        return;
    m_settings.theme = theme;
    requestRender();
}

void MapCanvas::updateAccessibleDescription()
{
    QStringList parts{tr("Eastern Ladakh as of %1.").arg(m_settings.date.toString(Qt::ISODate))};
    if (m_atlas && !m_settings.selection.isEmpty()) {
        const QString &id = m_settings.selection;
        if (const Flashpoint *f = m_atlas->flashpoint(id))
            parts << tr("Selected: %1, %2.").arg(f->name, StatusInfo::label(m_atlas->statuses.stateAt(id, m_settings.date).status));
        else if (const Place *place = m_atlas->place(id))
            parts << tr("Selected: %1.").arg(place->name);
        else if (const MapLine *line = m_atlas->line(id))
            parts << tr("Selected: %1.").arg(line->name);
        else if (const Event *event = m_atlas->event(id))
            parts << tr("Selected: %1.").arg(event->title);
    }
    parts << tr("Arrow keys (Ctrl+Left/Right) pan, + and - zoom, Tab selects the next flashpoint, "
                "Ctrl+Tab leaves the map.");
    const QString text = parts.join(QLatin1Char(' '));
    if (text != accessibleDescription())
        setAccessibleDescription(text);
}

namespace {
// Whether the focus came by keyboard (Tab, a shortcut, the program), as a
// browser's :focus-visible: a click or the window's activation shows no frame.
const char *const kKeyboardFocus = "lacKeyboardFocus";
}

void MapCanvas::focusInEvent(QFocusEvent *e)
{
    QWidget::focusInEvent(e);
    if (e->reason() != Qt::PopupFocusReason)   // back from a menu: as it was
        setProperty(kKeyboardFocus, e->reason() != Qt::MouseFocusReason && e->reason() != Qt::ActiveWindowFocusReason);
    update();   // the focus frame
}

void MapCanvas::focusOutEvent(QFocusEvent *e)
{
    QWidget::focusOutEvent(e);
    update();
}

void MapCanvas::setSelection(const QString &id, int userLayer, qint64 userIndex)
{
    m_settings.selection = id;
    m_settings.userSelectionLayer = userLayer;
    m_settings.userSelectionIndex = userIndex;
    requestRender();
}

void MapCanvas::zoomBy(double factor, const QPointF &anchor)
{
    // Keep the map point under the anchor where it is.
    const ViewTransform before = settings().transform();
    const QPointF fixed = before.toMap(anchor);
    MapSettings limited = settings();
    limited.metresPerPixel = std::max(m_settings.metresPerPixel / factor, kMinMetresPerPixel);
    limited.keepWithin(Atlas::fullExtent());
    const double mpp = limited.metresPerPixel;
    const QPointF offset(anchor.x() - width() / 2.0, anchor.y() - height() / 2.0);
    setView(QPointF(fixed.x() - offset.x() * mpp, fixed.y() + offset.y() * mpp), mpp);
}

void MapCanvas::panByPixels(const QPointF &delta)
{
    setView(m_settings.center + QPointF(-delta.x(), delta.y()) * m_settings.metresPerPixel,
            m_settings.metresPerPixel);
}

void MapCanvas::frame(QRectF mapExtent) // by value: callers pass m_pendingFrame
{
    if (!isVisible()) {
        // The widget has no real size yet: frame when it gets one.
        m_pendingFrame = mapExtent;
        return;
    }
    m_pendingFrame = QRectF();
    // Fit the extent into the part of the map the legend, date and footer
    // leave clear, as exports do.
    MapSettings s = m_atlas ? MapRenderer::withUserLegend(*m_atlas, settings()) : settings();
    MapDecorations::frameClearOfDecorations(&s, mapExtent);
    setView(s.center, s.metresPerPixel);
}

void MapCanvas::zoomIn() { zoomBy(1.5, rect().center()); }
void MapCanvas::zoomOut() { zoomBy(1 / 1.5, rect().center()); }

void MapCanvas::resetView()
{
    if (m_atlas)
        frame(m_atlas->flashpointExtent());
}

bool MapCanvas::isRenderPending() const
{
    // Until onRenderDone has taken the result, the shown image is stale, even
    // when the worker itself has finished.
    return m_jobActive || m_renderAgain;
}

void MapCanvas::requestRender()
{
    updateAccessibleDescription();
    emit settingsChanged();
    if (m_jobActive) {
        // The running job is stale: it stops at its next layer, and another
        // starts when it ends. Unless the map has shown nothing new for a
        // while: then it finishes, so a steady scrub still shows frames.
        if (m_sinceImage.isValid() && m_sinceImage.elapsed() < 100)
            m_job.cancel();
        m_renderAgain = true;
        update();
        return;
    }
    startRender();
}

void MapCanvas::startRender()
{
    m_renderAgain = false;
    m_job = RenderJob(m_atlas, settings());
    m_jobActive = true;
    m_watcher.setFuture(m_job.image(devicePixelRatioF(), m_basemapCache));
    update();
}

void MapCanvas::onRenderDone()
{
    m_jobActive = false;
    const QImage image = m_watcher.result();
    if (!image.isNull()) {   // null: cancelled for a newer view
        m_image = image;
        m_imageSettings = m_job.settings();
        m_sinceImage.start();
    }
    update();
    if (m_renderAgain)
        startRender();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const MapStyle::ThemeScope theme(m_settings.theme);
    p.fillRect(rect(), MapStyle::background());
    if (!m_image.isNull()) {
        const MapSettings now = settings();
        if (m_imageSettings.center == now.center && m_imageSettings.metresPerPixel == now.metresPerPixel
            && m_imageSettings.size == now.size) {
            p.drawImage(QPointF(0, 0), m_image);
        } else {
            // Show the old image where its content lies in the new view until
            // the new render arrives.
            const double scale = m_imageSettings.metresPerPixel / now.metresPerPixel;
            const QPointF topLeft = now.transform().toScreen(m_imageSettings.transform().toMap(QPointF(0, 0)));
            p.setRenderHint(QPainter::SmoothPixmapTransform, true);
            p.drawImage(QRectF(topLeft, QSizeF(m_imageSettings.size) * scale), m_image);
        }
    }
    if (!m_caption.isEmpty())
        MapStyle::paintCaption(p, m_caption, m_captionHighlighted, m_captionAt);
    if (hasFocus() && property(kKeyboardFocus).toBool()) {
        // Where the keys go: a frame in the accent colour, inside the edge.
        p.setPen(QPen(MapStyle::accentColor(), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

void MapCanvas::keepInRegion()
{
    // Only a widget with its real size can be kept in: until then the view
    // is framed when shown.
    if (size().isEmpty())
        return;
    MapSettings s = settings();
    s.keepWithin(Atlas::fullExtent());
    m_settings.center = s.center;
    m_settings.metresPerPixel = s.metresPerPixel;
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (!m_pendingFrame.isNull() && isVisible()) {
        frame(m_pendingFrame);
        return;
    }
    // A larger window shows more: it must still show only the region.
    const QPointF center = m_settings.center;
    const double mpp = m_settings.metresPerPixel;
    keepInRegion();
    if (center != m_settings.center || mpp != m_settings.metresPerPixel)
        emit viewChanged();
    requestRender();
}

void MapCanvas::showEvent(QShowEvent *)
{
    if (!m_pendingFrame.isNull())
        frame(m_pendingFrame);
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    emit pressed();
    if (e->button() == Qt::LeftButton) {
        m_dragging = true;
        m_lastMouse = e->position();
        m_pressPos = e->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    if (m_dragging) {
        panByPixels(e->position() - m_lastMouse);
        m_lastMouse = e->position();
    }
    GeoPoint g;
    const bool ok = Projection::instance().inverse(settings().transform().toMap(e->position()), &g);
    emit cursorMoved(g, ok);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        if (m_measuring)
            setCursor(Qt::CrossCursor);
        else
            unsetCursor();
        // A click, not a drag: a ruler point, or what is under it.
        const bool click = QLineF(m_pressPos, e->position()).length() < 4;
        if (click && onLegendHeader(e->position()))
            setLegendCollapsed(!m_settings.legendCollapsed);
        else if (click && m_measuring)
            addMeasurePoint(e->position());
        else if (click && m_atlas)
            emit featuresClicked(MapHitTester::hitsAt(*m_atlas, settings(), e->position()),
                                 e->globalPosition().toPoint());
    }
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), e->position());
    e->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *e)
{
    // Plain Left/Right step through time anywhere in the window (MainWindow),
    // so the map pans with Ctrl+arrows (and Up/Down on their own).
    const bool ctrl = e->modifiers() & Qt::ControlModifier;
    const double stepX = width() / 8.0, stepY = height() / 8.0;
    switch (e->key()) {
    case Qt::Key_Left:
        if (!ctrl)
            return QWidget::keyPressEvent(e);
        panByPixels(QPointF(stepX, 0));
        break;
    case Qt::Key_Right:
        if (!ctrl)
            return QWidget::keyPressEvent(e);
        panByPixels(QPointF(-stepX, 0));
        break;
    case Qt::Key_Up: panByPixels(QPointF(0, stepY)); break;
    case Qt::Key_Down: panByPixels(QPointF(0, -stepY)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // Ctrl+Tab moves on to the next control, as out of a text editor.
        if (ctrl)
            QWidget::focusNextPrevChild(e->key() == Qt::Key_Tab && !(e->modifiers() & Qt::ShiftModifier));
        else
            emit cycleFlashpoint(e->key() == Qt::Key_Tab ? +1 : -1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: emit activateSelection(); break;
    case Qt::Key_Escape:
        if (m_measuring)
            setMeasuring(false);
        else
            emit clearSelection();
        break;
    case Qt::Key_Backspace:
        if (!m_measuring || m_settings.measure.isEmpty())
            return QWidget::keyPressEvent(e);
        if (m_settings.measureClosed)
            m_settings.measureClosed = false;
        else
            m_settings.measure.removeLast();
        emit measureChanged();
        requestRender();
        break;
    default: QWidget::keyPressEvent(e); return;
    }
    e->accept();
}

bool MapCanvas::onLegendHeader(const QPointF &pos) const
{
    // The header is where the renderer puts the legend for this view.
    return m_atlas && MapLegend::headerRect(MapRenderer::withUserLegend(*m_atlas, settings())).contains(pos);
}

QString MapCanvas::tooltipAt(const QPointF &pos) const
{
    if (!m_atlas)
        return {};
    const MapSettings s = settings();
    const QList<MapHit> hits = MapHitTester::hitsAt(*m_atlas, s, pos);
    if (hits.isEmpty())
        return {};
    QString text = MapHitTester::tooltip(*m_atlas, s, hits.front(), m_rows);
    if (hits.size() > 1)
        text += tr("\n(+%n more here: click to choose)", nullptr, int(hits.size() - 1));
    return text;
}

bool MapCanvas::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        m_tooltipPos = help->pos();
        const QString text = !onLegendHeader(help->pos()) ? tooltipAt(help->pos())
                             : m_settings.legendCollapsed      ? tr("Show the legend (View › Legend)")
                                                               : tr("Fold the legend away (View › Legend)");
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text), this); // data is plain text
        return true;
    }
    return QWidget::event(e);
}

void MapCanvas::leaveEvent(QEvent *)
{
    emit cursorMoved(GeoPoint(), false);
}
