#pragma once
// A place of the user's own record as the New Place / Edit Place dialog
// edits it, turned to and from its GeoJSON feature in the bundled places'
// format (other properties kept as they were).

#include "SourceRef.h"

#include <QJsonObject>
#include <QStringList>

struct PlaceDraft
{
    QString id;                   // empty for a new place: made from the name
    QString name;
    QString nameOther;
    QString kind = QStringLiteral("feature");
    QString flashpoint;           // a flashpoint id, or empty
    double lon = 0, lat = 0;
    bool estimate = false;        // worked out, not read from a source
    double uncertaintyKm = 0;     // estimates only
    QString description;
    QList<SourceRef> sources;

    static PlaceDraft fromFeature(const QJsonObject &feature);
    QJsonObject toFeature(const QJsonObject &previous = {}) const;

    static QStringList propertyOrder();
    static QStringList kinds();   // post, base, pass ...
};
