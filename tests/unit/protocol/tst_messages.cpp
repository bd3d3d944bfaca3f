#include "bscommframe.h"
#include "pollinfo.h"
#include "protocolcodes.h"
#include "realtimelog.h"
#include "testdata.h"
#include "userenrollment.h"
#include "walltime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace punchclock::protocol;

Q_DECLARE_METATYPE(punchclock::protocol::ResponseCode)

namespace {

// The body of a captured HTTP request: everything after the blank line.
QByteArray capturedBody(const QString &fixture)
{
    const QByteArray request = punchclock::test::readTestData(fixture);
    const qsizetype headerEnd = request.indexOf("\r\n\r\n");
    return headerEnd < 0 ? QByteArray() : request.mid(headerEnd + 4);
}

BsCommFrame jsonFrame(const QByteArray &json, const QList<QByteArray> &binaries = {})
{
    return BsCommFrame(QJsonDocument::fromJson(json).object(), binaries);
}

QMap<int, QByteArray> credentialsByBackupNumber(const UserEnrollment &user)
{
    QMap<int, QByteArray> byNumber;
    for (const Credential &credential : user.credentials)
        byNumber.insert(credential.backupNumber, credential.data);
    return byNumber;
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void realtimeLogFromCapture();
    void realtimeLogRefusals_data();
    void realtimeLogRefusals();
    void realtimeLogLenientFields();
    void realtimeLogPhoto();
    void realtimeLogFallbackLibrary();
    void realtimeLogRoundTrip();

    void pollInfoFromCapture();
    void pollInfoWithoutFkInfo();
    void pollInfoRoundTrip();

    void enrollmentWithPhotoAndCredentials();
    void enrollmentWithNullEnrollData();
    void enrollmentRefusals_data();
    void enrollmentRefusals();
    void enrollmentRoundTrip();
};

void TestMessages::realtimeLogFromCapture()
{
    const BsCommFrame::Decoded decoded =
        BsCommFrame::decode(capturedBody(QStringLiteral("capture_hs101_realtime_glog.http")));
    QVERIFY(decoded.ok());

    const RealtimeLog log = RealtimeLog::parse(decoded.frame, RecordLibrary::Unknown);
    QCOMPARE(responseCodeName(log.error), responseCodeName(ResponseCode::Ok));
    QCOMPARE(log.library, RecordLibrary::HS101);
    QCOMPARE(log.record.userId, QStringLiteral("1"));
    QCOMPARE(log.record.ioTime, walltime::make(QDate(2018, 10, 5), QTime(16, 59, 17)));
    QCOMPARE(verifyMethodsText(log.record.verifyMethods), QStringLiteral("IDCARD"));
    QCOMPARE(log.record.verifyModeRaw, 3u);
    QCOMPARE(log.record.ioMode.direction, Direction::In);
    QVERIFY(log.record.photo.isEmpty());
}

void TestMessages::realtimeLogRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ResponseCode>("expected"); // compared by wire name for readable failures

    QTest::newRow("unknown library")
        << QByteArray(R"({"fk_bin_data_lib":"FKDataHS999","io_mode":1,"io_time":"20181005165917","user_id":"1"})")
        << ResponseCode::ErrorInvalidLibName;
    QTest::newRow("user id with a space")
        << QByteArray(R"({"io_mode":1,"io_time":"20181005165917","user_id":"a b","verify_mode":1})")
        << ResponseCode::ErrorInvalidUserId;
    QTest::newRow("user id missing") << QByteArray(R"({"io_mode":1,"io_time":"20181005165917","verify_mode":1})")
                                     << ResponseCode::ErrorInvalidUserId;
    QTest::newRow("io_time too short") << QByteArray(R"({"io_mode":1,"io_time":"2018","user_id":"1"})")
                                       << ResponseCode::ErrorInvalidIoTime;
    QTest::newRow("io_mode not a number")
        << QByteArray(R"({"io_mode":"x","io_time":"20181005165917","user_id":"1"})") << ResponseCode::ErrorInvalidLog;
    QTest::newRow("empty JSON") << QByteArray("{}") << ResponseCode::ErrorInvalidLog;
}

