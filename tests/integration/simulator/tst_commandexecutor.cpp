#include "commandexecutor.h"
#include "terminalstate.h"

#include "bscommframe.h"
#include "logrecordcodec.h"
#include "userenrollment.h"
#include "useridrecordcodec.h"
#include "walltime.h"

#include <QJsonArray>
#include <QTest>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::BsCommFrame;
using protocol::RecordLibrary;

Q_DECLARE_METATYPE(punchclock::protocol::RecordLibrary)

// The commands of protocol.md §6 executed against a seeded terminal; every result goes through
// the wire encoding and back, the way the server will read it.
class tst_CommandExecutor : public QObject
{
    Q_OBJECT

private:
    static TerminalState seeded(RecordLibrary library, quint64 seed = 42, int users = 20, int logs = 100,
                                int terminalIndex = 0)
    {
        TerminalState state(*TerminalModel::forLibrary(library));
        SeedOptions options;
        options.seed = seed;
        options.users = users;
        options.logs = logs;
        options.terminalIndex = terminalIndex;
        options.logsUntil = QDate(2026, 3, 1);
        state.seed(options);
        return state;
    }

    static CommandOutcome run(TerminalState &state, const char *command, const QJsonObject &parameters = {},
                              const QList<QByteArray> &binaries = {}, TerminalQuirks quirks = {})
    {
        CommandExecutor executor(state, quirks);
        // The parameters travel framed as the server frames them.
        const auto decoded = BsCommFrame::decode(BsCommFrame(parameters, binaries).encode());
        return executor.execute(command, decoded.frame);
    }

    // The result as the server decodes it from the terminal's body.
    static BsCommFrame wire(const CommandOutcome &outcome)
    {
        const QByteArray body = outcome.result.encode(BsCommFrame::TextTail::NewlineAndNul);
        const auto decoded = BsCommFrame::decode(body);
        if (!decoded.ok() || decoded.missingBinaries != 0)
            qWarning("result does not decode");
        return decoded.frame;
    }

    static void verifyOk(const CommandOutcome &outcome)
    {
        QCOMPARE(outcome.kind, CommandOutcome::Kind::Result);
        QCOMPARE(outcome.returnCode, QByteArray("OK"));
    }

    static QJsonObject userParameter(const QString &userId) { return {{QStringLiteral("user_id"), userId}}; }

    static void addLibraries()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::newRow("HS101") << RecordLibrary::HS101;
        QTest::newRow("HS103") << RecordLibrary::HS103;
    }

