#pragma once
// A layer's events sorted into the categories of one field (ColourBy): the
// distinct categories by how many events fall in each, the most frequent
// kColours each with a colour of their own, the rest together as "Other",
// and the events with no value as "(no value)". One byte per event says
// which, so a paint of a million events looks up a byte, never a string.
//
// Built once per layer and choice, off the GUI thread (it reads the field
// from the file: FieldValues); immutable after, shared like the layer.
// Plain Qt Core: the colours themselves are MapStyle's.

#include "ColourBy.h"
#include "EventLayer.h"
#include "LoadProgress.h"

#include <QString>
#include <array>
#include <memory>
#include <vector>

class CategoryIndex
{
public:
    // Categories with a colour of their own (the qualitative palette's size).
    static constexpr int kColours = 9;
    // Codes: 0..kColours-1 a category's own colour, then these two.
    static constexpr quint8 kOther = kColours;
    static constexpr quint8 kNoValue = kColours + 1;
    static constexpr int kCodes = kColours + 2;

    struct Category
    {
        QString value;     // the category ("Battles", "19"); empty for no value
        QString label;     // as the legend and layer tree name it
        quint8 code = 0;   // its colour: 0..kColours-1, kOther or kNoValue
        qint64 count = 0;  // events in it (in the whole layer)
        int values = 1;    // Other: how many categories it gathers
    };

    ColourBy colourBy;
    // The coloured categories by count (ties by value), then Other and
    // (no value) when they have events: what the legend lists, in order.
    std::vector<Category> categories;
    // Per event, in the layer's (sorted) order: its category's code.
    std::vector<quint8> code;

    // Reads the field for every event and counts. Null with *error when the
    // file cannot be read again, or when cancelled (error then empty).
    static std::shared_ptr<const CategoryIndex> build(const EventLayer &layer, const ColourBy &by,
                                                      const LoadProgress &progress = {}, QString *error = nullptr);

    // Events of each code active in the display window [from, to] (Julian
    // days, as EventLayer::dayRange gives them): what the legend counts.
    std::array<qint64, kCodes> countsIn(const EventLayer &layer, qint32 from, qint32 to) const;

    // The label of Other ("Other (14 values)") and of no value.
    static QString otherLabel(int values);
    static QString noValueLabel();
};
