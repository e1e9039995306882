#include "DetailsPanel.h"

#include "FeatureDetails.h"

#include "EventLayerLoader.h"
#include "MapStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>


DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent), m_view(new QTextBrowser(this)), m_copy(new QPushButton(tr("Copy details"), this)),
      m_copyCoordinates(new QPushButton(tr("Copy coordinates"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Links are handled here: nothing opens by itself, nothing is fetched.
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    m_view->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_view->setAccessibleName(tr("Details of the selection"));
    // Fusion draws no focus on a text view's frame: the highlight shows it.
    m_view->setStyleSheet(QStringLiteral("QTextBrowser:focus { border: 2px solid palette(highlight); }"));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyCoordinates);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_view, &QTextBrowser::anchorClicked, this, &DetailsPanel::onAnchor);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(m_copyCoordinates, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_coordinates); });
    clear();
}

void DetailsPanel::setDocument(const Document *document)
{
    setAtlas(document->record());
    connect(document, &Document::recordChanged, this, [this, document] { setAtlas(document->record()); });
}

void DetailsPanel::setAtlas(AtlasPtr atlas)
{
    m_atlas = std::move(atlas);
    // A new record (reloaded from disk) keeps a bundled feature shown if its
    // id is still there. A user event stays: its hit holds its layer.
    if (m_hasHit && m_hit.kind == MapHit::Kind::UserEvent && m_atlas) {
        refresh();
        return;
    }
    if (!m_hasHit || !m_atlas) {
        clear();
        return;
    }
    const MapHit same = MapHitTester::hitFor(*m_atlas, m_hit.id);
    if (same.index < 0 || same.kind != m_hit.kind) {
        clear();
        return;
    }
    m_hit.index = same.index;
    refresh();
}

void DetailsPanel::setFeatureRows(FeatureRows *rows)
{
    m_rows = rows;
    connect(rows, &FeatureRows::rowReady, this, [this](const UserLayer *layer, qint64 index) {
        if (!m_rowPending || !m_hasHit || m_hit.userLayer.get() != layer || m_hit.index != index)
            return;
        if (auto row = m_rows->row(m_hit.userLayer, m_hit.index)) {
            m_userRow = *row;
            m_rowPending = false;
            refresh();
        }
    });
}

void DetailsPanel::setDate(const QDate &date)
{
    m_date = date;
    refresh();
}

void DetailsPanel::show(const MapHit &hit)
{
    m_hit = hit;
    m_hasHit = true;
    m_userRow.clear();
    m_rowPending = false;
    // A user event's row is read once, not on every date change, and never
    // on this thread when it must come from the file.
    if (MapHitTester::userLayerOf(hit)) {
        if (!m_rows) {
            m_userRow = FeatureRows::read(*hit.userLayer, hit.index);
        } else if (auto row = m_rows->row(hit.userLayer, hit.index)) {
            m_userRow = *row;
        } else {
            m_rowPending = true;
        }
    }
    refresh();
}

void DetailsPanel::clear()
{
    m_hasHit = false;
    m_coordinates.clear();
    const MapStyle::ThemeScope theme(MapStyle::isDark(palette()) ? MapStyle::Theme::Dark : MapStyle::Theme::Light);
    m_view->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                        .arg(MapStyle::noteTextColor().name(),
                             tr("Click a flashpoint, place, line or event on the map, "
                                "or search with Ctrl+F, to read what it is, where, what happened there and "
                                "who says so.")));
    m_copy->setEnabled(false);
    m_copyCoordinates->setEnabled(false);
}

QString DetailsPanel::plainText() const
{
    return m_view->toPlainText();
}

void DetailsPanel::refresh()
{
    if (!m_hasHit || !m_atlas)
        return;
    // The notes' greys are the theme's, so they read on the panel's base.
    const MapStyle::ThemeScope theme(MapStyle::isDark(palette()) ? MapStyle::Theme::Dark : MapStyle::Theme::Light);
    QString html = FeatureDetails::html(*m_atlas, m_hit, m_date, &m_coordinates, &m_userRow);
    if (m_rowPending)
        html += tr("<p><i>Reading its attributes from the file…</i></p>");
    m_view->setHtml(html);
    m_copy->setEnabled(true);
    m_copyCoordinates->setEnabled(!m_coordinates.isEmpty());
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_hasHit ? refresh() : clear();
}

void DetailsPanel::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("lac")) {
        bool ok = false;
        const int index = url.path().section(QLatin1Char('/'), -1).toInt(&ok);
        if (ok && m_atlas && index >= 0 && index < m_atlas->events.size())
            emit eventActivated(index);
        return;
    }
    // Only web pages, and only on a click: never file:, javascript: or anything else.
    if (SourceRef::isWebUrl(url.toString()))
        QDesktopServices::openUrl(url);
}

