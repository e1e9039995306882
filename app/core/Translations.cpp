#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>

namespace {
QString g_current = QStringLiteral("en");
const QString prefix = QStringLiteral("lacviewer_");

// QCommandLineParser's own words in --help and its errors. Qt's catalogues
// have no Hindi: ours carries these so the whole help speaks one language.
[[maybe_unused]] const char *const qtParserStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};
} // namespace

QStringList Translations::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(prefix.size()).chopped(3);
    return codes;
}

QString Translations::match(const QString &code)
{
    QString c = code.trimmed();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    c = c.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0); // zh_CN.UTF-8, sr@latin
    if (c.isEmpty())
        return {};
    if (c == QLatin1String("C") || c == QLatin1String("POSIX"))
        return QStringLiteral("en");
    const QStringList codes = available();
    for (const QString &known : codes)
        if (known.compare(c, Qt::CaseInsensitive) == 0)
            return known;
    // By language, then script and country: "zh_Hans_CN" and "zh" are
    // Simplified Chinese; Traditional (zh_TW, zh_HK, zh_Hant) is not.
    const QLocale locale(c);
    if (locale.language() == QLocale::C)
        return {};
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");
    if (locale.language() == QLocale::Chinese && locale.script() == QLocale::TraditionalChineseScript)
        return {};
    const QString language = QLocale::languageToCode(locale.language());
    for (const QString &known : codes)
        if (known.section(QLatin1Char('_'), 0, 0) == language)
            return known;
    return {};
}

QString Translations::fromSystem()
{
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &ui : languages) {
        const QString found = match(ui);
        if (!found.isEmpty())
            return found;
    }
    return QStringLiteral("en");
}

QString Translations::option(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments[i + 1];
        for (const QLatin1String form : {QLatin1String("--lang="), QLatin1String("-lang=")})
            if (a.startsWith(form))
                return a.mid(form.size());
    }
    return {};
}

bool Translations::install(const QString &language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_language = language.isEmpty() ? QStringLiteral("en") : language;
    g_current = m_language;
    if (m_language == QLatin1String("en"))
        return true;
    // Qt's catalogue first: ours is searched first (installed last) and
    // carries QCommandLineParser's few strings where Qt has no catalogue.
    if (m_qt.load(QStringLiteral("qtbase_") + m_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (!m_app.load(prefix + m_language, QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(&m_app);
    return true;
}

QString Translations::current()
{
    return g_current;
}

QString Translations::chineseName(const QString &nameOther)
{
    // CJK Unified Ideographs (and Extension A): the Chinese names in the data.
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]+"));
    // Only a name the data calls the Chinese name: "Dêmqog (典角村; Chinese-
    // administered village across the Charding Nullah)" names another place.
    if (!nameOther.contains(QLatin1String("Chinese name")))
        return {};
    return han.match(nameOther).captured(0);
}

QString Translations::displayName(const QString &name, const QString &nameOther)
{
    if (g_current != QLatin1String("zh_CN"))
        return name;
    const QString zh = chineseName(nameOther);
    return zh.isEmpty() ? name : zh + QStringLiteral("（") + name + QStringLiteral("）");
}
