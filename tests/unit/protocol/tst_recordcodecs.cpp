#include "logrecordcodec.h"
#include "testdata.h"
#include "useridrecordcodec.h"
#include "walltime.h"

#include <QTest>
#include <QtEndian>

using namespace punchclock::protocol;

Q_DECLARE_METATYPE(punchclock::protocol::RecordLibrary)

namespace {

LogRecord logRecord(RecordLibrary library, const QString &userId, const QDateTime &ioTime, quint32 ioRaw,
                    quint32 verifyRaw)
{
    LogRecord record;
    record.userId = userId;
    record.ioTime = ioTime;
    record.ioMode = decodeIoMode(library, ioRaw);
    record.verifyModeRaw = verifyRaw;
    record.verifyMethods = verifyMethodsFromCode(library, verifyRaw);
    return record;
}

} // namespace

class TestRecordCodecs : public QObject
{
    Q_OBJECT

private slots:
    void decodesRealHs103LogRecord();
    void logRecordRoundTrip_data();
    void logRecordRoundTrip();
    void logRecordErrors();
    void emptyLogResult();
    void impossibleDateIsCountedAndSkipped();

    void decodesRealHs101UserIdRecord();
    void decodesHs103FlagByte();
    void userIdRecordRoundTrip_data();
    void userIdRecordRoundTrip();
    void userIdRecordErrors();
    void credentialFlagBits_data();
    void credentialFlagBits();
};

void TestRecordCodecs::decodesRealHs103LogRecord()
{
    const QByteArray data = punchclock::test::readTestData(QStringLiteral("hs103_log_record.bin"));
    const DecodedLogRecords decoded = decodeLogRecords(RecordLibrary::HS103, data, 1, 48);

    QCOMPARE(decoded.error, DecodedLogRecords::Error::None);
    QCOMPARE(decoded.invalidRecords, 0);
    QCOMPARE(decoded.records.size(), 1);
    const LogRecord &record = decoded.records.first();
    QCOMPARE(record.userId, QStringLiteral("7"));
    QCOMPARE(record.ioTime, walltime::make(QDate(2026, 3, 26), QTime(17, 36, 10)));
    QCOMPARE(record.ioMode.mode, 2);
    QCOMPARE(record.ioMode.direction, Direction::Out);
    QCOMPARE(verifyMethodsText(record.verifyMethods), QStringLiteral("FP"));
    QCOMPARE(record.verifyModeRaw, 0x10000000u);
}

void TestRecordCodecs::logRecordRoundTrip_data()
{
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<int>("recordSize");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QDateTime>("ioTime");
    QTest::addColumn<quint32>("ioRaw");
    QTest::addColumn<quint32>("verifyRaw");

    const auto at = [](int y, int mo, int d, int h, int mi, int s) {
        return walltime::make(QDate(y, mo, d), QTime(h, mi, s));
    };
    QTest::newRow("HS100") << RecordLibrary::HS100 << 12 << QStringLiteral("12345") << at(2026, 1, 2, 7, 5, 9)
                           << 1u << 1u;
    QTest::newRow("HS101") << RecordLibrary::HS101 << 12 << QStringLiteral("857") << at(2018, 10, 5, 16, 59, 17)
                           << 5u << 4u;
    QTest::newRow("HS102") << RecordLibrary::HS102 << 32 << QStringLiteral("EMP_0042")
                           << at(2026, 3, 29, 2, 30, 0) << 0x02000000u << 0x12000000u;
    QTest::newRow("HS103") << RecordLibrary::HS103 << 48 << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWX")
                           << at(2026, 12, 31, 23, 59, 59) << 0x01000003u << 0x40000000u;
    QTest::newRow("HS104") << RecordLibrary::HS104 << 12 << QStringLiteral("4294967295")
                           << at(2000, 1, 1, 0, 0, 1) << 10u << 20u;
    QTest::newRow("HS105") << RecordLibrary::HS105 << 20 << QStringLiteral("99") << at(2024, 2, 29, 12, 0, 30)
                           << 0x02000005u << 0x30000000u;
    QTest::newRow("HS200") << RecordLibrary::HS200 << 12 << QStringLiteral("7") << at(2026, 3, 26, 17, 36, 10)
                           << 1u << 3u;
}