void TestMessages::realtimeLogRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(ResponseCode, expected);

    const RealtimeLog log = RealtimeLog::parse(jsonFrame(json), RecordLibrary::HS101);
    QCOMPARE(responseCodeName(log.error), responseCodeName(expected));
    QVERIFY(!log.ok());
}

void TestMessages::realtimeLogLenientFields()
{
    const RealtimeLog log = RealtimeLog::parse(
        jsonFrame(R"({"fk_bin_data_lib":"FKDATAHS101","io_mode":"1","io_time":"20260326080000",)"
                  R"("user_id":857,"verify_mode":"1"})"),
        RecordLibrary::Unknown);
    QVERIFY(log.ok());
    QCOMPARE(log.record.userId, QStringLiteral("857"));
    QCOMPARE(log.record.ioMode.mode, 1);
    QCOMPARE(log.record.ioMode.direction, Direction::In);
    QCOMPARE(verifyMethodsText(log.record.verifyMethods), QStringLiteral("FP"));
}

void TestMessages::realtimeLogPhoto()
{
    const QByteArray jpeg("\xff\xd8\xff\xe0 attendance photo");
    const BsCommFrame frame = jsonFrame(R"({"fk_bin_data_lib":"FKDataHS101","io_mode":2,)"
                                        R"("io_time":"20260326080000","log_image":"BIN_1","user_id":"3"})",
                                        {jpeg});
    const RealtimeLog log = RealtimeLog::parse(frame, RecordLibrary::Unknown);
    QVERIFY(log.ok());
    QCOMPARE(log.record.photo, jpeg);
}

void TestMessages::realtimeLogFallbackLibrary()
{
    const BsCommFrame frame = jsonFrame(R"({"io_mode":33554432,"io_time":"20260326173610","user_id":"7",)"
                                        R"("verify_mode":268435456})");
    const RealtimeLog log = RealtimeLog::parse(frame, RecordLibrary::HS103);
    QVERIFY(log.ok());
    QCOMPARE(log.library, RecordLibrary::HS103);
    QCOMPARE(log.record.ioMode.mode, 2);
    QCOMPARE(log.record.ioMode.direction, Direction::Out);
    QCOMPARE(verifyMethodsText(log.record.verifyMethods), QStringLiteral("FP"));
}

void TestMessages::realtimeLogRoundTrip()
{
    LogRecord record;
    record.userId = QStringLiteral("EMP_7");
    record.ioTime = walltime::make(QDate(2026, 3, 26), QTime(17, 36, 10));
    record.ioMode = decodeIoMode(RecordLibrary::HS103, 0x02000000u);
    record.verifyModeRaw = 0x12000000u;
    record.photo = QByteArray("\xff\xd8 jpeg \x00 bytes", 15);

    const QByteArray body = RealtimeLog::encode(RecordLibrary::HS103, record);
    QVERIFY(BsCommFrame::isWellFormed(body));
    const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    QVERIFY(decoded.ok());

    const RealtimeLog log = RealtimeLog::parse(decoded.frame, RecordLibrary::Unknown);
    QVERIFY(log.ok());
    QCOMPARE(log.library, RecordLibrary::HS103);
    QCOMPARE(log.record.userId, record.userId);
    QCOMPARE(log.record.ioTime, record.ioTime);
    QCOMPARE(log.record.ioMode.raw, record.ioMode.raw);
    QCOMPARE(log.record.ioMode.direction, Direction::Out);
    QCOMPARE(log.record.verifyModeRaw, record.verifyModeRaw);
    QCOMPARE(verifyMethodsText(log.record.verifyMethods), QStringLiteral("FP+PASSWORD"));
    QCOMPARE(log.record.photo, record.photo);
}

