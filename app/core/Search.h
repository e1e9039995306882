#pragma once
// Finds flashpoints, places and events by name or text, best matches first:
// names that start with the text, then names that contain it, then other
// text (descriptions, event summaries, sources' publishers).

#include "Atlas.h"

#include <QList>
#include <QString>

struct SearchResult
{
    enum class Kind { Flashpoint, Place, Event };
    Kind kind = Kind::Flashpoint;
    QString id;
    int index = -1;
    QString label;      // what a result list shows
};

namespace Search {
QList<SearchResult> find(const Atlas &atlas, const QString &text, int maxResults = 30);
}