void TestRecordCodecs::logRecordRoundTrip()
{
    QFETCH(RecordLibrary, library);
    QFETCH(int, recordSize);
    QFETCH(QString, userId);
    QFETCH(QDateTime, ioTime);
    QFETCH(quint32, ioRaw);
    QFETCH(quint32, verifyRaw);

    const LogRecord original = logRecord(library, userId, ioTime, ioRaw, verifyRaw);
    QVERIFY(!original.verifyMethods.isEmpty());
    const QByteArray bytes = encodeLogRecord(library, original) + encodeLogRecord(library, original);
    QCOMPARE(logRecordSize(library), recordSize);
    QCOMPARE(bytes.size(), 2 * recordSize);

    const DecodedLogRecords decoded = decodeLogRecords(library, bytes, 2, recordSize);
    QCOMPARE(decoded.error, DecodedLogRecords::Error::None);
    QCOMPARE(decoded.invalidRecords, 0);
    QCOMPARE(decoded.records.size(), 2);
    const LogRecord &record = decoded.records.last();
    QCOMPARE(record.userId, userId);
    QCOMPARE(record.ioTime, ioTime);
    QCOMPARE(record.ioTime.time().second(), ioTime.time().second());
    QCOMPARE(record.ioMode.raw, original.ioMode.raw);
    QCOMPARE(record.ioMode.mode, original.ioMode.mode);
    QCOMPARE(record.ioMode.doorMode, original.ioMode.doorMode);
    QCOMPARE(record.ioMode.direction, original.ioMode.direction);
    QCOMPARE(record.verifyModeRaw, verifyRaw);
    QCOMPARE(verifyMethodsText(record.verifyMethods), verifyMethodsText(original.verifyMethods));
}

void TestRecordCodecs::logRecordErrors()
{
    const LogRecord record = logRecord(RecordLibrary::HS101, QStringLiteral("1"),
                                       walltime::make(QDate(2026, 3, 26), QTime(8, 0)), 1, 1);
    const QByteArray one = encodeLogRecord(RecordLibrary::HS101, record);

    QCOMPARE(decodeLogRecords(RecordLibrary::HS101, one + one, 1, 24).error,
             DecodedLogRecords::Error::RecordSizeMismatch);
    QCOMPARE(decodeLogRecords(RecordLibrary::HS103, one, 1, 12).error,
             DecodedLogRecords::Error::RecordSizeMismatch);

    const DecodedLogRecords truncated = decodeLogRecords(RecordLibrary::HS101, one + one.left(11), 2, 12);
    QCOMPARE(truncated.error, DecodedLogRecords::Error::Truncated);
    QVERIFY(truncated.records.isEmpty());

    QCOMPARE(decodeLogRecords(RecordLibrary::Unknown, one, 1, 12).error,
             DecodedLogRecords::Error::UnknownLibrary);
}

void TestRecordCodecs::emptyLogResult()
{
    const DecodedLogRecords decoded = decodeLogRecords(RecordLibrary::HS103, QByteArray(), 0, 48);
    QCOMPARE(decoded.error, DecodedLogRecords::Error::None);
    QVERIFY(decoded.records.isEmpty());
    QCOMPARE(decoded.invalidRecords, 0);
}

void TestRecordCodecs::impossibleDateIsCountedAndSkipped()
{
    const QDateTime time = walltime::make(QDate(2026, 3, 26), QTime(8, 0, 5));
    const auto encoded = [&](const QString &userId) {
        return encodeLogRecord(RecordLibrary::HS101, logRecord(RecordLibrary::HS101, userId, time, 1, 1));
    };
    QByteArray broken = encoded(QStringLiteral("2"));
    // Clear the month bits (12–15) of the tm32 word at offset 8: month 0 is no date.
    const quint32 word = qFromLittleEndian<quint32>(broken.constData() + 8) & ~0xf000u;
    qToLittleEndian(word, broken.data() + 8);

    const QByteArray data = encoded(QStringLiteral("1")) + broken + encoded(QStringLiteral("3"));
    const DecodedLogRecords decoded = decodeLogRecords(RecordLibrary::HS101, data, 3, 12);

    QCOMPARE(decoded.error, DecodedLogRecords::Error::None);
    QCOMPARE(decoded.invalidRecords, 1);
    QCOMPARE(decoded.records.size(), 2);
    QCOMPARE(decoded.records.at(0).userId, QStringLiteral("1"));
    QCOMPARE(decoded.records.at(1).userId, QStringLiteral("3"));
    QCOMPARE(decoded.records.at(1).ioTime, time);
}