void TestMessages::pollInfoFromCapture()
{
    const BsCommFrame::Decoded decoded =
        BsCommFrame::decode(capturedBody(QStringLiteral("capture_hs101_receive_cmd.http")));
    QVERIFY(decoded.ok());

    const PollInfo poll = PollInfo::parse(decoded.frame);
    QCOMPARE(poll.name, QStringLiteral("fk_device"));
    QCOMPARE(poll.clock, walltime::make(QDate(2019, 1, 3), QTime(13, 1, 59)));
    QCOMPARE(poll.firmware, QStringLiteral("ZFKL101HS100 V2.69 MG BS2A"));
    QCOMPARE(poll.firmwareFilename, QStringLiteral("zfkl101hs100_mg_bs2a_um"));
    QCOMPARE(poll.library, RecordLibrary::HS101);
    QCOMPARE(poll.fpDataVersion, 128);
    QCOMPARE(poll.supportedEnrollData,
             (QStringList{QStringLiteral("PASSWORD"), QStringLiteral("IDCARD"), QStringLiteral("FP")}));
    QVERIFY(!poll.rawInfo.isEmpty());
}

void TestMessages::pollInfoWithoutFkInfo()
{
    const PollInfo poll = PollInfo::parse(jsonFrame(R"({"fk_name":"gate","fk_time":"20260101080000"})"));
    QCOMPARE(poll.name, QStringLiteral("gate"));
    QCOMPARE(poll.clock, walltime::make(QDate(2026, 1, 1), QTime(8, 0)));
    QCOMPARE(poll.library, RecordLibrary::Unknown);
    QVERIFY(poll.firmware.isEmpty());
    QVERIFY(poll.rawInfo.isEmpty());
}

void TestMessages::pollInfoRoundTrip()
{
    PollInfo original;
    original.name = QStringLiteral("Front door");
    original.clock = walltime::make(QDate(2026, 3, 29), QTime(2, 30, 5));
    original.firmware = QStringLiteral("A102D2S2K1Wfs01 v1.14");
    original.firmwareFilename = QStringLiteral("a102");
    original.library = RecordLibrary::HS103;
    original.fpDataVersion = 128;
    original.faceDataVersion = 528;
    original.supportedEnrollData = QStringList{QStringLiteral("FP"), QStringLiteral("FACE")};

    const BsCommFrame::Decoded decoded = BsCommFrame::decode(original.encode());
    QVERIFY(decoded.ok());
    const PollInfo poll = PollInfo::parse(decoded.frame);
    QCOMPARE(poll.name, original.name);
    QCOMPARE(poll.clock, original.clock);
    QCOMPARE(poll.firmware, original.firmware);
    QCOMPARE(poll.firmwareFilename, original.firmwareFilename);
    QCOMPARE(poll.library, original.library);
    QCOMPARE(poll.fpDataVersion, 128);
    QCOMPARE(poll.faceDataVersion, 528);
    QCOMPARE(poll.supportedEnrollData, original.supportedEnrollData);
}

void TestMessages::enrollmentWithPhotoAndCredentials()
{
    // Shape of the realtime_enroll_data capture (protocol.md §4.5): photo first, then templates.
    const QByteArray photo(2648, '\xd8');
    const QByteArray finger0(1184, '\x01');
    const QByteArray finger6(1184, '\x06');
    const BsCommFrame frame = jsonFrame(R"({"enroll_data_array":[{"backup_number":0,"enroll_data":"BIN_2"},)"
                                        R"({"backup_number":6,"enroll_data":"BIN_3"}],"user_id":"1",)"
                                        R"("user_name":"Budi","user_photo":"BIN_1","user_privilege":"USER"})",
                                        {photo, finger0, finger6});

    const UserEnrollment user = UserEnrollment::parse(frame);
    QCOMPARE(responseCodeName(user.error), responseCodeName(ResponseCode::Ok));
    QCOMPARE(user.userId, QStringLiteral("1"));
    QCOMPARE(user.name, QStringLiteral("Budi"));
    QCOMPARE(user.privilegeName, QStringLiteral("USER"));
    QCOMPARE(user.photo, photo);
    const QMap<int, QByteArray> credentials = credentialsByBackupNumber(user);
    QCOMPARE(credentials.keys(), (QList<int>{0, 6}));
    QCOMPARE(credentials.value(0), finger0);
    QCOMPARE(credentials.value(6), finger6);
}

