#include "commandresults.h"
#include "logrecordcodec.h"
#include "testdata.h"
#include "walltime.h"

#include <QJsonDocument>
#include <QTest>

using namespace punchclock::protocol;

Q_DECLARE_METATYPE(punchclock::protocol::RecordLibrary)
Q_DECLARE_METATYPE(punchclock::protocol::ResultError)

namespace {

// A result body as a terminal sends it: JSON + '\n' + NUL, then the binaries (protocol.md §2.2).
QByteArray terminalBody(const QByteArray &json, const QByteArrayList &binaries = {})
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        qFatal("test JSON does not parse: %s", json.constData());
    return BsCommFrame(document.object(), binaries).encode(BsCommFrame::TextTail::NewlineAndNul);
}

BsCommFrame frame(const QByteArray &json, const QByteArrayList &binaries = {})
{
    return BsCommFrame::decode(terminalBody(json, binaries)).frame;
}

QList<LogRecord> sampleLogs(RecordLibrary library, int count)
{
    QList<LogRecord> logs;
    for (int i = 0; i < count; ++i) {
        LogRecord log;
        log.userId = QString::number(1000 + i);
        log.ioTime = walltime::make(QDate(2026, 3, 1 + i % 28), QTime(7 + i % 12, i % 60, (i * 7) % 60));
        const bool nibbles = library == RecordLibrary::HS103 || library == RecordLibrary::HS102;
        log.ioMode = decodeIoMode(library, nibbles ? (i % 2 ? 0x02000000u : 0x01000000u) : quint32(1 + i % 2));
        log.verifyModeRaw = nibbles ? 0x10000000u : 1u;
        log.verifyMethods = verifyMethodsFromCode(library, log.verifyModeRaw);
        logs.append(log);
    }
    return logs;
}

QByteArray encodedLogs(RecordLibrary library, const QList<LogRecord> &logs)
{
    QByteArray data;
    for (const LogRecord &log : logs)
        data += encodeLogRecord(library, log);
    return data;
}

} // namespace

class TestCommandResults : public QObject
{
    Q_OBJECT

private slots:
    void logDataRoundTrip_data();
    void logDataRoundTrip();
    void realHs103RecordInResult();
    void zeroCountWithoutBinary_data();
    void zeroCountWithoutBinary();
    void logDataErrors_data();
    void logDataErrors();
    void impossibleRecordsAreCounted();
    void rawBodyErrors();

    void userIdListRoundTrip_data();
    void userIdListRoundTrip();
    void realHs101UserIdRecordInResult();
    void userIdListErrors_data();
    void userIdListErrors();

    void enrollData_data();
    void enrollData();

    void deviceStatusNumbers();
    void deviceStatusStrings();
    void deviceStatusEmpty();
};

void TestCommandResults::logDataRoundTrip_data()
{
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<QByteArray>("jsonPattern"); // %1 count, %2 record size

    const QByteArray numbers(R"({"log_array":"BIN_1","log_count":%1,"one_log_size":%2})");
    const QByteArray strings(R"({"log_array":"BIN_1","log_count":"%1","one_log_size":"%2"})");
    const QByteArray noArrayKey(R"({"log_count":%1,"one_log_size":%2})");
    QTest::newRow("HS101 numbers") << RecordLibrary::HS101 << numbers;
    QTest::newRow("HS101 strings (WS535)") << RecordLibrary::HS101 << strings;
    QTest::newRow("HS101 without log_array") << RecordLibrary::HS101 << noArrayKey;
    QTest::newRow("HS103 numbers") << RecordLibrary::HS103 << numbers;
    QTest::newRow("HS103 strings") << RecordLibrary::HS103 << strings;
    QTest::newRow("HS103 without log_array (Fingerspot)") << RecordLibrary::HS103 << noArrayKey;
    QTest::newRow("HS102 numbers") << RecordLibrary::HS102 << numbers;
}

