#include "cliprocess.h"
#include "freeport.h"
#include "rawhttpclient.h"
#include "testdata.h"

#include "connection.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using punchclock::test::CliRun;

// punchclock-server, the GUI-free binary of the punchclock-server package, as an operator runs
// it on a machine without a display or graphics libraries: it serves terminals and stores their
// punches, runs the commands, and refuses a PDF report naming the package that draws one.
class tst_ServerBinary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun server(const QStringList &arguments)
    {
        return punchclock::test::runCli(QStringLiteral(PUNCHCLOCK_SERVER_BINARY), m_db, arguments,
                                        punchclock::test::plainEnvironment(), QByteArray());
    }

    QStringList reportArguments(const QString &format, const QString &file) const
    {
        return {QStringLiteral("report"),   QStringLiteral("daily"),
                QStringLiteral("--from"),   QStringLiteral("2018-10-05"),
                QStringLiteral("--to"),     QStringLiteral("2018-10-05"),
                QStringLiteral("--format"), format,
                QStringLiteral("-o"),       m_dir.filePath(file)};
    }

    // Starts `serve` on the test's database, waits until it listens; the caller stops it.
    bool startServe(QProcess &serve, quint16 port)
    {
        serve.setReadChannel(QProcess::StandardError);
        QProcessEnvironment environment = punchclock::test::plainEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES")); // "listening" is an info line
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(PUNCHCLOCK_SERVER_BINARY),
                    {QStringLiteral("--db"), m_db, QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(port)});
        QByteArray log;
        for (int i = 0; i < 100 && !log.contains("listening") && serve.state() != QProcess::NotRunning; ++i) {
            serve.waitForReadyRead(100);
            log += serve.readAllStandardError();
        }
        if (!log.contains("listening"))
            qWarning("serve did not start: %s", log.constData());
        return log.contains("listening");
    }

    int storedPunches(const QString &devId)
    {
        QString error;
        const auto connection =
            punchclock::storage::Connection::open(punchclock::storage::DatabaseConfig::sqlite(m_db), &error);
        if (!connection) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        QSqlQuery query(connection->database());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM punches WHERE dev_id = ? AND user_id = '1' "
                                     "AND io_time = '2018-10-05 16:59:17'"));
        query.addBindValue(devId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("punchclock.sqlite"));
    }

    // The package is installed where no graphics library is: none may be needed, not even
    // through another library.
    void needsNoGraphicsLibrary()
    {
        const CliRun ldd =
            punchclock::test::runProcess(QStringLiteral("ldd"), {QStringLiteral(PUNCHCLOCK_SERVER_BINARY)});
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY2(ldd.out.contains("libQt6Core.so"), ldd.out.constData());
        const QRegularExpression graphics(
            QStringLiteral("^\\s*(libQt6(Gui|Widgets|Charts|OpenGL|Svg)|libGL|libEGL|libOpenGL|libX11|libxcb)\\S*"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch found = graphics.match(QString::fromLocal8Bit(ldd.out));
        QVERIFY2(!found.hasMatch(),
                 qPrintable(QStringLiteral("punchclock-server needs %1").arg(found.captured().trimmed())));
    }

    void namesItselfAndOpensNoWindow()
    {
        const CliRun version =
            punchclock::test::runProcess(QStringLiteral(PUNCHCLOCK_SERVER_BINARY), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("punchclock-server " PUNCHCLOCK_VERSION));

        // Without a command, where punchclock would open its console: the usage, and exit 0.
        const CliRun bare = punchclock::test::runProcess(QStringLiteral(PUNCHCLOCK_SERVER_BINARY), {});
        QCOMPARE(bare.exitCode, 0);
        QVERIFY2(bare.out.startsWith("Usage: punchclock-server "), bare.out.constData());
        QVERIFY(bare.out.contains("serve [--listen HOST:PORT]"));
        QVERIFY(!bare.out.contains("console window opens"));
    }

    void servesAndStoresAPunch()
    {
        const quint16 port = punchclock::test::freePort();
        QProcess serve;
        QVERIFY(startServe(serve, port));

        const punchclock::test::RawHttpReply reply = punchclock::test::sendRaw(
            port, punchclock::test::readTestData(QStringLiteral("capture_hs101_realtime_glog.http")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("response_code"), QByteArray("OK"));

        // An OK means the punch is on disk: stopped at once, the server has stored it.
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QCOMPARE(storedPunches(QStringLiteral("D96584729B906B39")), 1);

        const CliRun logs = server({QStringLiteral("logs")});
        QCOMPARE(logs.exitCode, 0);
        const QList<QByteArray> lines = logs.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith("D96584729B906B39,1,2018-10-05 16:59:17,in,"), lines.at(1).constData());
    }

    // CSV and Excel are written without a display, in the console's languages; a PDF is refused
    // before anything is built, naming the package that draws it.
    void writesSpreadsheetReportsAndRefusesPdf()
    {
        const CliRun csv = server(reportArguments(QStringLiteral("csv"), QStringLiteral("daily.csv")) +
                                  QStringList{QStringLiteral("--language"), QStringLiteral("es")});
        QCOMPARE(csv.exitCode, 0);
        QFile written(m_dir.filePath(QStringLiteral("daily.csv")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY2(written.readLine().contains("ID de empleado"), "the CSV header is not in Spanish");

        const CliRun xlsx = server(reportArguments(QStringLiteral("xlsx"), QStringLiteral("daily.xlsx")));
        QCOMPARE(xlsx.exitCode, 0);
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("daily.xlsx"))).size() > 0);

        const CliRun pdf = server(reportArguments(QStringLiteral("pdf"), QStringLiteral("daily.pdf")));
        QCOMPARE(pdf.exitCode, 1);
        QVERIFY2(pdf.err.contains("install the punchclock package"), pdf.err.constData());
        QVERIFY2(pdf.err.contains("--format csv or xlsx"), pdf.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("daily.pdf"))));
    }
};

QTEST_GUILESS_MAIN(tst_ServerBinary)
#include "tst_serverbinary.moc"
