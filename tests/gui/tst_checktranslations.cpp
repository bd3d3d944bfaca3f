#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// scripts/check-translations.sh on a temporary copy: a small source tree whose strings the
// catalogues hold passes; a date formatted outside QLocale, or a string the catalogues lack,
// planted in it, fails, named by file and line or by context and text.
class tst_CheckTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tree;
    QString m_output;

    void write(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir(m_tree.path()).mkpath(QFileInfo(m_tree.filePath(path)).path()));
        QFile file(m_tree.filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    static QByteArray catalogue(const char *language, const char *translation)
    {
        return QByteArray(
                   "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"") +
               language + "\">\n<context>\n    <name>Clock</name>\n    <message>\n        <source>Hello</source>\n" +
               "        <translation>" + translation + "</translation>\n    </message>\n</context>\n</TS>\n";
    }

    // The script's exit code; what it said is in m_output.
    int check()
    {
        QProcess script;
        script.start(QStringLiteral("bash"), {m_tree.filePath(QStringLiteral("scripts/check-translations.sh")),
                                              QStringLiteral(PUNCHCLOCK_LRELEASE)});
        if (!script.waitForFinished(60000))
            return -1;
        m_output = QString::fromUtf8(script.readAllStandardOutput() + script.readAllStandardError());
        return script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tree.isValid());
        QVERIFY(QDir(m_tree.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_tree.path()));
        QFile script(QStringLiteral(PUNCHCLOCK_SOURCE_DIR "/scripts/check-translations.sh"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        write(QStringLiteral("scripts/check-translations.sh"), script.readAll());
        write(QStringLiteral("translations/punchclock_es.ts"), catalogue("es", "Hola"));
        write(QStringLiteral("translations/punchclock_zh_CN.ts"), catalogue("zh_CN", "你好"));
        write(QStringLiteral("translations/punchclock_en.ts"), catalogue("en", ""));
        write(QStringLiteral("ui/clock.cpp"),
              "#include <QCoreApplication>\n#include <QLocale>\n"
              "class Clock\n{\n    Q_DECLARE_TR_FUNCTIONS(Clock)\npublic:\n"
              "    static QString hello() { return tr(\"Hello\"); }\n"
              "    static QString day(QDate date) { return QLocale().toString(date, QLocale::LongFormat); }\n"
              "    static QString month(QDate date) { return QLocale().toString(date, QStringLiteral(\"d MMM\")); }\n"
              "};\n");
        QDir(m_tree.path()).mkpath(QStringLiteral("app"));
    }

    void aCleanTreePasses() { QCOMPARE(check(), 0); }

    void aDateFormattedByHandFails()
    {
        write(QStringLiteral("ui/planted.cpp"),
              "#include <QDate>\n"
              "QString planted(QDate date) { return date.toString(QStringLiteral(\"dd.MM.yyyy\")); }\n");
        QCOMPARE(check(), 1);
        QVERIFY2(m_output.contains(QStringLiteral("outside QLocale")), qPrintable(m_output));
        QVERIFY2(m_output.contains(QStringLiteral("ui/planted.cpp:2:")), qPrintable(m_output));

        write(QStringLiteral("ui/planted.cpp"),
              "#include <QDate>\nQString planted(QDate date) { return date.toString(Qt::TextDate); }\n");
        QCOMPARE(check(), 1);

        // A file's or the protocol's format, marked as such, stays.
        write(QStringLiteral("ui/planted.cpp"), "#include <QDate>\n"
                                                "QString planted(QDate date) { return date.toString(u\"yyyyMMdd\"); } "
                                                "// fixed format: the protocol's\n");
        QCOMPARE(check(), 0);
    }

    void aStringTheCataloguesLackFails()
    {
        write(QStringLiteral("ui/clock.h"),
              "#include <QCoreApplication>\nclass Clock\n{\n    Q_DECLARE_TR_FUNCTIONS(Clock)\n"
              "    static QString bye() { return tr(\"Goodbye for now\"); }\n};\n");
        QCOMPARE(check(), 1);
        QVERIFY2(m_output.contains(QStringLiteral("lacks strings")), qPrintable(m_output));
        QVERIFY2(m_output.contains(QStringLiteral("Clock\tGoodbye for now")), qPrintable(m_output));
    }
};

QTEST_MAIN(tst_CheckTranslations)
#include "tst_checktranslations.moc"
