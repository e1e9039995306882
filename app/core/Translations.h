#pragma once
// The language the program speaks: English (the source strings), Hindi or
// Simplified Chinese, from --lang CODE or else the desktop's languages in
// their order of preference. The .qm catalogues are compiled from
// resources/translations/*.ts and embedded (":/i18n"), so a build tree and an
// installed program find them alike; Qt's own strings (QCommandLineParser,
// standard dialogs) come from Qt's catalogues where Debian ships them.

#include <QString>
#include <QStringList>
#include <QTranslator>

class Translations
{
public:
    // "en" first, then every embedded catalogue's code ("hi", "zh_CN").
    static QStringList available();
    // The catalogue a code names ("zh-CN", "zh_Hans_CN", "zh" → "zh_CN";
    // "hi_IN" → "hi"; "en_GB", "C" → "en"); empty when there is none.
    static QString match(const QString &code);
    // The first desktop language (QLocale::system().uiLanguages()) we speak;
    // English when the first one we know is English, or none is known.
    static QString fromSystem();
    // The value of --lang among the raw arguments (before the real parse,
    // which reports a bad value); empty when not given.
    static QString option(const QStringList &arguments);

    // Installs the catalogues of `language` ("en": none) into the current
    // application object; again after each new one. Returns false when a
    // catalogue of ours could not be loaded.
    bool install(const QString &language);
    QString language() const { return m_language; }
    // The language last installed ("en" until then): the map's labels and
    // the panels show the data's Chinese names when it is "zh_CN".
    static QString current();

    // A feature's name as the current language shows it: in Chinese, the
    // Chinese name the data gives in name_other (its first run of Han
    // characters, where the text calls it the Chinese name, e.g. "加勒万河
    // (Chinese name of the Galwan River)") before the name, as
    // "加勒万河（Galwan）"; otherwise the name unchanged.
    static QString displayName(const QString &name, const QString &nameOther);
    static QString chineseName(const QString &nameOther);

private:
    QString m_language = QStringLiteral("en");
    QTranslator m_app, m_qt;
};
