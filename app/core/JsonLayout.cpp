#include "JsonLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isFlatNumbers(const QJsonArray &array)
{
    for (const QJsonValue &v : array)
        if (!v.isDouble())
            return false;
    return true;
}

// A scalar exactly as QJsonDocument writes it (escapes, number form), so
// the file reads back to the same values.
QByteArray scalar(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QByteArray JsonLayout::write(const QJsonValue &value) const
{
    QByteArray out;
    append(&out, value, 0);
    out += '\n';
    return out;
}

QStringList JsonLayout::orderedKeys(const QJsonObject &object) const
{
    const QStringList *best = nullptr;
    int bestCount = 0;
    for (const QStringList &order : m_orders) {
        int count = 0;
        for (const QString &k : order)
            count += object.contains(k) ? 1 : 0;
        if (count > bestCount) {
            best = &order;
            bestCount = count;
        }
    }
    QStringList keys;
    if (best)
        for (const QString &k : *best)
            if (object.contains(k))
                keys << k;
    for (const QString &k : object.keys())   // sorted by QJsonObject
        if (!keys.contains(k))
            keys << k;
    return keys;
}

void JsonLayout::append(QByteArray *out, const QJsonValue &value, int depth) const
{
    const QByteArray indent(2 * (depth + 1), ' ');
    const QByteArray closing(2 * depth, ' ');
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) {
            *out += "{}";
            return;
        }
        *out += "{\n";
        const QStringList keys = orderedKeys(o);
        for (int i = 0; i < keys.size(); ++i) {
            *out += indent + scalar(keys[i]) + ": ";
            append(out, o.value(keys[i]), depth + 1);
            *out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        *out += closing + '}';
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) {
            *out += "[]";
        } else if (isFlatNumbers(a)) {
            *out += QJsonDocument(a).toJson(QJsonDocument::Compact).replace(",", ", ");
        } else {
            *out += "[\n";
            for (int i = 0; i < a.size(); ++i) {
                *out += indent;
                append(out, a.at(i), depth + 1);
                *out += i + 1 < a.size() ? ",\n" : "\n";
            }
            *out += closing + ']';
        }
    } else {
        *out += scalar(value);
    }
}
