#include "LayerReader.h"

#include "Projection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QRegularExpression>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cpl_vsi_virtual.h>
#include <gdal_priv.h>
#include <ogr_srs_api.h>
#include <ogrsf_frmts.h>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// ---------------------------------------------------------------------------
// No network, ever: what GDAL still tries after configureGdal() is refused
// here and recorded, globally and for the read() running on this thread.

QMutex refusedMutex;
QStringList refusedLog;
thread_local QStringList *refusedHere = nullptr;

void noteRefused(const char *what)
{
    const QString s = QString::fromUtf8(what).left(300);
    {
        QMutexLocker lock(&refusedMutex);
        if (refusedLog.size() < 1000)
            refusedLog << s;
    }
    if (refusedHere && refusedHere->size() < 20)
        *refusedHere << s;
}

const char kRefusedMessage[] = "refused: LAC Viewer never reads from the network";

// Installed with CPLHTTPSetFetchCallback: every CPLHTTPFetch() in GDAL (CRS
// links, WFS schemas, GML xlinks, ...) ends here instead of in libcurl.
CPLHTTPResult *refuseFetch(const char *url, CSLConstList options, GDALProgressFunc, void *,
                           CPLHTTPFetchWriteFunc, void *, void *)
{
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    if (CSLFetchNameValue(options, "CLOSE_PERSISTENT"))
        return result; // bookkeeping, not a request
    noteRefused(url ? url : "(null URL)");
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(kRefusedMessage);
    CPLError(CE_Failure, CPLE_AppDefined, "%s (%s)", kRefusedMessage, url ? url : "");
    return result;
}

// Replaces GDAL's network file systems (/vsicurl/, /vsis3/, ...): a path
// that reaches one from inside a file (a VRT source, a driver's own fetch)
// is refused like a URL typed by the user.
class RefusingFilesystem final : public VSIFilesystemHandler
{
public:
    VSIVirtualHandle *Open(const char *name, const char *, bool, CSLConstList) override
    {
        noteRefused(name);
        CPLError(CE_Failure, CPLE_AppDefined, "%s (%s)", kRefusedMessage, name);
        errno = EACCES;
        return nullptr;
    }
    int Stat(const char *name, VSIStatBufL *, int) override
    {
        noteRefused(name);
        errno = EACCES;
        return -1;
    }
    char **ReadDirEx(const char *, int) override { return nullptr; }
    bool IsLocal(const char *) override { return false; }
    bool SupportsRead(const char *) override { return false; }
};

bool isNetworkPrefix(const std::string &prefix)
{
    static const char *const network[] = {"/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls",
                                          "/vsioss", "/vsiswift", "/vsiwebhdfs", "/vsihdfs"};
    for (const char *n : network)
        if (prefix.rfind(n, 0) == 0)
            return true;
    VSIFilesystemHandler *h = VSIFileManager::GetHandler(prefix.c_str());
    return h && !h->IsLocal(prefix.c_str());
}

// ---------------------------------------------------------------------------

// Collects GDAL's messages while a file is read, so they can be reported with
// the file name instead of going to stderr.
struct GdalMessages
{
    QStringList errors;
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *msg)
    {
        auto *self = static_cast<GdalMessages *>(CPLGetErrorHandlerUserData());
        if (self && level >= CE_Failure && self->errors.size() < 20)
            self->errors << QString::fromUtf8(msg).left(500);
    }
    GdalMessages() { CPLPushErrorHandlerEx(&GdalMessages::handler, this); }
    ~GdalMessages() { CPLPopErrorHandler(); }
    QString last() const { return errors.isEmpty() ? QString() : errors.last(); }
};

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};

qint64 envLimit(const char *name, qint64 fallback, qint64 unit = 1)
{
    bool ok = false;
    const qint64 v = QByteArray(qgetenv(name)).trimmed().toLongLong(&ok);
    return (ok && v > 0 ? v : fallback) * unit;
}

QString tooMany(qint64 n, qint64 limit, const char *what, const char *variable)
{
    return QStringLiteral("has %1 %2, over the limit of %3 (set %4 to raise it)")
        .arg(n).arg(QLatin1String(what)).arg(limit).arg(QLatin1String(variable));
}

QString megabytes(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / (1024 * 1024))
                                : QStringLiteral("%1 bytes").arg(bytes);
}

// What the first bytes say a file is, independent of its name: a file named
// .gpkg holding GeoJSON text gets the same scan as a .geojson one.
enum class Content { Json, JsonSeq, Xml, Zip, Other };

