// buildCommand(): the generic entry the CLI (`send DEV CMD --param JSON --bin FILE…`) and the GUI
// forms use.

#include "commandbuilder.h"
#include "testdata.h"
#include "walltime.h"

#include <QJsonDocument>
#include <QTest>

using namespace punchclock::protocol;

Q_DECLARE_METATYPE(punchclock::protocol::CommandCode)
Q_DECLARE_METATYPE(punchclock::protocol::ParameterError)

namespace {

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test JSON does not parse: %s", json.constData());
    return document.object();
}

QByteArray compactJson(const BuiltCommand &command)
{
    return QJsonDocument(command.parameters.json()).toJson(QJsonDocument::Compact);
}

CommandCode code(const char *name)
{
    const CommandCode value = commandCodeFromName(name);
    if (value == CommandCode::Unknown)
        qFatal("unknown command name in test: %s", name);
    return value;
}

} // namespace

class TestCommandJsonBuilder : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void setTimeMatchesPublishedVector();
    void setTimeWithoutTimeIsStampedLater();
    void userInfoFromCliRenumbersBinaries();
    void userInfoFromGetUserInfoResult();
    void userInfoEnableFlag();
    void warningsPassThrough();
    void errors_data();
    void errors();
};

void TestCommandJsonBuilder::valid_data()
{
    QTest::addColumn<CommandCode>("command");
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<QByteArrayList>("binaries");
    QTest::addColumn<QByteArray>("json"); // empty: empty body
    QTest::addColumn<QByteArrayList>("sentBinaries");

    const QByteArrayList none;
    for (const char *name :
         {"RESET_FK", "GET_USER_ID_LIST", "GET_DEVICE_STATUS", "CLEAR_LOG_DATA", "CLEAR_ENROLL_DATA"})
        QTest::newRow(name) << code(name) << QByteArray("{}") << none << QByteArray() << none;
    QTest::newRow("GET_LOG_DATA all") << code("GET_LOG_DATA") << QByteArray("{}") << none << QByteArray() << none;
    QTest::newRow("GET_LOG_DATA range") << code("GET_LOG_DATA")
                                        << QByteArray(R"({"end_time":"20260331235959","begin_time":"20260301000000"})")
                                        << none
                                        << QByteArray(R"({"begin_time":"20260301000000","end_time":"20260331235959"})")
                                        << none;
    QTest::newRow("GET_LOG_DATA empty bounds")
        << code("GET_LOG_DATA") << QByteArray(R"({"begin_time":"","end_time":null})") << none << QByteArray() << none;
    QTest::newRow("GET_SLOG_DATA since") << code("GET_SLOG_DATA") << QByteArray(R"({"begin_time":"20260301000000"})")
                                         << none << QByteArray(R"({"begin_time":"20260301000000"})") << none;
    QTest::newRow("SET_TIME") << code("SET_TIME") << QByteArray(R"({"time":"20261231235959"})") << none
                              << QByteArray(R"({"time":"20261231235959"})") << none;
    QTest::newRow("DELETE_USER number") << code("DELETE_USER") << QByteArray(R"({"user_id":42})") << none
                                        << QByteArray(R"({"user_id":"42"})") << none;
    QTest::newRow("GET_USER_INFO") << code("GET_USER_INFO") << QByteArray(R"({"user_id":"EMP_7"})") << none
                                   << QByteArray(R"({"user_id":"EMP_7"})") << none;
    QTest::newRow("SET_USER_NAME") << code("SET_USER_NAME")
                                   << QByteArray("{\"user_id\":\"42\",\"user_name\":\"Jos\xc3\xa9\"}") << none
                                   << QByteArray("{\"user_id\":\"42\",\"user_name\":\"Jos\xc3\xa9\"}") << none;
    QTest::newRow("SET_USER_PRIVILEGE") << code("SET_USER_PRIVILEGE")
                                        << QByteArray(R"({"user_id":"42","user_privilege":"register"})") << none
                                        << QByteArray(R"({"user_id":"42","user_privilege":"REGISTER"})") << none;
    QTest::newRow("GET_ENROLL_DATA string number")
        << code("GET_ENROLL_DATA") << QByteArray(R"({"backup_number":"12","user_id":"42"})") << none
        << QByteArray(R"({"backup_number":12,"user_id":"42"})") << none;
    QTest::newRow("SET_ENROLL_DATA") << code("SET_ENROLL_DATA")
                                     << QByteArray(R"({"backup_number":10,"enroll_data":"BIN_1","user_id":"42"})")
                                     << QByteArrayList{"2468"}
                                     << QByteArray(R"({"backup_number":10,"enroll_data":"BIN_1","user_id":"42"})")
                                     << QByteArrayList{"2468"};
    QTest::newRow("SET_FK_NAME") << code("SET_FK_NAME") << QByteArray(R"({"fk_name":"Front door"})") << none
                                 << QByteArray(R"({"fk_name":"Front door"})") << none;
    const QByteArray bothStyles(R"({"ip_address":"10.1.2.3","port":"7005","server_ip":"10.1.2.3","server_port":7005})");
    QTest::newRow("SET_WEB_SERVER_INFO spec keys")
        << code("SET_WEB_SERVER_INFO") << QByteArray(R"({"server_ip":"10.1.2.3","server_port":7005})") << none
        << bothStyles << none;
    QTest::newRow("SET_WEB_SERVER_INFO legacy keys")
        << code("SET_WEB_SERVER_INFO") << QByteArray(R"({"ip_address":"10.1.2.3","port":"7005"})") << none << bothStyles
        << none;
    QTest::newRow("SET_WEB_SERVER_INFO both agreeing")
        << code("SET_WEB_SERVER_INFO") << bothStyles << none << bothStyles << none;
    QTest::newRow("SET_WEB_SERVER_INFO string spec port")
        << code("SET_WEB_SERVER_INFO") << QByteArray(R"({"server_ip":"10.1.2.3","server_port":"7005"})") << none
        << bothStyles << none;
    QTest::newRow("ENABLE_USER lower case off") << code("ENABLE_USER") << QByteArray(R"({"enable_flag":"off","user_id":7})")
                                                << none << QByteArray(R"({"enable_flag":"OFF","user_id":"7"})") << none;
    QTest::newRow("ENABLE_USER on") << code("ENABLE_USER") << QByteArray(R"({"enable_flag":"ON","user_id":"7"})") << none
                                    << QByteArray(R"({"enable_flag":"ON","user_id":"7"})") << none;
    QTest::newRow("OPEN_DOOR string number") << code("OPEN_DOOR") << QByteArray(R"({"door_no":"2"})") << none
                                             << QByteArray(R"({"door_no":2})") << none;
    QTest::newRow("ENABLE_ENROLL_FUNC") << code("ENABLE_ENROLL_FUNC") << QByteArray(R"({"enable_flag":"Off"})") << none
                                        << QByteArray(R"({"enable_flag":"OFF"})") << none;
    QTest::newRow("SET_COMMAND enter_enroll face")
        << code("SET_COMMAND") << QByteArray(R"({"cmd":"enter_enroll","param":{"backup_number":"12","user_id":17}})")
        << none << QByteArray(R"({"cmd":"enter_enroll","param":{"backup_number":12,"user_id":"17"}})") << none;
}

