#include "TimelinePlot.h"

#include "TimelineComparison.h"

#include "IsoDate.h"
#include "MapStyle.h"
#include "TimeCursor.h"
#include "TimeControls.h"
#include "TimePlayer.h"

#include <qcustomplot.h>

#include <QTextDocument> // Qt::convertFromPlainText
#include <QToolTip>
#include <QVBoxLayout>

namespace {

double keyOf(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(date.startOfDay(Qt::UTC));
}

QDate dateOf(double key)
{
    return QCPAxisTickerDateTime::keyToDateTime(key).toUTC().date();
}

constexpr double kBandHalfHeight = 0.32;
constexpr int kHitPixels = 7;

} // namespace

// The user's time-aware event layers join the histogram as a
// separate series: their events per month as a step line on the histogram's
// right axis (its own scale: a million events would flatten the bundled bars).
static QMap<QDate, qint64> monthsOf(const std::vector<std::shared_ptr<const EventLayer>> &layers)
{
    QMap<QDate, qint64> months;
    for (const auto &events : layers) {
        const QMap<QDate, int> counts = events->monthCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            months[it.key()] += it.value();
    }
    return months;
}

// The series' steps: events per month of the shown layers.
static void fillUserSeries(QCPGraph *graph, const std::vector<std::shared_ptr<const EventLayer>> &shown,
                           double (*key)(const QDate &))
{
    graph->data()->clear();
    const QMap<QDate, qint64> months = monthsOf(shown);
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        graph->addData(key(it.key()), double(it.value()));
    if (!months.isEmpty())
        graph->addData(key(months.lastKey().addMonths(1)), 0.0);
}

// The right axis is scaled to all the user's event layers, shown or not, and
// the series lives on its own buffered layer of the plot: showing or hiding
// a layer refills the series and redraws that layer alone, never the axes,
// so a visibility step stays cheap at a million events.
static QCPGraph *addUserEventSeries(QCPAxisRect *rect, const std::vector<std::shared_ptr<const EventLayer>> &shown,
                                    const std::vector<std::shared_ptr<const EventLayer>> &all,
                                    double (*key)(const QDate &))
{
    const QMap<QDate, qint64> scale = monthsOf(all);
    QCPAxis *right = rect->axis(QCPAxis::atRight);
    right->setVisible(!scale.isEmpty());
    if (scale.isEmpty())
        return nullptr;
    const MapStyle::TimelineColors colors = MapStyle::timelineColors(rect->parentPlot()->palette());
    qint64 busiest = 1;
    for (auto it = scale.cbegin(); it != scale.cend(); ++it)
        busiest = std::max(busiest, it.value());
    right->setRange(0, double(busiest) * 1.05);
    right->setTickLabels(true);
    right->setLabel(QObject::tr("Your events\n/ month"));
    right->setLabelColor(colors.userEvents);
    auto *graph = new QCPGraph(rect->axis(QCPAxis::atBottom), right);
    graph->setLayer(QStringLiteral("userSeries"));
    graph->setName(QObject::tr("Your events / month"));
    graph->setLineStyle(QCPGraph::lsStepLeft);
    graph->setPen(QPen(colors.userEvents, 1.6));
    graph->setBrush(colors.userEventsFill);
    fillUserSeries(graph, shown, key);
    return graph;
}