Content sniff(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("geojsonl") || suffix == QLatin1String("geojsons")
        || suffix == QLatin1String("geojsonseq") || suffix == QLatin1String("ndjson")
        || suffix == QLatin1String("jsonl"))
        return Content::JsonSeq;
    if (head.startsWith("PK\x03\x04"))
        return Content::Zip;
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i < head.size() && head[i] == '\x1e')
        return Content::JsonSeq;
    if (i < head.size() && (head[i] == '{' || head[i] == '['))
        return Content::Json;
    if (i < head.size() && head[i] == '<')
        return Content::Xml;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return Content::Json; // so that the JSON parser names what is wrong
    return Content::Other;
}

int lineOfOffset(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    const char *p = text.constData(), *end = p + std::min(offset, text.size());
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr) {
        ++line;
        ++p;
    }
    return line;
}

// The text from `from` up to `stop`, at most 300 bytes: a scan never reads
// far for one value, so a hostile text cannot make it quadratic.
QByteArray boundedUntil(const QByteArray &text, qsizetype from, char stop)
{
    const qsizetype limit = std::min<qsizetype>(text.size(), from + 300);
    qsizetype end = from;
    while (end < limit && text[end] != stop)
        ++end;
    return text.mid(from, end - from);
}

// Finds what in XML text (KML, GML, GPX) would reach the network, or make
// the XML parser do more than read the file: a KML NetworkLink, an
// xlink:href (or any prefix:href) to a URL, an entity declaration (external
// entities, "billion laughs"). Returns false with the line and the reason.
bool scanXml(const QByteArray &text, int *line, QString *why)
{
    struct Hit { qsizetype at = -1; QString why; };
    Hit first;
    auto keep = [&](qsizetype at, const QString &reason) {
        if (at >= 0 && (first.at < 0 || at < first.at))
            first = Hit{at, reason};
    };
    // <NetworkLink>, <kml:NetworkLink> whose <href> is a URL. A relative
    // href names a file inside the same KMZ (GDAL's own KMZ files link
    // their layers so) and is local.
    static const QRegularExpression remote(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9+.-]*://|file:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // One pass: the cursors for the next end tag and the next href only move
    // forward, so a text of a million unclosed NetworkLinks stays linear.
    qsizetype nextClose = -2, hrefCursor = 0;
    for (qsizetype at = text.indexOf("NetworkLink"); at >= 0 && first.at < 0;
         at = text.indexOf("NetworkLink", at + 1)) {
        qsizetype b = at - 1;
        while (b >= 0 && b > at - 64 && (std::isalnum(uchar(text[b])) || text[b] == '_' || text[b] == '-'
                          || text[b] == '.' || text[b] == ':'))
            --b;
        const char after = at + 11 < text.size() ? text[at + 11] : '\0';
        if (b < 0 || text[b] != '<' || !(after == '>' || after == '/' || std::isspace(uchar(after))))
            continue;
        // The element's extent: up to its end tag, or the end of the text.
        if (nextClose != -1 && nextClose < at + 11)
            nextClose = text.indexOf("NetworkLink>", at + 11);
        const qsizetype end = nextClose < 0 ? text.size() : nextClose;
        hrefCursor = std::max(hrefCursor, at);
        while (hrefCursor >= 0 && hrefCursor < end) {
            const qsizetype h = text.indexOf("href>", hrefCursor);
            if (h < 0) {
                hrefCursor = -1; // no href anywhere after this: nothing can follow
                break;
            }
            if (h >= end) {
                hrefCursor = h;
                break;
            }
            hrefCursor = h + 5;
            if (h == 0 || (text[h - 1] != '<' && text[h - 1] != ':'))
                continue; // </href> or not an element
            const QString href = QString::fromUtf8(boundedUntil(text, h + 5, '<'));
            if (remote.match(href).hasMatch()) {
                keep(b, QStringLiteral("a KML NetworkLink to \"%1\": its content would come from the "
                                       "network, which the viewer never reads")
                            .arg(href.trimmed()));
                break;
            }
        }
        if (hrefCursor < 0)
            break;
    }
    if (const qsizetype at = text.indexOf("<!ENTITY"); at >= 0)
        keep(at, QStringLiteral("declares an XML entity: entity declarations are refused "
                                "(they can fetch external files or expand without bound)"));
    // prefix:href = "scheme://..." (xlink:href, xl:href...) or "file:..."
    for (qsizetype at = text.indexOf(":href"); at >= 0; at = text.indexOf(":href", at + 1)) {
        qsizetype p = at + 5;
        while (p < text.size() && std::isspace(uchar(text[p])))
            ++p;
        if (p >= text.size() || text[p] != '=')
            continue;
        ++p;
        while (p < text.size() && std::isspace(uchar(text[p])))
            ++p;
        if (p >= text.size() || (text[p] != '"' && text[p] != '\''))
            continue;
        const QString value = QString::fromUtf8(boundedUntil(text, p + 1, text[p]));
        if (!remote.match(value).hasMatch())
            continue;
        qsizetype b = at;
        while (b > 0 && b > at - 64 && !std::isspace(uchar(text[b - 1])) && text[b - 1] != '<')
            --b;
        keep(b, QStringLiteral("a link to \"%1\": the viewer never follows links to the network")
                    .arg(value.trimmed()));
        break;
    }
    if (first.at < 0)
        return true;
    *line = lineOfOffset(text, first.at);
    *why = QStringLiteral("refused: ") + first.why;
    return false;
}

