#include "commandbuilder.h"
#include "commandtraits.h"
#include "commandvalidation.h"
#include "testdata.h"
#include "walltime.h"

#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

using namespace punchclock::protocol;

Q_DECLARE_METATYPE(punchclock::protocol::BuiltCommand)
Q_DECLARE_METATYPE(punchclock::protocol::CommandCode)
Q_DECLARE_METATYPE(punchclock::protocol::ParameterError)

namespace {

QDateTime at(int y, int mo, int d, int h, int mi, int s)
{
    return walltime::make(QDate(y, mo, d), QTime(h, mi, s));
}

QByteArray u32le(qsizetype value)
{
    char raw[4];
    qToLittleEndian(quint32(value), raw);
    return QByteArray(raw, 4);
}

// The body a server must send, written out independently of BsCommFrame::encode.
QByteArray framed(const QByteArray &json, const QList<QByteArray> &binaries = {})
{
    QByteArray body = u32le(json.size() + 1) + json + '\0';
    for (const QByteArray &binary : binaries)
        body += u32le(binary.size()) + binary;
    return body;
}

QByteArray compactJson(const BuiltCommand &command)
{
    return QJsonDocument(command.parameters.json()).toJson(QJsonDocument::Compact);
}

using Warnings = QList<QPair<ParameterWarning, QString>>;

UserEnrollment sampleUser()
{
    UserEnrollment user;
    user.userId = QStringLiteral("EMP_42");
    user.name = QStringLiteral("Dewi");
    user.privilegeName = QStringLiteral("manager");
    user.photo = QByteArray("\xff\xd8 jpeg", 7);
    user.credentials = {{0, QByteArray(800, '\x10')}, {10, QByteArray("1234")}, {12, QByteArray(20000, '\x7f')}};
    return user;
}

} // namespace

class TestCommandBuilder : public QObject
{
    Q_OBJECT

private slots:
    void validBuilds_data();
    void validBuilds();
    void setTimeMatchesPublishedVector();
    void setEnrollDataCarriesBinary();
    void webServerInfoCarriesBothKeyStyles();
    void errors_data();
    void errors();
    void nameWarnings_data();
    void nameWarnings();
    void longPasswordWarning();
    void userNamesAreBoundedByCharacters();
    void accepted_data();
    void accepted();

    void userInfoNumbersBinariesInOrder();
    void userInfoRoundTripsThroughParse();
    void disabledUserSendsEnableFlagOff();
    void userInfoErrors_data();
    void userInfoErrors();

    void destructiveCommands_data();
    void destructiveCommands();
    void onlyTheServerAddressCanCutATerminalOff();
};

