#include "GdalSandbox.h"

#include <QCoreApplication>
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

#include <cerrno>
#include <mutex>

namespace {

// What GDAL still tries after configure() is refused here and recorded,
// globally and for the RefusalWatch alive on this thread.
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

void CPL_STDCALL collectMessage(CPLErr level, CPLErrorNum, const char *msg)
{
    auto *self = static_cast<GdalSandbox::Messages *>(CPLGetErrorHandlerUserData());
    if (self && level >= CE_Failure && self->errors.size() < 20)
        self->errors << QString::fromUtf8(msg).left(500);
}

} // namespace

namespace GdalSandbox {

bool isRemotePath(const QString &path)
{
    const QString p = path.trimmed();
    return p.startsWith(QLatin1String("/vsi")) || p.contains(QLatin1String("://"))
           || p.startsWith(QLatin1String("\\\\")) || p.startsWith(QLatin1String("//"));
}

bool isConnectionString(const QString &path)
{
    // "PG:dbname=...", "WFS:http...", "MySQL:db", "ODBC:..." (two or more
    // letters, so a Windows drive letter is not one).
    static const QRegularExpression re(QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9_]+:"));
    return re.match(path).hasMatch();
}

void configure()
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
        // The readers' own limits (vertices per feature, text per value)
        // bound what the GeoJSON driver builds; it need not cut features off.
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    });
}

QStringList refusedRequests()
{
    QMutexLocker lock(&refusedMutex);
    return refusedLog;
}

RefusalWatch::RefusalWatch() : m_previous(refusedHere)
{
    refusedHere = &m_refused;
}

RefusalWatch::~RefusalWatch()
{
    refusedHere = m_previous;
}

QString RefusalWatch::message() const
{
    return QCoreApplication::translate(
        "GdalSandbox", "refused a network request to \"%1\": the viewer never reads from the network")
        .arg(m_refused.value(0));
}

Messages::Messages()
{
    CPLPushErrorHandlerEx(&collectMessage, this);
}

Messages::~Messages()
{
    CPLPopErrorHandler();
}

} // namespace GdalSandbox