QVariant fieldValue(OGRFeature &feature, int i)
{
    const OGRFieldDefn *defn = feature.GetFieldDefnRef(i);
    switch (defn->GetType()) {
    case OFTInteger:
        return feature.GetFieldAsInteger(i);
    case OFTInteger64:
        return qint64(feature.GetFieldAsInteger64(i));
    case OFTReal:
        return feature.GetFieldAsDouble(i);
    case OFTStringList: {
        QStringList list;
        for (char **s = feature.GetFieldAsStringList(i); s && *s; ++s)
            list << QString::fromUtf8(*s);
        return list;
    }
    default:
        break;
    }
    const QString text = QString::fromUtf8(feature.GetFieldAsString(i));
    if (defn->GetSubType() == OFSTJSON) {
        // Nested arrays and objects arrive as JSON text (ARRAY_AS_STRING):
        // decode them with Qt's JSON reader into lists and maps.
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray())
            return doc.array().toVariantList();
        if (doc.isObject())
            return doc.object().toVariantMap();
    }
    return text;
}

// Bytes of text a field holds (0 for numbers), to hold the text limit for
// formats the JSON scan does not see.
qint64 fieldTextBytes(OGRFeature &feature, int i)
{
    switch (feature.GetFieldDefnRef(i)->GetType()) {
    case OFTString:
        return qint64(std::strlen(feature.GetFieldAsString(i)));
    case OFTStringList: {
        qint64 n = 0;
        for (char **s = feature.GetFieldAsStringList(i); s && *s; ++s)
            n = std::max(n, qint64(std::strlen(*s)));
        return n;
    }
    case OFTBinary: {
        int n = 0;
        feature.GetFieldAsBinary(i, &n);
        return n;
    }
    default:
        return 0;
    }
}

// Appends one OGR geometry's vertices (lon/lat) to geometry, part by part.
bool appendGeometry(const OGRGeometry *g, Geometry *out, QString *why, int depth = 0)
{
    if (!g)
        return true;
    if (depth > 32) {
        *why = QStringLiteral("nests geometry collections more than 32 deep");
        return false;
    }
    if (g->hasCurveGeometry(TRUE)) {
        // Arcs (GML, GeoPackage): drawn as the polyline GDAL approximates.
        std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
        if (!linear) {
            *why = QStringLiteral("has a curve that cannot be approximated");
            return false;
        }
        return appendGeometry(linear.get(), out, why, depth + 1);
    }
    const auto flat = wkbFlatten(g->getGeometryType());
    auto addCurve = [&](const OGRSimpleCurve *curve) {
        if (curve->getNumPoints() == 0)
            return;
        out->partStarts.push_back(int(out->points.size()));
        for (int i = 0; i < curve->getNumPoints(); ++i)
            out->points.emplace_back(curve->getX(i), curve->getY(i));
    };
    auto setType = [&](Geometry::Type t) {
        if (out->type == Geometry::Type::None || out->type == t) {
            out->type = t;
            return true;
        }
        *why = QStringLiteral("mixes geometry types in one feature");
        return false;
    };
    switch (flat) {
    case wkbPoint: {
        const auto *p = g->toPoint();
        if (p->IsEmpty())
            return true;
        if (!setType(Geometry::Type::Point))
            return false;
        out->partStarts.push_back(int(out->points.size()));
        out->points.emplace_back(p->getX(), p->getY());
        return true;
    }
    case wkbLineString:
        if (g->IsEmpty())
            return true;
        if (!setType(Geometry::Type::Line))
            return false;
        addCurve(g->toLineString());
        return true;
    case wkbPolygon:
        if (g->IsEmpty())
            return true;
        if (!setType(Geometry::Type::Polygon))
            return false;
        for (const OGRLinearRing *ring : *g->toPolygon())
            addCurve(ring);
        return true;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *g->toGeometryCollection())
            if (!appendGeometry(part, out, why, depth + 1))
                return false;
        return true;
    default:
        *why = QStringLiteral("has an unsupported geometry type %1")
                   .arg(QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType())));
        return false;
    }
}

