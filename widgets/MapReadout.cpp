#include "MapReadout.h"

#include "MapCanvas.h"
#include "MapDecorations.h"
#include "Projection.h"

#include <QLabel>
#include <QScreen>
#include <QStatusBar>
#include <cmath>

MapReadout::MapReadout(MapCanvas *canvas, const Document *document, QStatusBar *bar)
    : QObject(bar), m_canvas(canvas), m_document(document), m_position(new QLabel(bar)), m_scale(new QLabel(bar))
{
    m_position->setMinimumWidth(260);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    bar->addWidget(m_position);
    bar->addPermanentWidget(m_scale);
    connect(canvas, &MapCanvas::cursorMoved, this, &MapReadout::showCursor);
    connect(canvas, &MapCanvas::viewChanged, this, &MapReadout::updateScale);
}

void MapReadout::updateScale()
{
    const MapSettings s = m_canvas->settings();
    const double ground = MapDecorations::groundMetresPerPixel(s);
    const double dpi = m_canvas->screen() ? m_canvas->screen()->logicalDotsPerInchX() : 96.0;
    const double denominator = ground * dpi / 0.0254;
    m_scale->setText(tr("Scale 1:%L1").arg(std::round(denominator / 1000) * 1000, 0, 'f', 0));
}

void MapReadout::showCursor(const GeoPoint &p, bool onMap)
{
    if (!onMap) {
        m_position->clear();
        return;
    }
    QString text = tr("%1°%2  %3°%4")
                       .arg(std::abs(p.lat), 0, 'f', 4).arg(p.lat >= 0 ? 'N' : 'S')
                       .arg(std::abs(p.lon), 0, 'f', 4).arg(p.lon >= 0 ? 'E' : 'W');
    QPointF xy;
    const auto &terrain = m_document->layers().terrain;
    if (terrain && Projection::instance().forward(p, &xy)) {
        const float z = terrain->at(xy);
        if (std::isfinite(z))
            text += tr("  %L1 m").arg(std::lround(z));
    }
    m_position->setText(text);
}
