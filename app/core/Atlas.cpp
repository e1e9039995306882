#include "Atlas.h"

#include "Projection.h"

#include <algorithm>

const Flashpoint *Atlas::flashpoint(const QString &id) const
{
    for (const Flashpoint &f : flashpoints)
        if (f.id == id)
            return &f;
    return nullptr;
}

const Place *Atlas::place(const QString &id) const
{
    for (const Place &p : places)
        if (p.id == id)
            return &p;
    return nullptr;
}

QRectF Atlas::fullExtent() const
{
    std::vector<QPointF> corners;
    for (double lon = 75; lon <= 81; lon += 0.5) {
        corners.emplace_back(lon, 31.0);
        corners.emplace_back(lon, 37.0);
    }
    Projection::instance().forward(corners);
    Geometry g;
    g.points = corners;
    g.updateBounds();
    return g.bounds;
}

QRectF Atlas::flashpointExtent() const
{
    QRectF r;
    for (const Flashpoint &f : flashpoints)
        r = r.united(f.area.bounds);
    if (r.isEmpty())
        return fullExtent();
    const double m = std::max(r.width(), r.height()) * 0.08;
    return r.adjusted(-m, -m, m, m);
}

QRectF Atlas::flashpointView(const Flashpoint &f)
{
    QRectF e = f.area.bounds.united(QRectF(f.markerXY, QSizeF(1, 1)));
    e.adjust(-e.width() * 0.6, -e.height() * 0.6, e.width() * 0.6, e.height() * 0.6);
    return e;
}

void Atlas::finish()
{
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
    for (Event &e : events) {
        if (e.hasPosition)
            continue;
        if (const Place *p = place(e.place)) {
            e.position = p->position;
            e.xy = p->xy;
            e.hasPosition = true;
        } else if (!e.flashpoints.isEmpty()) {
            if (const Flashpoint *f = flashpoint(e.flashpoints.front())) {
                e.position = f->marker;
                e.xy = f->markerXY;
                e.hasPosition = true;
            }
        }
    }
    std::vector<QDate> dates;
    dates.reserve(size_t(events.size()));
    for (const Event &e : events)
        dates.push_back(e.date);
    eventIndex.build(std::move(dates));
    statuses.build(events);

    hitIndex = HitIndex();
    auto pointBox = [](const QPointF &p) { return QRectF(p, QSizeF(0, 0)); };
    for (int i = 0; i < flashpoints.size(); ++i) {
        hitIndex.insert(pointBox(flashpoints[i].markerXY), {HitIndex::Kind::FlashpointMarker, i});
        hitIndex.insert(flashpoints[i].area.bounds, {HitIndex::Kind::FlashpointArea, i});
    }
    for (int i = 0; i < places.size(); ++i)
        hitIndex.insert(pointBox(places[i].xy), {HitIndex::Kind::Place, i});
    for (int i = 0; i < lines.size(); ++i)
        hitIndex.insert(lines[i].geometry.bounds, {HitIndex::Kind::Line, i});
    for (int i = 0; i < events.size(); ++i)
        if (events[i].hasPosition)
            hitIndex.insert(pointBox(events[i].xy), {HitIndex::Kind::Event, i});
}