void TestCommandBuilder::validBuilds_data()
{
    QTest::addColumn<BuiltCommand>("command");
    QTest::addColumn<CommandCode>("code");
    QTest::addColumn<QByteArray>("json"); // empty: parameterless, empty body

    const QString id = QStringLiteral("42");
    QTest::newRow("GET_LOG_DATA all") << Commands::getLogData() << CommandCode::GetLogData << QByteArray();
    QTest::newRow("GET_LOG_DATA from") << Commands::getLogData(at(2026, 3, 1, 0, 0, 0)) << CommandCode::GetLogData
                                       << QByteArray(R"({"begin_time":"20260301000000"})");
    QTest::newRow("GET_LOG_DATA until") << Commands::getLogData({}, at(2026, 3, 31, 23, 59, 59))
                                        << CommandCode::GetLogData << QByteArray(R"({"end_time":"20260331235959"})");
    QTest::newRow("GET_LOG_DATA range") << Commands::getLogData(at(2026, 3, 1, 0, 0, 0), at(2026, 3, 31, 23, 59, 59))
                                        << CommandCode::GetLogData
                                        << QByteArray(R"({"begin_time":"20260301000000","end_time":"20260331235959"})");
    QTest::newRow("GET_LOG_DATA one instant")
        << Commands::getLogData(at(2026, 3, 1, 8, 0, 0), at(2026, 3, 1, 8, 0, 0)) << CommandCode::GetLogData
        << QByteArray(R"({"begin_time":"20260301080000","end_time":"20260301080000"})");
    QTest::newRow("GET_SLOG_DATA all") << Commands::getSlogData() << CommandCode::GetSlogData << QByteArray();
    QTest::newRow("GET_SLOG_DATA range")
        << Commands::getSlogData(at(2026, 3, 1, 0, 0, 0), at(2026, 3, 31, 23, 59, 59)) << CommandCode::GetSlogData
        << QByteArray(R"({"begin_time":"20260301000000","end_time":"20260331235959"})");
    QTest::newRow("GET_USER_ID_LIST") << Commands::getUserIdList() << CommandCode::GetUserIdList << QByteArray();
    QTest::newRow("GET_DEVICE_STATUS") << Commands::getDeviceStatus() << CommandCode::GetDeviceStatus << QByteArray();
    QTest::newRow("RESET_FK") << Commands::resetFk() << CommandCode::ResetFk << QByteArray();
    QTest::newRow("CLEAR_LOG_DATA") << Commands::clearLogData() << CommandCode::ClearLogData << QByteArray();
    QTest::newRow("CLEAR_ENROLL_DATA") << Commands::clearEnrollData() << CommandCode::ClearEnrollData << QByteArray();
    QTest::newRow("SET_TIME") << Commands::setTime(at(2026, 9, 29, 2, 0, 0)) << CommandCode::SetTime
                              << QByteArray(R"({"time":"20260929020000"})");
    QTest::newRow("DELETE_USER") << Commands::deleteUser(id) << CommandCode::DeleteUser
                                 << QByteArray(R"({"user_id":"42"})");
    QTest::newRow("GET_USER_INFO") << Commands::getUserInfo(QStringLiteral("EMP_7")) << CommandCode::GetUserInfo
                                   << QByteArray(R"({"user_id":"EMP_7"})");
    QTest::newRow("SET_USER_NAME") << Commands::setUserName(id, QStringLiteral("Budi")) << CommandCode::SetUserName
                                   << QByteArray(R"({"user_id":"42","user_name":"Budi"})");
    QTest::newRow("SET_USER_NAME UTF-8") << Commands::setUserName(id, QStringLiteral("José"))
                                         << CommandCode::SetUserName
                                         << QByteArray("{\"user_id\":\"42\",\"user_name\":\"Jos\xc3\xa9\"}");
    QTest::newRow("SET_USER_PRIVILEGE") << Commands::setUserPrivilege(id, QStringLiteral("manager"))
                                        << CommandCode::SetUserPrivilege
                                        << QByteArray(R"({"user_id":"42","user_privilege":"MANAGER"})");
    QTest::newRow("SET_USER_PRIVILEGE operator")
        << Commands::setUserPrivilege(id, QStringLiteral("Operator")) << CommandCode::SetUserPrivilege
        << QByteArray(R"({"user_id":"42","user_privilege":"OPERATOR"})");
    QTest::newRow("GET_ENROLL_DATA") << Commands::getEnrollData(id, 12) << CommandCode::GetEnrollData
                                     << QByteArray(R"({"backup_number":12,"user_id":"42"})");
    QTest::newRow("GET_ENROLL_DATA finger 0") << Commands::getEnrollData(id, 0) << CommandCode::GetEnrollData
                                              << QByteArray(R"({"backup_number":0,"user_id":"42"})");
    QTest::newRow("GET_ENROLL_DATA vein") << Commands::getEnrollData(id, 20) << CommandCode::GetEnrollData
                                          << QByteArray(R"({"backup_number":20,"user_id":"42"})");
    QTest::newRow("SET_FK_NAME") << Commands::setFkName(QStringLiteral("Gate 1 (North)")) << CommandCode::SetFkName
                                 << QByteArray(R"json({"fk_name":"Gate 1 (North)"})json");
    QTest::newRow("ENABLE_USER off") << Commands::enableUser(id, false) << CommandCode::EnableUser
                                     << QByteArray(R"({"enable_flag":"OFF","user_id":"42"})");
    QTest::newRow("ENABLE_USER on") << Commands::enableUser(QStringLiteral("EMP_7"), true) << CommandCode::EnableUser
                                    << QByteArray(R"({"enable_flag":"ON","user_id":"EMP_7"})");
    QTest::newRow("OPEN_DOOR 1") << Commands::openDoor(1) << CommandCode::OpenDoor << QByteArray(R"({"door_no":1})");
    QTest::newRow("OPEN_DOOR last") << Commands::openDoor(MaxDoorNumber) << CommandCode::OpenDoor
                                    << QByteArray(R"({"door_no":4})");
    QTest::newRow("ENABLE_ENROLL_FUNC off") << Commands::enableEnrollFunc(false) << CommandCode::EnableEnrollFunc
                                            << QByteArray(R"({"enable_flag":"OFF"})");
    QTest::newRow("ENABLE_ENROLL_FUNC on") << Commands::enableEnrollFunc(true) << CommandCode::EnableEnrollFunc
                                           << QByteArray(R"({"enable_flag":"ON"})");
}