int countVertices(const OGRGeometry *g, int depth = 0)
{
    if (!g || depth > 32)
        return 0;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint:
        return 1;
    case wkbLineString:
    case wkbLinearRing:
    case wkbCircularString:
        return g->toSimpleCurve()->getNumPoints();
    case wkbPolygon:
    case wkbCurvePolygon: {
        int n = 0;
        for (const OGRCurve *ring : *g->toCurvePolygon())
            n += ring->getNumPoints();
        return n;
    }
    case wkbCompoundCurve:
        return g->toCompoundCurve()->getNumPoints();
    default:
        break;
    }
    if (OGR_GT_IsSubClassOf(g->getGeometryType(), wkbGeometryCollection)) {
        int n = 0;
        for (const OGRGeometry *part : *g->toGeometryCollection())
            n += countVertices(part, depth + 1);
        return n;
    }
    return 0;
}


} // namespace

qint64 LayerReader::maxFileBytes()
{
    return envLimit("LACVIEWER_MAX_FILE_MB", 512, 1024 * 1024);
}

qint64 LayerReader::maxFeatures()
{
    return envLimit("LACVIEWER_MAX_FEATURES", 1000000);
}

qint64 LayerReader::maxVertices()
{
    return envLimit("LACVIEWER_MAX_VERTICES", 20000000);
}

qint64 LayerReader::maxFeatureVertices()
{
    return envLimit("LACVIEWER_MAX_FEATURE_VERTICES", 2000000);
}

qint64 LayerReader::maxTextBytes()
{
    return envLimit("LACVIEWER_MAX_TEXT_MB", 16, 1024 * 1024);
}

QStringList LayerReader::allowedDrivers()
{
    return {QStringLiteral("GeoJSON"), QStringLiteral("GeoJSONSeq"), QStringLiteral("TopoJSON"),
            QStringLiteral("KML"), QStringLiteral("LIBKML"), QStringLiteral("GML"),
            QStringLiteral("GPX"), QStringLiteral("GPKG"), QStringLiteral("FlatGeobuf"),
            QStringLiteral("ESRI Shapefile"), QStringLiteral("CSV"), QStringLiteral("MapInfo File")};
}

bool LayerReader::isRemotePath(const QString &path)
{
    const QString p = path.trimmed();
    return p.startsWith(QLatin1String("/vsi")) || p.contains(QLatin1String("://"))
           || p.startsWith(QLatin1String("\\\\")) || p.startsWith(QLatin1String("//"));
}

bool LayerReader::isConnectionString(const QString &path)
{
    // "PG:dbname=...", "WFS:http...", "MySQL:db", "ODBC:..." (two or more
    // letters, so a Windows drive letter is not one).
    static const QRegularExpression re(QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9_]+:"));
    return re.match(path).hasMatch();
}

void LayerReader::configureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // The viewer is offline by design. Refusing remote paths happens
        // before GDAL is called; these close GDAL's own doors as well.
        GDALAllRegister();
        // 1. Every CPLHTTPFetch (CRS links in GeoJSON, WFS schemas named by
        //    GML, xlink resolution) is answered with a refusal.
        CPLHTTPSetFetchCallback(refuseFetch, nullptr);
        // 2. The network file systems are replaced by one that refuses.
        char **prefixes = VSIFileManager::GetPrefixes();
        for (char **p = prefixes; p && *p; ++p) {
            if (!isNetworkPrefix(*p))
                continue;
            // The manager owns its handlers but does not delete one it
            // replaces; nothing else refers to it.
            VSIFilesystemHandler *old = VSIFileManager::GetHandler(*p);
            VSIFileManager::InstallHandler(*p, new RefusingFilesystem);
            if (old && VSIFileManager::GetHandler(*p) != old)
                delete old;
        }
        CSLDestroy(prefixes);
        // 3. PROJ never downloads grids.
        OSRSetPROJEnableNetwork(FALSE);
        // 4. Belt and braces, for code paths that use libcurl directly: a
        //    dead proxy, no retries, and /vsicurl/ limited to no extension.
        CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".lacviewer-never");
        // The GML driver downloads WFS schemas and resolves xlinks when told.
        CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        // LayerReader's own limits (vertices per feature, text per value)
        // bound what the GeoJSON driver builds; it need not cut features off.
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    });
}

