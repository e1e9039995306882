// lacviewer: the window, or one of the headless modes (--export, --validate,
// --status, --events). The command line is parsed before any application
// object exists, so headless modes never need a display.

#include "AtlasLoader.h"
#include "OwnRecord.h"
#include "OwnRecordController.h"
#include "CommandLine.h"
#include "HeadlessCommands.h"
#include "QueryCommands.h"
#include "LayerReader.h"
#include "MainWindow.h"
#include "ThemeController.h"
#include "SettingsGuard.h"
#include "TimeCursor.h"
#include "Translations.h"

#include <QApplication>
#include <QHashFunctions>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QDir>
#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QtMessageHandler g_qtHandler = nullptr;

// Qt warns "OpenType support missing for "DejaVu Sans", script 11" whenever
// Devanagari text is drawn in a Latin font: the fallback font (Lohit
// Devanagari) then shapes it correctly, so the warning only clutters stderr,
// where scripts read our errors. Every other message passes through.
void filterFontWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.trimmed().startsWith(QLatin1String("OpenType support missing for")))
        return;
    if (g_qtHandler)
        g_qtHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    g_qtHandler = qInstallMessageHandler(filterFontWarnings);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("lacviewer"));
    QCoreApplication::setOrganizationName(QStringLiteral("lacviewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAC_VERSION));

    // --help and the command line's errors already speak the chosen
    // language, and translators need an application object: a bare core one
    // (no display) lives for the parse alone.
    Translations translations;
    CommandLine cl = [&] {
        QCoreApplication parsing(argc, argv);
        const QString asked = Translations::option(arguments);
        translations.install(asked.isEmpty() ? Translations::fromSystem() : Translations::match(asked));
        CommandLine parsed = CommandLine::parse(arguments);
        // A bookmark's problems are the command line's too, in its language.
        if (parsed.mode != CommandLine::Mode::Error && !parsed.bookmark.isEmpty()) {
            const QString why = parsed.applyBookmark();
            if (!why.isEmpty()) {
                parsed.mode = CommandLine::Mode::Error;
                parsed.error = why;
            }
        }
        return parsed;
    }();
    QTextStream out(stdout), err(stderr);
    switch (cl.mode) {
    case CommandLine::Mode::Error:
        err << "lacviewer: " << cl.error << Qt::endl;
        return 2;
    case CommandLine::Mode::Help:
        out << cl.helpText;
        return 0;
    case CommandLine::Mode::Version: {
        QCoreApplication app(argc, argv); // for the program's own directory
        translations.install(cl.language);
        out << "lacviewer " << LAC_VERSION << Qt::endl;
        // Where the bundled record is read from: beside an installed
        // program, else the source tree (or LACVIEWER_DATA_DIR).
        out << "data: " << QDir::toNativeSeparators(cl.dataDir.isEmpty() ? AtlasLoader::defaultDataDir() : cl.dataDir)
            << Qt::endl;
        return 0;
    }
    case CommandLine::Mode::Export:
    case CommandLine::Mode::ExportFrames:
    case CommandLine::Mode::ExportAnimation:
    case CommandLine::Mode::Report: {
        // Qt's PDF writer emits embedded font subsets in hash order: a fixed
        // hash seed makes the bytes of a PDF depend on its inputs alone.
        QHashSeed::setDeterministicGlobalSeed();
        // Rendering needs a QGuiApplication, but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // On a server there is often no XDG_RUNTIME_DIR; Qt would warn about
        // it on stderr, where scripts read our errors. Give it a private one.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/lacviewer-runtime-"
                                   + QByteArray::number(uint(getuid()));
            if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", dir);
        }
        QGuiApplication app(argc, argv);
        translations.install(cl.language);
        LayerReader::configureGdal();
        return cl.mode == CommandLine::Mode::Report ? HeadlessCommands::report(cl) : HeadlessCommands::exportMap(cl);
    }
    case CommandLine::Mode::Validate:
    case CommandLine::Mode::Status:
    case CommandLine::Mode::Events:
    case CommandLine::Mode::Sources:
    case CommandLine::Mode::Changes: {
        // Reports for scripts (and their JSON) stay in English: no catalogue.
        QCoreApplication app(argc, argv);
        LayerReader::configureGdal();
        if (cl.mode == CommandLine::Mode::Validate)
            return HeadlessCommands::validate(cl);
        if (cl.mode == CommandLine::Mode::Sources)
            return QueryCommands::sources(cl);
        if (cl.mode == CommandLine::Mode::Changes)
            return QueryCommands::changes(cl);
        return cl.mode == CommandLine::Mode::Status ? QueryCommands::status(cl)
                                                    : QueryCommands::events(cl);
    }
    case CommandLine::Mode::Gui:
        break;
    }

    QApplication app(argc, argv);
    translations.install(cl.language);
    // Dates and numbers in the window follow the language; exports and the
    // command line keep their fixed ISO dates.
    if (cl.language != QLatin1String("en"))
        QLocale::setDefault(QLocale(cl.language));
    LayerReader::configureGdal();
    // A damaged settings file is moved aside (never silently overwritten).
    const SettingsGuard::Result settingsCheck = SettingsGuard::check();
    if (!settingsCheck.ok)
        err << "lacviewer: " << settingsCheck.warning << Qt::endl;
    // The window opens at once; the record, the terrain and the files load
    // behind it, in that order, with progress (LayerLoadController).
    Document document;
    TimeCursor time;
    time.setDate(cl.request.date.isValid() ? cl.request.date : QDate::currentDate());
    MainWindow window(&document, &time);
    if (cl.themeSet)
        window.themes()->choose(cl.theme == MapStyle::Theme::Dark ? ThemeController::Choice::Dark
                                                                  : ThemeController::Choice::Light,
                                false);
    window.openRecord(cl.dataDir.isEmpty() ? AtlasLoader::defaultDataDir() : cl.dataDir);
    // The user's own record: --record, else the one last opened, else the
    // one in the data directory (created by the first edit).
    window.ownRecord()->setPath(!cl.recordPath.isEmpty()
                                    ? cl.recordPath
                                    : QSettings().value(QStringLiteral("record/path"), OwnRecord::defaultPath()).toString());
    window.restoreState(!cl.request.date.isValid());
    window.applyRequest(cl.request);
    window.show();
    if (!settingsCheck.ok)
        QMessageBox::warning(&window, QObject::tr("LAC Viewer"), settingsCheck.warning);
    if (!cl.dem.isEmpty())
        window.openTerrain(cl.dem);
    MainWindow::LayerOptions options;
    options.dateField = cl.request.dateField;
    options.endField = cl.request.endField;
    options.dateOrder = cl.dateOrder;
    for (const QString &file : cl.files) {
        options.colourBy = cl.request.colourSpecFor(file);
        window.openLayer(file, options);
    }
    return app.exec();
}
