#include "GeoJsonPointHandler.h"

#include "DateText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>

namespace {

bool keyIs(const char *s, rapidjson::SizeType n, const char *lit)
{
    const size_t m = std::strlen(lit);
    return n == m && std::memcmp(s, lit, m) == 0;
}

// The "crs" names GDAL reads as WGS84 longitude, latitude.
bool isWgs84Name(const char *s, rapidjson::SizeType n)
{
    for (const char *name : {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84",
                             "CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG:4326"})
        if (keyIs(s, n, name))
            return true;
    return false;
}

} // namespace

bool GeoJsonPointHandler::tick()
{
    if ((++ticks & 0x3ffff) != 0 || !progress || total <= 0)
        return true;
    if (!progress(progressTo * std::min(1.0, double(stream->Tell()) / double(total)), QStringLiteral("Reading"))) {
        cancelled = true;
        return false;
    }
    return true;
}

void GeoJsonPointHandler::noteName(const char *s, rapidjson::SizeType n)
{
    // Files repeat their properties in the same order: check the same
    // position first, then the set of names.
    const size_t pos = size_t(propertyPos);
    if (pos < names.size() && size_t(names[pos].size()) == n && std::memcmp(names[pos].constData(), s, n) == 0)
        return;
    if (int(names.size()) >= GeoJsonPoints::kMaxFieldNames || n > kMaxNameBytes)
        return;
    const QByteArray key = QByteArray::fromRawData(s, qsizetype(n));
    if (nameSet.contains(key))
        return;
    names.emplace_back(s, qsizetype(n));
    nameSet.insert(names.back());
}

bool GeoJsonPointHandler::open(bool isArray)
{
    if (!tick())
        return false;
    if (int(stack.size()) >= GeoJsonPoints::kMaxDepth) {
        tooDeep = true;
        return false;
    }
    Frame f{Skip};
    const Role p = parentRole();
    const KeyId k = parentKey();
    if (stack.empty()) {
        if (isArray)
            return stop(QStringLiteral("the root is an array, not GeoJSON"), true);
        f.role = sequence ? Feature : Root;
    } else if (p == Root && k == KFeatures) {
        if (!isArray)
            return differs(QStringLiteral("\"features\" is not an array"));
        f.role = Features;
    } else if (p == Root && k == KCrs && !isArray) {
        f.role = Crs;
    } else if (p == Crs && k == KProperties && !isArray) {
        f.role = CrsProps;
    } else if (p == Features) {
        if (isArray)
            return differs(QStringLiteral("an array in \"features\""));
        f.role = Feature;
    } else if (p == Feature && k == KGeometry) {
        if (isArray)
            return differs(QStringLiteral("a geometry that is an array"));
        f.role = Geometry;
    } else if (p == Feature && k == KProperties && !isArray) {
        f.role = Properties;
    } else if (p == Geometry && k == KCoordinates) {
        if (!isArray)
            return differs(QStringLiteral("coordinates that are not an array"));
        f.role = Coords1;
    } else if (p == Coords1) {
        if (!isArray)
            return differs(QStringLiteral("a coordinate that is not a number"));
        f.role = Coords2;
        ++sub2;
        curN2 = 0;
    } else if (p == Coords2) {
        // Deeper than a MultiPoint: a line or polygon, or malformed.
        if (geom == GPoint || geom == GMultiPoint)
            return differs(QStringLiteral("point coordinates nested too deep"));
    } else if (p == Properties) {
        // Written, never a date; shown abridged (its text is not kept).
        propertyValue(ValueKind::Other, isArray ? "[...]" : "{...}", 5);
    }
    if (f.role == Feature)
        beginFeature();
    stack.push_back(f);
    return true;
}

bool GeoJsonPointHandler::close()
{
    const Frame f = stack.back();
    stack.pop_back();
    switch (f.role) {
    case Feature:
        if (!f.sawType)
            return differs(QStringLiteral("a feature without \"type\""));
        return endFeature();
    case Root:
        if (!f.sawType)
            return differs(QStringLiteral("a root without \"type\""));
        return true;
    case Geometry:
        return endGeometry(f);
    case Coords2:
        if (curN2 < 2)
            shortSub2 = true;
        return true;
    default:
        return true;
    }
}