void TestCommandBuilder::validBuilds()
{
    QFETCH(BuiltCommand, command);
    QFETCH(CommandCode, code);
    QFETCH(QByteArray, json);

    QVERIFY(command.ok());
    QCOMPARE(command.errorField, QString());
    QVERIFY(command.warnings.isEmpty());
    QCOMPARE(commandCodeName(command.code), commandCodeName(code));
    QVERIFY(command.parameters.binaries().isEmpty());
    if (json.isEmpty()) {
        QVERIFY(command.parameters.isEmpty());
        QCOMPARE(command.parameters.encode(), QByteArray());
    } else {
        QCOMPARE(compactJson(command), json);
        QCOMPARE(command.parameters.encode(), framed(json));
    }
}

void TestCommandBuilder::setTimeMatchesPublishedVector()
{
    const BuiltCommand command = Commands::setTime(at(2026, 9, 29, 2, 0, 0));
    QVERIFY(command.ok());
    QCOMPARE(command.parameters.encode(), punchclock::test::readTestData(QStringLiteral("set_time_frame.bin")));
}

void TestCommandBuilder::setEnrollDataCarriesBinary()
{
    const QByteArray finger(1184, '\x5a');
    const BuiltCommand command = Commands::setEnrollData(QStringLiteral("42"), 3, finger);
    QVERIFY(command.ok());
    const QByteArray json(R"({"backup_number":3,"enroll_data":"BIN_1","user_id":"42"})");
    QCOMPARE(compactJson(command), json);
    QCOMPARE(command.parameters.encode(), framed(json, {finger}));

    const BuiltCommand password = Commands::setEnrollData(QStringLiteral("42"), 10, QByteArray("12345678"));
    QVERIFY(password.ok());
    QCOMPARE(password.parameters.binaries(), QList<QByteArray>{QByteArray("12345678")});
}

void TestCommandBuilder::webServerInfoCarriesBothKeyStyles()
{
    const BuiltCommand command = Commands::setWebServerInfo(QStringLiteral("192.168.1.10"), 8080);
    QVERIFY(command.ok());
    const QByteArray json(
        R"({"ip_address":"192.168.1.10","port":"8080","server_ip":"192.168.1.10","server_port":8080})");
    QCOMPARE(compactJson(command), json);
    QCOMPARE(command.parameters.encode(), framed(json));
    QVERIFY(command.parameters.json().value(QStringLiteral("port")).isString());
    QVERIFY(command.parameters.json().value(QStringLiteral("server_port")).isDouble());
}

