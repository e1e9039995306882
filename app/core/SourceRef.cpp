#include "SourceRef.h"

#include "IsoDate.h"

#include <QCoreApplication>
#include <QUrl>

bool SourceRef::isWebUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && !u.host().isEmpty()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QList<SourceRef> SourceRef::listFromVariant(const QVariant &value, QStringList *problems)
{
    QList<SourceRef> out;
    if (value.typeId() != QMetaType::QVariantList) {
        problems->append(QStringLiteral("\"sources\" must be an array of objects"));
        return out;
    }
    const QVariantList list = value.toList();
    if (list.isEmpty())
        problems->append(QStringLiteral("\"sources\" is empty: every feature needs a source"));
    int n = 0;
    for (const QVariant &item : list) {
        ++n;
        if (item.typeId() != QMetaType::QVariantMap) {
            problems->append(QCoreApplication::translate("SourceRef", "source %1 is not an object").arg(n));
            continue;
        }
        const QVariantMap m = item.toMap();
        SourceRef s;
        s.url = m.value(QStringLiteral("url")).toString();
        s.publisher = m.value(QStringLiteral("publisher")).toString();
        s.date = m.value(QStringLiteral("date")).toString();
        s.title = m.value(QStringLiteral("title")).toString();
        s.unconfirmed = m.value(QStringLiteral("unconfirmed")).toString();
        if (!isWebUrl(s.url))
            problems->append(QCoreApplication::translate("SourceRef", "source %1 has no http(s) URL (\"%2\")")
                                 .arg(n)
                                 .arg(s.url.left(80)));
        if (s.publisher.trimmed().isEmpty())
            problems->append(QCoreApplication::translate("SourceRef", "source %1 has no publisher").arg(n));
        if (!s.date.isEmpty() && !IsoDate::parseDayOrMonth(s.date).isValid())
            problems->append(QCoreApplication::translate("SourceRef", "source %1 date: %2")
                                 .arg(n)
                                 .arg(IsoDate::whyInvalid(s.date)));
        out.append(s);
    }
    return out;
}