void TestCommandResults::logDataRoundTrip()
{
    QFETCH(RecordLibrary, library);
    QFETCH(QByteArray, jsonPattern);

    const QList<LogRecord> logs = sampleLogs(library, 64);
    const QString json = QString::fromLatin1(jsonPattern).arg(logs.size()).arg(logRecordSize(library));
    const QByteArray data = encodedLogs(library, logs);
    const QByteArray body = terminalBody(json.toLatin1(), {data});
    // As the engine may hold it: JSON and binaries apart (BsCommFrame::decode would drop a binary
    // the JSON does not refer to).
    const BsCommFrame built(QJsonDocument::fromJson(json.toLatin1()).object(), {data});

    for (const LogDataResult &result : {decodeLogDataResult(body, library), decodeLogDataResult(built, library)}) {
        QCOMPARE(result.error, ResultError::None);
        QVERIFY(result.ok());
        QCOMPARE(result.invalidRecords, 0);
        QCOMPARE(result.records.size(), logs.size());
        for (int i = 0; i < logs.size(); ++i) {
            QCOMPARE(result.records[i].userId, logs[i].userId);
            QCOMPARE(result.records[i].ioTime, logs[i].ioTime);
            QCOMPARE(result.records[i].ioMode.raw, logs[i].ioMode.raw);
            QCOMPARE(result.records[i].verifyModeRaw, logs[i].verifyModeRaw);
        }
    }
}

void TestCommandResults::realHs103RecordInResult()
{
    const QByteArray record = punchclock::test::readTestData(QStringLiteral("hs103_log_record.bin"));
    const QByteArray body = terminalBody(R"({"log_array":"BIN_1","log_count":1,"one_log_size":48})", {record});

    const LogDataResult result = decodeLogDataResult(body, RecordLibrary::HS103);
    QCOMPARE(result.error, ResultError::None);
    QCOMPARE(result.records.size(), 1);
    const LogRecord &log = result.records.first();
    QCOMPARE(log.userId, QStringLiteral("7"));
    QCOMPARE(log.ioTime, walltime::make(QDate(2026, 3, 26), QTime(17, 36, 10)));
    QCOMPARE(log.ioMode.mode, 2);
    QCOMPARE(log.ioMode.direction, Direction::Out);
    QCOMPARE(verifyMethodsText(log.verifyMethods), QStringLiteral("FP"));
}

void TestCommandResults::zeroCountWithoutBinary_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<RecordLibrary>("library");

    QTest::newRow("count only") << QByteArray(R"({"log_count":0})") << RecordLibrary::HS103;
    QTest::newRow("string zero") << QByteArray(R"({"log_count":"0","one_log_size":"12"})") << RecordLibrary::HS101;
    QTest::newRow("array key without binary")
        << QByteArray(R"({"log_array":"BIN_1","log_count":0,"one_log_size":48})") << RecordLibrary::HS103;
    // Nothing to lay out, so an unknown layout does not matter.
    QTest::newRow("unknown library") << QByteArray(R"({"log_count":0})") << RecordLibrary::Unknown;
}

void TestCommandResults::zeroCountWithoutBinary()
{
    QFETCH(QByteArray, json);
    QFETCH(RecordLibrary, library);

    const LogDataResult result = decodeLogDataResult(terminalBody(json), library);
    QCOMPARE(result.error, ResultError::None);
    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.invalidRecords, 0);
}