bool GeoJsonPointHandler::endGeometry(const Frame &f)
{
    if (!f.sawType)
        return differs(QStringLiteral("a geometry without a type"));
    if (geom == GOther) {
        notPoints = true;
        return stop(QStringLiteral("geometries other than points"), true);
    }
    // Only what GDAL takes as a point: a Point of 2 or more numbers and
    // no arrays; a MultiPoint of arrays of 2 or more numbers each.
    const bool pointOk = geom == GPoint && sub2 == 0 && n1 >= 2;
    const bool multiOk = geom == GMultiPoint && n1 == 0 && !shortSub2;
    if (!pointOk && !multiOk && (n1 || sub2))
        return differs(QStringLiteral("malformed point coordinates"));
    return true;
}

bool GeoJsonPointHandler::endFeature()
{
    if (++features > maxFeatures)
        return stop(QCoreApplication::translate("GeoJsonPointHandler",
                        "more than %1 features (set LACVIEWER_MAX_FEATURES to raise it)")
                        .arg(maxFeatures),
            false);
    double lon = 0, lat = 0;
    const bool hasPoint = pointOf(&lon, &lat);
    if (!chosen) {
        pending.push_back({lon, lat, hasPoint, offset, std::move(values)});
        values.clear();
        if (qint64(pending.size()) < GeoJsonPoints::kSampleRows)
            return true;
        if (!chooseFields())
            return false;
        paused = pauseAtChoice;
        return !paused;
    }
    if (!hasPoint || !startValue.read || (!endKey.isEmpty() && !endValue.read)) {
        ++rows.skipped;
        if (hasPoint)
            noteUnreadable(startValue, endValue, features - 1, offset);
        return true;
    }
    add(lon, lat, startValue.day, endValue.day, offset);
    return true;
}

