#include "EventLayerLoader.h"

#include "FormatRegistry.h"
#include "GdalEventReader.h"
#include "GdalOpen.h"
#include "CsvText.h"
#include "GdalSandbox.h"
#include "GeoJsonPointReader.h"
#include "IsoDate.h"
#include "LayerCache.h"
#include "LayerLimits.h"
#include "LayerReader.h"
#include "Projection.h"
#include "RowProblems.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

qint64 EventLayerLoader::smallFileBytes()
{
    return LayerLimits::smallFileBytes();
}

bool EventLayerLoader::prefersBulkPath(const QString &path)
{
    if (GdalSandbox::isRemotePath(path) || GdalSandbox::isConnectionString(path))
        return false;
    const FormatRegistry::Format format = FormatRegistry::formatOf(path);
    if (format == FormatRegistry::Format::Csv)
        return true;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() < LayerLimits::smallFileBytes())
        return false;
    if (format == FormatRegistry::Format::GeoJson || format == FormatRegistry::Format::GeoJsonSeq) {
        // Only what looks like points in its first 64 KB: anything else
        // (polygons, a giant string...) keeps LayerReader's checks and limits.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        static const QRegularExpression point(QStringLiteral("\"type\"\\s*:\\s*\"(Multi)?Point\""));
        return point.match(QString::fromUtf8(f.read(64 * 1024))).hasMatch();
    }
    return FormatRegistry::isBulkFormat(format);
}

QString EventLayerLoader::cachePath(const QString &path)
{
    return LayerCache::pathFor(path);
}

EventLayerLoader::Detection EventLayerLoader::detectDateFields(const QList<Field> &fields, DateText::Order order)
{
    return DateFieldDetection::detect(fields, order);
}

QString EventLayerLoader::severalDateFields(const QStringList &candidates)
{
    return DateFieldDetection::severalDateFields(candidates);
}

LoadResult EventLayerLoader::load(const QString &path, const Options &options,
                                                std::shared_ptr<EventLayer> *out, const Progress &progress)
{
    using Status = LoadResult::Status;
    // GeoJSON of points: one streaming pass, which makes the content checks
    // itself (so the file is not read twice); anything it does not take as
    // it is (another CRS, other geometries) goes on through GDAL. Everything
    // else gets the same checks, scans and limits as every other file (no
    // remote paths, no network references inside, size and count limits)
    // before GDAL opens it.
    const FormatRegistry::Format format = FormatRegistry::formatOf(path);
    if (format == FormatRegistry::Format::GeoJson || format == FormatRegistry::Format::GeoJsonSeq) {
        if (LoadResult checked = LayerReader().preflight(path, LayerReader::Scan::FileOnly); !checked.ok())
            return checked;
        const LoadResult r = streamGeoJson(path, format == FormatRegistry::Format::GeoJsonSeq, options, out, progress);
        if (!r.is(Status::Unsuitable))
            return r;
    }
    if (LoadResult checked = LayerReader().preflight(path); !checked.ok())
        return checked;
    // GDAL would read its columns as field_1, field_2...: which is the date
    // and which the position would be a guess.
    if (format == FormatRegistry::Format::Csv && CsvText::isHeaderlessGdelt(path))
        return LoadResult::failed(path, 1,
            QCoreApplication::translate("EventLayerLoader",
                "a GDELT event file without its header row: put the header line "
                "of GDELT's codebook before the first event, then open it again"))
            .markFinal();
    const QFileInfo info(path);
    GdalSandbox::configure();
    const QString cached = LayerCache::pathFor(path);
    if (cached.isEmpty())
        return readDataset(path, path, info.size() < LayerLimits::smallFileBytes(), options, out, progress, 0.0, 1.0);
    if (!QFileInfo(cached).isFile()) {
        QDir(cached).removeRecursively();
        if (LoadResult converted = LayerCache::convert(path, cached, progress, 0.75); !converted.ok())
            return converted;
    }
    return readDataset(cached, path, false, options, out, progress, 0.75, 1.0);
}