void TestCommandJsonBuilder::valid()
{
    QFETCH(CommandCode, command);
    QFETCH(QByteArray, parameters);
    QFETCH(QByteArrayList, binaries);
    QFETCH(QByteArray, json);
    QFETCH(QByteArrayList, sentBinaries);

    const BuiltCommand built = buildCommand(command, object(parameters), binaries);
    QCOMPARE(built.error, ParameterError::None);
    QCOMPARE(built.errorField, QString());
    QCOMPARE(commandCodeName(built.code), commandCodeName(command));
    if (json.isEmpty()) {
        QVERIFY(built.parameters.isEmpty());
        QCOMPARE(built.parameters.encode(), QByteArray());
    } else {
        QCOMPARE(compactJson(built), json);
    }
    QCOMPARE(built.parameters.binaries(), sentBinaries);
}

void TestCommandJsonBuilder::setTimeMatchesPublishedVector()
{
    const BuiltCommand built = buildCommand(CommandCode::SetTime, object(R"({"time":"20260929020000"})"));
    QVERIFY(built.ok());
    QCOMPARE(built.parameters.encode(), punchclock::test::readTestData(QStringLiteral("set_time_frame.bin")));
}

void TestCommandJsonBuilder::setTimeWithoutTimeIsStampedLater()
{
    // `punchclock send DEV SET_TIME`: the dispatcher stamps the site's clock at delivery.
    const QDateTime before = punchclock::protocol::walltime::now(QTimeZone::systemTimeZone()).addSecs(-1);
    const BuiltCommand built = buildCommand(CommandCode::SetTime, QJsonObject());
    QVERIFY(built.ok());
    QCOMPARE(built.code, CommandCode::SetTime);
    const QDateTime placeholder = punchclock::protocol::walltime::fromProtocol(
        built.parameters.json().value(QLatin1String("time")).toString());
    QVERIFY(placeholder.isValid());
    QVERIFY(placeholder >= before);
}