void TestRecordCodecs::decodesRealHs101UserIdRecord()
{
    const QByteArray data = punchclock::test::readTestData(QStringLiteral("hs101_user_id_record.bin"));
    const DecodedUserIdRecords decoded = decodeUserIdRecords(RecordLibrary::HS101, data, 1, 8);

    QCOMPARE(decoded.error, DecodedUserIdRecords::Error::None);
    QCOMPARE(decoded.records.size(), 1);
    const UserIdRecord &user = decoded.records.first();
    QCOMPARE(user.userId, QStringLiteral("1"));
    QCOMPARE(user.privilege, Privilege::Manager);
    QVERIFY(user.enabled);
    QCOMPARE(user.credentials.fingers, 1);
    QVERIFY(!user.credentials.password);
    QVERIFY(!user.credentials.card);
    QVERIFY(!user.credentials.face);
}

void TestRecordCodecs::decodesHs103FlagByte()
{
    QByteArray data(36, '\0');
    data[0] = '7';
    data[32] = 0;    // USER
    data[33] = 1;    // enabled
    data[34] = 0x0d; // password + face + one finger

    const DecodedUserIdRecords decoded = decodeUserIdRecords(RecordLibrary::HS103, data, 1, 36);
    QCOMPARE(decoded.error, DecodedUserIdRecords::Error::None);
    QCOMPARE(decoded.records.size(), 1);
    const UserIdRecord &user = decoded.records.first();
    QCOMPARE(user.userId, QStringLiteral("7"));
    QCOMPARE(user.privilege, Privilege::User);
    QVERIFY(user.credentials.password);
    QVERIFY(user.credentials.face);
    QVERIFY(!user.credentials.card);
    QCOMPARE(user.credentials.fingers, 1);
}

void TestRecordCodecs::userIdRecordRoundTrip_data()
{
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<int>("recordSize");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<int>("privilegeByte");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("flagBits");   // ignored by HS100/HS200: one record per enrolled item
    QTest::addColumn<int>("backupNumber"); // HS100/HS200 only

    QTest::newRow("HS100") << RecordLibrary::HS100 << 8 << QStringLiteral("123") << 1 << true << 0 << 3;
    QTest::newRow("HS101") << RecordLibrary::HS101 << 8 << QStringLiteral("1") << 1 << true << 0x0008 << -1;
    QTest::newRow("HS102") << RecordLibrary::HS102 << 20 << QStringLiteral("EMP_0000000042") << 0 << false
                           << 0x2107 << -1;
    QTest::newRow("HS103") << RecordLibrary::HS103 << 36 << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWX") << 1
                           << true << 0x000d << -1;
    QTest::newRow("HS104") << RecordLibrary::HS104 << 8 << QStringLiteral("4294967295") << 0 << true << 0x0012
                           << -1;
    QTest::newRow("HS105") << RecordLibrary::HS105 << 8 << QStringLiteral("65536") << 0 << false << 0x0004 << -1;
    QTest::newRow("HS200") << RecordLibrary::HS200 << 8 << QStringLiteral("9") << 0 << false << 0 << 12;
}