void TestMessages::enrollmentWithNullEnrollData()
{
    const UserEnrollment user = UserEnrollment::parse(
        jsonFrame(R"({"enable_flag":"OFF","enroll_data_array":null,"user_id":"2","user_name":"Sari",)"
                  R"("user_privilege":"MANAGER"})"));
    QVERIFY(user.ok());
    QVERIFY(user.credentials.isEmpty());
    QVERIFY(user.photo.isEmpty());
    QVERIFY(!user.enabled);
    QCOMPARE(user.privilegeName, QStringLiteral("MANAGER"));
}

void TestMessages::enrollmentRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("binaryCount");
    QTest::addColumn<ResponseCode>("expected");

    QTest::newRow("backup number 16")
        << QByteArray(R"({"enroll_data_array":[{"backup_number":16,"enroll_data":"BIN_1"}],"user_id":"1"})") << 1
        << ResponseCode::ErrorInvalidUserData;
    // Found by fuzz_terminalrequests: it was taken for finger 1 and stored under that number.
    QTest::newRow("backup number past 32 bits")
        << QByteArray(R"({"enroll_data_array":[{"backup_number":4294967297,"enroll_data":"BIN_1"}],"user_id":"1"})")
        << 1 << ResponseCode::ErrorInvalidUserData;
    QTest::newRow("enroll data binary missing")
        << QByteArray(R"({"enroll_data_array":[{"backup_number":0,"enroll_data":"BIN_1"},)"
                      R"({"backup_number":1,"enroll_data":"BIN_2"}],"user_id":"1"})")
        << 1 << ResponseCode::ErrorInvalidUserData;
    QTest::newRow("photo binary missing") << QByteArray(R"({"user_id":"1","user_photo":"BIN_1"})") << 0
                                          << ResponseCode::ErrorInvalidUserData;
    QTest::newRow("bad user id") << QByteArray(R"({"enroll_data_array":null,"user_id":"1;DROP"})") << 0
                                 << ResponseCode::ErrorInvalidUserId;
    QTest::newRow("user id missing") << QByteArray(R"({"user_name":"x"})") << 0 << ResponseCode::ErrorInvalidUserId;
}

void TestMessages::enrollmentRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(int, binaryCount);
    QFETCH(ResponseCode, expected);

    QList<QByteArray> binaries;
    for (int i = 0; i < binaryCount; ++i)
        binaries.append(QByteArray(800, char('a' + i)));
    const UserEnrollment user = UserEnrollment::parse(jsonFrame(json, binaries));
    QCOMPARE(responseCodeName(user.error), responseCodeName(expected));
}

void TestMessages::enrollmentRoundTrip()
{
    UserEnrollment original;
    original.userId = QStringLiteral("EMP_42");
    original.name = QStringLiteral("Dewi Ayu");
    original.privilegeName = QStringLiteral("MANAGER");
    original.photo = QByteArray("\xff\xd8 photo", 8);
    original.credentials = {{0, QByteArray(800, '\x10')}, {10, QByteArray("1234")}, {12, QByteArray(20000, '\x7f')}};

    const QByteArray body = original.toFrame().encode();
    QVERIFY(BsCommFrame::isWellFormed(body));
    const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    QVERIFY(decoded.ok());

    const UserEnrollment user = UserEnrollment::parse(decoded.frame);
    QVERIFY(user.ok());
    QCOMPARE(user.userId, original.userId);
    QCOMPARE(user.name, original.name);
    QCOMPARE(user.privilegeName, original.privilegeName);
    QCOMPARE(user.photo, original.photo);
    QCOMPARE(credentialsByBackupNumber(user), credentialsByBackupNumber(original));
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
