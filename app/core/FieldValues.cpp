#include "FieldValues.h"

#include "GdalOpen.h"
#include "GdalSandbox.h"
#include "GeoJsonPointReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <numeric>

namespace {

// Progress every this many rows: cheap, and often enough for a bar.
constexpr size_t kProgressRows = 1 << 14;

bool cancelled(const LoadProgress &progress, size_t done, size_t total)
{
    return progress && done % kProgressRows == 0
           && !progress(total ? double(done) / double(total) : 0.0, QStringLiteral("Reading categories"));
}

// Event indexes in the order of their rows in the file.
std::vector<quint32> inRowOrder(const EventLayer &layer)
{
    std::vector<quint32> order(layer.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return layer.fid[a] < layer.fid[b]; });
    return order;
}

bool readOffsets(const EventLayer &layer, const QString &field,
                 const std::function<void(size_t, const QString &)> &visit, const LoadProgress &progress,
                 QString *error)
{
    // Offsets hold only for the file as it was read.
    const QFileInfo info(layer.readPath);
    if (!info.isFile() || info.size() != layer.readSize
        || info.lastModified().toMSecsSinceEpoch() != layer.readModified) {
        *error = QCoreApplication::translate(
            "FieldValues", "%1: the file changed since it was opened; open it again")
                     .arg(layer.path);
        return false;
    }
    QFile file(layer.readPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(layer.path, file.errorString());
        return false;
    }
    const std::vector<quint32> order = inRowOrder(layer);
    for (size_t n = 0; n < order.size(); ++n) {
        if (cancelled(progress, n, order.size()))
            return false;
        visit(order[n], GeoJsonPointReader::attributesAt(&file, layer.fid[order[n]]).value(field).toString());
    }
    return true;
}

bool readGdal(const EventLayer &layer, const QString &field,
              const std::function<void(size_t, const QString &)> &visit, const LoadProgress &progress,
              QString *error)
{
    const GdalDataset ds = GdalOpen::points(layer.readPath);
    if (!ds || ds->GetLayerCount() < 1) {
        *error = QCoreApplication::translate("FieldValues", "%1: cannot be read again").arg(layer.path);
        return false;
    }
    OGRLayer *l = ds->GetLayer(0);
    OGRFeatureDefn *defn = l->GetLayerDefn();
    const int column = defn->GetFieldIndex(field.toUtf8().constData());
    if (column < 0) {
        *error = QCoreApplication::translate("FieldValues", "%1: no field \"%2\"").arg(layer.path, field);
        return false;
    }
    // Decode the one field only: no geometry, no other column.
    std::vector<QByteArray> names;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (i != column)
            names.push_back(QByteArray(defn->GetFieldDefn(i)->GetNameRef()));
    names.push_back(QByteArrayLiteral("OGR_GEOMETRY"));
    names.push_back(QByteArrayLiteral("OGR_STYLE"));
    std::vector<const char *> ignored;
    for (const QByteArray &n : names)
        ignored.push_back(n.constData());
    ignored.push_back(nullptr);
    l->SetIgnoredFields(ignored.data());
    l->ResetReading();
    // Each row found by its FID among the events' (in whatever order the
    // driver returns rows); rows dropped at load are not events.
    const std::vector<quint32> order = inRowOrder(layer);
    std::vector<bool> seen(order.size(), false);
    size_t rows = 0;
    const auto total = size_t(std::max<GIntBig>(1, l->GetFeatureCount(FALSE)));
    auto byFid = [&](quint32 event, qint64 fid) { return layer.fid[event] < fid; };
    while (std::unique_ptr<OGRFeature> f{l->GetNextFeature()}) {
        if (cancelled(progress, rows++, total))
            return false;
        const qint64 fid = f->GetFID();
        auto it = std::lower_bound(order.begin(), order.end(), fid, byFid);
        if (it == order.end() || layer.fid[*it] != fid)
            continue;
        const QString value = f->IsFieldSetAndNotNull(column) ? QString::fromUtf8(f->GetFieldAsString(column))
                                                              : QString();
        for (; it != order.end() && layer.fid[*it] == fid; ++it) {
            seen[size_t(it - order.begin())] = true;
            visit(*it, value);
        }
    }
    for (size_t n = 0; n < order.size(); ++n)
        if (!seen[n])
            visit(order[n], QString());   // a row not found again
    return true;
}

} // namespace

namespace FieldValues {

bool read(const EventLayer &layer, const QString &field,
          const std::function<void(size_t, const QString &)> &visit, const LoadProgress &progress,
          QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    if (!layer.inlineAttributes.empty()) {
        for (size_t i = 0; i < layer.size(); ++i) {
            if (cancelled(progress, i, layer.size()))
                return false;
            visit(i, layer.inlineAttributes[i].value(field).toString());
        }
        return true;
    }
    if (GdalSandbox::isRemotePath(layer.readPath) || GdalSandbox::isConnectionString(layer.readPath)) {
        *error = QCoreApplication::translate("FieldValues", "%1: not a local file").arg(layer.path);
        return false;
    }
    if (layer.rowKey == EventLayer::RowKey::ByteOffset)
        return readOffsets(layer, field, visit, progress, error);
    return readGdal(layer, field, visit, progress, error);
}

} // namespace FieldValues
