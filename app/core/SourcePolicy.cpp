#include "SourcePolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

// The line of the n-th occurrence of "key" in the text: the policy is a small
// hand-edited file, so an entry's problem is reported at its own line.
int lineOfEntry(const QByteArray &text, const QByteArray &needle)
{
    const int at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

bool isIpAddress(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return host.contains(QLatin1Char(':')) || ipv4.match(host).hasMatch();
}

} // namespace

bool SourcePolicy::load(const QString &path, DataErrors *errors)
{
    m_path = path;
    m_kinds.clear();
    m_refusedLabels.clear();
    m_domains.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(DataError { path, 0, -1,
            QCoreApplication::translate("SourcePolicy", "cannot read the source policy: %1")
                .arg(file.errorString()) });
        return false;
    }
    const QByteArray text = file.readAll();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = parse.error == QJsonParseError::NoError
                             ? 1 : int(text.left(parse.offset).count('\n')) + 1;
        errors->append(DataError { path, line, -1,
            QCoreApplication::translate("SourcePolicy", "the source policy is not a JSON object: %1")
                .arg(parse.errorString()) });
        return false;
    }
    const QJsonObject root = doc.object();
    const int before = errors->size();
    auto fail = [&](const QByteArray &near, const QString &message) {
        errors->append(DataError{path, lineOfEntry(text, near), -1, message});
    };
    for (const QJsonValue &v : root.value(QStringLiteral("kinds")).toArray()) {
        const QJsonObject o = v.toObject();
        Kind k{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("label")).toString(),
               o.value(QStringLiteral("primary")).toBool(), o.value(QStringLiteral("side")).toString()};
        if (k.id.isEmpty() || k.label.isEmpty())
            fail("\"kinds\"",
                QCoreApplication::translate("SourcePolicy", "every kind needs an \"id\" and a \"label\""));
        else
            m_kinds.append(k);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("refused_kinds")).toArray()) {
        const QJsonObject o = v.toObject();
        m_refusedLabels.insert(o.value(QStringLiteral("id")).toString(),
                               o.value(QStringLiteral("label")).toString());
    }
    for (const QJsonValue &v : root.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString domain = o.value(QStringLiteral("domain")).toString().toLower();
        const QByteArray near = "\"" + domain.toUtf8() + "\"";
        Entry e{o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("refused")).toString(),
                o.value(QStringLiteral("publisher")).toString(), o.value(QStringLiteral("side")).toString()};
        if (domain.isEmpty()) {
            fail("\"domains\"",
                QCoreApplication::translate("SourcePolicy", "a domain entry has no \"domain\""));
            continue;
        }
        if (m_domains.contains(domain))
            fail(near,
                QCoreApplication::translate("SourcePolicy", "domain \"%1\" is listed twice").arg(domain));
        if (e.kind.isEmpty() == e.refused.isEmpty())
            fail(near,
                QCoreApplication::translate(
                    "SourcePolicy", "domain \"%1\" needs exactly one of \"kind\" and \"refused\"")
                    .arg(domain));
        else if (!e.kind.isEmpty() && !kind(e.kind))
            fail(near,
                QCoreApplication::translate("SourcePolicy", "domain \"%1\" has the unknown kind \"%2\"")
                    .arg(domain, e.kind));
        else if (!e.refused.isEmpty() && !m_refusedLabels.contains(e.refused))
            fail(near,
                QCoreApplication::translate("SourcePolicy", "domain \"%1\" is refused as the unknown \"%2\"")
                    .arg(domain, e.refused));
        else if (!e.kind.isEmpty() && e.publisher.isEmpty())
            fail(near,
                QCoreApplication::translate("SourcePolicy", "domain \"%1\" names no publisher").arg(domain));
        m_domains.insert(domain, e);
    }
    if (m_kinds.isEmpty())
        fail("{", QCoreApplication::translate("SourcePolicy", "the source policy lists no kinds"));
    if (errors->size() > before) {
        m_kinds.clear();
        return false;
    }
    return true;
}

const SourcePolicy::Kind *SourcePolicy::kind(const QString &id) const
{
    for (const Kind &k : m_kinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

SourcePolicy::Verdict SourcePolicy::classify(const QString &url) const
{
    Verdict v;
    const QString host = QUrl(url).host().toLower();
    v.domain = host;
    if (host.isEmpty()) {
        v.result = Verdict::Result::Refused;
        v.why = QCoreApplication::translate("SourcePolicy", "no web address");
        return v;
    }
    if (isIpAddress(host)) {
        v.result = Verdict::Result::Refused;
        v.kind = QStringLiteral("ip-address");
        v.kindLabel = QStringLiteral("a bare IP address");
        v.why
            = QCoreApplication::translate("SourcePolicy", "a bare IP address (%1), which names no publisher")
                  .arg(host);
        return v;
    }
    // The most specific entry wins: "m.hindustantimes.com" is hindustantimes.com,
    // "beijing.china-embassy.gov.cn" the embassies' shared domain.
    QString candidate = host;
    while (!candidate.isEmpty()) {
        const auto it = m_domains.constFind(candidate);
        if (it != m_domains.cend()) {
            v.domain = candidate;
            v.publisher = it->publisher;
            if (!it->refused.isEmpty()) {
                v.result = Verdict::Result::Refused;
                v.kind = it->refused;
                v.kindLabel = m_refusedLabels.value(it->refused);
                v.why = QStringLiteral("%1 (%2)").arg(v.kindLabel, candidate);
                return v;
            }
            v.result = Verdict::Result::Known;
            v.kind = it->kind;
            const Kind *k = kind(it->kind);
            v.kindLabel = k ? k->label : it->kind;
            v.primary = k && k->primary;
            v.side = k && !k->side.isEmpty() ? k->side : it->side;
            return v;
        }
        const int dot = candidate.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        candidate = candidate.mid(dot + 1);
    }
    return v;
}