void TestCommandResults::logDataErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("recordsInBinary"); // -1: no binary at all
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<ResultError>("error");

    using R = ResultError;
    QTest::newRow("count missing") << QByteArray(R"({"log_array":"BIN_1","one_log_size":48})") << 1
                                   << RecordLibrary::HS103 << R::MissingField;
    QTest::newRow("count text") << QByteArray(R"({"log_array":"BIN_1","log_count":"many","one_log_size":48})") << 1
                                << RecordLibrary::HS103 << R::InvalidField;
    QTest::newRow("count negative") << QByteArray(R"({"log_array":"BIN_1","log_count":-1,"one_log_size":48})") << 1
                                    << RecordLibrary::HS103 << R::InvalidField;
    QTest::newRow("size missing") << QByteArray(R"({"log_array":"BIN_1","log_count":1})") << 1 << RecordLibrary::HS103
                                  << R::MissingField;
    QTest::newRow("size text") << QByteArray(R"({"log_array":"BIN_1","log_count":1,"one_log_size":"big"})") << 1
                               << RecordLibrary::HS103 << R::InvalidField;
    QTest::newRow("size of HS101 for HS103") << QByteArray(R"({"log_array":"BIN_1","log_count":1,"one_log_size":12})")
                                             << 1 << RecordLibrary::HS103 << R::RecordSizeMismatch;
    QTest::newRow("size of HS103 for HS101")
        << QByteArray(R"({"log_array":"BIN_1","log_count":"1","one_log_size":"48"})") << 4 << RecordLibrary::HS101
        << R::RecordSizeMismatch;
    QTest::newRow("truncated") << QByteArray(R"({"log_array":"BIN_1","log_count":3,"one_log_size":48})") << 2
                               << RecordLibrary::HS103 << R::Truncated;
    QTest::newRow("binary absent") << QByteArray(R"({"log_array":"BIN_1","log_count":2,"one_log_size":48})") << -1
                                   << RecordLibrary::HS103 << R::MissingBinary;
    QTest::newRow("binary absent, no key")
        << QByteArray(R"({"log_count":2,"one_log_size":48})") << -1 << RecordLibrary::HS103 << R::MissingBinary;
    QTest::newRow("reference past binaries") << QByteArray(R"({"log_array":"BIN_2","log_count":1,"one_log_size":48})")
                                             << 1 << RecordLibrary::HS103 << R::MissingBinary;
    QTest::newRow("unknown library") << QByteArray(R"({"log_array":"BIN_1","log_count":1,"one_log_size":48})") << 1
                                     << RecordLibrary::Unknown << R::UnknownLibrary;
}

void TestCommandResults::logDataErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, recordsInBinary);
    QFETCH(RecordLibrary, library);
    QFETCH(ResultError, error);

    const RecordLibrary dataLibrary = library == RecordLibrary::Unknown ? RecordLibrary::HS103 : library;
    QByteArrayList binaries;
    if (recordsInBinary >= 0)
        binaries.append(encodedLogs(dataLibrary, sampleLogs(dataLibrary, recordsInBinary)));

    const LogDataResult result = decodeLogDataResult(frame(json, binaries), library);
    QCOMPARE(result.error, error);
    QVERIFY(!result.ok());
    QVERIFY(result.records.isEmpty());
}

void TestCommandResults::impossibleRecordsAreCounted()
{
    QByteArray data = encodedLogs(RecordLibrary::HS103, sampleLogs(RecordLibrary::HS103, 3));
    data.replace(48, 32, QByteArray(32, '\0')); // second record: empty user id
    const LogDataResult result = decodeLogDataResult(
        frame(R"({"log_array":"BIN_1","log_count":3,"one_log_size":48})", {data}), RecordLibrary::HS103);
    QCOMPARE(result.error, ResultError::None);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.invalidRecords, 1);
}

void TestCommandResults::rawBodyErrors()
{
    // Bare JSON without the length prefix (the dev_model variant, protocol.md §2.3).
    QCOMPARE(decodeLogDataResult(QByteArray(R"({"log_count":0})"), RecordLibrary::HS101).error, ResultError::NotFramed);
    QByteArray notJson("\x04\x00\x00\x00oops", 8);
    QCOMPARE(decodeDeviceStatusResult(notJson).error, ResultError::NotFramed);

    // A binary cut short: a lost block of a chunked upload.
    QByteArray cut = terminalBody(R"({"enroll_data":"BIN_1"})", {QByteArray(800, 'f')});
    cut.chop(100);
    QCOMPARE(decodeEnrollDataResult(cut).error, ResultError::Truncated);
    QCOMPARE(decodeUserIdListResult(QByteArray(), RecordLibrary::HS101).error, ResultError::MissingField);
}

