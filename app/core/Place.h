#pragma once
// A named point near a flashpoint: post, pass, village, patrol point...

#include "GeoPoint.h"
#include "SourceRef.h"

#include <QPointF>

struct Place
{
    QString id;
    QString name;
    QString nameOther;
    QString kind;
    QString flashpoint;          // flashpoint id or empty
    QString description;
    QString notes;
    bool estimate = false;       // position worked out, not read from a source
    double uncertaintyKm = 0;
    GeoPoint position;
    QPointF xy;
    QList<SourceRef> sources;
    bool own = false;            // from the user's own record
};
