#pragma once
// Keeps GDAL offline and quiet. The viewer never reads from the network
// (docs/reliability.md, "No network, ever"): remote paths are refused
// before GDAL sees them (isRemotePath, isConnectionString), and configure()
// shuts GDAL's own doors (HTTP fetches, network file systems, PROJ grids),
// recording every request GDAL still attempts.

#include <QStringList>

namespace GdalSandbox {
// True for anything that would make GDAL reach the network: /vsi paths,
// URLs (scheme://), UNC paths.
bool isRemotePath(const QString &path);
// True for a GDAL connection string such as "PG:dbname=x" or "WFS:http…".
bool isConnectionString(const QString &path);
// Registers GDAL's drivers and switches its network access off; called once
// at start-up and by every reader (more calls do nothing).
void configure();
// Network requests GDAL attempted and was refused since start-up (URLs or
// /vsi paths), for tests and diagnostics.
QStringList refusedRequests();

// While one lives, the requests GDAL attempts on this thread are also
// collected here, so a read can fail with the one it made.
class RefusalWatch
{
public:
    RefusalWatch();
    ~RefusalWatch();
    RefusalWatch(const RefusalWatch &) = delete;
    RefusalWatch &operator=(const RefusalWatch &) = delete;
    bool any() const { return !m_refused.isEmpty(); }
    // "refused a network request to \"…\": the viewer never reads from the network"
    QString message() const;

private:
    QStringList m_refused;
    QStringList *m_previous;
};

// Collects GDAL's failure messages while it lives (at most 20), so they can
// be reported with the file name instead of going to stderr.
class Messages
{
public:
    Messages();
    ~Messages();
    Messages(const Messages &) = delete;
    Messages &operator=(const Messages &) = delete;
    QStringList errors;
    QString last() const { return errors.isEmpty() ? QString() : errors.last(); }
};
}