void TestCommandBuilder::errors_data()
{
    QTest::addColumn<BuiltCommand>("command");
    QTest::addColumn<ParameterError>("error");
    QTest::addColumn<QString>("field");

    using E = ParameterError;
    const QString ok = QStringLiteral("42");
    const QString userId = QStringLiteral("user_id");
    QTest::newRow("user id empty") << Commands::deleteUser(QString()) << E::InvalidUserId << userId;
    QTest::newRow("user id space") << Commands::deleteUser(QStringLiteral("4 2")) << E::InvalidUserId << userId;
    QTest::newRow("user id 25 chars") << Commands::getUserInfo(QString(25, QLatin1Char('7'))) << E::InvalidUserId
                                      << userId;
    QTest::newRow("user id injection") << Commands::getUserInfo(QStringLiteral("1';DROP")) << E::InvalidUserId
                                       << userId;
    QTest::newRow("user id before name") << Commands::setUserName(QStringLiteral("-"), QString()) << E::InvalidUserId
                                         << userId;
    QTest::newRow("user name empty") << Commands::setUserName(ok, QString()) << E::EmptyText
                                     << QStringLiteral("user_name");
    QTest::newRow("user name blank") << Commands::setUserName(ok, QStringLiteral("  ")) << E::EmptyText
                                     << QStringLiteral("user_name");
    QTest::newRow("user name line break") << Commands::setUserName(ok, QStringLiteral("Budi\nSantoso"))
                                          << E::ControlCharacter << QStringLiteral("user_name");
    // The console's cap (MaxUserNameLength) counts characters, not UTF-16 units.
    QTest::newRow("user name 65 characters")
        << Commands::setUserName(ok, QString(MaxUserNameLength + 1, QChar(0x5B57))) << E::TextTooLong
        << QStringLiteral("user_name");
    QTest::newRow("privilege unknown") << Commands::setUserPrivilege(ok, QStringLiteral("ADMIN")) << E::InvalidPrivilege
                                       << QStringLiteral("user_privilege");
    QTest::newRow("privilege empty") << Commands::setUserPrivilege(ok, QString()) << E::InvalidPrivilege
                                     << QStringLiteral("user_privilege");
    const QString backup = QStringLiteral("backup_number");
    QTest::newRow("backup -1") << Commands::getEnrollData(ok, -1) << E::InvalidBackupNumber << backup;
    QTest::newRow("backup 15 photo") << Commands::getEnrollData(ok, 15) << E::InvalidBackupNumber << backup;
    QTest::newRow("backup 16") << Commands::getEnrollData(ok, 16) << E::InvalidBackupNumber << backup;
    QTest::newRow("backup 21") << Commands::setEnrollData(ok, 21, "x") << E::InvalidBackupNumber << backup;
    QTest::newRow("set backup 15") << Commands::setEnrollData(ok, 15, "\xff\xd8") << E::InvalidBackupNumber << backup;
    const QString data = QStringLiteral("enroll_data");
    QTest::newRow("enroll data empty") << Commands::setEnrollData(ok, 0, QByteArray()) << E::EmptyBinary << data;
    QTest::newRow("password letters") << Commands::setEnrollData(ok, 10, "12a4") << E::InvalidCredentialData << data;
    QTest::newRow("password sign") << Commands::setEnrollData(ok, 10, "-123") << E::InvalidCredentialData << data;
    QTest::newRow("password only NUL") << Commands::setEnrollData(ok, 10, QByteArray(1, '\0'))
                                       << E::InvalidCredentialData << data;
    QTest::newRow("card hex") << Commands::setEnrollData(ok, 11, "00AB12") << E::InvalidCredentialData << data;
    QTest::newRow("time invalid") << Commands::setTime(QDateTime()) << E::InvalidTime << QStringLiteral("time");
    QTest::newRow("time year 10000") << Commands::setTime(at(10000, 1, 1, 0, 0, 0)) << E::InvalidTime
                                     << QStringLiteral("time");
    QTest::newRow("log begin year 12000")
        << Commands::getLogData(at(12000, 1, 1, 0, 0, 0)) << E::InvalidTime << QStringLiteral("begin_time");
    QTest::newRow("log range reversed") << Commands::getLogData(at(2026, 3, 2, 0, 0, 0), at(2026, 3, 1, 23, 59, 59))
                                        << E::TimeRangeReversed << QStringLiteral("end_time");
    const QString fkName = QStringLiteral("fk_name");
    QTest::newRow("fk name empty") << Commands::setFkName(QString()) << E::EmptyText << fkName;
    QTest::newRow("fk name blank") << Commands::setFkName(QStringLiteral("   ")) << E::EmptyText << fkName;
    QTest::newRow("fk name accent") << Commands::setFkName(QStringLiteral("Caf\u00e9")) << E::NonAsciiText << fkName;
    QTest::newRow("fk name tab") << Commands::setFkName(QStringLiteral("Gate\t1")) << E::ControlCharacter << fkName;
    QTest::newRow("fk name 25") << Commands::setFkName(QString(25, QLatin1Char('G'))) << E::TextTooLong << fkName;
    const QString ip = QStringLiteral("server_ip");
    QTest::newRow("ip three parts") << Commands::setWebServerInfo(QStringLiteral("192.168.1"), 80) << E::InvalidAddress
                                    << ip;
    QTest::newRow("ip 256") << Commands::setWebServerInfo(QStringLiteral("192.168.1.256"), 80) << E::InvalidAddress
                            << ip;
    QTest::newRow("ip leading zero") << Commands::setWebServerInfo(QStringLiteral("192.168.01.1"), 80)
                                     << E::InvalidAddress << ip;
    QTest::newRow("ip host name") << Commands::setWebServerInfo(QStringLiteral("server.local"), 80) << E::InvalidAddress
                                  << ip;
    QTest::newRow("ip with port") << Commands::setWebServerInfo(QStringLiteral("10.0.0.1:80"), 80) << E::InvalidAddress
                                  << ip;
    QTest::newRow("ip unspecified") << Commands::setWebServerInfo(QStringLiteral("0.0.0.0"), 80)
                                    << E::UnreachableAddress << ip;
    QTest::newRow("ip loopback") << Commands::setWebServerInfo(QStringLiteral("127.0.0.1"), 80) << E::LoopbackAddress
                                 << ip;
    QTest::newRow("ip loopback other") << Commands::setWebServerInfo(QStringLiteral("127.1.2.3"), 80)
                                       << E::LoopbackAddress << ip;
    QTest::newRow("ip multicast") << Commands::setWebServerInfo(QStringLiteral("224.0.0.1"), 80)
                                  << E::UnreachableAddress << ip;
    QTest::newRow("ip broadcast") << Commands::setWebServerInfo(QStringLiteral("255.255.255.255"), 80)
                                  << E::UnreachableAddress << ip;
    QTest::newRow("port 0") << Commands::setWebServerInfo(QStringLiteral("10.0.0.1"), 0) << E::InvalidPort
                            << QStringLiteral("server_port");
    QTest::newRow("port 65536") << Commands::setWebServerInfo(QStringLiteral("10.0.0.1"), 65536) << E::InvalidPort
                                << QStringLiteral("server_port");
    QTest::newRow("enable user id") << Commands::enableUser(QStringLiteral("4 2"), false) << E::InvalidUserId << userId;
    const QString door = QStringLiteral("door_no");
    QTest::newRow("door 0") << Commands::openDoor(0) << E::InvalidDoorNumber << door;
    QTest::newRow("door -1") << Commands::openDoor(-1) << E::InvalidDoorNumber << door;
    QTest::newRow("door past the last") << Commands::openDoor(MaxDoorNumber + 1) << E::InvalidDoorNumber << door;
}

