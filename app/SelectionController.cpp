#include "SelectionController.h"

#include "DetailsPanel.h"
#include "MapCanvas.h"
#include "MapHitTester.h"
#include "Search.h"
#include "StatusPanel.h"
#include "TimeCursor.h"
#include "TimelinePlot.h"

#include <QMenu>

SelectionController::SelectionController(const Document *document, TimeCursor *time, FeatureRows *rows,
                                         const Views &views, QWidget *window)
    : QObject(window), m_document(document), m_time(time), m_rows(rows), m_views(views), m_window(window)
{
    // An open "which one?" menu holds hits into the record and layers it
    // was made for.
    connect(document, &Document::recordChanged, this, &SelectionController::dropChooser);
    connect(document, &Document::layersChanged, this, [this] {
        dropChooser();
        // A user event is known by its layer's index, which may now mean
        // another layer: the selection goes (a visibility or opacity change
        // keeps it).
        if (m_userEvent)
            select(QString());
    });
}

void SelectionController::dropChooser()
{
    delete m_chooser;
    m_chooser = nullptr;
}

void SelectionController::select(const QString &id)
{
    apply(id, nullptr);
}

void SelectionController::selectHit(const MapHit &hit)
{
    if (hit.kind == MapHit::Kind::UserEvent)
        apply(QString(), &hit);
    else
        select(hit.id);
}

void SelectionController::apply(const QString &id, const MapHit *userEvent, const MapHit *shown)
{
    const Atlas &atlas = *m_document->record();
    m_selection = id;
    m_userEvent = userEvent != nullptr;
    m_views.canvas->setSelection(id, userEvent ? userEvent->layer : -1, userEvent ? userEvent->index : -1);
    m_views.status->setSelection(id);
    // The timeline highlights a flashpoint's lane, or the lane of an event's flashpoint.
    QString lane = atlas.flashpoint(id) ? id : QString();
    if (const Event *e = atlas.event(id); e && !e->flashpoints.isEmpty())
        lane = e->flashpoints.front();
    m_views.timeline->setSelection(lane);
    if (userEvent) {
        // An event of the user's own layer: nothing of the bundled data is
        // selected; the details panel shows its date, position and row.
        m_views.details->show(*userEvent);
        emit message(MapHitTester::label(atlas, *userEvent, m_rows), 5000);
        return;
    }
    if (shown) {
        m_views.details->show(*shown);
        return;
    }
    if (id.isEmpty()) {
        m_views.details->clear();
        return;
    }
    const MapHit hit = MapHitTester::hitFor(atlas, id);
    if (hit.index >= 0)
        m_views.details->show(hit);
}

void SelectionController::zoomToFlashpoint(const QString &id)
{
    const Flashpoint *f = m_document->record()->flashpoint(id);
    if (!f)
        return;
    m_views.canvas->frame(Atlas::flashpointView(*f));
    select(id);
}

void SelectionController::activateEvent(int eventIndex)
{
    const Atlas &atlas = *m_document->record();
    if (eventIndex < 0 || eventIndex >= atlas.events.size())
        return;
    const Event &e = atlas.events[eventIndex];
    m_time->setDate(e.date);
    // The flashpoint stays highlighted and framed; the details show the event.
    const MapHit event{MapHit::Kind::Event, eventIndex, e.id, {}};
    const Flashpoint *f = e.flashpoints.isEmpty() ? nullptr : atlas.flashpoint(e.flashpoints.front());
    if (f)
        m_views.canvas->frame(Atlas::flashpointView(*f));
    else if (e.hasPosition)
        m_views.canvas->setView(e.xy, m_views.canvas->settings().metresPerPixel);
    apply(f ? f->id : m_selection, nullptr, &event);
}

void SelectionController::featuresClicked(const QList<MapHit> &hits, const QPoint &globalPos)
{
    if (hits.isEmpty()) {
        select(QString());
        return;
    }
    if (hits.size() == 1) {
        selectHit(hits.front());
        return;
    }
    // Several things under the cursor: let the user say which.
    dropChooser();
    m_chooser = new QMenu(m_window);
    m_chooser->setObjectName(QStringLiteral("hitChooser"));
    const AtlasPtr atlas = m_document->record();
    for (const MapHit &hit : hits) {
        QAction *a = m_chooser->addAction(MapHitTester::label(*atlas, hit, m_rows));
        connect(a, &QAction::triggered, this, [this, hit] { selectHit(hit); });
        // A user event's title arrives when its row has been read.
        if (hit.kind == MapHit::Kind::UserEvent)
            connect(m_rows, &FeatureRows::rowReady, a, [this, a, hit, atlas](const UserLayer *layer, qint64 index) {
                if (layer == hit.userLayer.get() && index == hit.index)
                    a->setText(MapHitTester::label(*atlas, hit, m_rows));
            });
    }
    m_chooser->popup(globalPos);
}

void SelectionController::searchResult(const SearchResult &result)
{
    const Atlas &atlas = *m_document->record();
    switch (result.kind) {
    case SearchResult::Kind::Flashpoint:
        zoomToFlashpoint(result.id);
        break;
    case SearchResult::Kind::Place: {
        const Place &p = atlas.places[result.index];
        m_views.canvas->setView(p.xy, std::min(m_views.canvas->settings().metresPerPixel, 150.0));
        select(p.id);
        break;
    }
    case SearchResult::Kind::Event:
        activateEvent(result.index);
        break;
    }
}

void SelectionController::cycleFlashpoint(int direction)
{
    const Atlas &atlas = *m_document->record();
    const int n = atlas.flashpoints.size();
    if (n == 0)
        return;
    int current = -1;
    if (const Flashpoint *f = atlas.flashpoint(m_selection))
        current = int(f - atlas.flashpoints.constData());
    const int next = current < 0 ? (direction > 0 ? 0 : n - 1) : (current + direction + n) % n;
    select(atlas.flashpoints[next].id);
}
