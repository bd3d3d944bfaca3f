#include "clidatabase.h"

#include "bscommframe.h"
#include "connection.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "userstatusrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace punchclock;
using test::CliRun;

namespace {

const QString devA = QStringLiteral("A000000000000001");
const QString devB = QStringLiteral("B000000000000002");

} // namespace

// The punchclock binary with the commands beside the 16: `user disable|enable` as one
// operation, `send` of ENABLE_USER, OPEN_DOOR and ENABLE_ENROLL_FUNC checked like the others,
// and SET_WEB_SERVER_INFO shown and refused without --yes.
class tst_CliUserStatus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CliDatabase> m_store;

    CliRun cli(const QStringList &arguments) { return m_store->run(QStringLiteral(PUNCHCLOCK_BINARY), arguments); }
    QSqlDatabase db() const { return m_store->database(); }

    QList<storage::JobRow> jobs() const { return storage::JobRepository(db()).list({}); }

    static QJsonObject parametersOf(const storage::JobRow &job)
    {
        return protocol::BsCommFrame::decode(job.parameters).frame.json();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::CliDatabase>();
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        storage::TerminalRepository terminals(db());
        for (const QString &devId : {devA, devB})
            QVERIFY(terminals.recordContact({devId, QStringLiteral("192.0.2.10"), storage::Approval::Approved, {}}));
        protocol::UserEnrollment leaver;
        leaver.userId = QStringLiteral("7");
        leaver.name = QStringLiteral("Ana");
        leaver.privilegeName = QStringLiteral("USER");
        leaver.credentials = {{0, QByteArray(800, 'f')}};
        storage::UserRepository users(db());
        QVERIFY(users.applyEnrollment(devA, leaver));
        QVERIFY(users.addMembership(devB, QStringLiteral("7"), QStringLiteral("USER")));
    }

    void cleanup() { m_store.reset(); }

    void disableAndEnableAreOneOperationEach()
    {
        const CliRun disabled = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("7")});
        QVERIFY2(disabled.exitCode == 0, disabled.err.constData());
        QVERIFY2(disabled.out.startsWith("Operation "), disabled.out.constData());
        QVERIFY2(disabled.err.contains("the reports count it from"), disabled.err.constData());
        const QByteArray operation = disabled.out.mid(10, disabled.out.indexOf(':') - 10);
        const QJsonArray queued = QJsonDocument::fromJson(cli({QStringLiteral("jobs"), QStringLiteral("--operation"),
                                                               QString::fromLatin1(operation), QStringLiteral("--json")})
                                                              .out)
                                      .array();
        QCOMPARE(queued.size(), 2);
        for (const QJsonValue &job : queued)
            QCOMPARE(job.toObject().value(QStringLiteral("cmd_code")).toString(), QStringLiteral("ENABLE_USER"));
        for (const storage::JobRow &job : jobs())
            QCOMPARE(parametersOf(job).value(QStringLiteral("enable_flag")).toString(), QStringLiteral("OFF"));

        const CliRun listed = cli({QStringLiteral("users")});
        QVERIFY2(listed.out.contains("disabled"), listed.out.constData());
        const QJsonArray users = QJsonDocument::fromJson(cli({QStringLiteral("users"), QStringLiteral("--json")}).out).array();
        QVERIFY(!users.first().toObject().value(QStringLiteral("enabled")).toBool());
        // The templates stay for the day they come back.
        QVERIFY(!storage::UserRepository(db()).load(QStringLiteral("7"))->credentials.isEmpty());
        const auto history = storage::UserStatusRepository(db()).history(QStringLiteral("7"));
        QCOMPARE(history.size(), 1);
        QVERIFY2(history.first().changedBy.startsWith(QStringLiteral("cli")), qPrintable(history.first().changedBy));

        const CliRun enabled = cli({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("7")});
        QVERIFY2(enabled.exitCode == 0, enabled.err.constData());
        QCOMPARE(jobs().size(), 4);
        QCOMPARE(parametersOf(jobs().first()).value(QStringLiteral("enable_flag")).toString(), QStringLiteral("ON"));
        QVERIFY(storage::UserRepository(db()).load(QStringLiteral("7"))->enabled);

        const CliRun unknown = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("404")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no user '404'"), unknown.err.constData());
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("disable")}).exitCode, 2);
        QCOMPARE(jobs().size(), 4);
    }

    void newCommandsAreCheckedLikeTheOthers()
    {
        const CliRun door = cli({QStringLiteral("send"), devA, QStringLiteral("open_door"), QStringLiteral("--param"),
                                 QStringLiteral(R"({"door_no":1})")});
        QVERIFY2(door.exitCode == 0, door.err.constData());
        const CliRun menu = cli({QStringLiteral("send"), devA, QStringLiteral("ENABLE_ENROLL_FUNC"), QStringLiteral("--param"),
                                 QStringLiteral(R"({"enable_flag":"OFF"})")});
        QVERIFY2(menu.exitCode == 0, menu.err.constData());
        const CliRun user = cli({QStringLiteral("send"), devB, QStringLiteral("ENABLE_USER"), QStringLiteral("--param"),
                                 QStringLiteral(R"({"user_id":"7","enable_flag":"off"})")});
        QVERIFY2(user.exitCode == 0, user.err.constData());
        QList<storage::JobRow> queued = jobs();
        QCOMPARE(queued.size(), 3);
        QCOMPARE(parametersOf(queued.at(2)), (QJsonObject{{QStringLiteral("door_no"), 1}}));
        QCOMPARE(parametersOf(queued.at(1)), (QJsonObject{{QStringLiteral("enable_flag"), QStringLiteral("OFF")}}));
        QCOMPARE(parametersOf(queued.at(0)), (QJsonObject{{QStringLiteral("enable_flag"), QStringLiteral("OFF")},
                                                          {QStringLiteral("user_id"), QStringLiteral("7")}}));

        const CliRun badDoor = cli({QStringLiteral("send"), devA, QStringLiteral("OPEN_DOOR"), QStringLiteral("--param"),
                                    QStringLiteral(R"({"door_no":9})")});
        QCOMPARE(badDoor.exitCode, 2);
        QVERIFY2(badDoor.err.contains("door_no: a door number from 1 to 4"), badDoor.err.constData());
        const CliRun noFlag = cli({QStringLiteral("send"), devA, QStringLiteral("ENABLE_USER"), QStringLiteral("--param"),
                                   QStringLiteral(R"({"user_id":"7"})")});
        QCOMPARE(noFlag.exitCode, 2);
        QVERIFY2(noFlag.err.contains("enable_flag: required"), noFlag.err.constData());
        QCOMPARE(jobs().size(), 3);
    }

    void serverAddressIsShownAndSentOnlyWithYes()
    {
        const QStringList send{QStringLiteral("send"), devA, QStringLiteral("SET_WEB_SERVER_INFO"), QStringLiteral("--param"),
                               QStringLiteral(R"({"ip_address":"192.168.1.20","port":"7005"})")};
        const CliRun unconfirmed = cli(send);
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.out.contains("server 192.168.1.20, port 7005"), unconfirmed.out.constData());
        QVERIFY2(unconfirmed.out.contains(R"("ip_address":"192.168.1.20","port":"7005","server_ip":"192.168.1.20","server_port":7005)"),
                 unconfirmed.out.constData());
        QVERIFY2(unconfirmed.err.contains("--yes"), unconfirmed.err.constData());
        QVERIFY(jobs().isEmpty());

        const CliRun confirmed = cli(send + QStringList{QStringLiteral("--yes")});
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        QCOMPARE(confirmed.out.trimmed(), QByteArray("1"));
        QVERIFY2(confirmed.err.contains("server 192.168.1.20, port 7005"), confirmed.err.constData());
        QCOMPARE(jobs().size(), 1);
        QCOMPARE(parametersOf(jobs().first()).value(QStringLiteral("server_port")).toInt(), 7005);
        QCOMPARE(parametersOf(jobs().first()).value(QStringLiteral("ip_address")).toString(), QStringLiteral("192.168.1.20"));

        // A wrong address is refused as such, --yes or not.
        const CliRun loopback = cli({QStringLiteral("send"), devA, QStringLiteral("SET_WEB_SERVER_INFO"), QStringLiteral("--yes"),
                                     QStringLiteral("--param"), QStringLiteral(R"({"server_ip":"127.0.0.1","server_port":80})")});
        QCOMPARE(loopback.exitCode, 2);
        QVERIFY2(loopback.err.contains("127.x.x.x"), loopback.err.constData());
        QCOMPARE(jobs().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliUserStatus)
#include "tst_cliuserstatus.moc"