LoadResult EventLayerLoader::chooseDateFields(const QList<Field> &fields, const QString &userPath,
                                              const Options &options, const SampleLine &lineOf,
                                              DateFieldDetection::Choice *choice)
{
    auto askOrder = [&](const QString &field, const QString &example) {
        return LoadResult::askOrder(userPath, field,
            QCoreApplication::translate("EventLayerLoader",
                "the dates in \"%1\" are written like \"%2\", day and month in an order no "
                "value tells: give the order (--date-order dmy for day first, mdy for month first)")
                .arg(field, example));
    };
    if (!options.dateField.isEmpty()) {
        // A chosen field must be there; its values say their form.
        for (const QString &name : {options.dateField, options.endField}) {
            if (name.isEmpty())
                continue;
            const auto it = std::find_if(fields.cbegin(), fields.cend(), [&name](const Field &f) { return f.name == name; });
            if (it == fields.cend())
                return LoadResult::failed(
                    userPath, QCoreApplication::translate("EventLayerLoader", "no field \"%1\"").arg(name))
                    .markFinal();
            bool unclear = false;
            DateText::Form form = it->dateType ? DateText::Form::Iso
                                               : DateFieldDetection::formOf(*it, options.dateOrder, &unclear);
            if (unclear)
                return askOrder(name, it->samples.value(0));
            if (form == DateText::Form::None)
                form = DateText::Form::Iso; // its rows are then reported, value by value
            (name == options.dateField ? choice->startForm : choice->endForm) = form;
        }
        choice->start = options.dateField;
        choice->end = options.endField;
        return LoadResult::loaded();
    }
    const Detection d = detectDateFields(fields, options.dateOrder);
    if (d.ambiguous)
        return LoadResult::ambiguous(userPath, d.candidates, severalDateFields(d.candidates));
    if (!d.orderUnclear.isEmpty())
        return askOrder(d.orderUnclear, d.orderExample);
    if (!d.unreadable.isEmpty()) {
        // A date column the viewer cannot read: said, not an undated layer.
        const auto it = std::find_if(fields.cbegin(), fields.cend(),
                                     [&d](const Field &f) { return f.name == d.unreadable; });
        const int line = lineOf && it != fields.cend() ? lineOf(*it, d.unreadableIndex) : 0;
        return LoadResult::failed(userPath, line,
            DataError::escapeControls(
                QCoreApplication::translate("EventLayerLoader",
                    "\"%1\" holds no date the viewer reads: %2 of the first %3 values are not dates "
                    "written like 2020-06-15, 15 June 2020, June 15, 2020, 20200615 or 15/06/2020, "
                    "e.g. \"%4\"%5")
                    .arg(d.unreadable)
                    .arg(d.unreadableCount)
                    .arg(d.sampled)
                    .arg(d.unreadableExample.left(60),
                        line > 0 ? QCoreApplication::translate("EventLayerLoader", " (here)") : QString())))
            .markFinal();
    }
    if (d.start.isEmpty())
        return LoadResult::of(LoadResult::Status::NotEvents);
    choice->start = d.start;
    choice->end = d.end;
    choice->startForm = d.startForm;
    choice->endForm = d.endForm;
    return LoadResult::loaded();
}

DateFieldDetection::Chooser EventLayerLoader::chooser(const QString &userPath, const Options &options,
                                                     const SampleLine &lineOf, LoadResult *chosen)
{
    return [this, userPath, options, lineOf, chosen](const QList<Field> &fields, DateFieldDetection::Choice *choice) {
        *chosen = chooseDateFields(fields, userPath, options, lineOf, choice);
        return chosen->ok();
    };
}

