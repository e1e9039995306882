#pragma once
// The foot of every page of a multi-page PDF (a briefing, a map's details
// pages, a comparison): the disclaimer that the LAC is not jointly
// delineated, the day the record was checked to, and "Page n of N" on the
// right; unnumbered, the foot of a figure of one page (a comparison's PNG).

#include "Atlas.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

class PageFooter
{
public:
    // scale: the device's dots per 96-dpi pixel (dpi / 96).
    PageFooter(const Atlas &atlas, double scale, bool numbered = true);

    // The height of the band at the foot of a page width wide.
    double height(double width) const;
    // Paints into the band at the foot of a page (band.height() == height()).
    void paint(QPainter &p, const QRectF &band, int page, int pages) const;

private:
    QString pageText(int page, int pages) const;
    double pageTextWidth() const;

    QString m_text;
    QFont m_font;
    double m_scale;
    bool m_numbered;
};
