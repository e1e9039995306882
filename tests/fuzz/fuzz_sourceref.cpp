// libFuzzer: a "sources" value as it arrives from a data file (JSON decoded
// into QVariant, as LayerReader does), through SourceRef::listFromVariant
// and isWebUrl. Invariant: no source is ever taken for a web link unless it
// is http(s) with a host: javascript:, data:, file: and the like never are.

#include "SourceRef.h"

#include <QJsonDocument>
#include <QUrl>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QVariant value = QJsonDocument::fromJson(bytes).toVariant();
    QStringList problems;
    const QList<SourceRef> list = SourceRef::listFromVariant(value, &problems);
    for (const SourceRef &s : list) {
        if (!SourceRef::isWebUrl(s.url))
            continue;
        const QString scheme = QUrl(s.url).scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            std::abort();
    }
    // Also the bytes as a URL on their own.
    const QString url = QString::fromUtf8(bytes);
    if (SourceRef::isWebUrl(url)) {
        const QString scheme = QUrl(url, QUrl::StrictMode).scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            std::abort();
    }
    return 0;
}