LoadResult EventLayerLoader::streamGeoJson(const QString &path, bool sequence, const Options &options,
                                         std::shared_ptr<EventLayer> *out, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadResult::failed(path,
            QCoreApplication::translate("EventLayerLoader", "cannot be read: %1").arg(file.errorString()));
    const QFileInfo info(path);
    LoadResult chosen;
    const DateFieldDetection::Chooser choose = chooser(path, options, {}, &chosen);
    GeoJsonPointReader reader;
    GeoJsonPointReader::Rows rows;
    constexpr double kRead = 0.85; // progress share of the pass over the file
    LoadResult read = reader.read(&file, sequence, choose, progress, kRead, &rows);
    if (read.is(LoadResult::Status::Declined))
        return chosen.ok() ? LoadResult::of(LoadResult::Status::NotEvents) : chosen;
    if (!read.ok())
        return read.inFile(path);
    auto layer = std::make_shared<EventLayer>();
    layer->path = path;
    layer->readPath = path;
    layer->layerName = info.completeBaseName();
    layer->dateField = rows.startField;
    layer->endField = rows.endField;
    layer->fieldNames = rows.fieldNames;
    layer->skipped = rows.skipped;
    layer->rowKey = EventLayer::RowKey::ByteOffset;
    layer->readSize = info.size();
    layer->readModified = info.lastModified().toMSecsSinceEpoch();
    layer->start = std::move(rows.start);
    layer->end = std::move(rows.end);
    layer->fid = std::move(rows.offset);
    // Dates written but unreadable, said as for any other file: per field,
    // the one whose first such feature comes first listed first.
    struct Bad
    {
        const GeoJsonPoints::Unreadable *rows;
        QString field;
        DateText::Form form;
    };
    QList<Bad> bad;
    for (const Bad &b : {Bad{&rows.badStart, rows.startField, rows.startForm}, Bad{&rows.badEnd, rows.endField, rows.endForm}})
        if (b.rows->rows > 0)
            bad << b;
    if (bad.size() == 2 && bad[1].rows->offset < bad[0].rows->offset)
        bad.swapItemsAt(0, 1);
    RowProblems problems;
    for (const Bad &b : bad)
        problems.date(b.field, b.form, QString::fromUtf8(b.rows->example), b.rows->feature, b.rows->line, b.rows->rows);
    layer->problems = problems.report(path);
    if (layer->start.empty()) {
        // Nothing to show: the problems are the reason (as GdalEventReader).
        if (!layer->problems.isEmpty())
            return LoadResult::failed(layer->problems).markFinal();
        return LoadResult::failed(path,
            QCoreApplication::translate(
                "EventLayerLoader", "no feature has both a point and a date in \"%1\"")
                .arg(layer->dateField));
    }
    return finishLayer(std::move(layer), rows.lon, rows.lat, nullptr, out, progress, kRead, 1.0);
}

LoadResult EventLayerLoader::readDataset(const QString &readPath, const QString &userPath,
                                                       bool inlineAttrs, const Options &options,
                                                       std::shared_ptr<EventLayer> *out,
                                                       const Progress &progress, double from, double to)
{
    LoadResult chosen;
    // A CSV's sampled value is found in its text (the rows read may come
    // from a sorted copy): the first record holding it.
    SampleLine lineOf;
    if (FormatRegistry::formatOf(userPath) == FormatRegistry::Format::Csv)
        lineOf = [userPath](const Field &field, int sample) {
            const QStringList header = CsvText::firstRecord(userPath);
            const int column = int(header.indexOf(field.name));
            const QByteArray value = field.samples.value(sample).toUtf8();
            int found = 0;
            if (column >= 0)
                CsvText::forEachRecord(userPath, [&](qint64 record, int line, const QList<QByteArray> &f) {
                    if (record > 0 && column < f.size() && f[column].trimmed() == value)
                        found = line;
                    return found == 0;
                });
            return found;
        };
    const DateFieldDetection::Chooser choose = chooser(userPath, options, lineOf, &chosen);
    auto layer = std::make_shared<EventLayer>();
    std::vector<double> lon, lat;
    GdalEventReader reader;
    const LoadResult read = reader.read(readPath, userPath, inlineAttrs, choose, progress, from, to, layer.get(),
                                        &lon, &lat);
    if (read.is(LoadResult::Status::Declined))
        return chosen;
    if (!read.ok())
        return read;
    return finishLayer(std::move(layer), lon, lat, reader.takeTransform().get(), out, progress,
                       from + (to - from) * 0.9, to);
}

