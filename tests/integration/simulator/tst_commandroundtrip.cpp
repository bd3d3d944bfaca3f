#include "roundtriprig.h"

#include "punchrepository.h"
#include "walltime.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::CommandCode;
using protocol::RecordLibrary;
using test::SimulatorRig;

Q_DECLARE_METATYPE(punchclock::protocol::RecordLibrary)

namespace {

constexpr int WaitMs = SimulatorRig::WaitMs;
constexpr int FaceBackup = 12;

QJsonObject userParameter(const QString &userId)
{
    return {{QStringLiteral("user_id"), userId}};
}

// SOI, filler, EOI: enough of a JPEG for a terminal's photo slot.
QByteArray smallJpeg()
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(600, '\x11') + QByteArray("\xFF\xD9", 2);
}

QHostAddress nonLoopbackAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

QString logKey(const QString &userId, const QDateTime &ioTime, quint32 verifyMode, quint32 ioMode)
{
    return userId + QLatin1Char('|') + protocol::walltime::toStorage(ioTime) + QLatin1Char('|') +
           QString::number(verifyMode) + QLatin1Char('|') + QString::number(ioMode);
}

} // namespace

// Every one of the 16 commands through the real server and a simulated terminal over
// 127.0.0.1: the job's trans_status, the terminal's return code, the job's summary, the store
// afterwards and the terminal's own memory afterwards.
class tst_CommandRoundTrip : public QObject
{
    Q_OBJECT

private:
    const QString dev = QStringLiteral("SIMRT0001");
    const QString Result = storage::jobStatusName(storage::JobStatus::Result);
    SimulatorRig m_rig;

    // The server with one simulated terminal, approved and idle.
    SimulatedTerminal *start(RecordLibrary library = RecordLibrary::HS101,
                             const std::function<void(TerminalConfig &)> &adjust = {})
    {
        QString error;
        if (!m_rig.start(&error)) {
            qWarning("server did not start: %s", qPrintable(error));
            return nullptr;
        }
        TerminalConfig config = m_rig.terminalConfig(dev, library);
        if (adjust)
            adjust(config);
        return m_rig.addTerminal(config);
    }

    static void libraries()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::newRow("HS101") << RecordLibrary::HS101;
        QTest::newRow("HS103") << RecordLibrary::HS103;
    }

    qint64 storedPunches() const
    {
        storage::PunchFilter filter;
        filter.devId = dev;
        return storage::PunchRepository(m_rig.db()).count(filter);
    }

