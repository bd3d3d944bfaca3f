#include "loadclient.h"
#include "terminalrequestbuilder.h"
#include "testdatabase.h"

#include "connection.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace punchclock;

namespace {

// Warnings of the server's own categories (punchclock.batch "commit failed", punchclock.storage
// "database is locked" …), collected from every thread of this process.
QMutex warningsMutex;
QStringList serverWarnings;
QtMessageHandler previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool problem = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    if (problem && context.category && qstrncmp(context.category, "punchclock.", 11) == 0) {
        const QMutexLocker lock(&warningsMutex);
        serverWarnings << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
    }
    previousHandler(type, context, message);
}

// One shell-style loop: runs the same punchclock command line again and again until stopped,
// keeping every exit code and what went to stderr.
class CliLoop : public QObject
{
public:
    CliLoop(QString database, std::function<QStringList(int)> arguments)
        : m_database(std::move(database))
        , m_arguments(std::move(arguments))
    {
        connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            ++m_runs;
            const QByteArray err = m_process.readAllStandardError();
            if (status != QProcess::NormalExit || exitCode != 0)
                m_failures << QStringLiteral("%1 → exit %2: %3")
                                  .arg(m_process.arguments().join(QLatin1Char(' ')))
                                  .arg(exitCode)
                                  .arg(QString::fromLocal8Bit(err));
            if (!m_stopping)
                startNext();
        });
    }

    void start() { startNext(); }
    void stop() { m_stopping = true; }
    bool finished() const { return m_stopping && m_process.state() == QProcess::NotRunning; }
    int runs() const { return m_runs; }
    const QStringList &failures() const { return m_failures; }

private:
    void startNext()
    {
        m_process.start(QStringLiteral(PUNCHCLOCK_BINARY),
                        QStringList{QStringLiteral("--db"), m_database} + m_arguments(m_runs));
    }

    QString m_database;
    std::function<QStringList(int)> m_arguments;
    QProcess m_process;
    int m_runs = 0;
    bool m_stopping = false;
    QStringList m_failures;
};

} // namespace

