#pragma once
// Writes JSON in the layout of the bundled data files: two-space indent, one
// member per line, an array of plain numbers (a coordinate pair) on one
// line, members in a given order. The layout is what lets a validator point
// at the line of a single property, so a file the viewer writes reports its
// problems as precisely as the bundled files do.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

class JsonLayout
{
public:
    // Each list of orders is the key order of one kind of object (a
    // feature, its properties, a source); an object takes the order that
    // names most of its keys, and keys it does not name follow in
    // alphabetical order.
    explicit JsonLayout(QList<QStringList> orders = {}) : m_orders(std::move(orders)) {}

    // The value with a final newline.
    QByteArray write(const QJsonValue &value) const;

private:
    void append(QByteArray *out, const QJsonValue &value, int depth) const;
    QStringList orderedKeys(const QJsonObject &object) const;

    QList<QStringList> m_orders;
};
