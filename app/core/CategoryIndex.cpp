#include "CategoryIndex.h"

#include "FieldValues.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

QString CategoryIndex::otherLabel(int values)
{
    return values == 1 ? QCoreApplication::translate("CategoryIndex", "Other (1 value)")
                       : QCoreApplication::translate("CategoryIndex", "Other (%L1 values)").arg(values);
}

QString CategoryIndex::noValueLabel()
{
    return QCoreApplication::translate("CategoryIndex", "(no value)");
}

std::shared_ptr<const CategoryIndex> CategoryIndex::build(const EventLayer &layer, const ColourBy &by,
                                                          const LoadProgress &progress, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    if (!by.isSet()) {
        *error = QCoreApplication::translate("CategoryIndex", "no field to colour by");
        return nullptr;
    }
    // Each distinct category gets an id as it is met; events keep the id.
    QHash<QString, quint32> ids;
    std::vector<QString> names;
    std::vector<qint64> counts;
    constexpr quint32 kNone = 0xffffffffu;
    std::vector<quint32> eventId(layer.size(), kNone);
    QString lastValue, lastCategory;   // rows of one value often come together
    quint32 lastId = kNone;
    const bool read = FieldValues::read(
        layer, by.field,
        [&](size_t index, const QString &value) {
            if (value.isEmpty())
                return;
            if (lastId == kNone || value != lastValue) {
                lastValue = value;
                lastCategory = by.categoryOf(value);
                if (lastCategory.isEmpty()) {
                    lastId = kNone;
                    return;
                }
                auto it = ids.constFind(lastCategory);
                if (it == ids.constEnd()) {
                    it = ids.insert(lastCategory, quint32(names.size()));
                    names.push_back(lastCategory);
                    counts.push_back(0);
                }
                lastId = *it;
            }
            eventId[index] = lastId;
            ++counts[lastId];
        },
        progress, error);
    if (!read)
        return nullptr;

    // By count, most first; ties by value, so every run gives the same colours.
    std::vector<quint32> rank(names.size());
    for (quint32 i = 0; i < rank.size(); ++i)
        rank[i] = i;
    std::sort(rank.begin(), rank.end(), [&](quint32 a, quint32 b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : names[a] < names[b];
    });
    std::vector<quint8> codeOfId(names.size(), kOther);
    auto index = std::make_shared<CategoryIndex>();
    index->colourBy = by;
    Category other{QString(), QString(), kOther, 0, 0};
    for (size_t r = 0; r < rank.size(); ++r) {
        const quint32 id = rank[r];
        if (r < size_t(kColours)) {
            codeOfId[id] = quint8(r);
            index->categories.push_back({names[id], by.labelOf(names[id]), quint8(r), counts[id], 1});
        } else {
            other.count += counts[id];
            ++other.values;
        }
    }
    if (other.count > 0) {
        other.label = otherLabel(other.values);
        index->categories.push_back(other);
    }
    qint64 empty = 0;
    index->code.resize(layer.size());
    for (size_t i = 0; i < layer.size(); ++i) {
        if (eventId[i] == kNone) {
            index->code[i] = kNoValue;
            ++empty;
        } else {
            index->code[i] = codeOfId[eventId[i]];
        }
    }
    if (empty > 0)
        index->categories.push_back({QString(), noValueLabel(), kNoValue, empty, 0});
    return index;
}

std::array<qint64, CategoryIndex::kCodes> CategoryIndex::countsIn(const EventLayer &layer, qint32 from,
                                                                   qint32 to) const
{
    std::array<qint64, kCodes> out{};
    if (code.size() != layer.size())
        return out;
    const auto [first, last] = layer.candidates(from, to);
    const bool hasEnd = !layer.end.empty();
    for (size_t i = first; i < last; ++i)
        if (!hasEnd || layer.active(i, from, to))
            ++out[code[i]];
    return out;
}
