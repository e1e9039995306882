#pragma once
// How a user's event layer is coloured: by one of its fields, each event by
// the category its value falls in (CategoryIndex), or not at all. The value
// itself, or a grouping of it: the CAMEO root code of a GDELT EventCode
// (its first two digits, named), or the first N characters of any field.
// A value: kept in a LayerEntry, so every render and export paints from it,
// and written as one string in the settings and on the command line.
// Plain Qt Core.

#include <QString>
#include <QStringList>

struct ColourBy
{
    enum class Grouping { Value, CameoRoot, FirstCharacters };

    QString field;                      // empty: not coloured by a field
    Grouping grouping = Grouping::Value;
    int characters = 0;                 // FirstCharacters: how many

    bool isSet() const { return !field.isEmpty(); }
    bool operator==(const ColourBy &o) const
    {
        return field == o.field && grouping == o.grouping
               && (grouping != Grouping::FirstCharacters || characters == o.characters);
    }
    bool operator!=(const ColourBy &o) const { return !(*this == o); }

    // The category a value falls in: the value trimmed, its root code or its
    // first characters; empty for no value (and for a root code that is none).
    QString categoryOf(const QString &value) const;
    // How a category is named in the legend and the layer tree: the value,
    // or for a root code "19 Fight".
    QString labelOf(const QString &category) const;
    // What the colouring is, for the layer tree: "event_type",
    // "EventCode (CAMEO root code)", "admin1 (first 3 characters)".
    QString describe() const;

    // "FIELD", "FIELD:root" or "FIELD:N", as --colour-by and the settings
    // write it; toString() of a value not set is empty.
    QString toString() const;
    // Reads toString()'s form. A field whose whole name is text is taken as
    // it is (so a field may contain ':'), else the suffix is read; false with
    // the reason when the suffix is neither "root" nor a count of 1 to 64.
    static bool parse(const QString &text, const QStringList &fields, ColourBy *out, QString *error);

    // Whether a field looks like a CAMEO event code (GDELT's EventCode,
    // EventBaseCode or EventRootCode): by its name, and its values when given
    // (codes of two to four digits).
    static bool looksLikeCameo(const QString &field, const QStringList &sampleValues = {});
    // The CAMEO root code (01..20) of an event code, as GDELT writes it
    // ("0211", "190") or as a spreadsheet leaves it with the zero lost (211);
    // empty when it is not a CAMEO code.
    static QString cameoRoot(const QString &code);
    // The name of a CAMEO root code ("19" -> "Fight"); empty when unknown.
    static QString cameoRootName(const QString &root);
};
