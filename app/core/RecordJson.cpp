#include "RecordJson.h"

#include <cmath>

namespace RecordJson {

QJsonArray sources(const QList<SourceRef> &list)
{
    QJsonArray out;
    for (const SourceRef &s : list) {
        QJsonObject o{{QStringLiteral("url"), s.url.trimmed()},
                      {QStringLiteral("publisher"), s.publisher.trimmed()},
                      {QStringLiteral("date"), orNull(s.date.trimmed())}};
        if (!s.title.trimmed().isEmpty())
            o.insert(QStringLiteral("title"), s.title.trimmed());
        if (!s.unconfirmed.isEmpty())
            o.insert(QStringLiteral("unconfirmed"), s.unconfirmed);
        out.append(o);
    }
    return out;
}

QList<SourceRef> sources(const QJsonValue &value)
{
    QList<SourceRef> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        out.append(SourceRef{o.value(QStringLiteral("url")).toString(),
                             o.value(QStringLiteral("publisher")).toString(),
                             o.value(QStringLiteral("date")).toString(),
                             o.value(QStringLiteral("title")).toString(),
                             o.value(QStringLiteral("unconfirmed")).toString()});
    }
    return out;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject point(double lon, double lat)
{
    // Five decimals, about a metre: the format's precision for a position
    // worked out rather than read.
    auto round5 = [](double v) { return std::round(v * 1e5) / 1e5; };
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                       {QStringLiteral("coordinates"), QJsonArray{round5(lon), round5(lat)}}};
}

bool pointOf(const QJsonValue &geometry, double *lon, double *lat)
{
    const QJsonObject g = geometry.toObject();
    const QJsonArray c = g.value(QStringLiteral("coordinates")).toArray();
    if (g.value(QStringLiteral("type")).toString() != QLatin1String("Point") || c.size() < 2)
        return false;
    *lon = c.at(0).toDouble();
    *lat = c.at(1).toDouble();
    return true;
}

QString slug(const QString &text)
{
    QString out;
    bool hyphen = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toLower().unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            if (hyphen && !out.isEmpty())
                out += QLatin1Char('-');
            out += QChar(u);
            hyphen = false;
        } else if (!c.isMark()) {
            hyphen = true;
        }
        if (out.size() >= 48)
            break;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace RecordJson
