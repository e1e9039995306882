#include "MapSettings.h"

#include <algorithm>

QString MapSettings::titleText() const
{
    QString text = title.isEmpty() ? defaultTitle() : title;
    return text.replace(QLatin1String("{date}"), date.isValid() ? date.toString(Qt::ISODate) : QString());
}

void MapSettings::setDecorations(bool on)
{
    showTitle = dateLabel = legend = scaleBar = northArrow = disclaimer = on;
}

void MapSettings::frame(const QRectF &extent, int margin)
{
    if (extent.isEmpty() && extent.width() <= 0 && extent.height() <= 0) {
        center = extent.center();
        return;
    }
    const double w = std::max(1, size.width() - 2 * margin);
    const double h = std::max(1, size.height() - 2 * margin);
    center = extent.center();
    metresPerPixel = std::max(extent.width() / w, extent.height() / h);
    metresPerPixel = std::max(metresPerPixel, 1.0);
}

void MapSettings::keepWithin(const QRectF &limit)
{
    if (limit.isEmpty() || size.isEmpty())
        return;
    metresPerPixel = std::min({metresPerPixel, limit.width() / size.width(),
                               limit.height() / size.height()});
    const double hw = size.width() / 2.0 * metresPerPixel, hh = size.height() / 2.0 * metresPerPixel;
    const double x = std::min(std::max(center.x(), limit.left() + hw), limit.right() - hw);
    const double y = std::min(std::max(center.y(), limit.top() + hh), limit.bottom() - hh);
    center = QPointF(x, y);
}

double MapSettings::opacityOf(const QString &id) const
{
    const auto it = layerOpacity.constFind(id);
    return it == layerOpacity.constEnd() ? 1.0 : std::clamp(*it, 0.0, 1.0);
}

QStringList MapSettings::layerIds()
{
    return {QStringLiteral("basemap"), QStringLiteral("terrain"), QStringLiteral("roads"), QStringLiteral("claims"),
            QStringLiteral("buffer-zones"), QStringLiteral("lac-india"), QStringLiteral("lac-china"),
            QStringLiteral("places"), QStringLiteral("events")};
}

QString MapSettings::layerOfKind(const QString &kind)
{
    if (kind.startsWith(QLatin1String("boundary")))
        return QStringLiteral("basemap");
    if (kind == QLatin1String("lac-india") || kind == QLatin1String("lac-china"))
        return kind;
    if (kind.startsWith(QLatin1String("claim")))
        return QStringLiteral("claims");
    // A limit of patrolling goes with the buffer zones it bounds.
    if (kind == QLatin1String("buffer-zone") || kind == QLatin1String("patrol-limit"))
        return QStringLiteral("buffer-zones");
    if (kind == QLatin1String("road"))
        return QStringLiteral("roads");
    return {};
}