void TestCommandJsonBuilder::userInfoFromCliRenumbersBinaries()
{
    // `send DEV SET_USER_INFO --param '…' --bin photo.jpg --bin face.dat --bin finger3.dat --bin pin.txt`
    const QByteArray photo("\xff\xd8\xff\xe0 jpeg", 9);
    const QByteArray face(20000, '\x42');
    const QByteArray finger(800, '\x33');
    const QByteArray pin("2580");
    const QJsonObject parameters = object(R"({
        "user_id": "1007", "user_name": "Sari", "user_privilege": "user", "user_photo": "BIN_1",
        "enroll_data_array": [
            {"backup_number": 3, "enroll_data": "BIN_3"},
            {"backup_number": "12", "enroll_data": "BIN_2"},
            {"backup_number": 10, "enroll_data": "BIN_4"}
        ]})");

    const BuiltCommand built = buildCommand(CommandCode::SetUserInfo, parameters, {photo, face, finger, pin});
    QCOMPARE(built.error, ParameterError::None);
    QCOMPARE(compactJson(built),
             QByteArray(R"({"enroll_data_array":[{"backup_number":3,"enroll_data":"BIN_1"},)"
                        R"({"backup_number":12,"enroll_data":"BIN_2"},{"backup_number":10,"enroll_data":"BIN_3"}],)"
                        R"("user_id":"1007","user_name":"Sari","user_photo":"BIN_4","user_privilege":"USER"})"));
    QCOMPARE(built.parameters.binaries(), (QByteArrayList{finger, face, pin, photo}));

    const BsCommFrame::Decoded decoded = BsCommFrame::decode(built.parameters.encode());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.missingBinaries, 0);
    const UserEnrollment user = UserEnrollment::parse(decoded.frame);
    QVERIFY(user.ok());
    QCOMPARE(user.userId, QStringLiteral("1007"));
    QCOMPARE(user.photo, photo);
    QCOMPARE(user.credentials.size(), 3);
    QCOMPARE(user.credentials[0].backupNumber, 3);
    QCOMPARE(user.credentials[0].data, finger);
    QCOMPARE(user.credentials[1].backupNumber, 12);
    QCOMPARE(user.credentials[1].data, face);
    QCOMPARE(user.credentials[2].backupNumber, 10);
    QCOMPARE(user.credentials[2].data, pin);
}

void TestCommandJsonBuilder::userInfoFromGetUserInfoResult()
{
    // A GET_USER_INFO result (protocol.md §6) fed back unchanged: copying a user between terminals.
    const QJsonObject result = object(R"({"enable_flag":"ON","enroll_data_array":null,"user_id":"2",)"
                                      R"("user_name":"Sari","user_photo":null,"user_privilege":"MANAGER"})");
    const BuiltCommand built = buildCommand(CommandCode::SetUserInfo, result);
    QCOMPARE(built.error, ParameterError::None);
    QCOMPARE(compactJson(built), QByteArray(R"({"enroll_data_array":[],"user_id":"2","user_name":"Sari",)"
                                            R"("user_privilege":"MANAGER"})"));
}

