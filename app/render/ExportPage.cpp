#include "ExportPage.h"

#include <QList>
#include <QPair>
#include <QRect>
#include <cmath>

namespace {
const QList<QPair<QString, QPageSize::PageSizeId>> &pageSizes()
{
    static const QList<QPair<QString, QPageSize::PageSizeId>> sizes = {
        {QStringLiteral("A5"), QPageSize::A5},         {QStringLiteral("A4"), QPageSize::A4},
        {QStringLiteral("A3"), QPageSize::A3},         {QStringLiteral("A2"), QPageSize::A2},
        {QStringLiteral("Letter"), QPageSize::Letter}, {QStringLiteral("Legal"), QPageSize::Legal},
        {QStringLiteral("Tabloid"), QPageSize::Tabloid}};
    return sizes;
}
} // namespace

bool ExportPage::sizeFromName(const QString &name, QPageSize::PageSizeId *id)
{
    for (const auto &p : pageSizes()) {
        if (p.first.compare(name, Qt::CaseInsensitive) == 0) {
            *id = p.second;
            return true;
        }
    }
    return false;
}

QStringList ExportPage::sizeNames()
{
    QStringList names;
    for (const auto &p : pageSizes())
        names << p.first;
    return names;
}

QPageLayout ExportPage::layout() const
{
    return QPageLayout(QPageSize(size), orientation, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                       QPageLayout::Millimeter);
}

QSize ExportPage::pixels(double dpi) const
{
    return layout().paintRectPixels(int(std::lround(dpi))).size();
}
