// The translations: every tr() string in the sources has a finished Hindi
// and Chinese translation with the same placeholders (the catalogues are
// refreshed with `cmake --build build --target update_translations`), and
// the program speaks the language asked for: the window's menus and
// panels, the map's labels, --help, and the error for an unknown language.

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QDockWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

#include "DetailsPanel.h"
#include "MapCanvas.h"
#include "MapLabels.h"
#include "MapRenderer.h"
#include "Search.h"
#include "StatusPanel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WindowFixture.h"

namespace {

using TestSupport::Run;

struct Message
{
    QString context, source, comment;
    bool numerus = false;
    QString type;                 // "unfinished", "vanished", "obsolete" or empty
    QStringList translations;     // one, or each numerus form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot read");
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && m.numerus && xml.name() == QLatin1String("translation"))
            out << m;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            m.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText();
                out << m;
            }
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

QString key(const Message &m) { return m.context + QLatin1Char('|') + m.source + QLatin1Char('|') + m.comment; }

Run run(const QStringList &args, const QString &language = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!language.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), language);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LAC_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    Translations m_translations;

    static void waitForRender(MapCanvas *c)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!c->isRenderPending() && !c->renderedImage().isNull(), 10000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QStandardPaths::setTestModeEnabled(true);
        m_atlas = TestSupport::bundledAtlas();
        QVERIFY(m_atlas);
    }
    void cleanup() { m_translations.install(QStringLiteral("en")); }

    // lupdate over the sources as the update_translations target runs it,
    // into copies of the committed catalogues: a string new in the sources
    // arrives there unfinished, one gone from them disappears.
    void everyStringTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("forms");   // numerus forms: Hindi has one and many, Chinese one
        QTest::newRow("hi") << QStringLiteral("hi") << 2;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    }
    void everyStringTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, forms);
        const QString committed = QStringLiteral(LAC_TS_DIR "/lacviewer_%1.ts").arg(language);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("lacviewer_%1.ts").arg(language));
        QVERIFY(QFile::copy(committed, fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(LAC_SOURCE_DIR));
        lupdate.start(QStringLiteral(LAC_LUPDATE),
                      QString::fromUtf8(LAC_LUPDATE_ARGS).split(QLatin1Char('|')) << QStringLiteral("-ts") << fresh);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> now = readTs(fresh, &error), before = readTs(committed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(now.size() > 300);
        QStringList problems;
        QSet<QString> current;
        for (const Message &m : now) {
            current.insert(key(m));
            const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
            if (m.type == QLatin1String("unfinished"))
                problems << where + QStringLiteral(": not translated (run update_translations, then translate it)");
            if (m.translations.size() != (m.numerus ? forms : 1))
                problems << where + QStringLiteral(": %1 plural forms, not %2").arg(m.translations.size()).arg(m.numerus ? forms : 1);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << where + QStringLiteral(": empty translation");
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders %1 in the translation, %2 in the source")
                                            .arg(placeholders(t).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')));
                // A menu accelerator stays one, in the form 文件(&F) / फ़ाइल(&F).
                if (m.source.contains(QRegularExpression(QStringLiteral("&[^ &]"))) && !t.contains(QRegularExpression(QStringLiteral("&[^ &]"))))
                    problems << where + QStringLiteral(": the accelerator is lost");
            }
        }
        for (const Message &m : before)
            if (!current.contains(key(m)) || !m.type.isEmpty())
                problems << QStringLiteral("%1 \"%2\": in the catalogue but no longer in the sources (run update_translations)")
                                .arg(m.context, m.source.left(60));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void languageCodes()
    {
        QCOMPARE(Translations::available(), (QStringList{QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("zh_CN")}));
        QCOMPARE(Translations::match(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::match(QStringLiteral("zh_Hans_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::match(QStringLiteral("zh_CN.UTF-8")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::match(QStringLiteral("hi_IN")), QStringLiteral("hi"));
        QCOMPARE(Translations::match(QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(Translations::match(QStringLiteral("zh_TW")), QString());
        QCOMPARE(Translations::match(QStringLiteral("fr")), QString());
        QCOMPARE(Translations::chineseName(QStringLiteral("加勒万河 (Chinese name of the Galwan River)")), QStringLiteral("加勒万河"));
    }

    void chineseWindow()
    {
        QVERIFY(m_translations.install(QStringLiteral("zh_CN")));
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        MainWindow &w = fixture.w;
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.mid(0, 3) == (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)")}),
                 qPrintable(menus.join(QLatin1Char(','))));
        QVERIFY(menus.contains(QStringLiteral("帮助(&H)")));
        QStringList docks;
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            docks << d->windowTitle();
        for (const char *title : {"状态", "时间线", "详情", "图层"})
            QVERIFY2(docks.contains(QString::fromUtf8(title)), qPrintable(docks.join(QLatin1Char(','))));
        // The status panel: its header, the Galwan row by its Chinese name, its status in Chinese.
        QTreeWidget *tree = w.statusPanel()->tree();
        QCOMPARE(tree->headerItem()->text(0), QStringLiteral("摩擦点"));
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows << tree->topLevelItem(i)->text(0) + QLatin1Char('|') + tree->topLevelItem(i)->text(1);
        QVERIFY2(rows.contains(QStringLiteral("加勒万河（Galwan）|已脱离接触（缓冲区）")), qPrintable(rows.join(QLatin1Char('\n'))));
        // The map's labels, as the renderer places them.
        MapCanvas *c = w.canvas();
        waitForRender(c);
        QStringList labels;
        for (const PlacedLabel &l : MapLabels::layout(*m_atlas, MapRenderer::withUserLegend(*m_atlas, c->settings())).labels)
            labels << l.text;
        QVERIFY2(labels.contains(QStringLiteral("加勒万河（Galwan）")), qPrintable(labels.join(QLatin1Char(','))));
        QVERIFY(labels.contains(QStringLiteral("Depsang")));   // no Chinese name in the data: as it is
        // Details and search.
        w.select(QStringLiteral("galwan"));
        QTRY_VERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("加勒万河（Galwan）")));
        QVERIFY(w.detailsPanel()->plainText().contains(QStringLiteral("的状态：已脱离接触（缓冲区）")));
        const QList<SearchResult> found = Search::find(*m_atlas, QStringLiteral("加勒万"));
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().id, QStringLiteral("galwan"));
        QCOMPARE(found.first().label, QStringLiteral("加勒万河（Galwan） — 摩擦点"));
    }

    void hindiWindow()
    {
        QVERIFY(m_translations.install(QStringLiteral("hi")));
        WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
        QVERIFY(fixture.show());
        QStringList menus;
        for (QAction *a : fixture.w.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.mid(0, 3) == (QStringList{QStringLiteral("फ़ाइल(&F)"), QStringLiteral("संपादन(&E)"), QStringLiteral("दृश्य(&V)")}),
                 qPrintable(menus.join(QLatin1Char(','))));
        QStringList docks;
        for (QDockWidget *d : fixture.w.findChildren<QDockWidget *>())
            docks << d->windowTitle();
        QVERIFY(docks.contains(QStringLiteral("स्थिति")));
        QVERIFY(docks.contains(QStringLiteral("समयरेखा")));
        QCOMPARE(fixture.w.statusPanel()->tree()->headerItem()->text(0), QStringLiteral("टकराव बिंदु"));
        // No Hindi names in the data: labels keep the record's names.
        QStringList labels;
        for (const PlacedLabel &l : MapLabels::layout(*m_atlas, MapRenderer::withUserLegend(*m_atlas, fixture.w.canvas()->settings())).labels)
            labels << l.text;
        QVERIFY(labels.contains(QStringLiteral("Galwan")));
    }

    void helpInChinese()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("用法：lacviewer [选项]")), qPrintable(r.out.left(80)));
        QVERIFY(r.out.contains(QStringLiteral("选项：")));
        QVERIFY(r.out.contains(QStringLiteral("显示本帮助并退出。")));
        QVERIFY(r.out.contains(QStringLiteral("--export <OUT>")));   // option names stay as typed
        // The desktop's language when --lang is not given.
        const Run system = run({QStringLiteral("--help")}, QStringLiteral("zh_CN:en"));
        QCOMPARE(system.out, r.out);
        // --lang en wins over the desktop.
        const Run english = run({QStringLiteral("--lang=en"), QStringLiteral("--help")}, QStringLiteral("zh_CN"));
        QVERIFY(english.out.startsWith(QStringLiteral("Usage: lacviewer [options]")));
    }

    void helpInHindi()
    {
        const Run r = run({QStringLiteral("--help")}, QStringLiteral("hi_IN"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("उपयोग: lacviewer [विकल्प]")), qPrintable(r.out.left(80)));
        QVERIFY(r.out.contains(QStringLiteral("यह सहायता दिखाएँ और बाहर निकलें।")));
    }

    void unknownLanguage()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--status")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("lacviewer: --lang: no translation for \"fr\"; available: en, hi, zh_CN\n"));
    }

    // A Hindi PDF embeds a Devanagari font and gives its text back.
    void hindiPdf()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("hi.pdf"));
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("hi"), QStringLiteral("--export"), pdf,
                           QStringLiteral("--date"), QStringLiteral("2024-11-20")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString());   // no font warnings on stderr
        const QString fonts = TestSupport::tool(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("Lohit-Devanagari")), qPrintable(fonts));
        for (const QString &line : fonts.split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("Lohit")))
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));   // embedded
        const QString text = TestSupport::tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        // Qt's PDF writer maps each glyph back to its characters; a conjunct
        // (द्द, र्व) is one glyph with no mapping, so words without one are
        // what pdftotext gives back whole: the title's date, the legend's.
        QVERIFY2(text.contains(QStringLiteral("2024-11-20 तक")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("टकराव")), qPrintable(text.left(400)));
    }

    // A source title written in Devanagari prints as text, not boxes, in an
    // English briefing: the Devanagari font is there and embedded.
    void devanagariSourceTitleInBriefing()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("briefing.pdf"));
        const Run r = run({QStringLiteral("--report"), pdf, QStringLiteral("--date"), QStringLiteral("2024-11-20"),
                           QStringLiteral("--since"), QStringLiteral("2020-04-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(TestSupport::tool(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("Lohit-Devanagari")));
        const QString text = TestSupport::tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("बैठक")), qPrintable(text.left(300)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
