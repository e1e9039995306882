#pragma once
// A PDF page an export or a briefing is laid out on: paper size, orientation
// and margins, the names the dialog and --page offer for the sizes, and the
// printable area in pixels (the map's size on that page).

#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QStringList>

struct ExportPage {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double marginMm = 10.0;

    // "A4", "a3", "Letter", ... (case-insensitive); false for any other name.
    static bool sizeFromName(const QString &name, QPageSize::PageSizeId *id);
    static QStringList sizeNames();

    // The layout a QPdfWriter is given, so the page and pixels() agree.
    QPageLayout layout() const;
    // The printable area in pixels at dpi: the settings' size for a PDF.
    QSize pixels(double dpi) const;
};