bool GeoJsonPointHandler::isBlank(const char *s, size_t n)
{
    // As QByteArray::trimmed (and so RowProblems for a CSV): a value of
    // blanks is no value.
    for (size_t i = 0; i < n; ++i)
        if (!(s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
            return false;
    return true;
}

void GeoJsonPointHandler::readDate(DateValue *d, ValueKind kind, const char *s, size_t n, DateText::Form form,
                                   const bool *blank)
{
    // As GDAL reads such a field: a string or an integer as its text (an
    // integer is a day only in YYYYMMDD or epoch seconds); anything else
    // is no day.
    d->read = (kind == ValueKind::String || kind == ValueKind::Integer) && DateText::julianDayOf(s, form, &d->day);
    d->unreadable = !d->read && kind != ValueKind::Null && !(blank ? *blank : isBlank(s, n));
    if (d->unreadable)
        d->text = QByteArray(s, qsizetype(std::min(n, size_t(kExampleBytes))));
}

void GeoJsonPointHandler::noteUnreadable(const DateValue &s, const DateValue &e, qint64 feature, qint64 at)
{
    auto note = [feature, at](GeoJsonPoints::Unreadable &u, const QByteArray &text) {
        if (u.rows++ == 0) {
            u.example = text;
            u.offset = at;
            u.feature = feature;
        }
    };
    if (s.unreadable)
        note(rows.badStart, s.text);
    if (!endKey.isEmpty() && e.unreadable)
        note(rows.badEnd, e.text);
}

bool GeoJsonPointHandler::chooseFields()
{
    chosen = true;
    // One pass over the sampled values, through an index of the names.
    QList<DateFieldDetection::Field> fields;
    QHash<QByteArray, int> index;
    for (const QByteArray &n : names) {
        index.insert(n, int(fields.size()));
        DateFieldDetection::Field f;
        f.name = QString::fromUtf8(n);
        f.stringType = true;
        fields << f;
    }
    // As GDAL types a GeoJSON field: only integers, Integer (read as
    // YYYYMMDD or epoch seconds, DateFieldDetection); strings, or strings
    // and integers, String; a fraction, true/false, an object or an array
    // anywhere, neither: not a date field.
    struct Kinds
    {
        bool string = false, integer = false, other = false;
    };
    std::vector<Kinds> kinds(fields.size());
    for (const Pending &p : pending)
        for (const SampleValue &v : p.values) {
            const int i = index.value(v.name, -1);
            if (i < 0 || v.kind == ValueKind::Null)
                continue;
            DateFieldDetection::Field &f = fields[i];
            Kinds &k = kinds[size_t(i)];
            k.string |= v.kind == ValueKind::String;
            k.integer |= v.kind == ValueKind::Integer;
            k.other |= v.kind == ValueKind::Other;
            if (v.kind != ValueKind::Other && f.samples.size() < DateFieldDetection::kSamplesPerField) {
                const QString text = QString::fromUtf8(v.value).trimmed();
                if (!text.isEmpty())
                    f.samples << text;
            }
        }
    for (size_t i = 0; i < kinds.size(); ++i) {
        fields[int(i)].integerType = !kinds[i].other && kinds[i].integer && !kinds[i].string;
        fields[int(i)].stringType = !kinds[i].other && !fields[int(i)].integerType;
    }
    DateFieldDetection::Choice choice;
    if (!choose || !choose(fields, &choice) || choice.start.isEmpty()) {
        declined = true;
        return false;
    }
    rows.startField = choice.start;
    rows.endField = choice.end;
    startKey = choice.start.toUtf8();
    endKey = choice.end.toUtf8();
    startForm = choice.startForm;
    endForm = choice.endForm;
    rows.startForm = startForm;
    rows.endForm = endKey.isEmpty() ? DateText::Form::None : endForm;
    // The sampled features are the file's first: pending[i] is feature i.
    for (size_t i = 0; i < pending.size(); ++i) {
        const Pending &p = pending[i];
        DateValue s, e;
        // As GDAL: the last of repeated members counts.
        for (const SampleValue &v : p.values) {
            if (v.name == startKey)
                readDate(&s, v.kind, v.value.constData(), size_t(v.value.size()), startForm, &v.blank);
            if (!endKey.isEmpty() && v.name == endKey)
                readDate(&e, v.kind, v.value.constData(), size_t(v.value.size()), endForm, &v.blank);
        }
        if (p.hasPoint && s.read && (endKey.isEmpty() || e.read)) {
            add(p.lon, p.lat, s.day, e.day, p.offset);
        } else {
            ++rows.skipped;
            if (p.hasPoint)
                noteUnreadable(s, e, qint64(i), p.offset);
        }
    }
    pending = {};
    return true;
}

void GeoJsonPointHandler::propertyValue(ValueKind kind, const char *s, rapidjson::SizeType n)
{
    if (!chosen) {
        // Nulls too: a later null unsets an earlier value of the same name.
        if (int(values.size()) >= GeoJsonPoints::kMaxFieldNames)
            return;
        QByteArray text;
        if (s) {
            // Only the start matters for a date: keep a little after any leading blanks.
            rapidjson::SizeType from = 0;
            while (from < n && (s[from] == ' ' || s[from] == '\t'))
                ++from;
            text = QByteArray(s + from, std::min(qsizetype(n - from), kSampleBytes));
        }
        values.push_back({propertyKey, text, kind, isBlank(s, n)});
        return;
    }
    // As GDAL: the last of repeated members counts (a later null unsets it).
    const KeyId k = stack.back().key;
    if (k == KStart)
        readDate(&startValue, kind, s, n, startForm);
    else if (k == KEnd)
        readDate(&endValue, kind, s, n, endForm);
}

bool GeoJsonPointHandler::member(Frame &f, const char *s, rapidjson::SizeType n, std::initializer_list<std::pair<const char *, KeyId>> known)
{
    f.key = KOther;
    for (const auto &[name, id] : known) {
        // Most keys are property names of other lengths: the length first.
        const size_t m = std::char_traits<char>::length(name);
        if (n != m)
            continue;
        if (std::memcmp(s, name, m) == 0) {
            if (f.seen & (1u << id))
                return differs(QStringLiteral("\"%1\" given twice").arg(QLatin1String(name)));
            f.seen |= quint16(1u << id);
            f.key = id;
            return true;
        }
        if (qstrnicmp(s, name, uint(m)) == 0)
            return differs(QStringLiteral("\"%1\" written in another case").arg(QLatin1String(name)));
    }
    return true;
}

bool GeoJsonPointHandler::Key(const char *s, rapidjson::SizeType n, bool)
{
    if (!tick())
        return false;
    Frame &f = stack.back();
    switch (f.role) {
    case Root:
        return member(f, s, n, {{"features", KFeatures}, {"crs", KCrs}, {"type", KType}});
    case Feature:
        return member(f, s, n, {{"geometry", KGeometry}, {"properties", KProperties}, {"type", KType}});
    case Geometry:
        return member(f, s, n, {{"coordinates", KCoordinates}, {"type", KType}, {"geometries", KOther}});
    case Crs:
        return member(f, s, n, {{"properties", KProperties}, {"type", KType}});
    case CrsProps:
        return member(f, s, n, {{"name", KName}});
    case Properties:
        noteName(s, n);
        ++propertyPos;
        if (!chosen) {
            propertyKey = QByteArray(s, qsizetype(std::min(n, kMaxNameBytes + 1)));
        } else {
            f.key = KOther;
            if (size_t(startKey.size()) == n && std::memcmp(startKey.constData(), s, n) == 0)
                f.key = KStart;
            else if (!endKey.isEmpty() && size_t(endKey.size()) == n
                     && std::memcmp(endKey.constData(), s, n) == 0)
                f.key = KEnd;
        }
        return true;
    default:
        return true;
    }
}

bool GeoJsonPointHandler::String(const char *s, rapidjson::SizeType n, bool)
{
    if (!tick())
        return false;
    if (stack.empty())
        return stop(QStringLiteral("the root is not an object"), true);
    Frame &f = stack.back();
    switch (f.role) {
    case Root:
        if (f.key == KType) {
            f.sawType = true;
            if (!keyIs(s, n, "FeatureCollection"))
                return differs(QStringLiteral("a root that is not a FeatureCollection"));
        }
        break;
    case Feature:
        if (f.key == KType) {
            f.sawType = true;
            if (!keyIs(s, n, "Feature"))
                return differs(QStringLiteral("a feature whose type is not \"Feature\""));
        } else if (f.key == KGeometry) {
            return differs(QStringLiteral("a geometry that is a string"));
        }
        break;
    case Geometry:
        if (f.key == KType) {
            f.sawType = true;
            if (keyIs(s, n, "Point"))
                geom = GPoint;
            else if (keyIs(s, n, "MultiPoint"))
                geom = GMultiPoint;
            else if (keyIs(s, n, "LineString") || keyIs(s, n, "MultiLineString") || keyIs(s, n, "Polygon")
                     || keyIs(s, n, "MultiPolygon") || keyIs(s, n, "GeometryCollection"))
                geom = GOther;
            else
                return differs(QStringLiteral("a geometry type other than GeoJSON's"));
        }
        break;
    case Coords1:
    case Coords2:
        return differs(QStringLiteral("a coordinate that is not a number"));
    case CrsProps:
        if (f.key == KName && !isWgs84Name(s, n))
            return stop(QStringLiteral("a coordinate system other than WGS84"), true);
        break;
    case Crs:
        if (f.key == KType && !keyIs(s, n, "name"))
            return stop(QStringLiteral("a linked coordinate system"), true);
        break;
    case Properties:
        propertyValue(ValueKind::String, s, n);
        break;
    default:
        break;
    }
    return true;
}

bool GeoJsonPointHandler::number(double v)
{
    if (!tick())
        return false;
    if (stack.empty())
        return stop(QStringLiteral("the root is not an object"), true);
    const Frame &f = stack.back();
    switch (f.role) {
    case Coords1:
        if (n1 < 2)
            c1[n1] = v;
        ++n1;
        break;
    case Coords2:
        if (sub2 == 1) {
            if (n2 < 2)
                c2[n2] = v;
            ++n2;
        }
        ++curN2;
        break;
    case Properties:
        if (wantsValue()) {
            // Not an integer: no date, shown as a number with a fraction
            // (20200615.0 is written so, not as the integer it equals).
            char buf[40];
            std::to_chars_result r = std::to_chars(buf, buf + 32, v);
            if (std::none_of(buf, r.ptr, [](char c) { return c == '.' || c == 'e'; })) {
                *r.ptr++ = '.';
                *r.ptr++ = '0';
            }
            *r.ptr = '\0';
            propertyValue(ValueKind::Other, buf, rapidjson::SizeType(r.ptr - buf));
        }
        break;
    case Feature:
        if (f.key == KGeometry)
            return differs(QStringLiteral("a geometry that is a number"));
        break;
    default:
        break;
    }
    return true;
}

bool GeoJsonPointHandler::other(ValueKind kind, const char *text)
{
    if (!tick())
        return false;
    if (stack.empty())
        return stop(QStringLiteral("the root is not an object"), true);
    const Role r = stack.back().role;
    if (r == Properties)
        propertyValue(kind, text, text ? rapidjson::SizeType(std::strlen(text)) : 0);
    else if (r == Coords1 || r == Coords2)
        return differs(QStringLiteral("a coordinate that is not a number"));
    // A null geometry: the feature has no point (counted as skipped).
    return true;
}