QStringList LayerReader::refusedRequests()
{
    QMutexLocker lock(&refusedMutex);
    return refusedLog;
}

bool LayerReader::read(const QString &path, RawLayer *out, DataErrors *errors) const
{
    const qsizetype before = errors->size();
    const bool ok = readFile(path, out, errors);
    for (qsizetype i = before; i < errors->size(); ++i)
        (*errors)[i].message = DataError::escapeControls((*errors)[i].message);
    return ok;
}

// What prepare() found out, for readFile() to open.
struct LayerReader::Prepared
{
    QString absolute;          // the path GDAL is given
    QStringList drivers;       // the drivers it may use for this content
    bool located = false;      // GeoJSON text: lines are known
    FeatureLocator locator;
};

bool LayerReader::preflight(const QString &path, DataErrors *errors, Scan scan) const
{
    configureGdal();
    const qsizetype before = errors->size();
    Prepared prepared;
    const bool ok = prepare(path, &prepared, errors, scan == Scan::FileAndContent);
    for (qsizetype i = before; i < errors->size(); ++i)
        (*errors)[i].message = DataError::escapeControls((*errors)[i].message);
    return ok;
}

bool LayerReader::prepare(const QString &path, Prepared *p, DataErrors *errors, bool scanContent) const
{
    auto fail = [&](int line, const QString &message) {
        errors->append(DataError{path, line, -1, message});
        return false;
    };

    // --- What is opened: a regular local file, nothing else. -------------
    if (isRemotePath(path))
        return fail(0, QStringLiteral("refused: the viewer never reads from the network "
                                      "or GDAL virtual file systems"));
    const QFileInfo info(path);
    if (isConnectionString(path) && !info.exists())
        return fail(0, QStringLiteral("refused: a GDAL connection string (a database or web "
                                      "service); the viewer reads local files only"));
    qint64 size = 0;
#ifdef Q_OS_UNIX
    {
        const QByteArray native = QFile::encodeName(path);
        struct stat st;
        if (::stat(native.constData(), &st) != 0) {
            const int e = errno;
            if (e == ELOOP)
                return fail(0, QStringLiteral("is a symbolic link loop"));
            if (e == EACCES)
                return fail(0, QStringLiteral("cannot be read (permission denied)"));
            if (e == ENOENT || e == ENOTDIR)
                return fail(0, QStringLiteral("no such file"));
            return fail(0, QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(strerror(e))));
        }
        if (S_ISDIR(st.st_mode))
            return fail(0, QStringLiteral("is a directory, not a file"));
        if (!S_ISREG(st.st_mode))
            return fail(0, QStringLiteral("is not a regular file (a pipe, socket or device); "
                                          "refused"));
        if (::access(native.constData(), R_OK) != 0)
            return fail(0, QStringLiteral("cannot be read (permission denied)"));
        size = qint64(st.st_size);
    }
#else
    if (!info.exists())
        return fail(0, QStringLiteral("no such file"));
    if (info.isDir())
        return fail(0, QStringLiteral("is a directory, not a file"));
    if (!info.isFile())
        return fail(0, QStringLiteral("is not a regular file; refused"));
    if (!info.isReadable())
        return fail(0, QStringLiteral("cannot be read (permission denied)"));
    size = info.size();