LoadResult EventLayerLoader::finishLayer(std::shared_ptr<EventLayer> layerOut, std::vector<double> &lon,
                                                       std::vector<double> &lat, OGRCoordinateTransformation *toWgs84,
                                                       std::shared_ptr<EventLayer> *out, const Progress &progress,
                                                       double from, double to)
{
    EventLayer &e = *layerOut;
    if (progress && !progress(from, QStringLiteral("Projecting")))
        return LoadResult::of(LoadResult::Status::Cancelled);

    // To WGS84 (when the layer has another CRS), then to the map projection.
    if (toWgs84)
        GdalOpen::transform(toWgs84, lon, lat);
    // Projected in blocks, straight into the float arrays: at 10M events a
    // whole array of projected doubles would add 160 MB to the peak.
    constexpr size_t kBlock = 1 << 16;
    const size_t n = lon.size();
    e.x.resize(n);
    e.y.resize(n);
    std::vector<QPointF> pts;
    size_t w = 0;
    for (size_t from = 0; from < n; from += kBlock) {
        const size_t count = std::min(kBlock, n - from);
        pts.resize(count);
        for (size_t k = 0; k < count; ++k)
            pts[k] = QPointF(lon[from + k], lat[from + k]);
        Projection::instance().forward(pts);
        // Drop what is not a real position (NaN, out of range): compact in place.
        for (size_t k = 0; k < count; ++k) {
            const size_t i = from + k;
            const QPointF &p = pts[k];
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 2e7 || std::abs(p.y()) > 2e7) {
                ++e.skipped;
                continue;
            }
            e.x[w] = float(p.x());
            e.y[w] = float(p.y());
            e.start[w] = e.start[i];
            if (!e.end.empty())
                e.end[w] = e.end[i];
            e.fid[w] = e.fid[i];
            if (!e.inlineAttributes.empty())
                e.inlineAttributes[w] = std::move(e.inlineAttributes[i]);
            ++w;
        }
    }
    lon = {};
    lat = {};
    e.x.resize(w);
    e.y.resize(w);
    e.start.resize(w);
    if (!e.end.empty())
        e.end.resize(w);
    e.fid.resize(w);
    if (!e.inlineAttributes.empty())
        e.inlineAttributes.resize(w);
    e.x.shrink_to_fit();
    e.y.shrink_to_fit();
    e.start.shrink_to_fit();
    e.end.shrink_to_fit();
    e.fid.shrink_to_fit();
    if (w == 0)
        return LoadResult::failed(e.path,
            QCoreApplication::translate(
                "EventLayerLoader", "no feature has both a point and a date in \"%1\"")
                .arg(e.dateField));
    if (progress && !progress(from + (to - from) * 0.5, QStringLiteral("Indexing")))
        return LoadResult::of(LoadResult::Status::Cancelled);
    e.finish();
    if (progress)
        progress(to, QStringLiteral("Done"));
    *out = std::move(layerOut);
    return LoadResult::loaded();
}

