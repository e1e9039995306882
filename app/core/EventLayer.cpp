#include "EventLayer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

QDate EventLayer::firstDate() const
{
    return start.empty() ? QDate() : QDate::fromJulianDay(start.front());
}

QDate EventLayer::lastDate() const
{
    if (start.empty())
        return QDate();
    if (end.empty())
        return QDate::fromJulianDay(start.back());
    return QDate::fromJulianDay(*std::max_element(end.begin(), end.end()));
}

void EventLayer::finish()
{
    const size_t n = start.size();
    // Sort every array by start day through one permutation.
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [this](quint32 a, quint32 b) { return start[a] < start[b]; });
    auto permute = [&order, n](auto &v) {
        if (v.size() != n)
            return;
        std::remove_reference_t<decltype(v)> sorted;
        sorted.reserve(n);
        for (quint32 i : order)
            sorted.push_back(std::move(v[i]));
        v = std::move(sorted);
    };
    permute(x);
    permute(y);
    permute(start);
    permute(end);
    permute(fid);
    permute(inlineAttributes);

    m_maxDuration = 0;
    for (size_t i = 0; i < end.size(); ++i)
        m_maxDuration = std::max(m_maxDuration, end[i] - start[i]);

    float x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    if (n) {
        x0 = x1 = x[0];
        y0 = y1 = y[0];
    }
    for (size_t i = 1; i < n; ++i) {
        x0 = std::min(x0, x[i]);
        x1 = std::max(x1, x[i]);
        y0 = std::min(y0, y[i]);
        y1 = std::max(y1, y[i]);
    }
    m_bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));

    // Grid: about 8 events per cell on average, cells of at least 50 m, at
    // most 4 million cells.
    const double w = std::max(1.0, double(x1 - x0)), h = std::max(1.0, double(y1 - y0));
    m_cell = std::max(50.0, std::sqrt(w * h / std::max<double>(1.0, n / 8.0)));
    while ((w / m_cell + 1) * (h / m_cell + 1) > 4e6)
        m_cell *= 1.5;
    m_origin = QPointF(x0, y0);
    m_gridW = int(w / m_cell) + 1;
    m_gridH = int(h / m_cell) + 1;
    const size_t cells = size_t(m_gridW) * size_t(m_gridH);
    m_cellStart.assign(cells + 1, 0);
    auto cellOf = [this](size_t i) {
        const int cx = std::clamp(int((x[i] - m_origin.x()) / m_cell), 0, m_gridW - 1);
        const int cy = std::clamp(int((y[i] - m_origin.y()) / m_cell), 0, m_gridH - 1);
        return size_t(cy) * size_t(m_gridW) + size_t(cx);
    };
    for (size_t i = 0; i < n; ++i)
        ++m_cellStart[cellOf(i) + 1];
    for (size_t c = 0; c < cells; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_cellItems.resize(n);
    std::vector<quint32> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i < n; ++i)
        m_cellItems[fill[cellOf(i)]++] = quint32(i);
}

std::pair<qint32, qint32> EventLayer::dayRange(const QDate &from, const QDate &to)
{
    const qint32 a = from.isValid() ? qint32(from.toJulianDay()) : INT_MIN;
    const qint32 b = to.isValid() ? qint32(to.toJulianDay()) : INT_MAX;
    return {a, b};
}

std::pair<size_t, size_t> EventLayer::candidates(qint32 from, qint32 to) const
{
    const qint64 lowest = qint64(from) - m_maxDuration;
    const auto first = std::lower_bound(start.begin(), start.end(), lowest,
                                        [](qint32 d, qint64 v) { return qint64(d) < v; });
    const auto last = std::upper_bound(start.begin(), start.end(), to);
    if (last <= first)
        return {0, 0};
    return {size_t(first - start.begin()), size_t(last - start.begin())};
}

size_t EventLayer::count(const QDate &from, const QDate &to) const
{
    const auto [a, b] = dayRange(from, to);
    const auto [first, last] = candidates(a, b);
    if (end.empty())
        return last - first;
    size_t n = 0;
    for (size_t i = first; i < last; ++i)
        n += active(i, a, b);
    return n;
}

long long EventLayer::nearest(const QPointF &p, double radius, const QDate &from, const QDate &to) const
{
    if (start.empty() || m_gridW == 0)
        return -1;
    const auto [a, b] = dayRange(from, to);
    const int cx0 = std::max(0, int(std::floor((p.x() - radius - m_origin.x()) / m_cell)));
    const int cx1 = std::min(m_gridW - 1, int(std::floor((p.x() + radius - m_origin.x()) / m_cell)));
    const int cy0 = std::max(0, int(std::floor((p.y() - radius - m_origin.y()) / m_cell)));
    const int cy1 = std::min(m_gridH - 1, int(std::floor((p.y() + radius - m_origin.y()) / m_cell)));
    long long best = -1;
    double bestD2 = radius * radius;
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const size_t c = size_t(cy) * size_t(m_gridW) + size_t(cx);
            for (quint32 k = m_cellStart[c]; k < m_cellStart[c + 1]; ++k) {
                const quint32 i = m_cellItems[k];
                if (!active(i, a, b))
                    continue;
                const double dx = x[i] - p.x(), dy = y[i] - p.y();
                const double d2 = dx * dx + dy * dy;
                // Ties go to the latest event (the one drawn on top).
                if (d2 < bestD2 || (d2 == bestD2 && best >= 0 && i > best)) {
                    bestD2 = d2;
                    best = i;
                }
            }
        }
    }
    return best;
}

QMap<QDate, int> EventLayer::monthCounts() const
{
    QMap<QDate, int> counts;
    size_t i = 0;
    while (i < start.size()) {
        const QDate d = QDate::fromJulianDay(start[i]);
        const QDate month(d.year(), d.month(), 1);
        const qint32 next = qint32(month.addMonths(1).toJulianDay());
        const size_t j = size_t(std::lower_bound(start.begin() + qint64(i), start.end(), next) - start.begin());
        counts.insert(month, int(j - i));
        i = j;
    }
    return counts;
}

size_t EventLayer::memoryBytes() const
{
    return x.capacity() * sizeof(float) + y.capacity() * sizeof(float)
           + start.capacity() * sizeof(qint32) + end.capacity() * sizeof(qint32)
           + fid.capacity() * sizeof(qint64) + m_cellStart.capacity() * sizeof(quint32)
           + m_cellItems.capacity() * sizeof(quint32)
           + inlineAttributes.capacity() * sizeof(QVariantMap);
}
