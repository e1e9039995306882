#include "BundledLayers.h"

#include "LayerPanel.h"
#include "MapCanvas.h"
#include "MapSettings.h"

#include <QSettings>
#include <QVariantMap>
#include <cmath>

namespace {
const QString kHidden = QStringLiteral("layers/hidden");
const QString kOpacity = QStringLiteral("layers/opacity");
} // namespace

BundledLayers::BundledLayers(LayerPanel *panel, MapCanvas *canvas, QObject *parent)
    : QObject(parent), m_panel(panel), m_canvas(canvas)
{
    connect(panel, &LayerPanel::bundledVisibilityChanged, this, [this](const QString &id, bool on) {
        QSet<QString> hidden = m_canvas->settings().hiddenLayers;
        if (on)
            hidden.remove(id);
        else
            hidden.insert(id);
        m_canvas->setHiddenLayers(hidden);
        QStringList list(hidden.cbegin(), hidden.cend());
        list.sort();
        QSettings().setValue(kHidden, list);
    });
    connect(panel, &LayerPanel::bundledOpacityChanged, this, [this](const QString &id, double opacity) {
        QHash<QString, double> all = m_canvas->settings().layerOpacity;
        all.insert(id, opacity);
        m_canvas->setLayerOpacity(all);
        QVariantMap saved;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            saved.insert(it.key(), it.value());
        QSettings().setValue(kOpacity, saved);
    });
}

void BundledLayers::restore()
{
    QSettings settings;
    // Only ids the map knows, and opacities it can draw: a setting from
    // another version cannot hide more or break the map.
    const QStringList ids = MapSettings::layerIds();
    QSet<QString> hidden;
    for (const QString &id : settings.value(kHidden).toStringList())
        if (ids.contains(id))
            hidden.insert(id);
    QHash<QString, double> opacity;
    const QVariantMap saved = settings.value(kOpacity).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        bool ok = false;
        const double v = it.value().toDouble(&ok);
        if (ok && std::isfinite(v) && ids.contains(it.key()))
            opacity.insert(it.key(), std::clamp(v, 0.0, 1.0));
    }
    m_canvas->setHiddenLayers(hidden);
    m_canvas->setLayerOpacity(opacity);
    m_panel->setHiddenLayers(hidden);
    m_panel->setBundledOpacity(opacity);
}
