#pragma once
// Reads one property of a data file's feature as the schema types it
// (string, number, date, one of a list, list of strings, object, sources,
// uncertainty, id), checking its presence and JSON type on the way, and
// reports each problem at the line of the property (or of the feature) in
// the layer's list of errors, capped so a hostile file cannot exhaust memory.
// SchemaReader writes the schema of each kind of file in terms of these.

#include "DataError.h"
#include "RawLayer.h"
#include "SourceRef.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class PropertyReader
{
public:
    enum class Need { Required, Optional };
    using JsonKind = FeatureLocator::JsonKind;

    PropertyReader(const RawLayer &layer, DataErrors *errors);

    // A problem with key of f, at the property's line.
    void error(const RawFeature &f, const QString &key, const QString &message);
    // A problem with f as a whole, at line (its geometry's, say).
    void errorAt(const RawFeature &f, int line, const QString &message);

    // Whether key is present with the JSON type kind; a missing or null value
    // is an error only when it is required.
    bool check(const RawFeature &f, const QString &key, JsonKind kind, Need need);
    QString string(const RawFeature &f, const QString &key, Need need);
    double number(const RawFeature &f, const QString &key, Need need, bool *present = nullptr);
    QDate date(const RawFeature &f, const QString &key, Need need);
    QString oneOf(const RawFeature &f, const QString &key, const QStringList &allowed, Need need);
    QStringList stringList(const RawFeature &f, const QString &key, Need need);
    QVariantMap object(const RawFeature &f, const QString &key);
    QList<SourceRef> sources(const RawFeature &f);
    // A position's radius of uncertainty: a positive number of km when given.
    double uncertaintyKm(const RawFeature &f, Need need);
    // The feature's id: lowercase letters, digits and hyphens.
    QString id(const RawFeature &f);

protected:
    const RawLayer &m_layer;

private:
    DataErrors *m_errors;
};
