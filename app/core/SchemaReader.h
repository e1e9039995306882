#pragma once
// Turns the raw features of a bundled data file into flashpoints, places,
// lines or events, checking every property on the way: presence, JSON type,
// allowed values, real dates, sources. Each problem names the file and the
// line of the property (or of the feature). The window, --validate and the
// exports all load through here, so they all see the same checks.

#include "ContextFeature.h"
#include "DataError.h"
#include "Event.h"
#include "Flashpoint.h"
#include "MapLine.h"
#include "Place.h"
#include "RawLayer.h"

class SchemaReader
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
    enum class Need { Required, Optional };
    using JsonKind = FeatureLocator::JsonKind;

    void error(const RawFeature &f, const QString &key, const QString &message);
    bool check(const RawFeature &f, const QString &key, JsonKind kind, Need need);
    QString string(const RawFeature &f, const QString &key, Need need);
    double number(const RawFeature &f, const QString &key, Need need, bool *present = nullptr);
    QDate date(const RawFeature &f, const QString &key, Need need);
    QString oneOf(const RawFeature &f, const QString &key, const QStringList &allowed, Need need);
    QStringList stringList(const RawFeature &f, const QString &key, Need need);
    QVariantMap object(const RawFeature &f, const QString &key);
    QList<SourceRef> sources(const RawFeature &f);
    // Each government's account of a contested event (section "claims" of the format).
    QList<Event::Claim> claims(const RawFeature &f, const QList<SourceRef> &sources);
    double uncertaintyKm(const RawFeature &f, Need need);
    QString id(const RawFeature &f);
    void expectGeometry(const RawFeature &f, QList<Geometry::Type> allowed, bool required);

    const RawLayer &m_layer;
    DataErrors *m_errors;
};
