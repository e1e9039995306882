#include "Bookmark.h"

#include "Atlas.h"
#include "IsoDate.h"
#include "ViewRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

void Bookmark::applyTo(ViewRequest &request) const
{
    if (!request.viewSet) {
        request.extent = extent;
        request.viewSet = true;
    }
    const bool ownDates = request.date.isValid() || request.compares();
    if (!request.date.isValid() && !compares())
        request.date = date;
    if (!ownDates && compares()) {
        request.compareA = compareA;
        request.compareB = compareB;
    }
    if (!request.windowSet) {
        request.window = window;
        request.windowDays = windowDays;
        request.windowSet = true;
    }
    for (const QString &id : hiddenLayers)
        if (!request.hiddenLayers.contains(id))
            request.hiddenLayers << id;
    request.layersSet = true;
}

QJsonObject Bookmark::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("extent"), QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    o.insert(QStringLiteral("date"), IsoDate::format(date));
    switch (window) {
    case TimeCursor::Window::Instant: o.insert(QStringLiteral("window"), QStringLiteral("instant")); break;
    case TimeCursor::Window::Cumulative: o.insert(QStringLiteral("window"), QStringLiteral("cumulative")); break;
    case TimeCursor::Window::LastDays: o.insert(QStringLiteral("window"), windowDays); break;
    }
    o.insert(QStringLiteral("hidden_layers"), QJsonArray::fromStringList(hiddenLayers));
    if (compares())
        o.insert(QStringLiteral("compare"), QJsonArray{IsoDate::format(compareA), IsoDate::format(compareB)});
    return o;
}

QString Bookmark::fromJson(const QJsonObject &o, Bookmark *out)
{
    Bookmark b;
    b.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (b.name.isEmpty())
        return QCoreApplication::translate("Bookmark", "\"name\" is missing or empty");
    const QJsonArray e = o.value(QStringLiteral("extent")).toArray();
    double v[4] = {};
    bool ok = e.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        ok = e[i].isDouble() && std::isfinite(e[i].toDouble());
        v[i] = e[i].toDouble();
    }
    const QRectF box = Atlas::dataBox();
    if (!ok || v[0] >= v[2] || v[1] >= v[3])
        return QCoreApplication::translate(
            "Bookmark", "\"extent\" is not [west, south, east, north] in degrees");
    if (v[0] < box.left() || v[2] > box.right() || v[1] < box.top() || v[3] > box.bottom())
        return QCoreApplication::translate(
            "Bookmark", "\"extent\" lies outside the map's data, lon %1 to %2, lat %3 to %4")
            .arg(box.left())
            .arg(box.right())
            .arg(box.top())
            .arg(box.bottom());
    b.extent = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    const QString date = o.value(QStringLiteral("date")).toString();
    const QString why = IsoDate::whyInvalid(date);
    if (!why.isEmpty())
        return QStringLiteral("\"date\": %1").arg(why);
    b.date = IsoDate::parseDay(date);
    const QJsonValue w = o.value(QStringLiteral("window"));
    if (!w.isUndefined()) {
        const QString text = w.isDouble() ? QString::number(w.toDouble()) : w.toString();
        if (!ViewRequest::parseWindow(text, &b.window, &b.windowDays))
            return QCoreApplication::translate("Bookmark",
                "\"window\" is not \"cumulative\", \"instant\" or a number of days from 1 to 3650");
    }
    const QJsonValue hidden = o.value(QStringLiteral("hidden_layers"));
    if (!hidden.isUndefined() && !hidden.isArray())
        return QCoreApplication::translate("Bookmark", "\"hidden_layers\" is not a list of layer ids");
    for (const QJsonValue &id : hidden.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            return QCoreApplication::translate(
                "Bookmark", "\"hidden_layers\" holds something that is not a layer id");
        b.hiddenLayers << id.toString();
    }
    const QJsonValue compare = o.value(QStringLiteral("compare"));
    if (!compare.isUndefined()) {
        const QJsonArray pair = compare.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString())
            return QCoreApplication::translate("Bookmark", "\"compare\" is not two dates [A, B]");
        const QString why = ViewRequest::parseDatePair(pair[0].toString() + QLatin1Char(',') + pair[1].toString(),
                                                       &b.compareA, &b.compareB);
        if (!why.isEmpty())
            return QStringLiteral("\"compare\": %1").arg(why);
    }
    *out = b;
    return {};
}

bool Bookmark::operator==(const Bookmark &o) const
{
    return name == o.name && extent == o.extent && date == o.date && window == o.window
           && (window != TimeCursor::Window::LastDays || windowDays == o.windowDays) && hiddenLayers == o.hiddenLayers
           && compareA == o.compareA && compareB == o.compareB;
}
