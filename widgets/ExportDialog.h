#pragma once
// File › Export Map…: where to, which format (PNG, SVG, PDF), the size in
// pixels or the PDF page, the dpi, and which parts the snapshot carries
// (title, date, legend, scale bar, north arrow, footer). It starts from the
// window's view (extent, date, selection) and only builds values: the caller
// writes the file through MapExporter.

#include "MapExporter.h"
#include "MapSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const MapSettings &view, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);   // also picks the format from the extension
    MapExporter::Format format() const;
    void setFormat(MapExporter::Format format);
    MapExporter::Page page() const;
    // What to export: the window's view fitted to the chosen size (PNG, SVG)
    // at the chosen dpi, with the chosen parts. For a PDF, MapExporter::pdf
    // fits it to the page.
    MapSettings settings() const;
    // Light (the default: for print and slides) or the map's dark style; a
    // comparison figure is always light (its page and table are).
    void setThemeChoice(bool enabled);

    void accept() override;

private:
    void browse();
    void formatChanged();
    void applyFormat();
    void pathEdited();
    void updateState();

    MapSettings m_view;
    QLineEdit *m_path;
    QComboBox *m_format;
    QStackedWidget *m_sizePages;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QSpinBox *m_dpi;
    QComboBox *m_theme;
    QCheckBox *m_title;
    QLineEdit *m_titleText;
    QCheckBox *m_date;
    QCheckBox *m_legend;
    QCheckBox *m_scaleBar;
    QCheckBox *m_northArrow;
    QCheckBox *m_footer;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    bool m_dpiTouched = false;
};