void TestCommandResults::userIdListRoundTrip_data()
{
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<QByteArray>("jsonPattern");

    const QByteArray numbers(R"({"one_user_id_size":%2,"user_id_array":"BIN_1","user_id_count":%1})");
    const QByteArray strings(R"({"one_user_id_size":"%2","user_id_array":"BIN_1","user_id_count":"%1"})");
    const QByteArray noArrayKey(R"({"one_user_id_size":%2,"user_id_count":%1})");
    QTest::newRow("HS101") << RecordLibrary::HS101 << numbers;
    QTest::newRow("HS101 strings") << RecordLibrary::HS101 << strings;
    QTest::newRow("HS103") << RecordLibrary::HS103 << numbers;
    QTest::newRow("HS103 without user_id_array") << RecordLibrary::HS103 << noArrayKey;
}

void TestCommandResults::userIdListRoundTrip()
{
    QFETCH(RecordLibrary, library);
    QFETCH(QByteArray, jsonPattern);

    QList<UserIdRecord> users;
    QByteArray data;
    for (int i = 0; i < 6; ++i) {
        UserIdRecord user;
        user.userId = QString::number(i + 1);
        user.privilegeByte = i == 0 ? 1 : 0;
        user.privilege = privilegeFromRecordByte(user.privilegeByte);
        user.enabled = i != 3;
        user.credentials.fingers = i % 3;
        user.credentials.password = i % 2;
        users.append(user);
        data += encodeUserIdRecord(library, user);
    }
    const QString json = QString::fromLatin1(jsonPattern).arg(users.size()).arg(userIdRecordSize(library));

    const UserIdListResult result = decodeUserIdListResult(terminalBody(json.toLatin1(), {data}), library);
    QCOMPARE(result.error, ResultError::None);
    QCOMPARE(result.invalidRecords, 0);
    QCOMPARE(result.users.size(), users.size());
    for (int i = 0; i < users.size(); ++i) {
        QCOMPARE(result.users[i].userId, users[i].userId);
        QCOMPARE(result.users[i].privilege, users[i].privilege);
        QCOMPARE(result.users[i].enabled, users[i].enabled);
        QCOMPARE(result.users[i].credentials.toBits(), users[i].credentials.toBits());
    }
}

void TestCommandResults::realHs101UserIdRecordInResult()
{
    const QByteArray record = punchclock::test::readTestData(QStringLiteral("hs101_user_id_record.bin"));
    // WS535 sends the GET_USER_ID_LIST counts as numbers (protocol.md §2.2).
    const UserIdListResult result = decodeUserIdListResult(
        terminalBody(R"({"one_user_id_size":8,"user_id_array":"BIN_1","user_id_count":1})", {record}),
        RecordLibrary::HS101);
    QCOMPARE(result.error, ResultError::None);
    QCOMPARE(result.users.size(), 1);
    QCOMPARE(result.users[0].userId, QStringLiteral("1"));
    QCOMPARE(result.users[0].privilege, Privilege::Manager);
    QVERIFY(result.users[0].enabled);
    QCOMPARE(result.users[0].credentials.fingers, 1);
}

void TestCommandResults::userIdListErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArrayList>("binaries");
    QTest::addColumn<ResultError>("error");

    QTest::newRow("zero without binary") << QByteArray(R"({"user_id_count":0})") << QByteArrayList()
                                         << ResultError::None;
    QTest::newRow("count missing") << QByteArray(R"({"one_user_id_size":36,"user_id_array":"BIN_1"})")
                                   << QByteArrayList{QByteArray(36, '1')} << ResultError::MissingField;
    QTest::newRow("size mismatch") << QByteArray(R"({"one_user_id_size":20,"user_id_array":"BIN_1","user_id_count":1})")
                                   << QByteArrayList{QByteArray(20, '1')} << ResultError::RecordSizeMismatch;
    QTest::newRow("truncated") << QByteArray(R"({"one_user_id_size":36,"user_id_array":"BIN_1","user_id_count":2})")
                               << QByteArrayList{QByteArray(36, '1')} << ResultError::Truncated;
    QTest::newRow("binary missing") << QByteArray(
                                           R"({"one_user_id_size":36,"user_id_array":"BIN_1","user_id_count":1})")
                                    << QByteArrayList() << ResultError::MissingBinary;
}