private Q_SLOTS:
    void cleanup() { m_rig.stop(); }

    void getDeviceStatus_data() { libraries(); }
    void getDeviceStatus()
    {
        QFETCH(RecordLibrary, library);
        SimulatedTerminal *terminal = start(library);
        QVERIFY(terminal);
        const qint64 id = m_rig.queue(dev, CommandCode::GetDeviceStatus);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));

        // Counted here from the terminal's memory, independently of its executor.
        int managers = 0, fingers = 0, faces = 0, passwords = 0, cards = 0;
        const QList<SimulatedUser> users = terminal->state().users();
        for (const SimulatedUser &user : users) {
            managers += user.privilege == protocol::Privilege::User ? 0 : 1;
            for (auto it = user.credentials.begin(); it != user.credentials.end(); ++it) {
                fingers += it.key() <= 9 ? 1 : 0;
                passwords += it.key() == 10 ? 1 : 0;
                cards += it.key() == 11 ? 1 : 0;
                faces += it.key() == FaceBackup ? 1 : 0;
            }
        }
        QCOMPARE(faces > 0, library == RecordLibrary::HS103);
        const QJsonObject expected{{QStringLiteral("total_user_count"), int(users.size())},
                                   {QStringLiteral("user_count"), int(users.size()) - managers},
                                   {QStringLiteral("manager_count"), managers},
                                   {QStringLiteral("fp_count"), fingers},
                                   {QStringLiteral("face_count"), faces},
                                   {QStringLiteral("password_count"), passwords},
                                   {QStringLiteral("idcard_count"), cards},
                                   {QStringLiteral("total_log_count"), int(terminal->state().logs().size())}};
        QCOMPARE(m_rig.summary(id), test::jsonText(expected));
        const auto row = storage::TerminalRepository(m_rig.db()).find(dev);
        QVERIFY(row);
        QCOMPARE(test::jsonText(QJsonDocument::fromJson(row->deviceStatus).object()), test::jsonText(expected));
        QVERIFY(row->deviceStatusAt.isValid());
    }

    void getUserIdList_data() { libraries(); }
    void getUserIdList()
    {
        QFETCH(RecordLibrary, library);
        SimulatedTerminal *terminal = start(library);
        QVERIFY(terminal);
        const qint64 id = m_rig.queue(dev, CommandCode::GetUserIdList);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(m_rig.summary(id), test::jsonText({{QStringLiteral("users"), terminal->state().userCount()}}));

        QCOMPARE(m_rig.members(dev), test::sortedIds(terminal->state().userIds()));
        for (const SimulatedUser &user : terminal->state().users()) {
            // The record byte knows only USER (0) and MANAGER (1).
            const QString privilege =
                user.privilege == protocol::Privilege::User ? QStringLiteral("USER") : QStringLiteral("MANAGER");
            QCOMPARE(m_rig.memberPrivilege(dev, user.userId), privilege);
        }
    }

    void getUserInfo_data() { libraries(); }
    void getUserInfo()
    {
        QFETCH(RecordLibrary, library);
        SimulatedTerminal *terminal = start(library);
        QVERIFY(terminal);
        // On the HS103 a user with a 20,000-byte face, which no single block holds.
        const SimulatedUser *found = test::findUser(terminal->state(), [&](const SimulatedUser &candidate) {
            return library != RecordLibrary::HS103 || candidate.credentials.contains(FaceBackup);
        });
        QVERIFY(found);
        // Seeding gives a photo to one user in four: make sure this one has one to send.
        SimulatedUser *user = terminal->state().user(found->userId);
        if (user->photo.isEmpty())
            user->photo = smallJpeg();
        const int blocksBefore = terminal->statistics().resultBlocksSent;

        const qint64 id = m_rig.queue(dev, CommandCode::GetUserInfo, userParameter(user->userId));
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(m_rig.summary(id), test::jsonText({{QStringLiteral("user_id"), user->userId},
                                                    {QStringLiteral("name"), user->name},
                                                    {QStringLiteral("credentials"), int(user->credentials.size())},
                                                    {QStringLiteral("photo"), true}}));
        if (library == RecordLibrary::HS103)
            QTRY_VERIFY_WITH_TIMEOUT(terminal->statistics().resultBlocksSent - blocksBefore > 1, WaitMs);

        const storage::UserRepository users(m_rig.db());
        const auto stored = users.load(user->userId);
        QVERIFY(stored);
        QCOMPARE(stored->name, user->name);
        QCOMPARE(stored->privilegeName, protocol::privilegeName(user->privilege));
        QCOMPARE(stored->enabled, user->enabled);
        QCOMPARE(stored->photo, user->photo);
        QCOMPARE(test::credentialMap(stored->credentials), user->credentials);
        QCOMPARE(users.holders(user->userId), QStringList{dev});
    }

    void getUserInfoOfUnknownUser_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::newRow("answers ERROR_NOT_EXIST") << false;
        QTest::newRow("silent firmware (Fingerspot, WS535)") << true;
    }
    void getUserInfoOfUnknownUser()
    {
        QFETCH(bool, silent);
        SimulatedTerminal *terminal =
            start(RecordLibrary::HS101, [&](TerminalConfig &config) { config.quirks.silentOnUnknownUser = silent; });
        QVERIFY(terminal);
        const qint64 id = m_rig.queue(dev, CommandCode::GetUserInfo, userParameter(QStringLiteral("999")));
        QVERIFY(id);
        if (silent) {
            // No result at all: the job ends when the terminal polls again without answering.
            const QString timeout = storage::jobStatusName(storage::JobStatus::Timeout);
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), timeout, WaitMs);
            QCOMPARE(m_rig.trail(id), test::statusTrail({storage::JobStatus::Wait, storage::JobStatus::Run,
                                                         storage::JobStatus::Timeout}));
            QVERIFY(m_rig.job(id).returnCode.isEmpty());
            QVERIFY(
                storage::JobRepository(m_rig.db()).events(id).last().detail.contains(QLatin1String("polled again")));
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
            QCOMPARE(m_rig.trail(id), test::answeredTrail());
            QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("ERROR_NOT_EXIST"));
            QVERIFY(m_rig.job(id).summary.isEmpty());
        }
        QCOMPARE(terminal->statistics().commandsByCode.value(QStringLiteral("GET_USER_INFO")), 1);
        QVERIFY(!storage::UserRepository(m_rig.db()).exists(QStringLiteral("999")));
    }

    void setUserInfo_data()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::addColumn<bool>("storeKnowsUser");
        QTest::newRow("HS101") << RecordLibrary::HS101 << false;
        QTest::newRow("HS103") << RecordLibrary::HS103 << false;
        QTest::newRow("HS101, user read into the store before") << RecordLibrary::HS101 << true;
    }
    void setUserInfo()
    {
        QFETCH(RecordLibrary, library);
        QFETCH(bool, storeKnowsUser);
        SimulatedTerminal *terminal = start(library);
        QVERIFY(terminal);
        // A user holding a credential the command leaves out, which the terminal must then drop.
        const SimulatedUser *user = test::findUser(terminal->state(), [](const SimulatedUser &candidate) {
            return candidate.credentials.contains(1) || candidate.credentials.contains(11);
        });
        QVERIFY(user);
        const QString userId = user->userId;
        if (storeKnowsUser)
            QVERIFY(m_rig.runOk(dev, CommandCode::GetUserInfo, userParameter(userId)));

        const QByteArray photo = smallJpeg();
        QMap<int, QByteArray> credentials{{0, QByteArray(terminal->state().model().fingerTemplateSize, '\x5A')},
                                          {10, QByteArray("2468")}};
        if (library == RecordLibrary::HS103)
            credentials.insert(FaceBackup, QByteArray(terminal->state().model().faceTemplateSize, '\x3C'));
        QList<QByteArray> binaries{photo};
        QJsonArray enrolled;
        for (auto it = credentials.begin(); it != credentials.end(); ++it) {
            binaries << it.value();
            enrolled.append(
                QJsonObject{{QStringLiteral("backup_number"), it.key()},
                            {QStringLiteral("enroll_data"), QStringLiteral("BIN_%1").arg(binaries.size())}});
        }
        const QJsonObject parameters{{QStringLiteral("user_id"), userId},
                                     {QStringLiteral("user_name"), QStringLiteral("Replaced Person")},
                                     {QStringLiteral("user_privilege"), QStringLiteral("MANAGER")},
                                     {QStringLiteral("user_photo"), QStringLiteral("BIN_1")},
                                     {QStringLiteral("enroll_data_array"), enrolled}};

        const qint64 id = m_rig.queue(dev, CommandCode::SetUserInfo, parameters, binaries);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(m_rig.members(dev), QStringList{userId});
        QCOMPARE(m_rig.memberPrivilege(dev, userId), QStringLiteral("MANAGER"));

        // The terminal holds exactly the user sent: what it held before and was not sent is gone.
        const SimulatedUser *after = terminal->state().user(userId);
        QVERIFY(after);
        QCOMPARE(after->name, QStringLiteral("Replaced Person"));
        QCOMPARE(after->privilege, protocol::Privilege::Manager);
        QVERIFY(after->enabled);
        QCOMPARE(after->photo, photo);
        QCOMPARE(terminal->state().userCount(), 10);
        // Exactly the user queued, even where the store knew more before: SET_USER_INFO replaces.
        QCOMPARE(after->credentials, credentials);

        const auto stored = storage::UserRepository(m_rig.db()).load(userId);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Replaced Person"));
        QCOMPARE(stored->photo, photo);
        QCOMPARE(test::credentialMap(stored->credentials), credentials);
    }

    void getEnrollData_data()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::addColumn<int>("backupNumber");
        QTest::addColumn<bool>("enrolled");
        QTest::newRow("HS101 finger") << RecordLibrary::HS101 << 0 << true;
        QTest::newRow("HS101 password") << RecordLibrary::HS101 << 10 << true;
        QTest::newRow("HS101 card") << RecordLibrary::HS101 << 11 << true;
        QTest::newRow("HS103 face, uploaded in blocks") << RecordLibrary::HS103 << FaceBackup << true;
        QTest::newRow("HS101 finger not enrolled") << RecordLibrary::HS101 << 1 << false;
    }
    void getEnrollData()
    {
        QFETCH(RecordLibrary, library);
        QFETCH(int, backupNumber);
        QFETCH(bool, enrolled);
        SimulatedTerminal *terminal = start(library);
        QVERIFY(terminal);
        const SimulatedUser *user = test::findUser(terminal->state(), [&](const SimulatedUser &candidate) {
            return candidate.credentials.contains(backupNumber) == enrolled;
        });
        QVERIFY(user);
        const QByteArray data = user->credentials.value(backupNumber);
        const int blocksBefore = terminal->statistics().resultBlocksSent;

        const qint64 id =
            m_rig.queue(dev, CommandCode::GetEnrollData,
                        {{QStringLiteral("user_id"), user->userId}, {QStringLiteral("backup_number"), backupNumber}});
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        const QByteArray stored = storage::UserRepository(m_rig.db()).credential(user->userId, backupNumber);
        if (!enrolled) {
            QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("ERROR_NOT_EXIST"));
            QVERIFY(m_rig.job(id).summary.isEmpty());
            QVERIFY(stored.isEmpty());
            return;
        }
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(m_rig.summary(id), test::jsonText({{QStringLiteral("user_id"), user->userId},
                                                    {QStringLiteral("backup_number"), backupNumber},
                                                    {QStringLiteral("bytes"), int(data.size())}}));
        QCOMPARE(stored, data);
        if (data.size() > terminal->config().blockSize)
            QTRY_VERIFY_WITH_TIMEOUT(terminal->statistics().resultBlocksSent - blocksBefore > 1, WaitMs);
    }

    void setEnrollData_data()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("backupNumber");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("HS101 another finger of a known user")
            << RecordLibrary::HS101 << QStringLiteral("2") << 5 << QByteArray(1184, '\x65');
        QTest::newRow("HS101 card of a new user")
            << RecordLibrary::HS101 << QStringLiteral("777") << 11 << QByteArray("0012345678");
        QTest::newRow("HS103 face") << RecordLibrary::HS103 << QStringLiteral("4") << FaceBackup
                                    << QByteArray(20000, '\x3C');
    }
    void setEnrollData()
    {
        QFETCH(RecordLibrary, library);
        QFETCH(QString, userId);
        QFETCH(int, backupNumber);
        QFETCH(QByteArray, data);
        SimulatedTerminal *terminal = start(library);
        QVERIFY(terminal);
        const SimulatedUser *existing = terminal->state().user(userId);
        const SimulatedUser before = existing ? *existing : SimulatedUser{};

        const qint64 id = m_rig.queue(dev, CommandCode::SetEnrollData,
                                      {{QStringLiteral("user_id"), userId},
                                       {QStringLiteral("backup_number"), backupNumber},
                                       {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}},
                                      {data});
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QVERIFY(!m_rig.job(id).failed());
        // A template given by hand has no known version: the job says it went as it is.
        const bool digits = protocol::isDigitCredential(backupNumber);
        QCOMPARE(m_rig.job(id).summary.contains(QLatin1String("of unknown version")), !digits);

        // One credential set; the user's others and name untouched.
        const SimulatedUser *after = terminal->state().user(userId);
        QVERIFY(after);
        QMap<int, QByteArray> expected = before.credentials;
        expected.insert(backupNumber, data);
        QCOMPARE(after->credentials, expected);
        QCOMPARE(after->name, before.name);
        QVERIFY(m_rig.members(dev).contains(userId));
    }

    void deleteUser_data()
    {
        QTest::addColumn<bool>("answersError");
        QTest::newRow("answers OK") << false;
        QTest::newRow("WS535 answers Error although it deleted") << true;
    }
    void deleteUser()
    {
        QFETCH(bool, answersError);
        SimulatedTerminal *terminal = start(
            RecordLibrary::HS101, [&](TerminalConfig &config) { config.quirks.deleteAnswersError = answersError; });
        QVERIFY(terminal);
        const QString userId = QStringLiteral("4");
        QVERIFY(m_rig.runOk(dev, CommandCode::GetUserIdList));
        QVERIFY(m_rig.members(dev).contains(userId));

        const qint64 id = m_rig.queue(dev, CommandCode::DeleteUser, userParameter(userId));
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, answersError ? QStringLiteral("Error") : QStringLiteral("OK"));
        QVERIFY(!terminal->state().user(userId));
        QCOMPARE(terminal->state().userCount(), 9);
        // The store believes only an OK.
        QCOMPARE(m_rig.members(dev).contains(userId), answersError);
        QCOMPARE(m_rig.members(dev).size(), answersError ? 10 : 9);
    }

    void setUserName_data()
    {
        QTest::addColumn<int>("nameLimit");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kept");
        const QString name = QStringLiteral("Maximilian Mustermann");
        QTest::newRow("kept whole") << 0 << name << name;
        QTest::newRow("WS535 keeps 8") << 8 << name << QStringLiteral("Maximili");
        QTest::newRow("Fingerspot keeps 15") << 15 << name << QStringLiteral("Maximilian Must");
        QTest::newRow("UTF-8 cut at 8") << 8 << QStringLiteral("Kateřina Dvořáková") << QStringLiteral("Kateřina");
    }
    void setUserName()
    {
        QFETCH(int, nameLimit);
        QFETCH(QString, name);
        QFETCH(QString, kept);
        SimulatedTerminal *terminal =
            start(RecordLibrary::HS101, [&](TerminalConfig &config) { config.quirks.nameLimit = nameLimit; });
        QVERIFY(terminal);
        const QString userId = QStringLiteral("2");
        const services::CommandService::Outcome outcome = m_rig.send(
            dev, CommandCode::SetUserName, {{QStringLiteral("user_id"), userId}, {QStringLiteral("user_name"), name}});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.command.warnings.size(), 1);
        QCOMPARE(outcome.command.warnings.first().first, protocol::ParameterWarning::NameMayBeTruncated);
        const qint64 id = outcome.jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        // Cut short without a word: the terminal still answers OK, and the read-back tells.
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(terminal->state().user(userId)->name, kept);
        const bool cut = kept != name;
        QCOMPARE(m_rig.job(id).failed(), cut);
        const QString notApplied = QJsonDocument::fromJson(m_rig.job(id).summary.toUtf8())
                                       .object()
                                       .value(QLatin1String("not_applied"))
                                       .toString();
        QCOMPARE(notApplied, cut ? QStringLiteral("Terminal said OK but did not apply: the terminal kept only the "
                                                  "first %1 characters of the name (\"%2\")")
                                       .arg(nameLimit)
                                       .arg(kept)
                                 : QString());
        // The terminal's limit is known; the store keeps the whole name, for other terminals.
        QCOMPARE(storage::UserRepository(m_rig.db()).load(userId)->name, name);
        QCOMPARE(storage::TerminalRepository(m_rig.db()).nameLimit(dev), cut ? std::optional<int>(nameLimit) : std::nullopt);
    }

    void setUserPrivilege_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("privilege");
        QTest::addColumn<QString>("returnCode");
        QTest::newRow("known user") << QStringLiteral("2") << QStringLiteral("manager") << QStringLiteral("OK");
        QTest::newRow("unknown user") << QStringLiteral("999") << QStringLiteral("OPERATOR")
                                      << QStringLiteral("ERROR_NOT_EXIST");
    }
    void setUserPrivilege()
    {
        QFETCH(QString, userId);
        QFETCH(QString, privilege);
        QFETCH(QString, returnCode);
        SimulatedTerminal *terminal = start();
        QVERIFY(terminal);
        const qint64 id =
            m_rig.queue(dev, CommandCode::SetUserPrivilege,
                        {{QStringLiteral("user_id"), userId}, {QStringLiteral("user_privilege"), privilege}});
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, returnCode);
        QCOMPARE(m_rig.sentParameters(id).value(QStringLiteral("user_privilege")).toString(), privilege.toUpper());
        if (returnCode != QLatin1String("OK")) {
            QVERIFY(!terminal->state().user(userId));
            QVERIFY(m_rig.memberPrivilege(dev, userId).isEmpty());
            return;
        }
        QCOMPARE(terminal->state().user(userId)->privilege, protocol::Privilege::Manager);
        QCOMPARE(m_rig.memberPrivilege(dev, userId), QStringLiteral("MANAGER"));
        // The terminal lists the user as a manager from now on.
        QVERIFY(m_rig.runOk(dev, CommandCode::GetUserIdList));
        QCOMPARE(m_rig.memberPrivilege(dev, userId), QStringLiteral("MANAGER"));
    }

    void setFkName()
    {
        SimulatedTerminal *terminal = start();
        QVERIFY(terminal);
        const storage::TerminalRepository terminals(m_rig.db());
        QCOMPARE(terminals.find(dev)->name, QStringLiteral("Simulated SIMRT0001"));
        const QString name = QStringLiteral("Gate 2 North");
        const qint64 id = m_rig.queue(dev, CommandCode::SetFkName, {{QStringLiteral("fk_name"), name}});
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(terminal->state().fkName(), name);
        QCOMPARE(terminals.find(dev)->name, name);

        // From now on the terminal's own polls report the name.
        QVERIFY(storage::TerminalRepository(m_rig.db()).setName(dev, QStringLiteral("stale")));
        QTRY_COMPARE_WITH_TIMEOUT(terminals.find(dev)->name, name, WaitMs);
    }

    void setTimeIsStampedAtDelivery()
    {
        SimulatedTerminal *terminal = start();
        QVERIFY(terminal);
        const storage::TerminalRepository terminals(m_rig.db());
        const auto drift = [&] { return terminals.find(dev)->clockDriftSeconds.value_or(-1000000); };
        terminal->state().setClock(TerminalState::hostWallClock().addSecs(-7200));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(drift() + 7200) <= 2, WaitMs);

        // Queued with a time long past; the terminal must get the site's clock as it is at delivery.
        const qint64 id =
            m_rig.queue(dev, CommandCode::SetTime, {{QStringLiteral("time"), QStringLiteral("20200101000000")}});
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        const QDateTime sent =
            protocol::walltime::fromProtocol(m_rig.sentParameters(id).value(QStringLiteral("time")).toString());
        QVERIFY(sent.isValid());
        QVERIFY(qAbs(sent.secsTo(TerminalState::hostWallClock())) <= 5);
        QVERIFY(qAbs(terminal->state().clockOffsetSeconds()) <= 5);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(drift()) <= 2, WaitMs);
    }

    void resetFk_data()
    {
        QTest::addColumn<bool>("asCommandCode");
        QTest::newRow("response_code RESET_FK") << false;
        QTest::newRow("OK + cmd_code RESET_FK") << true;
    }
    void resetFk()
    {
        QFETCH(bool, asCommandCode);
        SimulatedTerminal *terminal = start();
        QVERIFY(terminal);
        QVERIFY(storage::TerminalRepository(m_rig.db()).setResetAsCommandCode(dev, asCommandCode));
        QSignalSpy restarts(terminal, &SimulatedTerminal::restarted);
        int pollsAtRestart = -1;
        QObject context;
        connect(terminal, &SimulatedTerminal::restarted, &context,
                [&] { pollsAtRestart = terminal->statistics().polls; });
        const int resultsBefore = terminal->statistics().resultsSent;

        const qint64 id = m_rig.queue(dev, CommandCode::ResetFk);
        QVERIFY(id);
        // Ends at delivery: terminals restart without answering.
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QVERIFY(QJsonDocument::fromJson(m_rig.job(id).summary.toUtf8()).object().contains(QStringLiteral("note")));

        QTRY_COMPARE_WITH_TIMEOUT(restarts.size(), 1, WaitMs);
        QCOMPARE(terminal->statistics().restarts, 1);
        QTRY_VERIFY_WITH_TIMEOUT(terminal->statistics().polls > pollsAtRestart, WaitMs);
        QCOMPARE(terminal->statistics().resultsSent, resultsBefore);
        QCOMPARE(terminal->statistics().commandsByCode.value(QStringLiteral("RESET_FK")), asCommandCode ? 1 : 0);
        QCOMPARE(terminal->state().userCount(), 10); // memory survives a restart
        QCOMPARE(terminal->state().logs().size(), 50);
    }

    void getLogData_data()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::addColumn<int>("logs");
        QTest::addColumn<int>("blockSize");
        QTest::newRow("HS101") << RecordLibrary::HS101 << 100 << TerminalConfig::DefaultBlockSize;
        QTest::newRow("HS103") << RecordLibrary::HS103 << 100 << TerminalConfig::DefaultBlockSize;
        QTest::newRow("HS101 in 1 KB blocks") << RecordLibrary::HS101 << 500 << 1024;
        QTest::newRow("HS103 in 512-byte blocks") << RecordLibrary::HS103 << 300 << 512;
    }
    void getLogData()
    {
        QFETCH(RecordLibrary, library);
        QFETCH(int, logs);
        QFETCH(int, blockSize);
        SimulatedTerminal *terminal = start(library, [&](TerminalConfig &config) {
            config.seed.logs = logs;
            config.blockSize = blockSize;
        });
        QVERIFY(terminal);
        const QList<protocol::LogRecord> &held = terminal->state().logs();
        QCOMPARE(held.size(), logs);
        const int blocksBefore = terminal->statistics().resultBlocksSent;

        const qint64 id = m_rig.queue(dev, CommandCode::GetLogData);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(m_rig.summary(id), test::jsonText({{QStringLiteral("received"), logs},
                                                    {QStringLiteral("imported"), logs},
                                                    {QStringLiteral("duplicates"), 0}}));
        const qsizetype body = m_rig.job(id).result.size();
        const int blocks = body > blockSize ? int((body + blockSize - 1) / blockSize) : 1;
        // The terminal counts the last block when its OK arrives, just after the job ended.
        QTRY_COMPARE_WITH_TIMEOUT(terminal->statistics().resultBlocksSent - blocksBefore, blocks, WaitMs);
        QCOMPARE(blocks > 1, blockSize < TerminalConfig::DefaultBlockSize);

        // Every log as the terminal holds it, stored once.
        QCOMPARE(storedPunches(), qint64(logs));
        QStringList expected, stored;
        for (const protocol::LogRecord &log : held)
            expected << logKey(log.userId, log.ioTime, log.verifyModeRaw, log.ioMode.raw);
        storage::PunchFilter filter;
        filter.devId = dev;
        for (const storage::PunchRow &punch : storage::PunchRepository(m_rig.db()).query(filter)) {
            stored << logKey(punch.userId, punch.ioTime, punch.verifyMode, punch.ioModeRaw);
            QCOMPARE(punch.source, QStringLiteral("pull"));
            QCOMPARE(punch.flags, 0);
        }
        expected.sort();
        stored.sort();
        QCOMPARE(stored, expected);
        QCOMPARE(storage::TerminalRepository(m_rig.db()).logsPulledUntil(dev), held.last().ioTime);

        // The same logs again: all counted as duplicates, nothing stored twice.
        const qint64 again = m_rig.queue(dev, CommandCode::GetLogData);
        QVERIFY(again);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(again), Result, WaitMs);
        QCOMPARE(m_rig.trail(again), test::answeredTrail());
        QCOMPARE(m_rig.summary(again), test::jsonText({{QStringLiteral("received"), logs},
                                                       {QStringLiteral("imported"), 0},
                                                       {QStringLiteral("duplicates"), logs}}));
        QCOMPARE(storedPunches(), qint64(logs));
    }

    void clearLogData()
    {
        SimulatedTerminal *terminal = start();
        QVERIFY(terminal);
        QVERIFY(m_rig.runOk(dev, CommandCode::GetLogData));
        QCOMPARE(storedPunches(), qint64(50));

        const qint64 id = m_rig.queue(dev, CommandCode::ClearLogData);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QVERIFY(terminal->state().logs().isEmpty());
        QCOMPARE(storedPunches(), qint64(50)); // what was stored stays

        // An empty log memory answers a zero count without array key and binary.
        const qint64 pull = m_rig.queue(dev, CommandCode::GetLogData);
        QVERIFY(pull);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(pull), Result, WaitMs);
        QCOMPARE(m_rig.job(pull).returnCode, QStringLiteral("OK"));
        QCOMPARE(m_rig.summary(pull), test::jsonText({{QStringLiteral("received"), 0},
                                                      {QStringLiteral("imported"), 0},
                                                      {QStringLiteral("duplicates"), 0}}));
    }

    void clearEnrollData()
    {
        SimulatedTerminal *terminal = start();
        QVERIFY(terminal);
        QVERIFY(m_rig.runOk(dev, CommandCode::GetUserIdList));
        QCOMPARE(m_rig.members(dev).size(), 10);

        const qint64 id = m_rig.queue(dev, CommandCode::ClearEnrollData);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(terminal->state().userCount(), 0);
        QVERIFY(m_rig.members(dev).isEmpty());
        QCOMPARE(storage::UserRepository(m_rig.db()).list().size(), 10); // the people stay in the store

        const qint64 list = m_rig.queue(dev, CommandCode::GetUserIdList);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(list), Result, WaitMs);
        QCOMPARE(m_rig.summary(list), test::jsonText({{QStringLiteral("users"), 0}}));
    }

    void setWebServerInfo_data()
    {
        QTest::addColumn<bool>("specKeys");
        QTest::addColumn<bool>("vendorKeys");
        QTest::newRow("server_ip/server_port") << true << false;
        QTest::newRow("ip_address/port") << false << true;
        QTest::newRow("both") << true << true;
    }
    void setWebServerInfo()
    {
        QFETCH(bool, specKeys);
        QFETCH(bool, vendorKeys);
        SimulatedTerminal *terminal = start();
        QVERIFY(terminal);
        // Loopback is refused (a terminal sent there never reaches a server again), so the next
        // server listens on another address of this host.
        const QHostAddress address = nonLoopbackAddress();
        if (address.isNull())
            QSKIP("this host has no IPv4 address besides loopback");
        QCOMPARE(m_rig
                     .send(dev, CommandCode::SetWebServerInfo,
                           {{QStringLiteral("server_ip"), QStringLiteral("127.0.0.1")},
                            {QStringLiteral("server_port"), 8090}})
                     .command.error,
                 protocol::ParameterError::LoopbackAddress);
        QTcpServer next;
        QVERIFY(next.listen(address, 0));
        const QString host = address.toString();
        QJsonObject parameters;
        if (specKeys) {
            parameters.insert(QStringLiteral("server_ip"), host);
            parameters.insert(QStringLiteral("server_port"), int(next.serverPort()));
        }
        if (vendorKeys) {
            parameters.insert(QStringLiteral("ip_address"), host);
            parameters.insert(QStringLiteral("port"), QString::number(next.serverPort()));
        }

        const qint64 id = m_rig.queue(dev, CommandCode::SetWebServerInfo, parameters);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
        QCOMPARE(m_rig.trail(id), test::answeredTrail());
        QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
        // Both key styles reach the terminal, whichever the operator wrote.
        const QJsonObject sent = m_rig.sentParameters(id);
        QCOMPARE(sent.value(QStringLiteral("server_ip")).toString(), host);
        QCOMPARE(sent.value(QStringLiteral("server_port")).toInt(), int(next.serverPort()));
        QCOMPARE(sent.value(QStringLiteral("ip_address")).toString(), host);
        QCOMPARE(sent.value(QStringLiteral("port")).toString(), QString::number(next.serverPort()));

        // Stored, and taken up at the next restart: the terminal then polls the new server.
        QVERIFY(terminal->state().pendingServer());
        QCOMPARE(terminal->state().pendingServer()->host, host);
        QCOMPARE(terminal->state().pendingServer()->port, next.serverPort());
        QCOMPARE(terminal->state().server().port, m_rig.port());
        const qint64 reset = m_rig.queue(dev, CommandCode::ResetFk);
        QVERIFY(reset);
        QTRY_VERIFY_WITH_TIMEOUT(next.hasPendingConnections(), WaitMs);
        QCOMPARE(terminal->state().server().host, host);
        QCOMPARE(terminal->state().server().port, next.serverPort());
        QCOMPARE(m_rig.status(reset), Result);
    }
};

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess();
    QCoreApplication application(argc, argv);
    tst_CommandRoundTrip test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_commandroundtrip.moc"