#endif
    if (size == 0)
        return fail(0, QStringLiteral("is empty"));
    if (size > maxFileBytes())
        return fail(0, QStringLiteral("is %1, over the %2 limit (set LACVIEWER_MAX_FILE_MB "
                                      "to raise it)")
                           .arg(megabytes(size), megabytes(maxFileBytes())));
    // GDAL is given the absolute path, so no file name can be taken for a
    // connection string or a /vsi path.
    p->absolute = QDir::cleanPath(info.absoluteFilePath());
    const QString &absolute = p->absolute;
    if (isRemotePath(absolute))
        return fail(0, QStringLiteral("refused: the path reaches a GDAL virtual file system"));
    if (!scanContent)
        return true;

    // --- Scan text formats before GDAL opens them. ------------------------
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const Content content = sniff(path, file.peek(64));
    const bool json = content == Content::Json;
    if (json) {
        const QByteArray text = file.readAll();
        if (text.size() != size)
            return fail(0, QStringLiteral("could not be read completely: %1").arg(file.errorString()));
        if (!p->locator.scan(text))
            return fail(p->locator.errorLine(),
                        QStringLiteral("invalid JSON: %1").arg(p->locator.errorString()));
        if (!p->locator.hasTopLevel(QStringLiteral("type")))
            return fail(1, QStringLiteral("not GeoJSON: no \"type\" member"));
        if (p->locator.crsType().compare(QLatin1String("link"), Qt::CaseInsensitive) == 0
            || !p->locator.crsLink().isEmpty())
            return fail(p->locator.crsLinkLine() ? p->locator.crsLinkLine()
                                              : p->locator.topLevelLine(QStringLiteral("crs")),
                        QStringLiteral("refused: the \"crs\" member links to \"%1\"; the viewer "
                                       "never reads from the network")
                            .arg(p->locator.crsLink().left(200)));
        if (!p->locator.crsName().isEmpty()) {
            // GDAL would fall back to WGS84 for a CRS name it does not know:
            // coordinates in metres would then be refused as out of range at
            // best. Say what is wrong, where. (Names only: no network, no files.)
            OGRSpatialReference srs;
            CPLPushErrorHandler(CPLQuietErrorHandler);
            const OGRErr err = srs.SetFromUserInput(p->locator.crsName().toUtf8().constData(),
                                                    OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get());
            CPLPopErrorHandler();
            CPLErrorReset();
            if (err != OGRERR_NONE)
                return fail(p->locator.topLevelLine(QStringLiteral("crs")),
                            QStringLiteral("the \"crs\" member names \"%1\", a coordinate system "
                                           "GDAL does not know")
                                .arg(p->locator.crsName().left(100)));
        }
        if (qint64(p->locator.features().size()) > maxFeatures())
            return fail(0, tooMany(qint64(p->locator.features().size()), maxFeatures(), "features",
                                   "LACVIEWER_MAX_FEATURES"));
        if (p->locator.positionCount() > maxVertices())
            return fail(0, tooMany(p->locator.positionCount(), maxVertices(), "vertices",
                                   "LACVIEWER_MAX_VERTICES"));
        if (p->locator.largestFeaturePositions() > maxFeatureVertices())
            return fail(p->locator.largestFeatureLine(),
                        QStringLiteral("the feature %1")
                            .arg(tooMany(p->locator.largestFeaturePositions(), maxFeatureVertices(),
                                         "vertices", "LACVIEWER_MAX_FEATURE_VERTICES")));
        if (p->locator.longestString() > maxTextBytes())
            return fail(p->locator.longestStringLine(),
                        QStringLiteral("a text value is %1, over the %2 limit for one value "
                                       "(set LACVIEWER_MAX_TEXT_MB to raise it)")
                            .arg(megabytes(p->locator.longestString()), megabytes(maxTextBytes())));
        if (p->locator.rootType() == QLatin1String("Topology")) {
            p->drivers << QStringLiteral("TopoJSON"); // lines are not tracked for TopoJSON
        } else {
            p->drivers << QStringLiteral("GeoJSON");
            p->located = true;
        }
    } else if (content == Content::JsonSeq) {
        p->drivers << QStringLiteral("GeoJSONSeq");
    } else if (content == Content::Xml) {
        const QByteArray text = file.readAll();
        int line = 0;
        QString why;
        if (!scanXml(text, &line, &why))
            return fail(line, why);
        p->drivers << QStringLiteral("KML") << QStringLiteral("LIBKML") << QStringLiteral("GML")
                << QStringLiteral("GPX");
    } else if (content == Content::Zip) {
        // KMZ (and zipped shapefiles): the KML inside gets the XML scan.
        const QByteArray zip = "/vsizip/" + absolute.toUtf8();
        char **entries = VSIReadDirRecursive(zip.constData());
        QString refusal;
        int refusalLine = 0;
        for (char **e = entries; e && *e && refusal.isEmpty(); ++e) {
            if (!QByteArray(*e).toLower().endsWith(".kml"))
                continue;
            const QByteArray entry = zip + '/' + *e;
            VSIStatBufL st;
            if (VSIStatL(entry.constData(), &st) != 0 || qint64(st.st_size) > maxFileBytes()) {
                refusal = QStringLiteral("%1 inside it unpacks to more than %2 (set "
                                         "LACVIEWER_MAX_FILE_MB to raise it)")
                              .arg(QString::fromUtf8(*e), megabytes(maxFileBytes()));
                break;
            }
            GByte *bytes = nullptr;
            vsi_l_offset n = 0;
            if (!VSIIngestFile(nullptr, entry.constData(), &bytes, &n, maxFileBytes())) {
                refusal = QStringLiteral("%1 inside it cannot be unpacked").arg(QString::fromUtf8(*e));
                break;
            }
            const QByteArray text(reinterpret_cast<const char *>(bytes), qsizetype(n));
            VSIFree(bytes);
            QString why;
            if (!scanXml(text, &refusalLine, &why))
                refusal = QStringLiteral("%1, line %2: %3").arg(QString::fromUtf8(*e)).arg(refusalLine).arg(why);
        }
        CSLDestroy(entries);
        if (!refusal.isEmpty())
            return fail(0, refusal);
        p->drivers << QStringLiteral("LIBKML") << QStringLiteral("KML")
                << QStringLiteral("ESRI Shapefile");
    } else {
        p->drivers << QStringLiteral("GPKG") << QStringLiteral("FlatGeobuf")
                << QStringLiteral("ESRI Shapefile") << QStringLiteral("CSV")
                << QStringLiteral("MapInfo File");
    }
    file.close();
    return true;
}

