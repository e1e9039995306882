#include "CommandLine.h"

#include "IsoDate.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

bool parseDateOption(const QCommandLineParser &p, const QString &name, QDate *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    const QString text = p.value(name);
    const QString why = IsoDate::whyInvalid(text);
    if (!why.isEmpty()) {
        *error = QStringLiteral("--%1: %2").arg(name, why);
        return false;
    }
    *out = IsoDate::parseDay(text);
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "LAC Viewer: a map of the India–China Line of Actual Control flashpoints in eastern "
        "Ladakh, their status over time, events and sources."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Print the version and exit."));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Read the bundled data set from DIR."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("Show or export the map as of this date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption exportOpt(QStringLiteral("export"),
                                       QStringLiteral("Render the map to a PNG file and exit (no display needed)."),
                                       QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Export size in pixels (default 1600x1000)."),
                                  QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Frame one flashpoint, or all (default)."),
                                  QStringLiteral("all|ID"));
    const QCommandLineOption validate(QStringLiteral("validate"),
                                      QStringLiteral("Check the bundled data, or the FILEs given, and exit."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Print every flashpoint's status at --date (default today)."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("List events in date order (--from, --to, --flashpoint)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("With --status or --events: print JSON."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First date of --events."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last date of --events."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption flashpoint(QStringLiteral("flashpoint"),
                                        QStringLiteral("With --events: only events at flashpoint ID."),
                                        QStringLiteral("ID"));
    p.addOptions({help, version, data, date, exportOpt, size, view, validate, status, events,
                  json, from, to, flashpoint});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("Vector files to add as layers (or to validate)."),
                            QStringLiteral("[FILE...]"));
    cl.helpText = p.helpText();

    auto fail = [&cl](const QString &why) {
        cl.mode = Mode::Error;
        cl.error = why;
        return cl;
    };
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (p.isSet(version)) {
        cl.mode = Mode::Version;
        return cl;
    }
    const int modes = int(p.isSet(exportOpt)) + int(p.isSet(validate)) + int(p.isSet(status))
                      + int(p.isSet(events));
    if (modes > 1)
        return fail(QStringLiteral("use only one of --export, --validate, --status, --events"));
    if (p.isSet(exportOpt)) {
        cl.mode = Mode::Export;
        cl.exportPath = p.value(exportOpt);
        if (cl.exportPath.isEmpty())
            return fail(QStringLiteral("--export needs a file name"));
        if (!cl.exportPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            return fail(QStringLiteral("--export: only .png is supported, not \"%1\"").arg(cl.exportPath));
    } else if (p.isSet(validate)) {
        cl.mode = Mode::Validate;
    } else if (p.isSet(status)) {
        cl.mode = Mode::Status;
    } else if (p.isSet(events)) {
        cl.mode = Mode::Events;
    }
    QString error;
    if (!parseDateOption(p, QStringLiteral("date"), &cl.date, &error)
        || !parseDateOption(p, QStringLiteral("from"), &cl.from, &error)
        || !parseDateOption(p, QStringLiteral("to"), &cl.to, &error))
        return fail(error);
    if (cl.from.isValid() && cl.to.isValid() && cl.to < cl.from)
        return fail(QStringLiteral("--to %1 is before --from %2")
                        .arg(IsoDate::format(cl.to), IsoDate::format(cl.from)));
    if (p.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const auto m = re.match(p.value(size));
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 16 || h < 16 || w > 16384 || h > 16384)
            return fail(QStringLiteral("--size: \"%1\" is not WIDTHxHEIGHT with each side 16 to 16384")
                            .arg(p.value(size)));
        cl.size = QSize(w, h);
    }
    if (p.isSet(view))
        cl.view = p.value(view);
    if (p.isSet(json) && cl.mode != Mode::Status && cl.mode != Mode::Events)
        return fail(QStringLiteral("--json goes with --status or --events"));
    cl.json = p.isSet(json);
    cl.flashpoint = p.value(flashpoint);
    cl.dataDir = p.value(data);
    cl.files = p.positionalArguments();
    return cl;
}
