#include "PageFooter.h"

#include "IsoDate.h"
#include "MapDecorations.h"
#include "MapStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

PageFooter::PageFooter(const Atlas &atlas, double scale, bool numbered)
    : m_text(MapDecorations::disclaimer()), m_font(MapStyle::font(9, scale)), m_scale(scale), m_numbered(numbered)
{
    if (atlas.recordCheckedTo.isValid())
        m_text += QCoreApplication::translate("PageFooter", " Record checked to %1.").arg(IsoDate::format(atlas.recordCheckedTo));
    if (atlas.hasOwnRecord)
        m_text += MapDecorations::ownRecordNote();
}

QString PageFooter::pageText(int page, int pages) const
{
    return QCoreApplication::translate("PageFooter", "Page %1 of %2").arg(page).arg(pages);
}

// Room for the widest page number a document of this kind reaches.
double PageFooter::pageTextWidth() const
{
    if (!m_numbered)
        return 0;
    return QFontMetricsF(m_font).horizontalAdvance(pageText(999, 999)) + 12 * m_scale;
}

double PageFooter::height(double width) const
{
    const QRectF text(0, 0, std::max(1.0, width - pageTextWidth()), 1e6);
    return QFontMetricsF(m_font).boundingRect(text, Qt::TextWordWrap, m_text).height() + 10 * m_scale;
}

void PageFooter::paint(QPainter &p, const QRectF &band, int page, int pages) const
{
    p.save();
    p.setFont(m_font);
    p.setPen(MapStyle::footerTextColor());
    const QRectF inner = band.adjusted(0, 6 * m_scale, 0, 0);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width() - pageTextWidth(), inner.height()),
               Qt::TextWordWrap, m_text);
    if (m_numbered)
        p.drawText(inner, Qt::AlignRight | Qt::AlignTop, pageText(page, pages));
    p.restore();
}