void TestCommandJsonBuilder::userInfoEnableFlag()
{
    const BuiltCommand off =
        buildCommand(CommandCode::SetUserInfo,
                     object(R"({"enable_flag":"off","user_id":"2","user_name":"","user_privilege":"USER"})"));
    QVERIFY(off.ok());
    QCOMPARE(off.parameters.json().value(QStringLiteral("enable_flag")).toString(), QStringLiteral("OFF"));
}

void TestCommandJsonBuilder::warningsPassThrough()
{
    const BuiltCommand built =
        buildCommand(CommandCode::SetUserName, object(R"({"user_id":"42","user_name":"Bambang Pamungkas"})"));
    QVERIFY(built.ok());
    QCOMPARE(built.warnings.size(), 1);
    QCOMPARE(built.warnings.first().first, ParameterWarning::NameMayBeTruncated);
    QCOMPARE(built.warnings.first().second, QStringLiteral("user_name"));
}

void TestCommandJsonBuilder::errors_data()
{
    QTest::addColumn<CommandCode>("command");
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<QByteArrayList>("binaries");
    QTest::addColumn<ParameterError>("error");
    QTest::addColumn<QString>("field");

    using E = ParameterError;
    const QByteArrayList none;
    const auto row = [](const char *name, CommandCode command, const char *json, const QByteArrayList &binaries,
                        E error, const char *field) {
        QTest::newRow(name) << command << QByteArray(json) << binaries << error << QString::fromUtf8(field);
    };

    row("unknown command", CommandCode::Unknown, "{}", none, E::UnknownCommand, "");
    row("parameterless with key", code("RESET_FK"), R"({"force":true})", none, E::UnexpectedField, "force");
    row("parameterless with binary", code("GET_DEVICE_STATUS"), "{}", {"x"}, E::UnreferencedBinary, "BIN_1");
    row("clear with key", code("CLEAR_LOG_DATA"), R"({"before":"20260101000000"})", none, E::UnexpectedField, "before");

    row("user id missing", code("DELETE_USER"), "{}", none, E::MissingField, "user_id");
    row("user id null", code("DELETE_USER"), R"({"user_id":null})", none, E::MissingField, "user_id");
    row("user id typo", code("DELETE_USER"), R"({"userid":"1"})", none, E::UnexpectedField, "userid");
    row("user id bool", code("GET_USER_INFO"), R"({"user_id":true})", none, E::InvalidUserId, "user_id");
    row("user id fraction", code("GET_USER_INFO"), R"({"user_id":1.5})", none, E::InvalidUserId, "user_id");
    row("user id dash", code("GET_USER_INFO"), R"({"user_id":"A-1"})", none, E::InvalidUserId, "user_id");

    row("backup missing", code("GET_ENROLL_DATA"), R"({"user_id":"1"})", none, E::MissingField, "backup_number");
    row("backup text", code("GET_ENROLL_DATA"), R"({"backup_number":"face","user_id":"1"})", none,
        E::InvalidBackupNumber, "backup_number");
    row("backup 2^32", code("GET_ENROLL_DATA"), R"({"backup_number":4294967296,"user_id":"1"})", none,
        E::InvalidBackupNumber, "backup_number");
    row("backup 15", code("GET_ENROLL_DATA"), R"({"backup_number":15,"user_id":"1"})", none, E::InvalidBackupNumber,
        "backup_number");

    const char *setEnroll = R"({"backup_number":10,"enroll_data":"BIN_1","user_id":"1"})";
    row("enroll data not a reference", code("SET_ENROLL_DATA"),
        R"({"backup_number":0,"enroll_data":"finger.dat","user_id":"1"})", {"x"}, E::InvalidBinaryReference,
        "enroll_data");
    row("enroll data BIN_0", code("SET_ENROLL_DATA"), R"({"backup_number":0,"enroll_data":"BIN_0","user_id":"1"})",
        {"x"}, E::InvalidBinaryReference, "enroll_data");
    row("enroll data missing binary", code("SET_ENROLL_DATA"),
        R"({"backup_number":0,"enroll_data":"BIN_2","user_id":"1"})", {"x"}, E::MissingBinary, "enroll_data");
    row("enroll data no binaries", code("SET_ENROLL_DATA"), setEnroll, none, E::MissingBinary, "enroll_data");
    row("enroll data empty binary", code("SET_ENROLL_DATA"), setEnroll, {""}, E::EmptyBinary, "enroll_data");
    row("enroll data key missing", code("SET_ENROLL_DATA"), R"({"backup_number":0,"user_id":"1"})", {"x"},
        E::MissingField, "enroll_data");
    row("password not digits", code("SET_ENROLL_DATA"), setEnroll, {"12x4"}, E::InvalidCredentialData, "enroll_data");
    row("extra binary", code("SET_ENROLL_DATA"), setEnroll, {"1234", "5678"}, E::UnreferencedBinary, "BIN_2");

    row("time with separators", code("SET_TIME"), R"({"time":"2026-09-29 02:00:00"})", none, E::InvalidTime, "time");
    row("time short year", code("SET_TIME"), R"({"time":"260929020000"})", none, E::InvalidTime, "time");
    row("time 30 February", code("SET_TIME"), R"({"time":"20260230120000"})", none, E::InvalidTime, "time");
    row("time hour 25", code("SET_TIME"), R"({"time":"20260929250000"})", none, E::InvalidTime, "time");
    row("time as number", code("SET_TIME"), R"({"time":20260929020000})", none, E::InvalidTime, "time");
    row("time arabic digits", code("SET_TIME"),
        "{\"time\":\"\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6"
        "0929020000\"}",
        none, E::InvalidTime, "time");

    row("log begin invalid", code("GET_LOG_DATA"), R"({"begin_time":"20261301000000"})", none, E::InvalidTime,
        "begin_time");
    row("log end invalid", code("GET_LOG_DATA"), R"({"end_time":"yesterday"})", none, E::InvalidTime, "end_time");
    row("log range reversed", code("GET_LOG_DATA"), R"({"begin_time":"20260401000000","end_time":"20260301000000"})",
        none, E::TimeRangeReversed, "end_time");
    row("keypad log range reversed", code("GET_SLOG_DATA"),
        R"({"begin_time":"20260401000000","end_time":"20260301000000"})", none, E::TimeRangeReversed, "end_time");
    row("keypad log key typo", code("GET_SLOG_DATA"), R"({"since":"20260401000000"})", none, E::UnexpectedField, "since");
    row("log key typo", code("GET_LOG_DATA"), R"({"start_time":"20260401000000"})", none, E::UnexpectedField,
        "start_time");

    row("user name empty", code("SET_USER_NAME"), R"({"user_id":"1","user_name":""})", none, E::EmptyText, "user_name");
    row("user name list", code("SET_USER_NAME"), R"({"user_id":"1","user_name":["Budi"]})", none, E::WrongType,
        "user_name");
    row("user name missing", code("SET_USER_NAME"), R"({"user_id":"1"})", none, E::MissingField, "user_name");

    row("privilege unknown", code("SET_USER_PRIVILEGE"), R"({"user_id":"1","user_privilege":"ADMIN"})", none,
        E::InvalidPrivilege, "user_privilege");
    row("privilege number", code("SET_USER_PRIVILEGE"), R"({"user_id":"1","user_privilege":1})", none,
        E::InvalidPrivilege, "user_privilege");

    row("fk name dash", code("SET_FK_NAME"), "{\"fk_name\":\"Lobby \xe2\x80\x93 East\"}", none, E::NonAsciiText,
        "fk_name");
    row("fk name empty", code("SET_FK_NAME"), R"({"fk_name":""})", none, E::EmptyText, "fk_name");
    row("fk name too long", code("SET_FK_NAME"), R"({"fk_name":"Main entrance, building B"})", none, E::TextTooLong,
        "fk_name");
    row("fk name object", code("SET_FK_NAME"), R"({"fk_name":{}})", none, E::WrongType, "fk_name");

    const CommandCode web = code("SET_WEB_SERVER_INFO");
    row("web nothing", web, "{}", none, E::MissingField, "server_ip");
    row("web no port", web, R"({"server_ip":"10.0.0.2"})", none, E::MissingField, "server_port");
    row("web ip conflict", web, R"({"ip_address":"10.0.0.3","server_ip":"10.0.0.2","server_port":80})", none,
        E::ConflictingValues, "ip_address");
    row("web port conflict", web, R"({"port":"81","server_ip":"10.0.0.2","server_port":80})", none,
        E::ConflictingValues, "port");
    row("web ip number", web, R"({"server_ip":167772162,"server_port":80})", none, E::InvalidAddress, "server_ip");
    row("web ip loopback", web, R"({"server_ip":"127.0.0.1","server_port":8090})", none, E::LoopbackAddress,
        "server_ip");
    row("web legacy ip broadcast", web, R"({"ip_address":"255.255.255.255","port":8090})", none,
        E::UnreachableAddress, "ip_address");
    row("web legacy ip invalid", web, R"({"ip_address":"10.0.0.300","port":"80"})", none, E::InvalidAddress,
        "ip_address");
    row("web legacy port text", web, R"({"ip_address":"10.0.0.3","port":"http"})", none, E::InvalidPort, "port");
    row("web port 0", web, R"({"server_ip":"10.0.0.2","server_port":0})", none, E::InvalidPort, "server_port");
    row("web port 70000", web, R"({"server_ip":"10.0.0.2","server_port":"70000"})", none, E::InvalidPort,
        "server_port");
    row("web key typo", web, R"({"server":"10.0.0.2","server_port":80})", none, E::UnexpectedField, "server");

    const CommandCode info = code("SET_USER_INFO");
    row("info name missing", info, R"({"user_id":"1","user_privilege":"USER"})", none, E::MissingField, "user_name");
    row("info first bad field wins", info, R"({"user_id":"a b","user_privilege":"USER"})", none, E::InvalidUserId,
        "user_id");
    row("info privilege missing", info, R"({"user_id":"1","user_name":"A"})", none, E::MissingField, "user_privilege");
    row("info vid", info, R"({"user_id":"1","user_name":"A","user_privilege":"USER","user_vid":"9"})", none,
        E::UnexpectedField, "user_vid");
    row("info array is object", info,
        R"({"enroll_data_array":{},"user_id":"1","user_name":"A","user_privilege":"USER"})", none, E::WrongType,
        "enroll_data_array");
    row("info entry not object", info,
        R"({"enroll_data_array":["BIN_1"],"user_id":"1","user_name":"A","user_privilege":"USER"})", {"x"}, E::WrongType,
        "enroll_data_array[0]");
    row("info entry extra key", info,
        R"({"enroll_data_array":[{"backup_number":0,"enroll_data":"BIN_1","finger":1}],"user_id":"1",)"
        R"("user_name":"A","user_privilege":"USER"})",
        {"x"}, E::UnexpectedField, "enroll_data_array[0].finger");
    row("info entry data missing", info,
        R"({"enroll_data_array":[{"backup_number":0}],"user_id":"1","user_name":"A","user_privilege":"USER"})", none,
        E::MissingField, "enroll_data_array[0].enroll_data");
    row("info entry photo number", info,
        R"({"enroll_data_array":[{"backup_number":15,"enroll_data":"BIN_1"}],"user_id":"1","user_name":"A",)"
        R"("user_privilege":"USER"})",
        {"x"}, E::InvalidBackupNumber, "enroll_data_array[0].backup_number");
    row("info duplicate backup", info,
        R"({"enroll_data_array":[{"backup_number":1,"enroll_data":"BIN_1"},{"backup_number":"1",)"
        R"("enroll_data":"BIN_2"}],"user_id":"1","user_name":"A","user_privilege":"USER"})",
        {"x", "y"}, E::DuplicateBackupNumber, "enroll_data_array[1].backup_number");
    row("info second entry missing binary", info,
        R"({"enroll_data_array":[{"backup_number":1,"enroll_data":"BIN_1"},{"backup_number":2,)"
        R"("enroll_data":"BIN_3"}],"user_id":"1","user_name":"A","user_privilege":"USER"})",
        {"x", "y"}, E::MissingBinary, "enroll_data_array[1].enroll_data");
    row("info photo missing binary", info,
        R"({"user_id":"1","user_name":"A","user_photo":"BIN_1","user_privilege":"USER"})", none, E::MissingBinary,
        "user_photo");
    row("info photo empty binary", info,
        R"({"user_id":"1","user_name":"A","user_photo":"BIN_1","user_privilege":"USER"})", {""}, E::EmptyBinary,
        "user_photo");
    row("info enable flag", info, R"({"enable_flag":"YES","user_id":"1","user_name":"A","user_privilege":"USER"})",
        none, E::InvalidEnableFlag, "enable_flag");
    const CommandCode enable = code("ENABLE_USER");
    row("enable flag missing", enable, R"({"user_id":"1"})", none, E::MissingField, "enable_flag");
    row("enable flag yes", enable, R"({"enable_flag":"YES","user_id":"1"})", none, E::InvalidEnableFlag, "enable_flag");
    row("enable flag bool", enable, R"({"enable_flag":false,"user_id":"1"})", none, E::InvalidEnableFlag,
        "enable_flag");
    row("enable user before flag", enable, R"({"enable_flag":"maybe","user_id":"a b"})", none, E::InvalidUserId,
        "user_id");
    row("enable user typo", enable, R"({"enabled":"OFF","user_id":"1"})", none, E::UnexpectedField, "enabled");
    row("door missing", code("OPEN_DOOR"), "{}", none, E::MissingField, "door_no");
    row("door 0", code("OPEN_DOOR"), R"({"door_no":0})", none, E::InvalidDoorNumber, "door_no");
    row("door 2^32 + 1", code("OPEN_DOOR"), R"({"door_no":4294967297})", none, E::InvalidDoorNumber, "door_no");
    row("door fraction", code("OPEN_DOOR"), R"({"door_no":1.5})", none, E::InvalidDoorNumber, "door_no");
    row("door name", code("OPEN_DOOR"), R"({"door_no":"front"})", none, E::InvalidDoorNumber, "door_no");
    row("enroll menu flag missing", code("ENABLE_ENROLL_FUNC"), "{}", none, E::MissingField, "enable_flag");
    row("enroll menu user", code("ENABLE_ENROLL_FUNC"), R"({"enable_flag":"ON","user_id":"1"})", none,
        E::UnexpectedField, "user_id");
    const CommandCode enroll = code("SET_COMMAND");
    row("enroll other cmd", enroll, R"({"cmd":"reboot","param":{"backup_number":6,"user_id":"1"}})", none,
        E::UnexpectedField, "cmd");
    row("enroll param missing", enroll, R"({"cmd":"enter_enroll"})", none, E::MissingField, "param");
    row("enroll param text", enroll, R"({"cmd":"enter_enroll","param":"6"})", none, E::WrongType, "param");
    row("enroll photo", enroll, R"({"cmd":"enter_enroll","param":{"backup_number":15,"user_id":"1"}})", none,
        E::InvalidBackupNumber, "param.backup_number");
    row("enroll user", enroll, R"({"cmd":"enter_enroll","param":{"backup_number":6,"user_id":"a b"}})", none,
        E::InvalidUserId, "param.user_id");
    row("enroll typo", enroll, R"({"cmd":"enter_enroll","param":{"backup":6,"user_id":"1"}})", none,
        E::UnexpectedField, "param.backup");
    row("info unused binary", info, R"({"user_id":"1","user_name":"A","user_photo":"BIN_2","user_privilege":"USER"})",
        {"forgotten", "jpeg"}, E::UnreferencedBinary, "BIN_1");
}

void TestCommandJsonBuilder::errors()
{
    QFETCH(CommandCode, command);
    QFETCH(QByteArray, parameters);
    QFETCH(QByteArrayList, binaries);
    QFETCH(ParameterError, error);
    QFETCH(QString, field);

    const BuiltCommand built = buildCommand(command, object(parameters), binaries);
    QCOMPARE(built.error, error);
    QCOMPARE(built.errorField, field);
    QVERIFY(!built.ok());
    QVERIFY(built.parameters.isEmpty());
    QCOMPARE(commandCodeName(built.code), commandCodeName(command));
}

QTEST_GUILESS_MAIN(TestCommandJsonBuilder)
#include "tst_commandjsonbuilder.moc"