void TestCommandBuilder::errors()
{
    QFETCH(BuiltCommand, command);
    QFETCH(ParameterError, error);
    QFETCH(QString, field);

    QVERIFY(!command.ok());
    QCOMPARE(command.error, error);
    QCOMPARE(command.errorField, field);
    QVERIFY(command.parameters.isEmpty());
}

void TestCommandBuilder::nameWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("warned");

    QTest::newRow("8 characters") << QStringLiteral("Budi S.A") << false;
    QTest::newRow("9 characters") << QStringLiteral("Budi Sant") << true;
    QTest::newRow("8 CJK characters") << QStringLiteral("日本語の名前です") << false;
    // 5 characters but 10 UTF-16 units: terminals count characters.
    QTest::newRow("emoji") << QStringLiteral("\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600") << false;
    QTest::newRow("15 characters") << QStringLiteral("Dewi Ayu Lestar") << true;
}

void TestCommandBuilder::nameWarnings()
{
    QFETCH(QString, name);
    QFETCH(bool, warned);

    const Warnings expected =
        warned ? Warnings{{ParameterWarning::NameMayBeTruncated, QStringLiteral("user_name")}} : Warnings{};
    const BuiltCommand rename = Commands::setUserName(QStringLiteral("42"), name);
    QVERIFY(rename.ok());
    QCOMPARE(rename.warnings, expected);
    QCOMPARE(rename.parameters.json().value(QStringLiteral("user_name")).toString(), name);

    UserEnrollment user = sampleUser();
    user.name = name;
    const BuiltCommand info = Commands::setUserInfo(user);
    QVERIFY(info.ok());
    QCOMPARE(info.warnings, expected);
}

