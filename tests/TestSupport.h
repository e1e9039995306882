#pragma once
// What several test programs need: the bundled data set, loaded once, and the
// lacviewer executable run as a user runs it on a server (no display).

#include "AtlasLoader.h"
#include "LayerReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

namespace TestSupport {

// The bundled atlas from the source tree; null (with the first error in
// *firstError) if it does not load.
inline AtlasPtr bundledAtlas(QString *firstError = nullptr)
{
    LayerReader::configureGdal();
    DataErrors errors;
    auto atlas = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
    if (firstError && !errors.isEmpty())
        *firstError = errors.front().toString();
    return atlas;
}

// Whether LayerReader read path, with its errors appended to *errors: the
// form most reader tests check.
inline bool readLayer(const QString &path, RawLayer *out, DataErrors *errors)
{
    const LoadResult read = LayerReader().read(path, out);
    errors->append(read.errors);
    return read.ok();
}

// Opens a layer in a window (every load runs in the background) and waits
// for its outcome: whether the layer was added. A file refused at once is
// false without waiting.
template<typename Window, typename... Options>
bool openLayerAndWait(Window &w, const QString &path, const Options &...options)
{
    QSignalSpy done(&w, &Window::layerLoadFinished);
    if (!w.openLayer(path, options...))
        return false;
    if (done.isEmpty() && !done.wait(120000))
        return false;
    return done.last().at(0).toBool();
}

struct Run {
    int code = -1;   // -2: crashed; -1: did not finish
    QString out;
    QString err;
};

// Runs lacviewer with no DISPLAY and no QT_QPA_PLATFORM.
inline Run lacviewer(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LAC_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Runs another program (pdftotext, pdfinfo, xmllint, cmp): its output and
// errors together, and its exit code in *code.
inline QString tool(const QString &program, const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QString();
    if (code)
        *code = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

inline QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

inline QJsonObject jsonFile(const QString &path)
{
    return QJsonDocument::fromJson(contents(path)).object();
}

inline QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// pdftotext gives the text as drawn: "ﬂ" where the font joined f and l.
inline QString unligated(QString text)
{
    return text.replace(QStringLiteral("ﬀ"), QStringLiteral("ff")).replace(QStringLiteral("ﬁ"), QStringLiteral("fi"))
        .replace(QStringLiteral("ﬂ"), QStringLiteral("fl")).replace(QStringLiteral("ﬃ"), QStringLiteral("ffi"))
        .replace(QStringLiteral("ﬄ"), QStringLiteral("ffl"));
}

#ifdef QT_GUI_LIB
} // namespace TestSupport
#include <QImage>
namespace TestSupport {
// How many pixels along the image's four edges are the renderer's plain
// background, i.e. show where the basemap ends.
inline int backgroundEdgePixels(const QImage &image, QRgb background)
{
    const int w = image.width(), h = image.height();
    int n = 0;
    auto at = [&](int x, int y) { n += (image.pixel(x, y) | 0xff000000) == (background | 0xff000000); };
    for (int x = 0; x < w; ++x) {
        at(x, 0);
        at(x, h - 1);
    }
    for (int y = 1; y < h - 1; ++y) {
        at(0, y);
        at(w - 1, y);
    }
    return n;
}

// Pixels within a small colour distance of c (antialiased lines keep their
// colour only near their middle).
inline int pixelsNear(const QImage &image, const QColor &c, int tolerance = 24)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            n += std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) + std::abs(p.blue() - c.blue())
                 <= tolerance;
        }
    return n;
}
#endif

} // namespace TestSupport
