#include "Atlas.h"

#include "Projection.h"

#include <algorithm>

namespace {

// The feature the index names, checked against its id: an atlas being built
// (or edited after finish()) may have no index or a stale one; then a scan
// finds it.
template<typename T>
const T *lookup(const QList<T> &list, Atlas::FeatureRef ref, Atlas::FeatureRef::Kind kind, const QString &id)
{
    if (ref.kind == kind && ref.index >= 0 && ref.index < list.size() && list[ref.index].id == id)
        return &list[ref.index];
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

const Flashpoint *Atlas::flashpoint(const QString &id) const
{
    return lookup(flashpoints, find(id), FeatureRef::Kind::Flashpoint, id);
}

const Place *Atlas::place(const QString &id) const
{
    return lookup(places, find(id), FeatureRef::Kind::Place, id);
}

const MapLine *Atlas::line(const QString &id) const
{
    return lookup(lines, find(id), FeatureRef::Kind::Line, id);
}

const Event *Atlas::event(const QString &id) const
{
    return lookup(events, find(id), FeatureRef::Kind::Event, id);
}

const ContextFeature *Atlas::contextFeature(const QString &id) const
{
    return lookup(context, find(id), FeatureRef::Kind::Context, id);
}

void Atlas::buildIdIndex()
{
    // The first of a repeated id wins, in this order (the validator refuses
    // repeats; a user's data dir may still have them).
    m_ids.clear();
    auto add = [this](const QString &id, FeatureRef::Kind kind, int index) {
        if (!id.isEmpty() && !m_ids.contains(id))
            m_ids.insert(id, FeatureRef{kind, index});
    };
    for (int i = 0; i < flashpoints.size(); ++i)
        add(flashpoints[i].id, FeatureRef::Kind::Flashpoint, i);
    for (int i = 0; i < places.size(); ++i)
        add(places[i].id, FeatureRef::Kind::Place, i);
    for (int i = 0; i < lines.size(); ++i)
        add(lines[i].id, FeatureRef::Kind::Line, i);
    for (int i = 0; i < events.size(); ++i)
        add(events[i].id, FeatureRef::Kind::Event, i);
    for (int i = 0; i < context.size(); ++i)
        add(context[i].id, FeatureRef::Kind::Context, i);
}

namespace {

// The projected box is not a rectangle: meridians converge to the north and
// parallels are arcs. Start from its bounds and pull each side in until the
// box's edges lie outside the rectangle along its whole length.
QRectF inscribedRectangle(const QRectF &lonLat)
{
    const int n = 400;
    std::vector<QPointF> west, east, south, north;
    for (int i = 0; i <= n; ++i) {
        const double lat = lonLat.top() + lonLat.height() * i / n;
        const double lon = lonLat.left() + lonLat.width() * i / n;
        west.emplace_back(lonLat.left(), lat);
        east.emplace_back(lonLat.right(), lat);
        south.emplace_back(lon, lonLat.top());
        north.emplace_back(lon, lonLat.bottom());
    }
    for (auto *edge : {&west, &east, &south, &north})
        Projection::instance().forward(*edge);
    double x0 = -1e12, x1 = 1e12, y0 = -1e12, y1 = 1e12;
    for (int iteration = 0; iteration < 100; ++iteration) {
        const double before[] = {x0, x1, y0, y1};
        for (const QPointF &p : west)
            if (p.y() >= y0 && p.y() <= y1)
                x0 = std::max(x0, p.x());
        for (const QPointF &p : east)
            if (p.y() >= y0 && p.y() <= y1)
                x1 = std::min(x1, p.x());
        for (const QPointF &p : south)
            if (p.x() >= x0 && p.x() <= x1)
                y0 = std::max(y0, p.y());
        for (const QPointF &p : north)
            if (p.x() >= x0 && p.x() <= x1)
                y1 = std::min(y1, p.y());
        if (before[0] == x0 && before[1] == x1 && before[2] == y0 && before[3] == y1)
            break;
    }
    // Half a kilometre in, for the arcs between the sampled points.
    const double inset = 500.0;
    return QRectF(QPointF(x0 + inset, y0 + inset), QPointF(x1 - inset, y1 - inset));
}

} // namespace

QRectF Atlas::fullExtent()
{
    static const QRectF extent = inscribedRectangle(basemapBox());
    return extent;
}

QRectF Atlas::projectedBounds(const QRectF &lonLat)
{
    std::vector<QPointF> edge;
    const int n = 64;
    for (int i = 0; i <= n; ++i) {
        const double lon = lonLat.left() + lonLat.width() * i / n;
        const double lat = lonLat.top() + lonLat.height() * i / n;
        edge.emplace_back(lon, lonLat.top());
        edge.emplace_back(lon, lonLat.bottom());
        edge.emplace_back(lonLat.left(), lat);
        edge.emplace_back(lonLat.right(), lat);
    }
    Projection::instance().forward(edge);
    Geometry g;
    g.points = edge;
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
    buildIdIndex();

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