void TestCommandBuilder::longPasswordWarning()
{
    const BuiltCommand command = Commands::setEnrollData(QStringLiteral("42"), 10, "123456789");
    QVERIFY(command.ok());
    QCOMPARE(command.warnings, (Warnings{{ParameterWarning::PasswordMayBeTooLong, QStringLiteral("enroll_data")}}));

    UserEnrollment user = sampleUser();
    user.credentials[1].data = "1234567890";
    const BuiltCommand info = Commands::setUserInfo(user);
    QVERIFY(info.ok());
    QCOMPARE(info.warnings,
             (Warnings{{ParameterWarning::PasswordMayBeTooLong, QStringLiteral("enroll_data_array[1].enroll_data")}}));
}

void TestCommandBuilder::accepted_data()
{
    QTest::addColumn<BuiltCommand>("command");

    QTest::newRow("user id 24 chars") << Commands::deleteUser(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUV_9"));
    QTest::newRow("fk name 24 printable") << Commands::setFkName(QStringLiteral("Lobby ~ Gate #3 [A-B] ok"));
    // The vendor admin UI appends a NUL to password and card data (protocol.md §6).
    QTest::newRow("password with NUL") << Commands::setEnrollData(QStringLiteral("1"), 10, QByteArray("4321\0", 5));
    QTest::newRow("card digits") << Commands::setEnrollData(QStringLiteral("1"), 11, "0012345678");
    QTest::newRow("face binary") << Commands::setEnrollData(QStringLiteral("1"), 12, QByteArray(20000, '\0'));
    QTest::newRow("palm 14") << Commands::setEnrollData(QStringLiteral("1"), 14, "pv");
    QTest::newRow("port 1") << Commands::setWebServerInfo(QStringLiteral("10.0.0.1"), 1);
    QTest::newRow("port 65535") << Commands::setWebServerInfo(QStringLiteral("203.0.113.255"), 65535);
    QTest::newRow("user info empty name") << [] {
        UserEnrollment user = sampleUser();
        user.name.clear();
        return Commands::setUserInfo(user);
    }();
}

void TestCommandBuilder::accepted()
{
    QFETCH(BuiltCommand, command);
    QCOMPARE(command.error, ParameterError::None);
    QVERIFY(!command.parameters.isEmpty());
}

void TestCommandBuilder::userInfoNumbersBinariesInOrder()
{
    const UserEnrollment user = sampleUser();
    const BuiltCommand command = Commands::setUserInfo(user);
    QVERIFY(command.ok());
    QVERIFY(command.warnings.isEmpty());
    // Binaries follow the order of their references in the sorted JSON: credentials, then photo.
    const QByteArray json(R"({"enroll_data_array":[{"backup_number":0,"enroll_data":"BIN_1"},)"
                          R"({"backup_number":10,"enroll_data":"BIN_2"},{"backup_number":12,"enroll_data":"BIN_3"}],)"
                          R"("user_id":"EMP_42","user_name":"Dewi","user_photo":"BIN_4","user_privilege":"MANAGER"})");
    QCOMPARE(compactJson(command), json);
    const QList<QByteArray> binaries{user.credentials[0].data, user.credentials[1].data, user.credentials[2].data,
                                     user.photo};
    QCOMPARE(command.parameters.encode(), framed(json, binaries));
}

void TestCommandBuilder::userInfoRoundTripsThroughParse()
{
    const UserEnrollment original = sampleUser();
    const QByteArray body = Commands::setUserInfo(original).parameters.encode();
    QVERIFY(BsCommFrame::isWellFormed(body));
    const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    QVERIFY(decoded.ok());

    const UserEnrollment user = UserEnrollment::parse(decoded.frame);
    QVERIFY(user.ok());
    QCOMPARE(user.userId, original.userId);
    QCOMPARE(user.name, original.name);
    QCOMPARE(user.privilegeName, QStringLiteral("MANAGER"));
    QCOMPARE(user.photo, original.photo);
    QVERIFY(user.enabled);
    QCOMPARE(user.credentials.size(), original.credentials.size());
    for (int i = 0; i < user.credentials.size(); ++i) {
        QCOMPARE(user.credentials[i].backupNumber, original.credentials[i].backupNumber);
        QCOMPARE(user.credentials[i].data, original.credentials[i].data);
    }

    // Without photo and credentials: an explicit empty list, since the user is replaced whole.
    UserEnrollment bare;
    bare.userId = QStringLiteral("7");
    bare.privilegeName = QStringLiteral("USER");
    const BuiltCommand command = Commands::setUserInfo(bare);
    QVERIFY(command.ok());
    QCOMPARE(compactJson(command),
             QByteArray(R"({"enroll_data_array":[],"user_id":"7","user_name":"","user_privilege":"USER"})"));
    QVERIFY(command.parameters.binaries().isEmpty());
}

void TestCommandBuilder::disabledUserSendsEnableFlagOff()
{
    UserEnrollment original = sampleUser();
    original.enabled = false;
    const BuiltCommand command = Commands::setUserInfo(original);
    QVERIFY(command.ok());
    QCOMPARE(command.parameters.json().value(QStringLiteral("enable_flag")).toString(), QStringLiteral("OFF"));
    QVERIFY(!UserEnrollment::parse(command.parameters).enabled);
}

void TestCommandBuilder::userInfoErrors_data()
{
    QTest::addColumn<UserEnrollment>("user");
    QTest::addColumn<ParameterError>("error");
    QTest::addColumn<QString>("field");

    const auto with = [](auto change) {
        UserEnrollment user = sampleUser();
        change(user);
        return user;
    };
    using E = ParameterError;
    QTest::newRow("user id") << with([](UserEnrollment &u) { u.userId = QStringLiteral("x y"); }) << E::InvalidUserId
                             << QStringLiteral("user_id");
    QTest::newRow("name control") << with([](UserEnrollment &u) { u.name = QStringLiteral("a\x01"); })
                                  << E::ControlCharacter << QStringLiteral("user_name");
    QTest::newRow("privilege") << with([](UserEnrollment &u) { u.privilegeName = QStringLiteral("BACKUP"); })
                               << E::InvalidPrivilege << QStringLiteral("user_privilege");
    QTest::newRow("privilege missing") << with([](UserEnrollment &u) { u.privilegeName.clear(); })
                                       << E::InvalidPrivilege << QStringLiteral("user_privilege");
    QTest::newRow("duplicate backup") << with([](UserEnrollment &u) { u.credentials[2].backupNumber = 0; })
                                      << E::DuplicateBackupNumber
                                      << QStringLiteral("enroll_data_array[2].backup_number");
    QTest::newRow("photo as credential") << with([](UserEnrollment &u) { u.credentials[1].backupNumber = 15; })
                                         << E::InvalidBackupNumber
                                         << QStringLiteral("enroll_data_array[1].backup_number");
    QTest::newRow("empty template") << with([](UserEnrollment &u) { u.credentials[0].data.clear(); }) << E::EmptyBinary
                                    << QStringLiteral("enroll_data_array[0].enroll_data");
    QTest::newRow("password letters") << with([](UserEnrollment &u) { u.credentials[1].data = "pass"; })
                                      << E::InvalidCredentialData << QStringLiteral("enroll_data_array[1].enroll_data");
    QTest::newRow("card letters") << with([](UserEnrollment &u) {
        u.credentials.append({11, "A1"});
    }) << E::InvalidCredentialData << QStringLiteral("enroll_data_array[3].enroll_data");
}

void TestCommandBuilder::userInfoErrors()
{
    QFETCH(UserEnrollment, user);
    QFETCH(ParameterError, error);
    QFETCH(QString, field);

    const BuiltCommand command = Commands::setUserInfo(user);
    QCOMPARE(command.error, error);
    QCOMPARE(command.errorField, field);
    QVERIFY(command.parameters.isEmpty());
    QCOMPARE(commandCodeName(command.code), QByteArray("SET_USER_INFO"));
}

void TestCommandBuilder::destructiveCommands_data()
{
    QTest::addColumn<CommandCode>("code");
    QTest::addColumn<bool>("destructive");
    QTest::addColumn<bool>("resultData");

    using C = CommandCode;
    const QList<std::tuple<C, bool, bool>> table{
        {C::GetEnrollData, false, true},     {C::SetEnrollData, false, false}, {C::SetTime, false, false},
        {C::ResetFk, false, false},          {C::DeleteUser, false, false},    {C::SetUserName, false, false},
        {C::SetUserPrivilege, false, false}, {C::GetUserIdList, false, true},  {C::GetLogData, false, true},
        {C::SetFkName, false, false},        {C::ClearLogData, true, false},   {C::ClearEnrollData, true, false},
        {C::GetDeviceStatus, false, true},   {C::SetUserInfo, false, false},   {C::GetUserInfo, false, true},
        {C::SetWebServerInfo, false, false}, {C::GetSlogData, false, true},   {C::EnableUser, false, false},
        {C::OpenDoor, false, false},         {C::EnableEnrollFunc, false, false}, {C::Unknown, false, false},
    };
    for (const auto &[code, destructive, resultData] : table) {
        const QByteArray name = code == C::Unknown ? QByteArray("Unknown") : commandCodeName(code);
        QTest::newRow(name.constData()) << code << destructive << resultData;
    }
}

void TestCommandBuilder::destructiveCommands()
{
    QFETCH(CommandCode, code);
    QFETCH(bool, destructive);
    QFETCH(bool, resultData);

    QCOMPARE(isDestructive(code), destructive);
    QCOMPARE(hasResultData(code), resultData);
}

void TestCommandBuilder::onlyTheServerAddressCanCutATerminalOff()
{
    QList<CommandCode> asking;
    for (CommandCode code : knownCommandCodes()) {
        QCOMPARE(commandCodeFromName(commandCodeName(code)), code);
        if (cutsOffOnMistake(code))
            asking << code;
    }
    QCOMPARE(asking, QList<CommandCode>{CommandCode::SetWebServerInfo});
    QVERIFY(!knownCommandCodes().contains(CommandCode::Unknown));
    QVERIFY(knownCommandCodes().contains(CommandCode::EnableEnrollFunc));
    // A door that opens again minutes later, when the job is resent, is not what anyone asked for.
    QVERIFY(!isSafeToRepeat(CommandCode::OpenDoor));
    QVERIFY(isSafeToRepeat(CommandCode::EnableUser));
}

void TestCommandBuilder::userNamesAreBoundedByCharacters()
{
    using namespace commandvalidation;
    const QString face = QString::fromUcs4(U"\U0001F600"); // two UTF-16 units
    QCOMPARE(checkUserName(face.repeated(MaxUserNameLength), EmptyName::Rejected), ParameterError::None);
    QCOMPARE(checkUserName(face.repeated(MaxUserNameLength + 1), EmptyName::Rejected), ParameterError::TextTooLong);
    // What a terminal sends is cut to the cap, never inside a character.
    QCOMPARE(clampedUserName(face.repeated(70)), face.repeated(MaxUserNameLength));
    QCOMPARE(clampedUserName(QStringLiteral("Budi")), QStringLiteral("Budi"));
    const QString mixed = QString(MaxUserNameLength - 1, QLatin1Char('a')) + face + QStringLiteral("b");
    QCOMPARE(clampedUserName(mixed), QString(MaxUserNameLength - 1, QLatin1Char('a')) + face);
}

QTEST_GUILESS_MAIN(TestCommandBuilder)
#include "tst_commandbuilder.moc"