private Q_SLOTS:
    void seedingIsDeterministic_data() { addLibraries(); }
    void seedingIsDeterministic()
    {
        QFETCH(RecordLibrary, library);
        const TerminalState first = seeded(library);
        const TerminalState second = seeded(library);
        QCOMPARE(first.userCount(), 20);
        QCOMPARE(first.logs().size(), 100);
        const QList<SimulatedUser> firstUsers = first.users();
        const QList<SimulatedUser> secondUsers = second.users();
        for (int i = 0; i < firstUsers.size(); ++i) {
            QCOMPARE(firstUsers.at(i).userId, secondUsers.at(i).userId);
            QCOMPARE(firstUsers.at(i).name, secondUsers.at(i).name);
            QCOMPARE(firstUsers.at(i).privilege, secondUsers.at(i).privilege);
            QCOMPARE(firstUsers.at(i).photo, secondUsers.at(i).photo);
            QCOMPARE(firstUsers.at(i).credentials, secondUsers.at(i).credentials);
        }
        for (int i = 0; i < first.logs().size(); ++i) {
            const protocol::LogRecord &a = first.logs().at(i);
            const protocol::LogRecord &b = second.logs().at(i);
            QCOMPARE(a.userId, b.userId);
            QCOMPARE(a.ioTime, b.ioTime);
            QCOMPARE(a.ioMode.raw, b.ioMode.raw);
            QCOMPARE(a.verifyModeRaw, b.verifyModeRaw);
            QVERIFY(a.ioTime.date() < QDate(2026, 3, 1) && a.ioTime.date() >= QDate(2026, 1, 30));
        }

        // Another seed: other people; another terminal of the same seed: same staff, other logs.
        QVERIFY(seeded(library, 43).users().first().credentials != firstUsers.first().credentials);
        const TerminalState otherTerminal = seeded(library, 42, 20, 100, 1);
        QCOMPARE(otherTerminal.users().first().credentials, firstUsers.first().credentials);
        QVERIFY(otherTerminal.logs().first().ioTime != first.logs().first().ioTime ||
                otherTerminal.logs().first().userId != first.logs().first().userId);
    }

    void seededTemplatesHaveTheLibrarySize_data()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::addColumn<int>("fingerSize");
        QTest::addColumn<bool>("faces");
        QTest::newRow("HS101") << RecordLibrary::HS101 << 1184 << false;
        QTest::newRow("HS103") << RecordLibrary::HS103 << 800 << true;
    }
    void seededTemplatesHaveTheLibrarySize()
    {
        QFETCH(RecordLibrary, library);
        QFETCH(int, fingerSize);
        QFETCH(bool, faces);
        const TerminalState state = seeded(library);
        int faceCount = 0;
        for (const SimulatedUser &user : state.users()) {
            QCOMPARE(user.credentials.value(0).size(), fingerSize);
            if (user.credentials.contains(12)) {
                QCOMPARE(user.credentials.value(12).size(), 20000);
                ++faceCount;
            }
        }
        QCOMPARE(faceCount > 0, faces);
    }

    void punchCodesFollowTheLibrary()
    {
        TerminalState hs101 = seeded(RecordLibrary::HS101, 42, 3, 0);
        TerminalState hs103 = seeded(RecordLibrary::HS103, 42, 3, 0);
        QRandomGenerator random(7);
        const auto in101 = hs101.punch(QStringLiteral("1"), random);
        const auto out101 = hs101.punch(QStringLiteral("1"), random);
        QVERIFY(in101 && out101);
        QCOMPARE(in101->ioMode.raw, 1u);
        QCOMPARE(out101->ioMode.raw, 2u);
        QVERIFY(QList<quint32>({1u, 2u, 3u, 20u}).contains(in101->verifyModeRaw));
        // One second apart although punched in the same second: the server keys on io_time.
        QCOMPARE(in101->ioTime.secsTo(out101->ioTime), 1);

        const auto in103 = hs103.punch(QStringLiteral("2"), random);
        const auto out103 = hs103.punch(QStringLiteral("2"), random);
        QCOMPARE(in103->ioMode.raw, 16777216u);
        QCOMPARE(out103->ioMode.raw, 33554432u);
        QCOMPARE(in103->ioMode.direction, protocol::Direction::In);
        QVERIFY(QList<quint32>({0x10000000u, 0x20000000u, 0x30000000u, 0x40000000u}).contains(in103->verifyModeRaw));
        QCOMPARE(hs103.logs().size(), 2);
        QVERIFY(!hs103.punch(QStringLiteral("999"), random));
    }

    void getEnrollDataReturnsTheTemplate_data() { addLibraries(); }
    void getEnrollDataReturnsTheTemplate()
    {
        QFETCH(RecordLibrary, library);
        TerminalState state = seeded(library);
        const CommandOutcome outcome =
            run(state, "GET_ENROLL_DATA",
                {{QStringLiteral("user_id"), QStringLiteral("3")}, {QStringLiteral("backup_number"), 0}});
        verifyOk(outcome);
        const BsCommFrame result = wire(outcome);
        QCOMPARE(result.json().value(QLatin1String("enroll_data")).toString(), QStringLiteral("BIN_1"));
        QCOMPARE(result.binaryFor(result.json().value(QLatin1String("enroll_data"))),
                 state.user(QStringLiteral("3"))->credentials.value(0));

        // Nothing under backup number 13 (palm), an unknown user: ERROR_NOT_EXIST.
        QCOMPARE(run(state, "GET_ENROLL_DATA",
                     {{QStringLiteral("user_id"), QStringLiteral("3")}, {QStringLiteral("backup_number"), 13}})
                     .returnCode,
                 QByteArray("ERROR_NOT_EXIST"));
        QCOMPARE(run(state, "GET_ENROLL_DATA",
                     {{QStringLiteral("user_id"), QStringLiteral("404")}, {QStringLiteral("backup_number"), 0}})
                     .returnCode,
                 QByteArray("ERROR_NOT_EXIST"));
    }

    void setEnrollDataStoresAndCreates()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        const QByteArray finger(1184, 'F');
        verifyOk(run(state, "SET_ENROLL_DATA",
                     {{QStringLiteral("user_id"), QStringLiteral("500")},
                      {QStringLiteral("backup_number"), 4},
                      {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}},
                     {finger}));
        QVERIFY(state.user(QStringLiteral("500")));
        QCOMPARE(state.user(QStringLiteral("500"))->credentials.value(4), finger);
        // Ids are numbers on HS101: "0500" is the same user.
        QCOMPARE(state.user(QStringLiteral("0500"))->credentials.size(), 1);
        // An HS101 terminal has no face reader.
        QCOMPARE(run(state, "SET_ENROLL_DATA",
                     {{QStringLiteral("user_id"), QStringLiteral("500")},
                      {QStringLiteral("backup_number"), 12},
                      {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}},
                     {QByteArray(20000, 'x')})
                     .returnCode,
                 QByteArray("ERROR_NOT_SUPPORTED"));
        QCOMPARE(run(state, "SET_ENROLL_DATA", {{QStringLiteral("user_id"), QStringLiteral("500")}}).returnCode,
                 QByteArray("ERROR_INVALID_PARAMTER"));
    }

    void setTimeMovesTheClock()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        verifyOk(run(state, "SET_TIME", {{QStringLiteral("time"), QStringLiteral("20300102030405")}}));
        const QDateTime expected = protocol::walltime::fromProtocol(QStringLiteral("20300102030405"));
        QVERIFY(qAbs(state.now().secsTo(expected)) <= 2);
        QCOMPARE(run(state, "SET_TIME", {{QStringLiteral("time"), QStringLiteral("2030-01-02")}}).returnCode,
                 QByteArray("ERROR_INVALID_PARAMTER"));
    }

    void resetFkRestartsWithoutResult()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        QCOMPARE(run(state, "RESET_FK").kind, CommandOutcome::Kind::Restart);
    }

    void unknownCommandGetsNoResult()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        QCOMPARE(run(state, "UPDATE_FIRMWARE", {{QStringLiteral("firmware_file_name"), QStringLiteral("fw.bin")}}).kind,
                 CommandOutcome::Kind::NoResult);
    }

    void deleteUser_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::addColumn<bool>("saysError");
        QTest::addColumn<QByteArray>("knownAnswer");
        QTest::addColumn<bool>("unknownAnswered");
        QTest::newRow("plain") << false << false << QByteArray("OK") << true;
        QTest::newRow("silent-unknown-user") << true << false << QByteArray("OK") << false;
        QTest::newRow("delete-says-error (WS535)") << false << true << QByteArray("Error") << true;
    }
    void deleteUser()
    {
        QFETCH(bool, silent);
        QFETCH(bool, saysError);
        QFETCH(QByteArray, knownAnswer);
        QFETCH(bool, unknownAnswered);
        TerminalQuirks quirks;
        quirks.silentOnUnknownUser = silent;
        quirks.deleteAnswersError = saysError;
        TerminalState state = seeded(RecordLibrary::HS101);
        const CommandOutcome deleted = run(state, "DELETE_USER", userParameter(QStringLiteral("5")), {}, quirks);
        QCOMPARE(deleted.kind, CommandOutcome::Kind::Result);
        QCOMPARE(deleted.returnCode, knownAnswer);
        QVERIFY(!state.user(QStringLiteral("5"))); // deleted even when it says "Error"
        QCOMPARE(state.userCount(), 19);

        const CommandOutcome unknown = run(state, "DELETE_USER", userParameter(QStringLiteral("5")), {}, quirks);
        QCOMPARE(unknown.kind == CommandOutcome::Kind::Result, unknownAnswered);
        if (unknownAnswered)
            QCOMPARE(unknown.returnCode, QByteArray("ERROR_NOT_EXIST"));
    }

    // Firmware that answers OK to user writes it ignored (protocol.md §11.7): nothing changes, and
    // commands that read or delete are carried out as ever.
    void ignoredUserWritesAnswerOkAndChangeNothing()
    {
        TerminalQuirks quirks;
        quirks.ignoresUserWrites = true;
        TerminalState state = seeded(RecordLibrary::HS101);
        const SimulatedUser before = *state.user(QStringLiteral("5"));
        QJsonObject rename = userParameter(QStringLiteral("5"));
        rename.insert(QStringLiteral("user_name"), QStringLiteral("Renamed"));
        QJsonObject promote = userParameter(QStringLiteral("5"));
        promote.insert(QStringLiteral("user_privilege"), QStringLiteral("MANAGER"));
        QJsonObject disable = userParameter(QStringLiteral("5"));
        disable.insert(QStringLiteral("enable_flag"), QStringLiteral("OFF"));
        QJsonObject card = userParameter(QStringLiteral("5"));
        card.insert(QStringLiteral("backup_number"), 11);
        card.insert(QStringLiteral("enroll_data"), QStringLiteral("BIN_1"));
        for (const auto &[command, parameters] :
             {std::pair{"SET_USER_NAME", rename}, std::pair{"SET_USER_PRIVILEGE", promote},
              std::pair{"ENABLE_USER", disable}, std::pair{"SET_ENROLL_DATA", card}}) {
            const CommandOutcome outcome =
                run(state, command, parameters, command == QByteArray("SET_ENROLL_DATA") ? QList<QByteArray>{"0099"}
                                                                                        : QList<QByteArray>{},
                    quirks);
            QCOMPARE(outcome.returnCode, QByteArray("OK"));
        }
        const SimulatedUser after = *state.user(QStringLiteral("5"));
        QCOMPARE(after.name, before.name);
        QCOMPARE(after.privilege, before.privilege);
        QCOMPARE(after.enabled, before.enabled);
        QCOMPARE(after.credentials, before.credentials);
        QCOMPARE(run(state, "DELETE_USER", userParameter(QStringLiteral("5")), {}, quirks).returnCode, QByteArray("OK"));
        QVERIFY(!state.user(QStringLiteral("5")));
    }

    void setUserNameTruncates_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("stored");
        QTest::newRow("no limit") << 0 << QStringLiteral("Maximilian Oberhuber-Kowalski");
        QTest::newRow("WS535") << 8 << QStringLiteral("Maximili");
        QTest::newRow("Fingerspot") << 15 << QStringLiteral("Maximilian Ober");
    }
    void setUserNameTruncates()
    {
        QFETCH(int, limit);
        QFETCH(QString, stored);
        TerminalState state = seeded(RecordLibrary::HS101);
        state.setNameLimit(limit);
        verifyOk(run(state, "SET_USER_NAME",
                     {{QStringLiteral("user_id"), QStringLiteral("2")},
                      {QStringLiteral("user_name"), QStringLiteral("Maximilian Oberhuber-Kowalski")}}));
        QCOMPARE(state.user(QStringLiteral("2"))->name, stored);
        QCOMPARE(run(state, "SET_USER_NAME", {{QStringLiteral("user_id"), QStringLiteral("99")}}).returnCode,
                 QByteArray("ERROR_NOT_EXIST"));
    }

    void setUserPrivilege()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        verifyOk(run(state, "SET_USER_PRIVILEGE",
                     {{QStringLiteral("user_id"), QStringLiteral("2")},
                      {QStringLiteral("user_privilege"), QStringLiteral("MANAGER")}}));
        QCOMPARE(state.user(QStringLiteral("2"))->privilege, protocol::Privilege::Manager);
        QCOMPARE(run(state, "SET_USER_PRIVILEGE",
                     {{QStringLiteral("user_id"), QStringLiteral("2")},
                      {QStringLiteral("user_privilege"), QStringLiteral("KING")}})
                     .returnCode,
                 QByteArray("ERROR_INVALID_PARAMTER"));
    }

    void getUserIdListDescribesEveryUser_data() { addLibraries(); }
    void getUserIdListDescribesEveryUser()
    {
        QFETCH(RecordLibrary, library);
        TerminalState state = seeded(library);
        const CommandOutcome outcome = run(state, "GET_USER_ID_LIST");
        verifyOk(outcome);
        const BsCommFrame result = wire(outcome);
        const QJsonObject &json = result.json();
        QCOMPARE(json.value(QLatin1String("user_id_count")).toInt(), 20);
        QCOMPARE(json.value(QLatin1String("one_user_id_size")).toInt(), protocol::userIdRecordSize(library));
        const auto decoded =
            protocol::decodeUserIdRecords(library, result.binaryFor(json.value(QLatin1String("user_id_array"))), 20,
                                          json.value(QLatin1String("one_user_id_size")).toInt());
        QCOMPARE(decoded.error, protocol::DecodedUserIdRecords::Error::None);
        QCOMPARE(decoded.records.size(), 20);
        const QList<SimulatedUser> users = state.users();
        for (int i = 0; i < users.size(); ++i) {
            const protocol::UserIdRecord &record = decoded.records.at(i);
            QCOMPARE(record.userId, users.at(i).userId);
            QCOMPARE(record.privilegeByte, users.at(i).privilege == protocol::Privilege::Manager ? 1 : 0);
            QCOMPARE(record.credentials.toBits(), users.at(i).credentialFlags().toBits());
            QVERIFY(record.enabled);
        }
        QCOMPARE(decoded.records.at(1).userId, QStringLiteral("2")); // numeric order, not "10" before "2"

        verifyOk(run(state, "CLEAR_ENROLL_DATA"));
        const BsCommFrame empty = wire(run(state, "GET_USER_ID_LIST"));
        QCOMPARE(empty.json().value(QLatin1String("user_id_count")).toInt(), 0);
        QVERIFY(empty.binaries().isEmpty());
    }

    void getLogDataFilters_data() { addLibraries(); }
    void getLogDataFilters()
    {
        QFETCH(RecordLibrary, library);
        TerminalState state = seeded(library);
        const QList<protocol::LogRecord> all = state.logs();
        const QDateTime begin = all.at(10).ioTime;
        const QDateTime end = all.at(60).ioTime;
        const auto expectedBetween = [&](const QDateTime &from, const QDateTime &to) {
            return std::count_if(all.begin(), all.end(), [&](const protocol::LogRecord &log) {
                return (!from.isValid() || log.ioTime >= from) && (!to.isValid() || log.ioTime <= to);
            });
        };
        const auto fetch = [&](const QJsonObject &parameters) {
            const CommandOutcome outcome = run(state, "GET_LOG_DATA", parameters);
            const BsCommFrame frame = wire(outcome);
            const QJsonObject &json = frame.json();
            const auto decoded = protocol::decodeLogRecords(
                library, frame.binaryFor(json.value(QLatin1String("log_array"))),
                json.value(QLatin1String("log_count")).toInt(), json.value(QLatin1String("one_log_size")).toInt());
            if (decoded.error != protocol::DecodedLogRecords::Error::None || decoded.invalidRecords != 0)
                qWarning("log records do not decode");
            return decoded.records;
        };
        const QString beginText = protocol::walltime::toProtocol(begin);
        const QString endText = protocol::walltime::toProtocol(end);

        const QList<protocol::LogRecord> everything = fetch({});
        QCOMPARE(everything.size(), 100);
        for (int i = 0; i < everything.size(); ++i) {
            QCOMPARE(everything.at(i).userId, all.at(i).userId);
            QCOMPARE(everything.at(i).ioTime, all.at(i).ioTime);
            QCOMPARE(everything.at(i).ioMode.raw, all.at(i).ioMode.raw);
            QCOMPARE(everything.at(i).verifyModeRaw, all.at(i).verifyModeRaw);
        }
        const QList<protocol::LogRecord> between =
            fetch({{QStringLiteral("begin_time"), beginText}, {QStringLiteral("end_time"), endText}});
        QCOMPARE(between.size(), expectedBetween(begin, end));
        QCOMPARE(between.first().ioTime, begin); // bounds are inclusive
        QCOMPARE(between.last().ioTime, end);
        QCOMPARE(fetch({{QStringLiteral("begin_time"), beginText}}).size(), expectedBetween(begin, {}));
        QCOMPARE(fetch({{QStringLiteral("begin_time"), QString()}, {QStringLiteral("end_time"), endText}}).size(),
                 expectedBetween({}, end));

        const BsCommFrame none =
            wire(run(state, "GET_LOG_DATA", {{QStringLiteral("begin_time"), QStringLiteral("20990101000000")}}));
        QCOMPARE(none.json().value(QLatin1String("log_count")).toInt(), 0);
        QVERIFY(none.binaries().isEmpty());
    }

    void clearLogData()
    {
        TerminalState state = seeded(RecordLibrary::HS103);
        verifyOk(run(state, "CLEAR_LOG_DATA"));
        QVERIFY(state.logs().isEmpty());
        QCOMPARE(state.userCount(), 20);
    }

    void setFkName()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        verifyOk(run(state, "SET_FK_NAME", {{QStringLiteral("fk_name"), QStringLiteral("Gate 2")}}));
        QCOMPARE(state.fkName(), QStringLiteral("Gate 2"));
    }

    void getDeviceStatusCountsTheState_data() { addLibraries(); }
    void getDeviceStatusCountsTheState()
    {
        QFETCH(RecordLibrary, library);
        TerminalState state = seeded(library);
        int managers = 0, fingers = 0, faces = 0, passwords = 0, cards = 0;
        for (const SimulatedUser &user : state.users()) {
            managers += user.privilege == protocol::Privilege::Manager;
            fingers += user.credentialFlags().fingers;
            faces += user.credentialFlags().face;
            passwords += user.credentialFlags().password;
            cards += user.credentialFlags().card;
        }
        const CommandOutcome outcome = run(state, "GET_DEVICE_STATUS");
        verifyOk(outcome);
        const QJsonObject json = wire(outcome).json();
        QCOMPARE(json.value(QLatin1String("total_user_count")).toInt(), 20);
        QCOMPARE(json.value(QLatin1String("manager_count")).toInt(), managers);
        QCOMPARE(json.value(QLatin1String("user_count")).toInt(), 20 - managers);
        QCOMPARE(json.value(QLatin1String("fp_count")).toInt(), fingers);
        QCOMPARE(json.value(QLatin1String("face_count")).toInt(), faces);
        QCOMPARE(json.value(QLatin1String("password_count")).toInt(), passwords);
        QCOMPARE(json.value(QLatin1String("idcard_count")).toInt(), cards);
        QCOMPARE(json.value(QLatin1String("total_log_count")).toInt(), 100);
        QVERIFY(managers > 0 && fingers >= 20);
    }

    void getUserInfoHasTheSetUserInfoShape()
    {
        TerminalState state = seeded(RecordLibrary::HS103);
        const SimulatedUser &user = *state.user(QStringLiteral("1"));
        const CommandOutcome outcome = run(state, "GET_USER_INFO", userParameter(QStringLiteral("1")));
        verifyOk(outcome);
        const BsCommFrame frame = wire(outcome);
        QCOMPARE(frame.json().value(QLatin1String("enable_flag")).toString(), QStringLiteral("ON"));
        const protocol::UserEnrollment parsed = protocol::UserEnrollment::parse(frame);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.userId, QStringLiteral("1"));
        QCOMPARE(parsed.name, user.name);
        QCOMPARE(parsed.privilegeName, QStringLiteral("MANAGER"));
        QCOMPARE(parsed.photo, user.photo);
        QCOMPARE(parsed.credentials.size(), user.credentials.size());
        for (const protocol::Credential &credential : parsed.credentials)
            QCOMPARE(credential.data, user.credentials.value(credential.backupNumber));
    }

    void getUserInfoForUnknownOrEmptyUser()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        QCOMPARE(run(state, "GET_USER_INFO", userParameter(QStringLiteral("404"))).returnCode,
                 QByteArray("ERROR_NOT_EXIST"));
        TerminalQuirks silent;
        silent.silentOnUnknownUser = true;
        QCOMPARE(run(state, "GET_USER_INFO", userParameter(QStringLiteral("404")), {}, silent).kind,
                 CommandOutcome::Kind::NoResult);

        SimulatedUser bare;
        bare.userId = QStringLiteral("77");
        bare.name = QStringLiteral("Nobody");
        bare.enabled = false;
        state.putUser(bare);
        const QJsonObject json = wire(run(state, "GET_USER_INFO", userParameter(QStringLiteral("77")))).json();
        QVERIFY(json.value(QLatin1String("enroll_data_array")).isNull());
        QCOMPARE(json.value(QLatin1String("enable_flag")).toString(), QStringLiteral("OFF"));
    }

    void setUserInfoReplacesTheWholeUser()
    {
        TerminalState state = seeded(RecordLibrary::HS103);
        state.setNameLimit(15);
        QVERIFY(state.user(QStringLiteral("1"))->credentials.contains(0));
        BsCommFrame parameters;
        QJsonObject json{
            {QStringLiteral("user_id"), QStringLiteral("1")},
            {QStringLiteral("user_name"), QStringLiteral("Replaced User With A Long Name")},
            {QStringLiteral("user_privilege"), QStringLiteral("USER")},
            {QStringLiteral("enable_flag"), QStringLiteral("OFF")},
        };
        const QString password = parameters.addBinary("4321");
        json.insert(
            QStringLiteral("enroll_data_array"),
            QJsonArray{QJsonObject{{QStringLiteral("backup_number"), 10}, {QStringLiteral("enroll_data"), password}}});
        verifyOk(run(state, "SET_USER_INFO", json, parameters.binaries()));

        const SimulatedUser &user = *state.user(QStringLiteral("1"));
        QCOMPARE(user.name, QStringLiteral("Replaced User W"));
        QCOMPARE(user.privilege, protocol::Privilege::User);
        QVERIFY(!user.enabled);
        QVERIFY(user.photo.isEmpty());
        QCOMPARE(user.credentials.keys(), QList<int>{10}); // the fingers not sent are gone
        QCOMPARE(user.credentials.value(10), QByteArray("4321"));

        QCOMPARE(run(state, "SET_USER_INFO", {{QStringLiteral("user_id"), QStringLiteral("a b")}}).returnCode,
                 QByteArray("ERROR_INVALID_PARAMTER"));
    }

    void setWebServerInfoWaitsForRestart_data()
    {
        QTest::addColumn<QJsonObject>("parameters");
        QTest::newRow("spec keys") << QJsonObject{{QStringLiteral("server_ip"), QStringLiteral("10.1.2.3")},
                                                  {QStringLiteral("server_port"), 9000}};
        QTest::newRow("vendor UI keys, port as text")
            << QJsonObject{{QStringLiteral("ip_address"), QStringLiteral("10.1.2.3")},
                           {QStringLiteral("port"), QStringLiteral("9000")}};
    }
    void setWebServerInfoWaitsForRestart()
    {
        QFETCH(QJsonObject, parameters);
        TerminalState state = seeded(RecordLibrary::HS101);
        state.setServer({QStringLiteral("127.0.0.1"), 8090});
        verifyOk(run(state, "SET_WEB_SERVER_INFO", parameters));
        QCOMPARE(state.server().text(), QStringLiteral("127.0.0.1:8090"));
        QVERIFY(state.applyPendingServer());
        QCOMPARE(state.server().text(), QStringLiteral("10.1.2.3:9000"));
        QCOMPARE(
            run(state, "SET_WEB_SERVER_INFO", {{QStringLiteral("server_ip"), QStringLiteral("10.1.2.3")}}).returnCode,
            QByteArray("ERROR_INVALID_PARAMTER"));
    }

    void enableUserRefusesPunchesButKeepsTemplates()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        const QString userId = state.userIds().first();
        const auto templates = state.user(userId)->credentials;
        QRandomGenerator random(7);
        const qsizetype logsBefore = state.logs().size();

        verifyOk(run(state, "ENABLE_USER", {{QStringLiteral("user_id"), userId}, {QStringLiteral("enable_flag"), QStringLiteral("OFF")}}));
        QVERIFY(!state.user(userId)->enabled);
        QCOMPARE(state.user(userId)->credentials, templates);
        QVERIFY2(!state.punch(userId, random), "a disabled user is refused at the keypad");
        QCOMPARE(state.logs().size(), logsBefore);
        // The list and GET_USER_INFO say so, as the server reads them.
        const QJsonObject info = wire(run(state, "GET_USER_INFO", userParameter(userId))).json();
        QCOMPARE(info.value(QLatin1String("enable_flag")).toString(), QStringLiteral("OFF"));

        verifyOk(run(state, "ENABLE_USER", {{QStringLiteral("user_id"), userId}, {QStringLiteral("enable_flag"), QStringLiteral("on")}}));
        QVERIFY(state.user(userId)->enabled);
        QVERIFY(state.punch(userId, random));
        QCOMPARE(state.logs().size(), logsBefore + 1);

        QCOMPARE(run(state, "ENABLE_USER", {{QStringLiteral("user_id"), QStringLiteral("99999")},
                                            {QStringLiteral("enable_flag"), QStringLiteral("OFF")}})
                     .returnCode,
                 QByteArray("ERROR_NOT_EXIST"));
        QCOMPARE(run(state, "ENABLE_USER", {{QStringLiteral("user_id"), userId}, {QStringLiteral("enable_flag"), QStringLiteral("NO")}})
                     .returnCode,
                 QByteArray("ERROR_INVALID_PARAMTER"));
        QVERIFY(state.user(userId)->enabled);
    }

    void openDoorOpensTheOneLock()
    {
        TerminalState state = seeded(RecordLibrary::HS103);
        verifyOk(run(state, "OPEN_DOOR", {{QStringLiteral("door_no"), 1}}));
        QCOMPARE(state.doorsOpened(), QList<int>{1});
        QCOMPARE(run(state, "OPEN_DOOR", {{QStringLiteral("door_no"), 2}}).returnCode, QByteArray("ERROR_INVALID_PARAMTER"));
        QCOMPARE(run(state, "OPEN_DOOR").returnCode, QByteArray("ERROR_INVALID_PARAMTER"));
        QCOMPARE(state.doorsOpened(), QList<int>{1});
    }

    void enableEnrollFuncLocksTheMenu()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        QVERIFY(!state.enrollMenuLocked());
        verifyOk(run(state, "ENABLE_ENROLL_FUNC", {{QStringLiteral("enable_flag"), QStringLiteral("OFF")}}));
        QVERIFY(state.enrollMenuLocked());
        verifyOk(run(state, "ENABLE_ENROLL_FUNC", {{QStringLiteral("enable_flag"), QStringLiteral("ON")}}));
        QVERIFY(!state.enrollMenuLocked());
        QCOMPARE(run(state, "ENABLE_ENROLL_FUNC").returnCode, QByteArray("ERROR_INVALID_PARAMTER"));
    }
};

QTEST_GUILESS_MAIN(tst_CommandExecutor)
#include "tst_commandexecutor.moc"