TimelinePlot::TimelinePlot(TimePlayer *player, QWidget *parent)
    : QWidget(parent), m_player(player), m_time(player->time()), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_controls = new TimeControls(player, this);
    layout->addWidget(m_controls);
    layout->addWidget(m_plot, 1);

    // Eight lanes and the histogram stay readable; a 768-pixel screen keeps room for the map.
    m_plot->setMinimumHeight(200);
    m_plot->setAccessibleName(tr("Timeline"));
    m_plot->setMouseTracking(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setNoAntialiasingOnDrag(true);

    m_lanesRect = m_plot->axisRect();
    m_histRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_histRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 3);
    m_plot->plotLayout()->setRowStretchFactor(1, 1);
    auto *margins = new QCPMarginGroup(m_plot);
    m_lanesRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_histRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    for (QCPAxisRect *r : {m_lanesRect, m_histRect}) {
        r->setRangeDrag(Qt::Horizontal);
        r->setRangeZoom(Qt::Horizontal);
    }
    // One time axis: the histogram follows the lanes and the other way round.
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(8);
    m_lanesRect->axis(QCPAxis::atBottom)->setTicker(ticker);
    m_histRect->axis(QCPAxis::atBottom)->setTicker(ticker);
    connect(m_lanesRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_histRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(m_histRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_lanesRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(m_lanesRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            this, [this] { updateTickFormat(); });
    m_lanesRect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    m_histRect->axis(QCPAxis::atLeft)->setLabel(tr("Events\n/ month"));

    applyPalette();
    // The user's series on a layer of its own, redrawn alone when only it changes.
    m_plot->addLayer(QStringLiteral("userSeries"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_plot->layer(QStringLiteral("userSeries"))->setMode(QCPLayer::lmBuffered);

    m_comparison = std::make_unique<TimelineComparison>(m_plot, m_lanesRect, m_histRect);
    m_cursorLanes = new QCPItemStraightLine(m_plot);
    m_cursorHist = new QCPItemStraightLine(m_plot);
    for (auto *line : {m_cursorLanes, m_cursorHist}) {
        line->setPen(QPen(MapStyle::timelineColors(palette()).cursor, 2));
        line->setSelectable(false);
        line->setLayer(QStringLiteral("overlay")); // above the bands and markers
    }
    m_cursorHist->setClipAxisRect(m_histRect);
    m_cursorHist->point1->setAxes(m_histRect->axis(QCPAxis::atBottom), m_histRect->axis(QCPAxis::atLeft));
    m_cursorHist->point2->setAxes(m_histRect->axis(QCPAxis::atBottom), m_histRect->axis(QCPAxis::atLeft));

    connect(m_plot, &QCustomPlot::mousePress, this, &TimelinePlot::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelinePlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelinePlot::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &TimelinePlot::onDoubleClick);
    connect(m_time, &TimeCursor::dateChanged, this, &TimelinePlot::updateCursor);
}

TimelinePlot::~TimelinePlot() = default;

bool TimelinePlot::isCursorItem(const QCPAbstractItem *item) const
{
    return item == m_cursorLanes || item == m_cursorHist || m_comparison->owns(item);
}

void TimelinePlot::setComparison(bool active, const QDate &other, const QString &currentLabel,
                                 const QString &otherLabel)
{
    m_comparison->set(active, other, currentLabel, otherLabel, MapStyle::timelineColors(palette()).cursor, font());
    updateCursor();
}

void TimelinePlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        rebuild();   // the bands' fades and the markers' outlines
    }
}

void TimelinePlot::applyPalette()
{
    const MapStyle::TimelineColors c = MapStyle::timelineColors(palette());
    m_plot->setBackground(c.background);
    for (QCPAxisRect *r : {m_lanesRect, m_histRect})
        for (QCPAxis *a : r->axes()) {
            a->setBasePen(QPen(c.text, 1));
            a->setTickPen(QPen(c.text, 1));
            a->setSubTickPen(QPen(c.text, 1));
            a->setTickLabelColor(c.text);
            a->setLabelColor(c.text);
            a->grid()->setPen(QPen(c.grid, 1, Qt::DotLine));
        }
    // The user's axis label keeps the series' colour.
    m_histRect->axis(QCPAxis::atRight)->setLabelColor(c.userEvents);
}

QList<int> TimelinePlot::lanesOf(const Event &e) const
{
    QList<int> lanes;
    for (const QString &id : e.flashpoints)
        for (int i = 0; i < m_atlas->flashpoints.size(); ++i)
            if (m_atlas->flashpoints[i].id == id)
                lanes << i;
    if (lanes.isEmpty())
        lanes << m_atlas->flashpoints.size(); // the front-wide lane
    return lanes;
}

void TimelinePlot::setDocument(const Document *document)
{
    setLayers(document->layers());
    setAtlas(document->record());
    connect(document, &Document::recordChanged, this, [this, document] { setAtlas(document->record()); });
    auto layers = [this, document] { setLayers(document->layers()); };
    connect(document, &Document::layersChanged, this, layers);
    connect(document, &Document::layerStateChanged, this, layers);
}

void TimelinePlot::setAtlas(AtlasPtr atlas)
{
    m_atlas = std::move(atlas);
    rebuild();
}

void TimelinePlot::setLayers(const LayerStack &layers)
{
    std::vector<std::shared_ptr<const EventLayer>> shown, all;
    // A database layer's rows are only those in view: not a timeline.
    for (const LayerEntry &u : layers.user)
        if (u->events && !u->database) {
            all.push_back(u->events);
            if (u.visible)
                shown.push_back(u->events);
        }
    if (shown == m_userEvents && all == m_allUserEvents)
        return;
    const bool sameScale = all == m_allUserEvents;
    m_userEvents = std::move(shown);
    m_allUserEvents = std::move(all);
    if (!m_atlas)
        return;
    if (sameScale && m_userGraph) {
        // Only which layers are shown changed: the lanes, bars and axes stay.
        fillUserSeries(m_userGraph, m_userEvents, &keyOf);
        m_plot->layer(QStringLiteral("userSeries"))->replot();
        return;
    }
    if (m_userGraph)
        m_plot->removeGraph(m_userGraph);
    m_userGraph = addUserEventSeries(m_histRect, m_userEvents, m_allUserEvents, &keyOf);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setSelection(const QString &flashpointId)
{
    m_selection = flashpointId;
    rebuild();
}

void TimelinePlot::rebuild()
{
    m_plot->clearGraphs();
    m_plot->clearPlottables();
    m_userGraph = nullptr;
    // Remove the bands (items) but keep the two cursor lines.
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        QCPAbstractItem *item = m_plot->item(i);
        if (!isCursorItem(item))
            m_plot->removeItem(item);
    }
    m_histogram.clear();
    if (!m_atlas)
        return;
    const Atlas &a = *m_atlas;
    QCPAxis *x = m_lanesRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_lanesRect->axis(QCPAxis::atLeft);
    const QDate first = a.eventIndex.firstDate().isValid() ? a.eventIndex.firstDate() : QDate(2020, 1, 1);
    const QDate end = std::max(QDate::currentDate(), a.eventIndex.lastDate()).addMonths(1);

    // Lane labels; the last lane holds front-wide and out-of-area events.
    auto laneTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < a.flashpoints.size(); ++i)
        laneTicker->addTick(i, a.flashpoints[i].name.section(QStringLiteral(" ("), 0, 0));
    laneTicker->addTick(a.flashpoints.size(), tr("Front-wide / elsewhere"));
    y->setTicker(laneTicker);
    y->setRange(-0.6, a.flashpoints.size() + 0.6);
    y->setTickLabelFont(MapStyle::font(10, 1.0, false));

    // Status bands: from each change to the next, coloured by status, with
    // the status's marker shape at the start of each band.
    QHash<int, QCPGraph *> bandStarts;
    for (int i = 0; i < a.flashpoints.size(); ++i) {
        const auto history = a.statuses.history(a.flashpoints[i].id);
        for (int j = 0; j < history.size(); ++j) {
            const QDate from = history[j].date;
            const QDate to = j + 1 < history.size() ? history[j + 1].date : end;
            auto *band = new QCPItemRect(m_plot);
            band->setClipAxisRect(m_lanesRect);
            band->topLeft->setCoords(keyOf(from), i - kBandHalfHeight);
            band->bottomRight->setCoords(keyOf(to), i + kBandHalfHeight);
            QColor fill = MapStyle::statusColor(history[j].status);
            fill.setAlpha(a.flashpoints[i].id == m_selection ? 230 : 150);
            band->setBrush(fill);
            // A start known only to fall within a range: the range is drawn
            // faded in front of the band, so the band does not claim a day.
            if (history[j].dateEnd.isValid()) {
                auto *fade = new QCPItemRect(m_plot);
                fade->setClipAxisRect(m_lanesRect);
                fade->topLeft->setCoords(keyOf(from), i - kBandHalfHeight);
                fade->bottomRight->setCoords(keyOf(std::min(history[j].dateEnd.addDays(1), to)), i + kBandHalfHeight);
                fade->setBrush(MapStyle::timelineColors(palette()).rangeFade);
                fade->setPen(Qt::NoPen);
                fade->setSelectable(false);
            }
            band->setPen(a.flashpoints[i].id == m_selection ? QPen(MapStyle::selectionColor(), 2) : Qt::NoPen);
            band->setSelectable(false);
            QCPGraph *&g = bandStarts[int(history[j].status)];
            if (!g) {
                g = m_plot->addGraph(x, y);
                g->setLineStyle(QCPGraph::lsNone);
                g->setScatterStyle(QCPScatterStyle(MapStyle::statusMarker(history[j].status, 6),
                                                   QPen(MapStyle::timelineColors(palette()).markerOutline, 1),
                                                   MapStyle::statusColor(history[j].status)));
                g->setName(StatusInfo::label(history[j].status));
            }
            g->addData(keyOf(from), i);
        }
    }

    // Events as markers shaped by type, on each of their lanes.
    QHash<QString, QCPGraph *> byType;
    for (const Event &e : a.events) {
        QCPGraph *&g = byType[e.type];
        if (!g) {
            g = m_plot->addGraph(x, y);
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(MapStyle::eventMarker(e.type, 5),
                                               QPen(MapStyle::timelineColors(palette()).markerOutline, 1),
                                               MapStyle::eventColor(e.type)));
            g->setName(MapStyle::eventTypeLabel(e.type));
        }
        for (int lane : lanesOf(e))
            g->addData(keyOf(e.date), lane);
        m_histogram[QDate(e.date.year(), e.date.month(), 1)] += 1;
    }

    // Histogram of events per month.
    auto *bars = new QCPBars(m_histRect->axis(QCPAxis::atBottom), m_histRect->axis(QCPAxis::atLeft));
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(26.0 * 86400);
    bars->setBrush(MapStyle::timelineColors(palette()).histogram);
    bars->setPen(Qt::NoPen);
    int maxCount = 1;
    for (auto it = m_histogram.cbegin(); it != m_histogram.cend(); ++it) {
        bars->addData(keyOf(it.key().addDays(14)), it.value());
        maxCount = std::max(maxCount, it.value());
    }
    m_histRect->axis(QCPAxis::atLeft)->setRange(0, maxCount + 0.5);
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create(); // whole numbers only
    counts->setTickStep(maxCount > 10 ? 5 : 2);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_histRect->axis(QCPAxis::atLeft)->setTicker(counts);

    m_userGraph = addUserEventSeries(m_histRect, m_userEvents, m_allUserEvents, &keyOf);
    x->setRange(keyOf(first.addMonths(-1)), keyOf(end));
    updateCursor();
}