void TestRecordCodecs::userIdRecordRoundTrip()
{
    QFETCH(RecordLibrary, library);
    QFETCH(int, recordSize);
    QFETCH(QString, userId);
    QFETCH(int, privilegeByte);
    QFETCH(bool, enabled);
    QFETCH(int, flagBits);
    QFETCH(int, backupNumber);

    UserIdRecord original;
    original.userId = userId;
    original.privilegeByte = privilegeByte;
    original.privilege = privilegeFromRecordByte(privilegeByte);
    original.enabled = enabled;
    original.credentials = CredentialFlags::fromBits(quint16(flagBits));
    original.backupNumber = backupNumber;

    const QByteArray bytes = encodeUserIdRecord(library, original);
    QCOMPARE(userIdRecordSize(library), recordSize);
    QCOMPARE(bytes.size(), recordSize);

    const DecodedUserIdRecords decoded = decodeUserIdRecords(library, bytes, 1, recordSize);
    QCOMPARE(decoded.error, DecodedUserIdRecords::Error::None);
    QCOMPARE(decoded.records.size(), 1);
    const UserIdRecord &user = decoded.records.first();
    QCOMPARE(user.userId, userId);
    QCOMPARE(user.privilegeByte, privilegeByte);
    QCOMPARE(user.privilege, original.privilege);
    QCOMPARE(user.enabled, enabled);
    QCOMPARE(user.credentials.toBits(), quint16(flagBits));
    QCOMPARE(user.backupNumber, backupNumber);
}

void TestRecordCodecs::userIdRecordErrors()
{
    const QByteArray data = punchclock::test::readTestData(QStringLiteral("hs101_user_id_record.bin"));
    QCOMPARE(decodeUserIdRecords(RecordLibrary::HS101, data, 1, 20).error,
             DecodedUserIdRecords::Error::RecordSizeMismatch);
    QCOMPARE(decodeUserIdRecords(RecordLibrary::HS101, data, 2, 8).error, DecodedUserIdRecords::Error::Truncated);
    QCOMPARE(decodeUserIdRecords(RecordLibrary::Unknown, data, 1, 8).error,
             DecodedUserIdRecords::Error::UnknownLibrary);
}

void TestRecordCodecs::credentialFlagBits_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("password");
    QTest::addColumn<bool>("card");
    QTest::addColumn<bool>("face");
    QTest::addColumn<int>("fingers");
    QTest::addColumn<int>("veins");
    QTest::addColumn<int>("palms");

    QTest::newRow("nothing") << 0x0000 << false << false << false << 0 << 0 << 0;
    QTest::newRow("password") << 0x0001 << true << false << false << 0 << 0 << 0;
    QTest::newRow("card") << 0x0002 << false << true << false << 0 << 0 << 0;
    QTest::newRow("face") << 0x0004 << false << false << true << 0 << 0 << 0;
    QTest::newRow("one finger") << 0x0008 << false << false << false << 1 << 0 << 0;
    QTest::newRow("ten fingers") << 0x0050 << false << false << false << 10 << 0 << 0;
    QTest::newRow("one vein") << 0x0080 << false << false << false << 0 << 1 << 0;
    QTest::newRow("63 veins") << 0x1f80 << false << false << false << 0 << 63 << 0;
    QTest::newRow("one palm") << 0x2000 << false << false << false << 0 << 0 << 1;
    QTest::newRow("two palms") << 0x4000 << false << false << false << 0 << 0 << 2;
    QTest::newRow("Fingerspot 0x0d") << 0x000d << true << false << true << 1 << 0 << 0;
    QTest::newRow("everything") << 0x410f << true << true << true << 1 << 2 << 2;
}

void TestRecordCodecs::credentialFlagBits()
{
    QFETCH(int, bits);
    QFETCH(bool, password);
    QFETCH(bool, card);
    QFETCH(bool, face);
    QFETCH(int, fingers);
    QFETCH(int, veins);
    QFETCH(int, palms);

    const CredentialFlags flags = CredentialFlags::fromBits(quint16(bits));
    QCOMPARE(flags.password, password);
    QCOMPARE(flags.card, card);
    QCOMPARE(flags.face, face);
    QCOMPARE(flags.fingers, fingers);
    QCOMPARE(flags.veins, veins);
    QCOMPARE(flags.palms, palms);

    CredentialFlags built;
    built.password = password;
    built.card = card;
    built.face = face;
    built.fingers = fingers;
    built.veins = veins;
    built.palms = palms;
    QCOMPARE(built.toBits(), quint16(bits));
}

QTEST_GUILESS_MAIN(TestRecordCodecs)
#include "tst_recordcodecs.moc"