bool LayerReader::readFile(const QString &path, RawLayer *out, DataErrors *errors) const
{
    configureGdal();
    *out = RawLayer();
    out->file = path;
    auto fail = [&](int line, const QString &message) {
        errors->append(DataError{path, line, -1, message});
        *out = RawLayer();
        out->file = path;
        return false;
    };
    Prepared prepared;
    if (!prepare(path, &prepared, errors))
        return false; // *out is already empty
    out->located = prepared.located;
    const QStringList &drivers = prepared.drivers;
    const FeatureLocator &locator = prepared.locator;
    const QString &absolute = prepared.absolute;

    // --- Open with GDAL, through the allowed drivers only. ----------------
    QStringList refused;
    refusedHere = &refused;
    struct Reset { ~Reset() { refusedHere = nullptr; } } reset;
    auto refusedNetwork = [&]() {
        return QStringLiteral("refused a network request to \"%1\": the viewer never reads "
                              "from the network")
            .arg(refused.value(0));
    };

    GdalMessages messages;
    const QByteArray native = QFile::encodeName(absolute);
    QList<QByteArray> driverNames;
    for (const QString &d : drivers)
        driverNames << d.toUtf8();
    std::vector<const char *> driverList;
    for (const QByteArray &d : driverNames)
        driverList.push_back(d.constData());
    driverList.push_back(nullptr);
    const char *const geojsonOptions[] = {"ARRAY_AS_STRING=YES", "DATE_AS_STRING=YES", nullptr};
    const bool geojson = drivers == QStringList{QStringLiteral("GeoJSON")};
    std::unique_ptr<GDALDataset, DatasetCloser> ds(GDALDataset::Open(
        native.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
        driverList.data(), geojson ? geojsonOptions : nullptr));
    if (!refused.isEmpty())
        return fail(0, refusedNetwork());
    if (!ds) {
        const QString why = messages.last();
        if (GDALDriverH other = GDALIdentifyDriverEx(native.constData(), GDAL_OF_VECTOR, nullptr, nullptr))
            if (!drivers.contains(QString::fromUtf8(GDALGetDriverShortName(other))))
                return fail(0, QStringLiteral("is a %1 file, a format the viewer does not open")
                                   .arg(QString::fromUtf8(GDALGetDriverLongName(other))));
        return fail(0, why.isEmpty() ? QStringLiteral("not a vector format the viewer can read")
                                     : QStringLiteral("GDAL cannot read it: %1").arg(why));
    }
    // Every layer of the file (a GeoPackage or KMZ can hold several): showing
    // only the first would be showing part of the file.
    const int layerCount = ds->GetLayerCount();
    if (layerCount < 1)
        return fail(0, QStringLiteral("contains no layer"));
    if (layerCount > 1000)
        return fail(0, QStringLiteral("has %1 layers, over the limit of 1000").arg(layerCount));
    out->layerName = QString::fromUtf8(ds->GetLayer(0)->GetName());

    const auto &located = locator.features();
    DataErrors found;
    int index = 0;
    qint64 vertices = 0;
    for (int layerIndex = 0; layerIndex < layerCount; ++layerIndex) {
        OGRLayer *layer = ds->GetLayer(layerIndex);
        if (!layer)
            continue;
        if (layer->GetLayerDefn()->GetFieldCount() > 10000)
            return fail(0, QStringLiteral("has %1 attribute columns, over the limit of 10000")
                               .arg(layer->GetLayerDefn()->GetFieldCount()));

        // Layers in another CRS are first brought to WGS84, then projected.
        std::unique_ptr<OGRCoordinateTransformation> toWgs84;
        if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            if (!srs->IsSame(&wgs84)) {
                OGRSpatialReference source(*srs);
                source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
                toWgs84.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
                if (!toWgs84)
                    return fail(out->located ? locator.topLevelLine(QStringLiteral("crs")) : 0,
                                QStringLiteral("its coordinate system cannot be converted to "
                                               "WGS84: %1").arg(messages.last()));
            }
        }

        layer->ResetReading();
        for (auto &feature : *layer) {
            if (index >= maxFeatures())
                return fail(0, tooMany(qint64(index) + 1, maxFeatures(), "features",
                                       "LACVIEWER_MAX_FEATURES"));
            RawFeature raw;
            raw.index = index;
            if (out->located && size_t(index) < located.size())
                raw.where = located[size_t(index)];
            auto problem = [&](const QString &message, int line = 0) {
                if (found.size() < 1000)
                    found.append(DataError{path, line ? line : raw.where.line, index, message});
            };
            for (int i = 0; i < feature->GetFieldCount(); ++i) {
                if (!feature->IsFieldSetAndNotNull(i))
                    continue;
                const QString name = QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef());
                if (const qint64 n = fieldTextBytes(*feature, i); n > maxTextBytes())
                    return fail(raw.where.propertyLine.value(name, raw.where.line),
                                QStringLiteral("feature %1: \"%2\" is %3 of text, over the %4 limit "
                                               "for one value (set LACVIEWER_MAX_TEXT_MB to raise it)")
                                    .arg(index + 1).arg(name.left(60), megabytes(n),
                                                        megabytes(maxTextBytes())));
                raw.attributes.insert(name, fieldValue(*feature, i));
            }
            if (OGRGeometry *g = feature->GetGeometryRef()) {
                const int n = countVertices(g);
                vertices += n;
                if (n > maxFeatureVertices() && !out->located)
                    return fail(raw.where.line, QStringLiteral("feature %1 %2").arg(index + 1)
                                                    .arg(tooMany(n, maxFeatureVertices(), "vertices",
                                                                 "LACVIEWER_MAX_FEATURE_VERTICES")));
                if (vertices > maxVertices())
                    return fail(0, tooMany(vertices, maxVertices(), "vertices", "LACVIEWER_MAX_VERTICES"));
                if (toWgs84 && g->transform(toWgs84.get()) != OGRERR_NONE) {
                    problem(QStringLiteral("geometry cannot be converted to WGS84"),
                            raw.where.geometryLine);
                    ++index;
                    continue;
                }
                QString why;
                if (!appendGeometry(g, &raw.geometry, &why)) {
                    problem(QStringLiteral("geometry %1").arg(why), raw.where.geometryLine);
                    ++index;
                    continue;
                }
            }
            bool inRange = true;
            for (const QPointF &p : raw.geometry.points) {
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 180
                    || std::abs(p.y()) > 90) {
                    problem(QStringLiteral("coordinate (%1, %2) is not a longitude/latitude in range")
                                .arg(p.x()).arg(p.y()),
                            raw.where.geometryLine);
                    inRange = false;
                    break;
                }
            }
            if (inRange && !raw.geometry.isEmpty()) {
                raw.firstLonLat = GeoPoint{raw.geometry.points.front().x(),
                                           raw.geometry.points.front().y()};
                if (!Projection::instance().forward(raw.geometry.points))
                    problem(QStringLiteral("geometry cannot be projected"), raw.where.geometryLine);
                raw.geometry.updateBounds();
            }
            out->features.push_back(std::move(raw));
            ++index;
        }
    }
    if (!refused.isEmpty())
        return fail(0, refusedNetwork());
    if (!messages.errors.isEmpty())
        found.append(DataError{path, 0, -1, messages.errors.join(QStringLiteral("; "))});
    if (out->located && size_t(index) != located.size() && found.isEmpty())
        found.append(DataError{path, 0, -1,
                               QStringLiteral("GDAL read %1 features but the file has %2")
                                   .arg(index).arg(located.size())});
    if (!found.isEmpty()) {
        errors->append(found);
        *out = RawLayer();
        out->file = path;
        return false;
    }
    out->topLevelLines = {};
    return true;
}
