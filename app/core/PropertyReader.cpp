#include "PropertyReader.h"

#include "IsoDate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace {

// A hostile file can hold a million features with a dozen problems each:
// the list of errors is capped so that reporting them cannot exhaust memory.
constexpr int kMaxErrors = 10000;

void add(DataErrors *errors, DataError e)
{
    e.message = DataError::escapeControls(e.message);
    if (errors->size() < kMaxErrors)
        errors->append(e);
    else if (errors->size() == kMaxErrors)
        errors->append(DataError { e.file, 0, -1,
            QCoreApplication::translate("PropertyReader", "too many problems: only the first %1 are listed")
                .arg(kMaxErrors) });
}

} // namespace

PropertyReader::PropertyReader(const RawLayer &layer, DataErrors *errors)
    : m_layer(layer), m_errors(errors)
{
}

void PropertyReader::error(const RawFeature &f, const QString &key, const QString &message)
{
    const int line = f.where.propertyLine.value(key, f.where.line);
    QString text = message;
    if (line <= 0 && f.attributes.contains(QStringLiteral("id")))
        text = QStringLiteral("\"%1\": %2").arg(f.attributes.value(QStringLiteral("id")).toString(),
                                                 message);
    add(m_errors, DataError{m_layer.file, line, f.index, text});
}

void PropertyReader::errorAt(const RawFeature &f, int line, const QString &message)
{
    add(m_errors, DataError{m_layer.file, line, f.index, message});
}

// Checks a property's presence and JSON type. For files with no source text
// (not GeoJSON) it falls back to the value GDAL produced.
bool PropertyReader::check(const RawFeature &f, const QString &key, JsonKind kind, Need need)
{
    JsonKind actual = JsonKind::Missing;
    if (m_layer.located) {
        actual = f.where.propertyKind.value(key, JsonKind::Missing);
    } else if (f.attributes.contains(key)) {
        const QVariant v = f.attributes.value(key);
        switch (v.typeId()) {
        case QMetaType::QString: actual = JsonKind::String; break;
        case QMetaType::QVariantList:
        case QMetaType::QStringList: actual = JsonKind::Array; break;
        case QMetaType::QVariantMap: actual = JsonKind::Object; break;
        case QMetaType::Bool: actual = JsonKind::Bool; break;
        default: actual = JsonKind::Number; break;
        }
    } else {
        actual = JsonKind::Null;
    }
    if (actual == JsonKind::Missing || actual == JsonKind::Null) {
        if (need == Need::Required)
            error(f, key,
                QCoreApplication::translate("PropertyReader", "required property \"%1\" is %2")
                    .arg(key,
                        actual == JsonKind::Missing ? QCoreApplication::translate("PropertyReader", "missing")
                                                    : QStringLiteral("null")));
        return false;
    }
    if (actual != kind) {
        error(f, key,
            QCoreApplication::translate("PropertyReader", "\"%1\" must be %2, not %3")
                .arg(key, FeatureLocator::kindName(kind), FeatureLocator::kindName(actual)));
        return false;
    }
    return true;
}

QString PropertyReader::string(const RawFeature &f, const QString &key, Need need)
{
    if (!check(f, key, JsonKind::String, need))
        return {};
    const QString s = f.attributes.value(key).toString();
    if (need == Need::Required && s.trimmed().isEmpty())
        error(f, key, QCoreApplication::translate("PropertyReader", "\"%1\" is empty").arg(key));
    return s;
}

double PropertyReader::number(const RawFeature &f, const QString &key, Need need, bool *present)
{
    if (present)
        *present = false;
    if (!check(f, key, JsonKind::Number, need))
        return 0;
    bool ok = false;
    const double v = f.attributes.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        error(
            f, key, QCoreApplication::translate("PropertyReader", "\"%1\" is not a finite number").arg(key));
        return 0;
    }
    if (present)
        *present = true;
    return v;
}

QDate PropertyReader::date(const RawFeature &f, const QString &key, Need need)
{
    const QString text = string(f, key, need);
    if (text.isEmpty())
        return {};
    const QString why = IsoDate::whyInvalid(text);
    if (!why.isEmpty()) {
        error(f, key, QStringLiteral("\"%1\": %2").arg(key, why));
        return {};
    }
    return IsoDate::parseDay(text);
}

QString PropertyReader::oneOf(const RawFeature &f, const QString &key, const QStringList &allowed,
                            Need need)
{
    const QString s = string(f, key, need);
    if (!s.isEmpty() && !allowed.contains(s)) {
        error(f, key,
            QCoreApplication::translate("PropertyReader", "\"%1\" is \"%2\"; expected one of: %3")
                .arg(key, s.left(60), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return s;
}

QStringList PropertyReader::stringList(const RawFeature &f, const QString &key, Need need)
{
    if (!check(f, key, JsonKind::Array, need))
        return {};
    QStringList out;
    const QVariantList list = f.attributes.value(key).toList();
    for (const QVariant &v : list) {
        if (v.typeId() != QMetaType::QString) {
            error(f, key,
                QCoreApplication::translate("PropertyReader", "\"%1\" must hold only strings").arg(key));
            return {};
        }
        out << v.toString();
    }
    return out;
}

QVariantMap PropertyReader::object(const RawFeature &f, const QString &key)
{
    if (!check(f, key, JsonKind::Object, Need::Optional))
        return {};
    return f.attributes.value(key).toMap();
}

QList<SourceRef> PropertyReader::sources(const RawFeature &f)
{
    if (!check(f, QStringLiteral("sources"), JsonKind::Array, Need::Required))
        return {};
    QStringList problems;
    const auto list = SourceRef::listFromVariant(f.attributes.value(QStringLiteral("sources")),
                                                 &problems);
    for (const QString &p : problems)
        error(f, QStringLiteral("sources"), p);
    return list;
}

double PropertyReader::uncertaintyKm(const RawFeature &f, Need need)
{
    bool present = false;
    const double km = number(f, QStringLiteral("uncertainty_km"), need, &present);
    if (present && km <= 0)
        error(f, QStringLiteral("uncertainty_km"),
            QCoreApplication::translate("PropertyReader", "uncertainty_km must be above 0"));
    return km;
}

QString PropertyReader::id(const RawFeature &f)
{
    // Anchored with \A...\z: "$" would let "galwan\n" through.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]*")));
    const QString s = string(f, QStringLiteral("id"), Need::Required);
    if (!s.isEmpty() && !pattern.match(s).hasMatch())
        error(f, QStringLiteral("id"),
            QCoreApplication::translate(
                "PropertyReader", "id \"%1\" must be lowercase letters, digits and hyphens")
                .arg(s.left(60)));
    return s;
}
