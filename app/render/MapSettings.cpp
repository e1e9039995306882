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