void TestCommandResults::userIdListErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArrayList, binaries);
    QFETCH(ResultError, error);

    const UserIdListResult result = decodeUserIdListResult(frame(json, binaries), RecordLibrary::HS103);
    QCOMPARE(result.error, error);
    QVERIFY(result.users.isEmpty());
}

void TestCommandResults::enrollData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArrayList>("binaries");
    QTest::addColumn<ResultError>("error");
    QTest::addColumn<QByteArray>("data");

    const QByteArray face(20000, '\x7e');
    QTest::newRow("face") << QByteArray(R"({"enroll_data":"BIN_1"})") << QByteArrayList{face} << ResultError::None
                          << face;
    QTest::newRow("WS535 status key") << QByteArray(R"({"enroll_data":"BIN_1","status":"ok"})")
                                      << QByteArrayList{QByteArray("1234")} << ResultError::None << QByteArray("1234");
    QTest::newRow("key absent, lone binary")
        << QByteArray(R"({"status":"ok"})") << QByteArrayList{face} << ResultError::None << face;
    QTest::newRow("binary missing") << QByteArray(R"({"enroll_data":"BIN_1"})") << QByteArrayList()
                                    << ResultError::MissingBinary << QByteArray();
    QTest::newRow("nothing") << QByteArray("{}") << QByteArrayList() << ResultError::MissingField << QByteArray();
}

void TestCommandResults::enrollData()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArrayList, binaries);
    QFETCH(ResultError, error);
    QFETCH(QByteArray, data);

    const EnrollDataResult result = decodeEnrollDataResult(terminalBody(json, binaries));
    QCOMPARE(result.error, error);
    QCOMPARE(result.data, data);
}

void TestCommandResults::deviceStatusNumbers()
{
    const QByteArray json(R"({"face_count":120,"fp_count":1500,"idcard_count":3,"manager_count":2,)"
                          R"("password_count":40,"total_log_count":198765,"total_user_count":2000,"user_count":745})");
    const DeviceStatus status = decodeDeviceStatusResult(terminalBody(json));
    QCOMPARE(status.error, ResultError::None);
    QCOMPARE(status.totalUserCount, 2000);
    QCOMPARE(status.userCount, 745);
    QCOMPARE(status.managerCount, 2);
    QCOMPARE(status.fpCount, 1500);
    QCOMPARE(status.faceCount, 120);
    QCOMPARE(status.passwordCount, 40);
    QCOMPARE(status.idcardCount, 3);
    QCOMPARE(status.totalLogCount, 198765);
    QCOMPARE(status.rawJson, json);
}

void TestCommandResults::deviceStatusStrings()
{
    // WS535: seven counters as strings; the eighth left out (protocol.md §6).
    const DeviceStatus status = decodeDeviceStatusResult(
        frame(R"({"face_count":"0","fp_count":"5","idcard_count":"1","manager_count":"1","password_count":"2",)"
              R"("total_log_count":"64","user_count":"6"})"));
    QCOMPARE(status.error, ResultError::None);
    QCOMPARE(status.totalUserCount, -1);
    QCOMPARE(status.userCount, 6);
    QCOMPARE(status.managerCount, 1);
    QCOMPARE(status.fpCount, 5);
    QCOMPARE(status.faceCount, 0);
    QCOMPARE(status.passwordCount, 2);
    QCOMPARE(status.idcardCount, 1);
    QCOMPARE(status.totalLogCount, 64);
    QVERIFY(status.rawJson.startsWith(R"({"face_count":"0",)"));
    QVERIFY(!status.rawJson.contains(' '));

    const DeviceStatus odd = decodeDeviceStatusResult(frame(R"({"fp_count":"n/a","user_count":-3})"));
    QCOMPARE(odd.error, ResultError::None);
    QCOMPARE(odd.fpCount, -1);
    QCOMPARE(odd.userCount, -1);
}

void TestCommandResults::deviceStatusEmpty()
{
    QCOMPARE(decodeDeviceStatusResult(QByteArray()).error, ResultError::MissingField);
    QCOMPARE(decodeDeviceStatusResult(frame(R"({"status":"ok"})")).error, ResultError::MissingField);
}

QTEST_GUILESS_MAIN(TestCommandResults)
#include "tst_commandresults.moc"
