#pragma once
// One of the user's own files as read: its features, or (dated points) a
// time-aware EventLayer. Read-only once loaded and shared by pointer: the
// window, render jobs and exports hold the same copy, and how it is shown
// (visibility, opacity, order) lives apart from it, in a LayerStack.

#include "DatabaseSnapshot.h"
#include "EventLayer.h"
#include "RawLayer.h"

#include <QString>
#include <memory>

struct UserLayer
{
    QString name;
    RawLayer layer;
    // Time-aware point events: set instead of layer's features
    // when the file is dated points; filtered by the date and display window.
    std::shared_ptr<const EventLayer> events;
    // A table in a database instead of a file: what was fetched for the
    // view last asked for (its rows are also in events when few enough).
    std::shared_ptr<const DatabaseSnapshot> database;
    QString path;            // the file opened (for the layer panel and settings)
};

using UserLayerPtr = std::shared_ptr<const UserLayer>;