void TimelinePlot::updateTickFormat()
{
    // Years, then months, then days as the range narrows.
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(m_lanesRect->axis(QCPAxis::atBottom)->ticker());
    if (!ticker)
        return;
    const double days = m_lanesRect->axis(QCPAxis::atBottom)->range().size() / 86400.0;
    const QString format = days > 3 * 365 ? QStringLiteral("yyyy")
                           : days > 120   ? tr("MMM yyyy", "date format of the timeline's axis (QDateTime::toString)")
                                          : tr("d MMM\nyyyy", "date format of the timeline's axis (QDateTime::toString)");
    ticker->setDateTimeFormat(format);
}

void TimelinePlot::updateCursor()
{
    const double k = keyOf(m_time->date());
    m_cursorLanes->point1->setCoords(k, 0);
    m_cursorLanes->point2->setCoords(k, 1);
    m_cursorHist->point1->setCoords(k, 0);
    m_cursorHist->point2->setCoords(k, 1);
    m_comparison->place(k, keyOf(m_comparison->other()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    // Each band starts with its status's marker shape; the words are in the Status panel.
    m_plot->setAccessibleDescription(tr("Status lanes per flashpoint, events and events per month. Current date "
                                        "%1. Left and Right: previous and next event; Home and End: first and "
                                        "last.").arg(m_time->date().toString(Qt::ISODate)));
}

QLineEdit *TimelinePlot::dateField() const
{
    return m_controls->dateField();
}

double TimelinePlot::pixelForDate(const QDate &date) const
{
    return m_lanesRect->axis(QCPAxis::atBottom)->coordToPixel(keyOf(date));
}

QDate TimelinePlot::dateAtPixel(double px) const
{
    // Round to the nearest day.
    return dateOf(m_lanesRect->axis(QCPAxis::atBottom)->pixelToCoord(px) + 43200.0);
}

double TimelinePlot::laneCenterPixel(int lane) const
{
    return m_lanesRect->axis(QCPAxis::atLeft)->coordToPixel(lane);
}

int TimelinePlot::eventNear(const QPoint &pos) const
{
    if (!m_atlas || !m_lanesRect->rect().contains(pos))
        return -1;
    // Only the events whose date falls within a few pixels need looking at.
    const auto [b, e] = m_atlas->eventIndex.range(dateAtPixel(pos.x() - kHitPixels - 1),
                                                  dateAtPixel(pos.x() + kHitPixels + 1));
    int best = -1;
    double bestDistance = kHitPixels;
    for (int i = b; i < e; ++i) {
        const double ex = pixelForDate(m_atlas->events[i].date);
        for (int lane : lanesOf(m_atlas->events[i])) {
            const double d = std::hypot(ex - pos.x(), laneCenterPixel(lane) - pos.y());
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
    }
    return best;
}

QString TimelinePlot::hoverText(const QPoint &pos) const
{
    const int i = eventNear(pos);
    if (i < 0)
        return {};
    const Event &e = m_atlas->events[i];
    return QStringLiteral("%1 — %2\n%3\n%4").arg(e.dateText(), MapStyle::eventTypeLabel(e.type), e.markedTitle(), e.summary);
}

void TimelinePlot::onMousePress(QMouseEvent *e)
{
    m_pressed = true;
    m_pressPos = e->pos();
    const double cursorX = pixelForDate(m_time->date());
    // Grabbing the cursor scrubs; anywhere else the drag pans the time axis.
    m_scrubbing = std::abs(e->pos().x() - cursorX) <= 6 && e->button() == Qt::LeftButton;
    m_plot->setInteraction(QCP::iRangeDrag, !m_scrubbing);
}

void TimelinePlot::onMouseMove(QMouseEvent *e)
{
    if (m_scrubbing) {
        m_time->setDate(dateAtPixel(e->pos().x()));
        return;
    }
    if (m_pressed)
        return;
    const QString text = hoverText(e->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(e->globalPosition().toPoint(), Qt::convertFromPlainText(text), m_plot);
}

void TimelinePlot::onMouseRelease(QMouseEvent *e)
{
    // A click (no drag) anywhere on the lanes, histogram or axis sets the date.
    if (!m_scrubbing && e->button() == Qt::LeftButton
        && (e->pos() - m_pressPos).manhattanLength() <= 3)
        m_time->setDate(dateAtPixel(e->pos().x()));
    m_scrubbing = false;
    m_pressed = false;
    m_plot->setInteraction(QCP::iRangeDrag, true);
}

void TimelinePlot::onDoubleClick(QMouseEvent *e)
{
    const int i = eventNear(e->pos());
    if (i < 0)
        return;
    m_time->setDate(m_atlas->events[i].date);
    emit eventActivated(i);
}

bool TimelinePlot::isPlaying() const
{
    return m_player->isPlaying();
}

void TimelinePlot::play()
{
    m_player->play();
}

void TimelinePlot::pause()
{
    m_player->pause();
}