// The CLI next to a busy server, as a site uses it: three terminals polling every 0.1 s and
// executing commands, a flood of punches, and three shell loops queueing commands and changing
// settings in other processes. Nothing may be refused for a lock: not a punch, not a CLI run,
// and not a command result, which terminals never send twice.
class tst_ConcurrentWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(collectWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void floodAndCliLoopsLoseNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const storage::DatabaseConfig database =
            test::testDatabaseConfig(dir.filePath(QStringLiteral("site.sqlite")), test::TestSchema::Current);
        QString error;
        const auto db = storage::Connection::open(database, &error);
        QVERIFY2(db, qPrintable(error));
        storage::SettingsRepository settings(db->database());
        QVERIFY(settings.setValue(QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1")));
        // 48 terminals from one address, each approved at its first punch: a site's fleet, not a flood.
        QVERIFY(settings.setValue(QLatin1String(engine::ServerSettings::MaxPendingPerAddressKey), QStringLiteral("64")));
        // Only the CLI queues commands here: jobs are counted against its runs.
        QVERIFY(settings.setValue(QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0")));
        QVERIFY(settings.setValue(QLatin1String(engine::ServerSettings::StatusRefreshKey), QStringLiteral("0")));

        http::ServerHost server(database);
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        QVERIFY2(server.start(options, &error), qPrintable(error));

        QProcess terminals;
        terminals.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        terminals.start(QStringLiteral(PUNCHCLOCK_SIM_BINARY),
                        {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                         QStringLiteral("--terminals"), QStringLiteral("3"), QStringLiteral("--poll-interval"),
                         QStringLiteral("100"), QStringLiteral("--punch-rate"), QStringLiteral("0"), QStringLiteral("--quiet")});
        QVERIFY(terminals.waitForStarted());
        storage::TerminalRepository registry(db->database());
        QTRY_VERIFY_WITH_TIMEOUT(registry.standing(QStringLiteral("SIM0003")).has_value(), 30000);

        // 48 terminals' worth of unique punches, delivered as terminals do: a connection each,
        // the same request again until it is answered OK.
        constexpr int floodPunches = 12000;
        std::vector<QByteArray> flood;
        flood.reserve(floodPunches);
        const QDateTime start(QDate(2026, 11, 2), QTime(6, 0), Qt::UTC);
        for (int n = 0; n < floodPunches; ++n) {
            test::TerminalRequestBuilder request;
            request.devId = "FLOOD" + QByteArray::number(n % 48);
            request.body = test::hs101GlogBody(QString::number(n % 400), start.addSecs(n).toString(QStringLiteral("yyyyMMddHHmmss")));
            flood.push_back(request.build());
        }
        LoadClient::Result load;
        std::atomic<bool> floodDone{false};
        std::thread floodThread([&] {
            load = LoadClient(server.port(), 24).run(flood);
            floodDone = true;
        });

        const QString dbPath = database.displayName();
        CliLoop statusLoop(dbPath, [](int) {
            return QStringList{QStringLiteral("send"), QStringLiteral("SIM0001"), QStringLiteral("GET_DEVICE_STATUS")};
        });
        CliLoop settingsLoop(dbPath, [](int run) {
            return QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                               QLatin1String(engine::ServerSettings::ClockSyncThresholdKey), QString::number(120 + run % 2)};
        });
        CliLoop clockLoop(dbPath, [](int run) {
            return QStringList{QStringLiteral("send"), run % 2 ? QStringLiteral("SIM0002") : QStringLiteral("SIM0003"),
                               QStringLiteral("SET_TIME")};
        });
        for (CliLoop *loop : {&statusLoop, &settingsLoop, &clockLoop})
            loop->start();
        QTRY_VERIFY_WITH_TIMEOUT(floodDone.load(), 600000);
        floodThread.join();
        for (CliLoop *loop : {&statusLoop, &settingsLoop, &clockLoop})
            loop->stop();
        QTRY_VERIFY_WITH_TIMEOUT(statusLoop.finished() && settingsLoop.finished() && clockLoop.finished(), 60000);

        // Every queued command reaches its end, and that end is the terminal's own answer.
        storage::JobRepository jobs(db->database());
        QTRY_VERIFY_WITH_TIMEOUT(jobs.countActive() == 0, 120000);
        terminals.terminate();
        terminals.waitForFinished(10000);
        server.stop();

        QVERIFY2(statusLoop.failures().isEmpty(), qPrintable(statusLoop.failures().join(QLatin1Char('\n'))));
        QVERIFY2(settingsLoop.failures().isEmpty(), qPrintable(settingsLoop.failures().join(QLatin1Char('\n'))));
        QVERIFY2(clockLoop.failures().isEmpty(), qPrintable(clockLoop.failures().join(QLatin1Char('\n'))));
        // Enough runs overlapped the flood for the test to mean something.
        QVERIFY2(statusLoop.runs() >= 5 && settingsLoop.runs() >= 5 && clockLoop.runs() >= 5,
                 qPrintable(QStringLiteral("runs: %1 %2 %3").arg(statusLoop.runs()).arg(settingsLoop.runs()).arg(clockLoop.runs())));

        QCOMPARE(load.notAcknowledged, 0);
        QCOMPARE(load.connectionErrors, 0);
        QCOMPARE(load.acknowledged, floodPunches);
        storage::PunchFilter floodFilter;
        QCOMPARE(storage::PunchRepository(db->database()).count(floodFilter), qint64(floodPunches));

        storage::JobFilter everyJob;
        everyJob.limit = -1;
        everyJob.withResult = false;
        const QList<storage::JobRow> all = jobs.list(everyJob);
        QCOMPARE(all.size(), statusLoop.runs() + clockLoop.runs());
        for (const storage::JobRow &job : all) {
            QVERIFY2(job.status == storage::JobStatus::Result && job.succeeded(),
                     qPrintable(QStringLiteral("job %1 (%2 to %3) ended %4, return code '%5'")
                                    .arg(job.id)
                                    .arg(job.commandCode, job.devId, storage::jobStatusName(job.status),
                                         job.returnCode)));
        }

        const QMutexLocker lock(&warningsMutex);
        QVERIFY2(serverWarnings.isEmpty(), qPrintable(serverWarnings.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_ConcurrentWriters)
#include "tst_concurrentwriters.moc"
