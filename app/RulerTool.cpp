#include "RulerTool.h"

#include "Geodesic.h"
#include "MapCanvas.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QStatusBar>

RulerTool::RulerTool(MapCanvas *canvas, QMenu *menu, QStatusBar *bar, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_bar(bar)
{
    QAction *measure = menu->addAction(tr("&Measure"));
    measure->setObjectName(QStringLiteral("measureAction"));
    measure->setCheckable(true);
    measure->setShortcut(QKeySequence(Qt::Key_M));
    measure->setToolTip(tr("Click points on the map to measure along the ellipsoid; click the first point "
                           "again to close a ring; Backspace takes a point back, Escape ends"));
    connect(measure, &QAction::toggled, canvas, &MapCanvas::setMeasuring);
    QAction *copyMeasure = menu->addAction(tr("&Copy Measurement"), this, [this] {
        if (m_canvas->measurePoints().size() < 2)
            return;
        QGuiApplication::clipboard()->setText(
            Geodesic::summary(m_canvas->measurePoints(), m_canvas->measureClosed()));
        m_bar->showMessage(tr("Copied the measurement"), 3000);
    });
    copyMeasure->setObjectName(QStringLiteral("copyMeasureAction"));
    copyMeasure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    menu->addAction(tr("C&lear Measurement"), m_canvas, &MapCanvas::clearMeasure);
    connect(canvas, &MapCanvas::measureChanged, this, [this, measure] {
        measure->setChecked(m_canvas->isMeasuring());
        const QList<GeoPoint> pts = m_canvas->measurePoints();
        if (pts.size() < 2) {
            if (m_canvas->isMeasuring())
                m_bar->showMessage(tr("Measuring: click points on the map"));
            return;
        }
        const bool ring = m_canvas->measureClosed() && pts.size() >= 3;
        const Geodesic::Measure m = Geodesic::measure(pts, ring);
        QString text = tr("Ruler: %1 over %n leg(s)", nullptr, int(m.legs.size())).arg(Geodesic::distanceText(m.metres));
        if (!m.legs.isEmpty())
            text += tr(", last leg %1 at %2°").arg(Geodesic::distanceText(m.legs.back().metres))
                        .arg(m.legs.back().bearing, 0, 'f', 1);
        if (ring)
            text += tr(", area %1 km²").arg(m.areaSquareMetres / 1e6, 0, 'f', 1);
        m_bar->showMessage(text + tr("  (Ctrl+Shift+M copies)"));
    });
}