LoadResult EventLayerLoader::fromRawLayer(const RawLayer &raw, const QString &path,
                                                        const Options &options, std::shared_ptr<EventLayer> *out)
{
    if (raw.features.empty())
        return LoadResult::of(LoadResult::Status::NotEvents);
    // No point, no events: its date columns are not the question (as in
    // GdalEventReader, which looks at the geometry first).
    if (std::none_of(raw.features.cbegin(), raw.features.cend(),
                     [](const RawFeature &f) { return f.geometry.type == Geometry::Type::Point; }))
        return LoadResult::of(LoadResult::Status::NotEvents);
    QList<Field> fields;
    QHash<QString, int> fieldIndex;
    for (const RawFeature &f : raw.features) {
        // Features without a geometry are skipped below, as in the bulk path.
        if (f.geometry.type != Geometry::Type::Point && f.geometry.type != Geometry::Type::None)
            return LoadResult::of(LoadResult::Status::NotEvents);
        for (auto it = f.attributes.cbegin(); it != f.attributes.cend(); ++it) {
            int i = fieldIndex.value(it.key(), -1);
            if (i < 0) {
                i = fields.size();
                fieldIndex.insert(it.key(), i);
                Field fd;
                fd.name = it.key();
                const int t = it.value().typeId();
                fd.dateType = t == QMetaType::QDate || t == QMetaType::QDateTime;
                fd.stringType = t == QMetaType::QString;
                fd.integerType = t == QMetaType::Int || t == QMetaType::LongLong;
                fields << fd;
            }
            Field &fd = fields[i];
            if ((fd.stringType || fd.dateType || fd.integerType)
                && fd.samples.size() < DateFieldDetection::kSamplesPerField && !it.value().isNull()) {
                const QString v = it.value().toString().trimmed();
                if (!v.isEmpty()) {
                    fd.samples << v;
                    fd.sampleRows << f.index;
                }
            }
        }
    }
    auto lineOfRow = [&raw](qint64 row) {
        return row >= 0 && size_t(row) < raw.features.size() ? raw.features[size_t(row)].where.line : 0;
    };
    DateFieldDetection::Choice choice;
    const SampleLine lineOf = [&lineOfRow](const Field &field, int sample) {
        return lineOfRow(field.sampleRows.value(sample, -1));
    };
    if (LoadResult r = chooseDateFields(fields, path, options, lineOf, &choice); !r.ok())
        return r;
    const QString startField = choice.start, endField = choice.end;
    RowProblems problems;
    auto dayOf = [&](const QVariant &v, const QString &field, DateText::Form form, const RawFeature &f, qint32 *jd) {
        if (v.typeId() == QMetaType::QDate || v.typeId() == QMetaType::QDateTime) {
            const QDate d = v.toDate();
            if (!d.isValid())
                return false;
            *jd = qint32(d.toJulianDay());
            return true;
        }
        const QString text = v.toString().trimmed();
        if (DateText::julianDayOf(text.toUtf8().constData(), form, jd))
            return true;
        // The line of the date itself, as the streaming reader of larger
        // GeoJSON names it (other formats have no lines: 0).
        if (!text.isEmpty())
            problems.date(field, form, text, f.index, f.where.propertyLine.value(field, f.where.line));
        return false;
    };
    auto layer = std::make_shared<EventLayer>();
    layer->path = path;
    layer->readPath = path;
    layer->layerName = raw.layerName;
    layer->dateField = startField;
    layer->endField = endField;
    for (const Field &f : fields)
        layer->fieldNames << f.name;
    for (const RawFeature &f : raw.features) {
        qint32 s = 0, en = 0;
        if (f.geometry.points.empty() || !dayOf(f.attributes.value(startField), startField, choice.startForm, f, &s)
            || (!endField.isEmpty() && !dayOf(f.attributes.value(endField), endField, choice.endForm, f, &en))) {
            ++layer->skipped;
            continue;
        }
        if (!endField.isEmpty() && en < s)
            std::swap(s, en);
        layer->x.push_back(float(f.geometry.points.front().x()));
        layer->y.push_back(float(f.geometry.points.front().y()));
        layer->start.push_back(s);
        if (!endField.isEmpty())
            layer->end.push_back(en);
        layer->fid.push_back(f.index);
        QVariantMap attrs;
        for (auto it = f.attributes.cbegin(); it != f.attributes.cend(); ++it)
            attrs.insert(it.key(), it.value().toString());
        layer->inlineAttributes.push_back(std::move(attrs));
    }
    layer->problems = problems.report(path);
    if (layer->start.empty())
        return layer->problems.isEmpty() ? LoadResult::of(LoadResult::Status::NotEvents)
                                         : LoadResult::failed(layer->problems);
    layer->finish();
    *out = std::move(layer);
    return LoadResult::loaded();
}

QVariantMap EventLayerLoader::attributes(const EventLayer &layer, size_t index)
{
    if (index >= layer.size())
        return {};
    if (!layer.inlineAttributes.empty())
        return layer.inlineAttributes[index];
    if (GdalSandbox::isRemotePath(layer.readPath) || GdalSandbox::isConnectionString(layer.readPath))
        return {};
    if (layer.rowKey == EventLayer::RowKey::ByteOffset) {
        // Offsets hold only for the file as it was read.
        const QFileInfo info(layer.readPath);
        if (!info.isFile() || info.size() != layer.readSize
            || info.lastModified().toMSecsSinceEpoch() != layer.readModified)
            return {};
        QFile file(layer.readPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return GeoJsonPointReader::attributesAt(&file, layer.fid[index]);
    }
    return GdalEventReader::attributesAt(layer.readPath, layer.fid[index]);
}

QList<QPair<QString, QString>> EventLayerLoader::orderedAttributes(const EventLayer &layer, size_t index)
{
    const QVariantMap attrs = attributes(layer, index);
    // In file order where known, then any others.
    QStringList order = layer.fieldNames;
    const QSet<QString> known(order.cbegin(), order.cend());
    for (auto it = attrs.cbegin(); it != attrs.cend(); ++it)
        if (!known.contains(it.key()))
            order << it.key();
    QList<QPair<QString, QString>> out;
    for (const QString &k : order)
        if (attrs.contains(k))
            out.append({k, attrs.value(k).toString()});
    return out;
}
