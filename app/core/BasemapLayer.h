#pragma once
// Background geography: country polygons, de facto boundaries, lakes, rivers.

#include "Geometry.h"

#include <QString>
#include <vector>

struct BasemapFeature
{
    QString name;
    QString between;      // boundaries: "India–China"...
    bool agreed = true;   // boundaries: false where no boundary is agreed
    Geometry geometry;
};

struct BasemapLayer
{
    enum class Kind { Countries, Boundaries, Lakes, Rivers };
    Kind kind = Kind::Countries;
    QString file;
    std::vector<BasemapFeature> features;
};
