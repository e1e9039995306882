// Nothing lost: settings are written atomically, and a damaged settings file
// is moved aside with a warning instead of being silently overwritten
// (which is what QSettings alone does, shown first).

#include "SettingsGuard.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ino_t inode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestSettingsGuard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lacviewer-settingsguard"));
        QVERIFY(m_dir.isValid());
    }

    void qsettingsAloneOverwritesAGarbageFile()
    {
        // Why the guard exists: QSettings reads garbage as "no settings" and
        // replaces the file at the next sync, without a word.
        const QString path = m_dir.filePath(QStringLiteral("plain.conf"));
        write(path, QByteArray("\x01\x02 not settings \xff\xfe\n", 20));
        {
            QSettings s(path, QSettings::IniFormat);
            QVERIFY(s.allKeys().isEmpty()); // the first use reads the file
            QCOMPARE(s.status(), QSettings::FormatError);
            s.setValue(QStringLiteral("view/metresPerPixel"), 25.0);
        }
        QVERIFY(!read(path).contains("not settings"));
    }

    void writesAreAtomic()
    {
        // QSettings saves through QSaveFile: a new file renamed over the old
        // one (a new inode), so a crash mid-write leaves the old file whole.
        const QString path = m_dir.filePath(QStringLiteral("atomic.conf"));
        {
            QSettings s(path, QSettings::IniFormat);
            QVERIFY(s.isAtomicSyncRequired());
            s.setValue(QStringLiteral("view/metresPerPixel"), 25.0);
        }
        const ino_t before = inode(path);
        QVERIFY(before != 0);
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(QStringLiteral("view/metresPerPixel"), 50.0);
        }
        QVERIFY(inode(path) != before);
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("view/metresPerPixel")).toDouble(), 50.0);
        QCOMPARE(SettingsGuard::check(path).ok, true);
        // No temporary file left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("atomic.conf?*")}, QDir::Files), QStringList());
    }

    void absentOrValidFileIsLeftAlone()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.conf"));
        SettingsGuard::Result r = SettingsGuard::check(missing);
        QVERIFY(r.ok);
        QVERIFY(r.warning.isEmpty());
        QVERIFY(!QFileInfo::exists(missing));

        const QString good = m_dir.filePath(QStringLiteral("good.conf"));
        write(good, "[view]\nmetresPerPixel=25\ncenter=@Variant(\\0\\0\\0\\x1a\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0)\n");
        const QByteArray before = read(good);
        r = SettingsGuard::check(good);
        QVERIFY2(r.ok, qPrintable(r.warning));
        QCOMPARE(read(good), before);
    }

    void damagedFileIsKeptAndDefaultsUsed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "holds binary data";
        QTest::newRow("not ini") << QByteArray("this is not a settings file\nnor this\n") << "is not a valid settings file";
        QTest::newRow("unclosed section") << QByteArray("[window\ngeometry=abc\n") << "is not a valid settings file";
        QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, 'a') << "too large for a settings file";
    }
    void damagedFileIsKeptAndDefaultsUsed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        // The real location, as the viewer uses it (test mode: under ~/.qttest).
        const QString path = QSettings().fileName();
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        write(path, bytes);
        const SettingsGuard::Result r = SettingsGuard::check();
        QCOMPARE(r.file, path);
        QVERIFY(!r.ok);
        QVERIFY2(r.warning.contains(why), qPrintable(r.warning));
        QVERIFY(r.warning.contains(r.movedTo));
        // Kept, byte for byte, under the name the warning gives.
        QCOMPARE(read(r.movedTo), bytes);
        QVERIFY(!QFileInfo::exists(path));
        // The viewer then starts from its defaults and saves a fresh file;
        // the damaged one is untouched.
        {
            QSettings s;
            QVERIFY(!s.contains(QStringLiteral("view/metresPerPixel")));
            QCOMPARE(s.status(), QSettings::NoError);
            s.setValue(QStringLiteral("view/metresPerPixel"), 30.0);
        }
        QCOMPARE(read(r.movedTo), bytes);
        QVERIFY(SettingsGuard::check().ok);
        QFile::remove(r.movedTo);
        QFile::remove(path);
    }

    void twoDamagedFilesInOneSecondBothKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.conf"));
        write(path, "garbage one\n");
        const SettingsGuard::Result a = SettingsGuard::check(path);
        write(path, "garbage two\n");
        const SettingsGuard::Result b = SettingsGuard::check(path);
        QVERIFY(!a.ok && !b.ok);
        QVERIFY(a.movedTo != b.movedTo);
        QCOMPARE(read(a.movedTo), QByteArray("garbage one\n"));
        QCOMPARE(read(b.movedTo), QByteArray("garbage two\n"));
    }

    void directoryInTheWay()
    {
        const QString path = m_dir.filePath(QStringLiteral("dir.conf"));
        QVERIFY(QDir().mkpath(path));
        const SettingsGuard::Result r = SettingsGuard::check(path);
        QVERIFY(!r.ok);
        QVERIFY(r.warning.contains(QStringLiteral("is a directory")));
        QVERIFY(QFileInfo(r.movedTo).isDir());
    }
};

QTEST_GUILESS_MAIN(TestSettingsGuard)
#include "tst_settingsguard.moc"
