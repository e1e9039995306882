#include "FilePreflight.h"

#include "FormatRegistry.h"
#include "GdalSandbox.h"
#include "LayerLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_spatialref.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace LayerLimits;

namespace {

// What the first bytes say a file is, independent of its name: a file named
// .gpkg holding GeoJSON text gets the same scan as a .geojson one.
enum class Content { Json, JsonSeq, Xml, Zip, Other };

Content sniff(const QString &path, const QByteArray &head)
{
    const FormatRegistry::Format format = FormatRegistry::formatOf(path);
    if (format == FormatRegistry::Format::GeoJsonSeq)
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
    if (format == FormatRegistry::Format::GeoJson)
        return Content::Json; // so that the JSON parser names what is wrong
    return Content::Other;
}

// A text in GDAL's memory file system, unlinked when the last holder goes.
struct MemoryFile
{
    QByteArray path;
    QByteArray text;
    ~MemoryFile() { VSIUnlink(path.constData()); }
};

// GDAL 3.6's GeoJSON driver refuses any text whose first few kilobytes hold
// a "type": "Topology" member anywhere, even inside a feature's properties
// (GDAL's own autotest has such a FeatureCollection), taking it for
// TopoJSON, which its TopoJSON driver then fails to read. What the file is
// was decided by the root's "type", from a real JSON parse; GDAL is handed
// the same JSON with each "Topology" string written with an escape,
// "\u0054opology": the same values on the same lines (an escape is never a
// line break), which it reads as GeoJSON. Only when GDAL itself says it
// would take the file for TopoJSON.
bool gdalTakesForTopoJson(const QString &absolute)
{
    const char *const drivers[] = {"GeoJSON", "TopoJSON", nullptr};
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDriverH d = GDALIdentifyDriverEx(QFile::encodeName(absolute).constData(), GDAL_OF_VECTOR, drivers, nullptr);
    CPLPopErrorHandler();
    CPLErrorReset();
    return d && QByteArray(GDALGetDriverShortName(d)) == "TopoJSON";
}

std::shared_ptr<void> geoJsonCopy(const QByteArray &text, QString *gdalPath)
{
    static std::atomic<int> serial{0};
    auto copy = std::make_shared<MemoryFile>();
    copy->path = "/vsimem/lacviewer-preflight/" + QByteArray::number(++serial) + ".geojson";
    copy->text = text;
    copy->text.replace("\"Topology\"", "\"\\u0054opology\"");
    VSILFILE *f = VSIFileFromMemBuffer(copy->path.constData(), reinterpret_cast<GByte *>(copy->text.data()),
                                       vsi_l_offset(copy->text.size()), FALSE);
    if (!f)
        return {};
    VSIFCloseL(f);
    *gdalPath = QString::fromUtf8(copy->path);
    return copy;
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
                keep(b,
                    QCoreApplication::translate("FilePreflight",
                        "a KML NetworkLink to \"%1\": its content would come from the "
                        "network, which the viewer never reads")
                        .arg(href.trimmed()));
                break;
            }
        }
        if (hrefCursor < 0)
            break;
    }
    if (const qsizetype at = text.indexOf("<!ENTITY"); at >= 0)
        keep(at,
            QCoreApplication::translate("FilePreflight",
                "declares an XML entity: entity declarations are refused "
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
        keep(b,
            QCoreApplication::translate(
                "FilePreflight", "a link to \"%1\": the viewer never follows links to the network")
                .arg(value.trimmed()));
        break;
    }
    if (first.at < 0)
        return true;
    *line = lineOfOffset(text, first.at);
    *why = QCoreApplication::translate("FilePreflight", "refused: %1").arg(first.why);
    return false;
}

} // namespace

