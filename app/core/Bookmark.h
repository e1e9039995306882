#pragma once
// A named view: the lon/lat extent, the date, the display window, the
// layers hidden and, when it was saved comparing two dates, those dates.
// View › Bookmarks saves and applies them; --bookmark NAME opens one in the
// window or an export. A bookmark becomes a ViewRequest, so the window and
// the command line show it the same way. Plain Qt Core.

#include "TimeCursor.h"

#include <QDate>
#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QStringList>

struct ViewRequest;

struct Bookmark
{
    QString name;
    QRectF extent;                 // x longitude, y latitude (W,S to E,N), degrees
    QDate date;
    TimeCursor::Window window = TimeCursor::Window::Cumulative;
    int windowDays = 30;
    QStringList hiddenLayers;      // ids of MapSettings::layerIds() or a user layer's file name
    QDate compareA, compareB;      // both valid when it compares two dates
    bool compares() const { return compareA.isValid() && compareB.isValid(); }

    // Fills what request does not set already (the command line's own
    // --date, --extent, --window... win over the bookmark's).
    void applyTo(ViewRequest &request) const;

    QJsonObject toJson() const;
    // The reason when obj is not a bookmark (empty when *out is set).
    static QString fromJson(const QJsonObject &obj, Bookmark *out);

    bool operator==(const Bookmark &o) const;
};
