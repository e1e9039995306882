#include "LayerSession.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace LayerSession {

void save(const Document &document)
{
    QVariantList list;
    for (const LayerEntry &u : document.layers().user) {
        // A database layer is not a file (and its string may name a server).
        if (u->path.isEmpty() || u->database)
            continue;
        QVariantMap m;
        m.insert(QStringLiteral("path"), QFileInfo(u->path).absoluteFilePath());
        m.insert(QStringLiteral("visible"), u.visible);
        m.insert(QStringLiteral("opacity"), u.opacity);
        if (u->events) {
            m.insert(QStringLiteral("dateField"), u->events->dateField);
            m.insert(QStringLiteral("endField"), u->events->endField);
            if (u.colourBy.isSet())
                m.insert(QStringLiteral("colourBy"), u.colourBy.toString());
        }
        list << m;
    }
    QSettings().setValue(QStringLiteral("layers/list"), list);
}

QStringList restore(const Document &document, LayerLoadController &loads)
{
    const QVariantList list = QSettings().value(QStringLiteral("layers/list")).toList();
    QStringList missing;
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        const QString path = m.value(QStringLiteral("path")).toString();
        if (path.isEmpty())
            continue;
        bool already = false;
        for (const LayerEntry &u : document.layers().user)
            already |= QFileInfo(u->path).absoluteFilePath() == path;
        if (already)
            continue;
        if (!QFileInfo(path).isFile()) {
            missing << path;
            continue;
        }
        LayerLoadController::Request r;
        r.path = path;
        r.dateField = m.value(QStringLiteral("dateField")).toString();
        r.endField = m.value(QStringLiteral("endField")).toString();
        ColourBy::parse(m.value(QStringLiteral("colourBy")).toString(), {}, &r.colourBy, nullptr);
        r.visible = m.value(QStringLiteral("visible"), true).toBool();
        r.opacity = std::clamp(m.value(QStringLiteral("opacity"), 1.0).toDouble(), 0.0, 1.0);
        loads.open(r);
    }
    return missing;
}

namespace {

const QString kDateOrders = QStringLiteral("layers/dateOrders");

QString keyOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

} // namespace

DateText::Order rememberedDateOrder(const QString &path)
{
    return DateText::orderNamed(QSettings().value(kDateOrders).toMap().value(keyOf(path)).toString());
}

void rememberDateOrder(const QString &path, DateText::Order order)
{
    QSettings settings;
    QVariantMap orders = settings.value(kDateOrders).toMap();
    orders.insert(keyOf(path), DateText::orderName(order));
    settings.setValue(kDateOrders, orders);
}

} // namespace LayerSession
