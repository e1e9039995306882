#include "ExportDialog.h"

#include "Projection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <cmath>

namespace {

QString suffixOf(MapExporter::Format f)
{
    return MapExporter::formatName(f);
}

} // namespace

ExportDialog::ExportDialog(const MapSettings &view, QWidget *parent)
    : QDialog(parent), m_view(view), m_path(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_sizePages(new QStackedWidget(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_pageSize(new QComboBox(this)), m_orientation(new QComboBox(this)), m_dpi(new QSpinBox(this)),
      m_theme(new QComboBox(this)), m_title(new QCheckBox(tr("&Title"), this)), m_titleText(new QLineEdit(this)),
      m_date(new QCheckBox(tr("&Date stamp"), this)), m_legend(new QCheckBox(tr("&Legend"), this)),
      m_scaleBar(new QCheckBox(tr("&Scale bar"), this)),
      m_northArrow(new QCheckBox(tr("&North arrow"), this)),
      m_footer(new QCheckBox(tr("&Footer: sources and disclaimer"), this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Map"));
    setObjectName(QStringLiteral("exportDialog"));
    m_path->setObjectName(QStringLiteral("path"));
    m_format->setObjectName(QStringLiteral("format"));
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Light"), int(MapStyle::Theme::Light));
    m_theme->addItem(tr("Dark"), int(MapStyle::Theme::Dark));
    m_theme->setToolTip(tr("Exports are light unless you choose the dark map style, whatever the window's theme."));
    m_title->setObjectName(QStringLiteral("title"));
    m_titleText->setObjectName(QStringLiteral("titleText"));
    m_date->setObjectName(QStringLiteral("date"));
    m_legend->setObjectName(QStringLiteral("legend"));
    m_scaleBar->setObjectName(QStringLiteral("scaleBar"));
    m_northArrow->setObjectName(QStringLiteral("northArrow"));
    m_footer->setObjectName(QStringLiteral("footer"));

    m_format->addItem(tr("PNG image"), int(MapExporter::Format::Png));
    m_format->addItem(tr("SVG drawing (vector)"), int(MapExporter::Format::Svg));
    m_format->addItem(tr("PDF document (vector)"), int(MapExporter::Format::Pdf));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    // Pixels for PNG and SVG, a page for PDF.
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 16384);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(std::clamp(view.size.width(), 16, 16384));
    m_height->setValue(std::clamp(view.size.height(), 16, 16384));
    auto *pixels = new QWidget(this);
    auto *pixelRow = new QHBoxLayout(pixels);
    pixelRow->setContentsMargins(0, 0, 0, 0);
    pixelRow->addWidget(m_width);
    pixelRow->addWidget(new QLabel(QStringLiteral("×"), pixels));
    pixelRow->addWidget(m_height);
    pixelRow->addStretch();
    auto *pageWidget = new QWidget(this);
    auto *pageRow = new QHBoxLayout(pageWidget);
    pageRow->setContentsMargins(0, 0, 0, 0);
    m_pageSize->addItems(ExportPage::sizeNames());
    m_pageSize->setCurrentText(QStringLiteral("A4"));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    pageRow->addWidget(m_pageSize);
    pageRow->addWidget(m_orientation);
    pageRow->addStretch();
    m_sizePages->addWidget(pixels);
    m_sizePages->addWidget(pageWidget);

    m_dpi->setRange(24, 2400);
    m_dpi->setValue(96);
    m_dpi->setToolTip(tr("Text and symbols are drawn for this resolution; a PNG keeps its size in pixels."));
    connect(m_dpi, &QSpinBox::valueChanged, this, [this] { m_dpiTouched = true; });

    m_titleText->setText(view.date.isValid()
                             ? MapSettings::defaultTitle().replace(QLatin1String("{date}"),
                                                                   view.date.toString(Qt::ISODate))
                             : tr("Eastern Ladakh"));
    for (QCheckBox *box : {m_title, m_date, m_legend, m_scaleBar, m_northArrow, m_footer})
        box->setChecked(true);
    connect(m_title, &QCheckBox::toggled, m_titleText, &QWidget::setEnabled);

    m_path->setMinimumWidth(360);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *sizeLabel = new QLabel(tr("Si&ze:"), this);
    sizeLabel->setBuddy(m_width);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(sizeLabel, m_sizePages);
    form->addRow(tr("D&PI:"), m_dpi);
    form->addRow(tr("T&heme:"), m_theme);

    auto *parts = new QGroupBox(tr("What the snapshot shows"), this);
    auto *partsLayout = new QFormLayout(parts);
    partsLayout->addRow(m_title, m_titleText);
    auto *grid = new QHBoxLayout;
    auto *left = new QVBoxLayout, *right = new QVBoxLayout;
    left->addWidget(m_date);
    left->addWidget(m_legend);
    left->addWidget(m_scaleBar);
    right->addWidget(m_northArrow);
    right->addWidget(m_footer);
    right->addStretch();
    grid->addLayout(left);
    grid->addLayout(right);
    partsLayout->addRow(grid);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    GeoPoint centre;
    const bool ok = Projection::instance().inverse(view.center, &centre);
    m_summary->setText(
        tr("The window's view%1, as of %2.")
            .arg(ok ? tr(" (centre %1°N %2°E)").arg(centre.lat, 0, 'f', 3).arg(centre.lon, 0, 'f', 3) : QString(),
                 view.date.isValid() ? view.date.toString(Qt::ISODate) : tr("no date")));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(parts);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);

    // Start where the last export went, in its format.
    QSettings settings;
    QString dir = settings.value(QStringLiteral("export/directory")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString last = settings.value(QStringLiteral("export/format"), QStringLiteral("png")).toString();
    MapExporter::Format format = MapExporter::Format::Png;
    if (!MapExporter::formatFromPath(QStringLiteral("x.") + last, &format) || format == MapExporter::Format::Gif)
        format = MapExporter::Format::Png;
    const QString name = QStringLiteral("lac-map-%1.%2")
                             .arg(view.date.isValid() ? view.date.toString(Qt::ISODate) : QStringLiteral("undated"),
                                  suffixOf(format));
    setPath(QDir(dir).filePath(name));
    m_dpiTouched = false;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    pathEdited();
}

MapExporter::Format ExportDialog::format() const
{
    return MapExporter::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(MapExporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

MapExporter::Page ExportDialog::page() const
{
    MapExporter::Page p;
    ExportPage::sizeFromName(m_pageSize->currentText(), &p.size);
    p.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return p;
}

MapSettings ExportDialog::settings() const
{
    MapSettings view = m_view;
    view.dpi = m_dpi->value();
    MapSettings s = format() == MapExporter::Format::Pdf
                        ? view
                        : MapExporter::resized(view, QSize(m_width->value(), m_height->value()));
    s.showTitle = m_title->isChecked();
    s.title = m_titleText->text();
    s.dateLabel = m_date->isChecked();
    s.legend = m_legend->isChecked();
    // A file shows the legend whole, however the window has it folded.
    s.legendCollapsible = s.legendCollapsed = false;
    s.scaleBar = m_scaleBar->isChecked();
    s.northArrow = m_northArrow->isChecked();
    s.disclaimer = m_footer->isChecked();
    s.theme = MapStyle::Theme(m_theme->currentData().toInt());
    return s;
}

void ExportDialog::setThemeChoice(bool enabled)
{
    if (!enabled)
        m_theme->setCurrentIndex(0);
    m_theme->setEnabled(enabled);
}

void ExportDialog::browse()
{
    const QString filter = format() == MapExporter::Format::Png   ? tr("PNG images (*.png)")
                           : format() == MapExporter::Format::Svg ? tr("SVG drawings (*.svg)")
                                                                  : tr("PDF documents (*.pdf)");
    // The window asks before replacing a file, once, when it writes.
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the map to"), path(), filter, nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::pathEdited()
{
    // A file name ending in .png, .svg or .pdf picks the format; the name
    // itself is left as typed.
    MapExporter::Format f;
    if (MapExporter::formatFromPath(path(), &f) && f != MapExporter::Format::Gif && f != format()) {
        const QSignalBlocker block(m_format);
        setFormat(f);
    }
    applyFormat();
}

void ExportDialog::formatChanged()
{
    // The file name follows the format chosen in the list.
    const MapExporter::Format f = format();
    const QString p = path();
    MapExporter::Format named;
    if (!p.isEmpty() && (!MapExporter::formatFromPath(p, &named) || named != f)) {
        const QFileInfo info(p);
        const QString base = MapExporter::formatFromPath(p, &named) ? info.completeBaseName() : info.fileName();
        m_path->setText(info.dir().filePath(base + QLatin1Char('.') + suffixOf(f)));
    }
    applyFormat();
}

void ExportDialog::applyFormat()
{
    const MapExporter::Format f = format();
    m_sizePages->setCurrentIndex(f == MapExporter::Format::Pdf ? 1 : 0);
    if (!m_dpiTouched) {
        const QSignalBlocker block(m_dpi);
        m_dpi->setValue(f == MapExporter::Format::Pdf ? 300 : 96);
    }
    updateState();
}

void ExportDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

void ExportDialog::accept()
{
    if (path().isEmpty() || QFileInfo(path()).fileName().isEmpty())
        return;
    // A name without the format's extension gets it.
    MapExporter::Format named;
    if (!MapExporter::formatFromPath(path(), &named) || named != format())
        m_path->setText(path() + QLatin1Char('.') + suffixOf(format()));
    const QFileInfo info(path());
    if (!info.dir().exists()) {
        QMessageBox::warning(this, tr("Export Map"), tr("The folder %1 does not exist.").arg(info.dir().path()));
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/directory"), info.dir().absolutePath());
    settings.setValue(QStringLiteral("export/format"), suffixOf(format()));
    QDialog::accept();
}
