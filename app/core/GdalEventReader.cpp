#include "GdalEventReader.h"

#include "FormatRegistry.h"
#include "LayerLimits.h"
#include "OgrConvert.h"
#include "RowProblems.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

LoadResult GdalEventReader::read(const QString &readPath, const QString &userPath,
                                              bool inlineAttrs, const FieldChooser &choose,
                                              const LoadProgress &progress, double from, double to,
                                              EventLayer *out, std::vector<double> *lonOut,
                                              std::vector<double> *latOut)
{
    m_toWgs84.reset();
    auto fail = [&userPath](const QString &message) { return LoadResult::failed(userPath, message); };
    const GdalDataset ds = GdalOpen::points(readPath);
    if (!ds)
        return fail(GdalOpen::whyNot(QString::fromUtf8(CPLGetLastErrorMsg())));
    if (ds->GetLayerCount() < 1)
        return fail(QCoreApplication::translate("GdalEventReader", "contains no layer"));
    OGRLayer *layer = ds->GetLayer(0);
    const OGRwkbGeometryType gt = layer->GetGeomType();
    if (!OgrConvert::isPointType(gt) && wkbFlatten(gt) != wkbUnknown)
        return LoadResult::of(LoadResult::Status::NotEvents);
    OGRFeatureDefn *defn = layer->GetLayerDefn();

    // Fields and samples for date detection.
    QList<DateFieldDetection::Field> fields;
    QStringList names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn *fd = defn->GetFieldDefn(i);
        DateFieldDetection::Field f;
        f.name = QString::fromUtf8(fd->GetNameRef());
        f.dateType = fd->GetType() == OFTDate || fd->GetType() == OFTDateTime;
        f.stringType = fd->GetType() == OFTString;
        f.integerType = fd->GetType() == OFTInteger || fd->GetType() == OFTInteger64;
        fields << f;
        names << f.name;
    }
    layer->ResetReading();
    int sampled = 0;
    bool sawPoint = false;
    for (auto &feature : *layer) {
        if (OGRGeometry *g = feature->GetGeometryRef()) {
            if (!OgrConvert::isPointType(g->getGeometryType()))
                return LoadResult::of(LoadResult::Status::NotEvents);
            sawPoint = true;
        }
        for (int i = 0; i < fields.size(); ++i)
            if ((fields[i].stringType || fields[i].dateType || fields[i].integerType)
                && feature->IsFieldSetAndNotNull(i)
                && fields[i].samples.size() < DateFieldDetection::kSamplesPerField) {
                const QString v = QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
                if (!v.isEmpty()) {
                    fields[i].samples << v;
                    fields[i].sampleRows << feature->GetFID();
                }
            }
        if (++sampled >= DateFieldDetection::kSampleRows)
            break;
    }
    if (!sawPoint) {
        // Coordinate columns whose values are not positions: said, not a
        // layer without geometry.
        if (FormatRegistry::formatOf(userPath) == FormatRegistry::Format::Csv) {
            RowProblems positions;
            positions.checkCsv(userPath, QString(), DateText::Form::None, QString(), DateText::Form::None);
            if (!positions.isEmpty())
                return LoadResult::failed(positions.report(userPath)).markFinal();
        }
        return LoadResult::of(LoadResult::Status::NotEvents);
    }

    DateFieldDetection::Choice choice;
    if (!choose(fields, &choice))
        return LoadResult::of(LoadResult::Status::Declined);
    const QString startField = choice.start, endField = choice.end;
    const int startIdx = names.indexOf(startField);
    const int endIdx = endField.isEmpty() ? -1 : names.indexOf(endField);

    // Only the date fields are decoded in the bulk pass (unless attributes are kept).
    if (!inlineAttrs) {
        std::vector<QByteArray> ignoredNames;
        for (int i = 0; i < names.size(); ++i)
            if (i != startIdx && i != endIdx)
                ignoredNames.push_back(names[i].toUtf8());
        std::vector<const char *> ignored;
        for (const QByteArray &n : ignoredNames)
            ignored.push_back(n.constData());
        ignored.push_back("OGR_STYLE");
        ignored.push_back(nullptr);
        layer->SetIgnoredFields(ignored.data());
    }

    EventLayer &e = *out;
    e.path = userPath;
    e.readPath = readPath;
    e.layerName = QString::fromUtf8(layer->GetName());
    e.dateField = startField;
    e.endField = endIdx >= 0 ? endField : QString();
    e.fieldNames = names;

    const GIntBig total = layer->TestCapability(OLCFastFeatureCount) ? layer->GetFeatureCount(TRUE) : -1;
    if (total > LayerLimits::maxFeatures())
        return fail(LayerLimits::tooManyFeatures(total));
    if (total > 0) {
        e.x.reserve(size_t(total));
        e.y.reserve(size_t(total));
        e.start.reserve(size_t(total));
        e.fid.reserve(size_t(total));
        if (endIdx >= 0)
            e.end.reserve(size_t(total));
    }
    std::vector<double> &lon = *lonOut, &lat = *latOut;
    lon.clear();
    lat.clear();
    lon.reserve(size_t(std::max<GIntBig>(total, 0)));
    lat.reserve(size_t(std::max<GIntBig>(total, 0)));

    // A CSV's problems are found in its text (RowProblems::checkCsv): the
    // rows read here may come from a sorted copy.
    const bool csv = FormatRegistry::formatOf(userPath) == FormatRegistry::Format::Csv;
    RowProblems problems;
    bool outOfRange = false;
    auto dayOf = [&](OGRFeature *f, int idx, DateText::Form form, qint32 *jd) {
        if (!f->IsFieldSetAndNotNull(idx))
            return false;
        const OGRFieldType t = defn->GetFieldDefn(idx)->GetType();
        if (t == OFTDate || t == OFTDateTime) {
            const OGRField *raw = f->GetRawFieldRef(idx);
            const int y = raw->Date.Year, m = raw->Date.Month, d = raw->Date.Day;
            if (!QDate::isValid(y, m, d))
                return false;
            *jd = qint32(QDate(y, m, d).toJulianDay());
            return true;
        }
        const char *text = f->GetFieldAsString(idx);
        if (DateText::julianDayOf(text, form, jd))
            return true;
        if (!csv && *text)
            problems.date(names[idx], form, QString::fromUtf8(text), f->GetFID(), 0);
        return false;
    };

    layer->ResetReading();
    qint64 n = 0;
    const double step = 1.0 / double(std::max<GIntBig>(total, 1));
    for (auto &feature : *layer) {
        if (++n > LayerLimits::maxFeatures())
            return fail(LayerLimits::tooManyFeatures(n, false));
        if ((n & 0x3fff) == 0 && progress
            && !progress(from + (to - from) * 0.9 * std::min(1.0, double(n) * step), QStringLiteral("Reading")))
            return LoadResult::of(LoadResult::Status::Cancelled);
        const OGRGeometry *g = feature->GetGeometryRef();
        const OGRPoint *pt = nullptr;
        if (g && wkbFlatten(g->getGeometryType()) == wkbPoint)
            pt = g->toPoint();
        else if (g && wkbFlatten(g->getGeometryType()) == wkbMultiPoint && !g->toMultiPoint()->IsEmpty())
            pt = g->toMultiPoint()->getGeometryRef(0);
        qint32 s = 0, en = 0;
        if (!pt || pt->IsEmpty() || !dayOf(feature.get(), startIdx, choice.startForm, &s)
            || (endIdx >= 0 && !dayOf(feature.get(), endIdx, choice.endForm, &en))) {
            ++e.skipped;
            continue;
        }
        if (endIdx >= 0 && en < s)
            std::swap(s, en);
        lon.push_back(pt->getX());
        lat.push_back(pt->getY());
        // Dropped later as no longitude/latitude: a CSV's text says why.
        outOfRange |= !(std::abs(pt->getX()) <= 180 && std::abs(pt->getY()) <= 90);
        e.start.push_back(s);
        if (endIdx >= 0)
            e.end.push_back(en);
        e.fid.push_back(feature->GetFID());
        if (inlineAttrs) {
            QVariantMap attrs;
            for (int i = 0; i < names.size(); ++i)
                if (feature->IsFieldSetAndNotNull(i))
                    attrs.insert(names[i], QString::fromUtf8(feature->GetFieldAsString(i)));
            e.inlineAttributes.push_back(std::move(attrs));
        }
    }
    if (csv && (e.skipped > 0 || outOfRange))
        problems.checkCsv(userPath, startField, choice.startForm, e.endField, choice.endForm);
    e.problems = problems.report(userPath);
    if (e.start.empty()) {
        // Nothing to show: the problems are the reason.
        if (!e.problems.isEmpty())
            return LoadResult::failed(e.problems).markFinal();
        return fail(
            QCoreApplication::translate("GdalEventReader", "no feature has both a point and a date in \"%1\"")
                .arg(startField));
    }
    bool convertible = true;
    m_toWgs84 = GdalOpen::toWgs84(layer->GetSpatialRef(), &convertible);
    if (!convertible)
        return fail(QCoreApplication::translate(
            "GdalEventReader", "its coordinate system cannot be converted to WGS84"));
    return LoadResult::loaded();
}

QVariantMap GdalEventReader::attributesAt(const QString &path, qint64 fid)
{
    const GdalDataset ds = GdalOpen::points(path);
    if (!ds || ds->GetLayerCount() < 1)
        return {};
    OGRLayer *l = ds->GetLayer(0);
    std::unique_ptr<OGRFeature> f(l->GetFeature(fid));
    if (!f)
        return {};
    QVariantMap attrs;
    for (int i = 0; i < f->GetFieldCount(); ++i)
        if (f->IsFieldSetAndNotNull(i))
            attrs.insert(QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()),
                         QString::fromUtf8(f->GetFieldAsString(i)));
    return attrs;
}
