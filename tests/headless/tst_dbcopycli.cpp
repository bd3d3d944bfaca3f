#include "cliprocess.h"
#include "testdatabase.h"

#include "connection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using punchclock::test::CliRun;

// `punchclock db copy` as a script runs it: the verification table and exit 0 for a copy that
// matches, 1 with the reason for a target with data, 2 for a wrong command line; the target
// is the engine under test (PostgreSQL in the storage-pg pass).
class tst_DbCopyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;

    CliRun dbCopy(const QStringList &arguments)
    {
        return punchclock::test::runCli(QStringLiteral(PUNCHCLOCK_SERVER_BINARY), m_source,
                                        QStringList{QStringLiteral("db"), QStringLiteral("copy")} + arguments,
                                        punchclock::test::plainEnvironment(), QByteArray());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
        QString error;
        const auto source = punchclock::storage::Connection::open(punchclock::storage::DatabaseConfig::sqlite(m_source), &error);
        QVERIFY2(source, qPrintable(error));
        QSqlQuery query(source->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('site.name', 'North')")));
    }

    void copiesVerifiesAndRefusesASecondTime()
    {
        const QString target = punchclock::test::testDatabaseArgument(m_dir.filePath(QStringLiteral("target.sqlite")));
        const CliRun copied = dbCopy({QStringLiteral("--to"), target});
        QVERIFY2(copied.exitCode == 0, copied.err.constData());
        QVERIFY(copied.out.contains("settings"));
        QVERIFY(copied.out.contains("every table verified"));
        QVERIFY(!copied.out.contains(" NO\n"));

        const CliRun again = dbCopy({QStringLiteral("--to"), target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("is not empty (audit_log has rows); add --replace"), again.err.constData());

        const CliRun unasked = dbCopy({QStringLiteral("--to"), target, QStringLiteral("--replace")});
        QCOMPARE(unasked.exitCode, 1);
        QVERIFY2(unasked.err.contains("add --yes to confirm"), unasked.err.constData());

        const CliRun replaced = dbCopy({QStringLiteral("--to"), target, QStringLiteral("--replace"), QStringLiteral("--yes")});
        QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    }

    void wrongCommandLinesAreUsageErrors()
    {
        QCOMPARE(dbCopy({}).exitCode, 2);
        const CliRun itself = dbCopy({QStringLiteral("--to"), m_source});
        QCOMPARE(itself.exitCode, 2);
        QVERIFY(itself.err.contains("the same database"));
    }
};

QTEST_GUILESS_MAIN(tst_DbCopyCli)
#include "tst_dbcopycli.moc"