bool FilePreflight::check(const QString &path, Result *p, DataErrors *errors, bool scanContent)
{
    auto fail = [&](int line, const QString &message) {
        errors->append(DataError{path, line, -1, message});
        return false;
    };

    // --- What is opened: a regular local file, nothing else. -------------
    if (GdalSandbox::isRemotePath(path))
        return fail(0,
            QCoreApplication::translate("FilePreflight",
                "refused: the viewer never reads from the network "
                "or GDAL virtual file systems"));
    const QFileInfo info(path);
    if (GdalSandbox::isConnectionString(path) && !info.exists())
        return fail(0,
            QCoreApplication::translate("FilePreflight",
                "refused: a GDAL connection string (a database or web "
                "service); the viewer reads local files only"));
    qint64 size = 0;
#ifdef Q_OS_UNIX
    {
        const QByteArray native = QFile::encodeName(path);
        struct stat st;
        if (::stat(native.constData(), &st) != 0) {
            const int e = errno;
            if (e == ELOOP)
                return fail(0, QCoreApplication::translate("FilePreflight", "is a symbolic link loop"));
            if (e == EACCES)
                return fail(
                    0, QCoreApplication::translate("FilePreflight", "cannot be read (permission denied)"));
            if (e == ENOENT || e == ENOTDIR)
                return fail(0, QCoreApplication::translate("FilePreflight", "no such file"));
            return fail(0,
                QCoreApplication::translate("FilePreflight", "cannot be read: %1")
                    .arg(QString::fromLocal8Bit(strerror(e))));
        }
        if (S_ISDIR(st.st_mode))
            return fail(0, QCoreApplication::translate("FilePreflight", "is a directory, not a file"));
        if (!S_ISREG(st.st_mode))
            return fail(0,
                QCoreApplication::translate("FilePreflight",
                    "is not a regular file (a pipe, socket or device); "
                    "refused"));
        if (::access(native.constData(), R_OK) != 0)
            return fail(
                0, QCoreApplication::translate("FilePreflight", "cannot be read (permission denied)"));
        size = qint64(st.st_size);
    }
#else
    if (!info.exists())
        return fail(0, QCoreApplication::translate("FilePreflight", "no such file"));
    if (info.isDir())
        return fail(0, QCoreApplication::translate("FilePreflight", "is a directory, not a file"));
    if (!info.isFile())
        return fail(0, QCoreApplication::translate("FilePreflight", "is not a regular file; refused"));
    if (!info.isReadable())
        return fail(0, QCoreApplication::translate("FilePreflight", "cannot be read (permission denied)"));
    size = info.size();
#endif
    if (size == 0)
        return fail(0, QCoreApplication::translate("FilePreflight", "is empty"));
    if (size > maxFileBytes())
        return fail(0,
            QCoreApplication::translate("FilePreflight",
                "is %1, over the %2 limit (set LACVIEWER_MAX_FILE_MB "
                "to raise it)")
                .arg(megabytes(size), megabytes(maxFileBytes())));
    // GDAL is given the absolute path, so no file name can be taken for a
    // connection string or a /vsi path.
    p->absolute = QDir::cleanPath(info.absoluteFilePath());
    p->gdalPath = p->absolute;
    const QString &absolute = p->absolute;
    if (GdalSandbox::isRemotePath(absolute))
        return fail(0,
            QCoreApplication::translate(
                "FilePreflight", "refused: the path reaches a GDAL virtual file system"));
    if (!scanContent)
        return true;

    // --- Scan text formats before GDAL opens them. ------------------------
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            0, QCoreApplication::translate("FilePreflight", "cannot be read: %1").arg(file.errorString()));
    const Content content = sniff(path, file.peek(64));
    const bool json = content == Content::Json;
    if (json) {
        const QByteArray text = file.readAll();
        if (text.size() != size)
            return fail(0,
                QCoreApplication::translate("FilePreflight", "could not be read completely: %1")
                    .arg(file.errorString()));
        if (!p->locator.scan(text))
            return fail(p->locator.errorLine(),
                QCoreApplication::translate("FilePreflight", "invalid JSON: %1")
                    .arg(p->locator.errorString()));
        if (!p->locator.hasTopLevel(QStringLiteral("type")))
            return fail(1, QCoreApplication::translate("FilePreflight", "not GeoJSON: no \"type\" member"));
        if (p->locator.crsType().compare(QLatin1String("link"), Qt::CaseInsensitive) == 0
            || !p->locator.crsLink().isEmpty())
            return fail(p->locator.crsLinkLine() ? p->locator.crsLinkLine()
                                                 : p->locator.topLevelLine(QStringLiteral("crs")),
                QCoreApplication::translate("FilePreflight",
                    "refused: the \"crs\" member links to \"%1\"; the viewer "
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
                    QCoreApplication::translate("FilePreflight",
                        "the \"crs\" member names \"%1\", a coordinate system "
                        "GDAL does not know")
                        .arg(p->locator.crsName().left(100)));
        }
        if (qint64(p->locator.features().size()) > maxFeatures())
            return fail(0, tooManyFeatures(qint64(p->locator.features().size())));
        if (p->locator.positionCount() > maxVertices())
            return fail(0, tooManyVertices(p->locator.positionCount()));
        if (p->locator.largestFeaturePositions() > maxFeatureVertices())
            return fail(p->locator.largestFeatureLine(),
                QCoreApplication::translate("FilePreflight", "the feature %1")
                    .arg(tooManyFeatureVertices(p->locator.largestFeaturePositions())));
        if (p->locator.longestString() > maxTextBytes())
            return fail(p->locator.longestStringLine(),
                QCoreApplication::translate("FilePreflight",
                    "a text value is %1, over the %2 limit for one value "
                    "(set LACVIEWER_MAX_TEXT_MB to raise it)")
                    .arg(megabytes(p->locator.longestString()), megabytes(maxTextBytes())));
        if (p->locator.rootType() == QLatin1String("Topology")) {
            p->drivers << QStringLiteral("TopoJSON"); // lines are not tracked for TopoJSON
        } else {
            p->drivers << QStringLiteral("GeoJSON");
            p->located = true;
            if (gdalTakesForTopoJson(absolute)) {
                p->memoryCopy = geoJsonCopy(text, &p->gdalPath);
                if (!p->memoryCopy)
                    return fail(0,
                        QCoreApplication::translate(
                            "FilePreflight", "cannot be read: no memory for a copy of it"));
            }
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
                refusal = QCoreApplication::translate("FilePreflight",
                    "%1 inside it unpacks to more than %2 (set "
                    "LACVIEWER_MAX_FILE_MB to raise it)")
                              .arg(QString::fromUtf8(*e), megabytes(maxFileBytes()));
                break;
            }
            GByte *bytes = nullptr;
            vsi_l_offset n = 0;
            if (!VSIIngestFile(nullptr, entry.constData(), &bytes, &n, maxFileBytes())) {
                refusal = QCoreApplication::translate("FilePreflight", "%1 inside it cannot be unpacked")
                              .arg(QString::fromUtf8(*e));
                break;
            }
            const QByteArray text(reinterpret_cast<const char *>(bytes), qsizetype(n));
            VSIFree(bytes);
            QString why;
            if (!scanXml(text, &refusalLine, &why))
                refusal = QCoreApplication::translate("FilePreflight", "%1, line %2: %3")
                              .arg(QString::fromUtf8(*e))
                              .arg(refusalLine)
                              .arg(why);
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

