#pragma once
// Turns the raw features of a bundled data file into flashpoints, places,
// lines or events, checking every property on the way: presence, JSON type,
// allowed values, real dates, sources. Each problem names the file and the
// line of the property (or of the feature). The window, --validate and the
// exports all load through here, so they all see the same checks. Each
// property is read and typed by PropertyReader; this class is the schema:
// which properties each kind of file has and how they relate.

#include "ContextFeature.h"
#include "DataError.h"
#include "Event.h"
#include "Flashpoint.h"
#include "MapLine.h"
#include "Place.h"
#include "PropertyReader.h"
#include "RawLayer.h"

// Privately a PropertyReader, so that each kind of file below reads as the
// list of its properties: string(f, "name", Need::Required), ...
class SchemaReader : private PropertyReader
{
public:
    enum class Kind { Unknown, Flashpoints, Places, Lines, Events, Context };

    SchemaReader(const RawLayer &layer, DataErrors *errors);

    // From the file name, else from the properties of the first feature.
    static Kind detectKind(const RawLayer &layer);

    QList<Flashpoint> flashpoints();
    QList<Place> places();
    QList<MapLine> lines();
    QList<Event> events();
    QList<ContextFeature> context();

private:
    // Each government's account of a contested event (section "claims" of the format).
    QList<Event::Claim> claims(const RawFeature &f, const QList<SourceRef> &sources);
    void expectGeometry(const RawFeature &f, QList<Geometry::Type> allowed, bool required);
};
