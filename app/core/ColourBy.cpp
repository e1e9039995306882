#include "ColourBy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
const QString kRoot = QStringLiteral("root");
constexpr int kMaxCharacters = 64;
} // namespace

QString ColourBy::categoryOf(const QString &value) const
{
    const QString v = value.trimmed();
    switch (grouping) {
    case Grouping::Value: return v;
    case Grouping::CameoRoot: return cameoRoot(v);
    case Grouping::FirstCharacters: return v.left(std::max(1, characters));
    }
    return v;
}

QString ColourBy::labelOf(const QString &category) const
{
    if (grouping == Grouping::CameoRoot) {
        const QString name = cameoRootName(category);
        return name.isEmpty() ? category : category + QLatin1Char(' ') + name;
    }
    return category;
}

QString ColourBy::describe() const
{
    switch (grouping) {
    case Grouping::Value: return field;
    case Grouping::CameoRoot: return QCoreApplication::translate("ColourBy", "%1 (CAMEO root code)").arg(field);
    case Grouping::FirstCharacters:
        return characters == 1 ? QCoreApplication::translate("ColourBy", "%1 (first character)").arg(field)
                               : QCoreApplication::translate("ColourBy", "%1 (first %2 characters)")
                                     .arg(field)
                                     .arg(characters);
    }
    return field;
}

QString ColourBy::toString() const
{
    if (!isSet())
        return {};
    switch (grouping) {
    case Grouping::Value: return field;
    case Grouping::CameoRoot: return field + QLatin1Char(':') + kRoot;
    case Grouping::FirstCharacters: return field + QLatin1Char(':') + QString::number(characters);
    }
    return field;
}

bool ColourBy::parse(const QString &text, const QStringList &fields, ColourBy *out, QString *error)
{
    ColourBy c;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (fields.contains(text) || colon < 0) {
        c.field = text;
    } else {
        c.field = text.left(colon);
        const QString suffix = text.mid(colon + 1);
        bool ok = false;
        const int n = suffix.toInt(&ok);
        if (suffix.compare(kRoot, Qt::CaseInsensitive) == 0) {
            c.grouping = Grouping::CameoRoot;
        } else if (ok && n >= 1 && n <= kMaxCharacters) {
            c.grouping = Grouping::FirstCharacters;
            c.characters = n;
        } else {
            if (error)
                *error = QCoreApplication::translate("ColourBy",
                    "\"%1\" after the field is neither \"root\" (a CAMEO root code) nor a "
                    "number of characters from 1 to %2")
                             .arg(suffix)
                             .arg(kMaxCharacters);
            return false;
        }
    }
    if (c.field.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ColourBy", "no field named");
        return false;
    }
    *out = c;
    return true;
}

bool ColourBy::looksLikeCameo(const QString &field, const QStringList &sampleValues)
{
    static const QRegularExpression name(QStringLiteral("^(Event(Root|Base)?Code|cameo(_?code)?)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!name.match(field).hasMatch())
        return false;
    int codes = 0, values = 0;
    for (const QString &v : sampleValues) {
        if (v.trimmed().isEmpty())
            continue;
        ++values;
        codes += cameoRoot(v).isEmpty() ? 0 : 1;
    }
    // Most values must read as codes (GDELT has a few "---" placeholders).
    return values == 0 || codes * 10 >= values * 9;
}

QString ColourBy::cameoRoot(const QString &code)
{
    QString c = code.trimmed();
    for (const QChar ch : c)
        if (!ch.isDigit() || ch.unicode() > 0x7f)
            return {};
    // A root code on its own ("14"), or a code with its leading zero lost:
    // "10" was 010; "211" was 0211 (no root is above 20).
    if (c.size() == 1)
        c.prepend(QLatin1Char('0'));
    else if (c.size() == 3 && c.left(2).toInt() > 20)
        c.prepend(QLatin1Char('0'));
    if (c.size() < 2 || c.size() > 4)
        return {};
    const QString root = c.left(2);
    const int r = root.toInt();
    return r >= 1 && r <= 20 ? root : QString();
}

QString ColourBy::cameoRootName(const QString &root)
{
    // The twenty root codes of the CAMEO event codebook (Schrodt, 2012).
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ColourBy", "Make public statement"), QT_TRANSLATE_NOOP("ColourBy", "Appeal"),
        QT_TRANSLATE_NOOP("ColourBy", "Express intent to cooperate"), QT_TRANSLATE_NOOP("ColourBy", "Consult"),
        QT_TRANSLATE_NOOP("ColourBy", "Engage in diplomatic cooperation"),
        QT_TRANSLATE_NOOP("ColourBy", "Engage in material cooperation"), QT_TRANSLATE_NOOP("ColourBy", "Provide aid"),
        QT_TRANSLATE_NOOP("ColourBy", "Yield"), QT_TRANSLATE_NOOP("ColourBy", "Investigate"),
        QT_TRANSLATE_NOOP("ColourBy", "Demand"), QT_TRANSLATE_NOOP("ColourBy", "Disapprove"),
        QT_TRANSLATE_NOOP("ColourBy", "Reject"), QT_TRANSLATE_NOOP("ColourBy", "Threaten"),
        QT_TRANSLATE_NOOP("ColourBy", "Protest"), QT_TRANSLATE_NOOP("ColourBy", "Exhibit military posture"),
        QT_TRANSLATE_NOOP("ColourBy", "Reduce relations"), QT_TRANSLATE_NOOP("ColourBy", "Coerce"),
        QT_TRANSLATE_NOOP("ColourBy", "Assault"), QT_TRANSLATE_NOOP("ColourBy", "Fight"),
        QT_TRANSLATE_NOOP("ColourBy", "Use unconventional mass violence")};
    bool ok = false;
    const int r = root.toInt(&ok);
    return ok && root.size() == 2 && r >= 1 && r <= 20 ? QCoreApplication::translate("ColourBy", names[r - 1]) : QString();
}
