#include "codetables.h"
#include "identifiers.h"
#include "recordlibrary.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTest>

using namespace punchclock::protocol;

Q_DECLARE_METATYPE(punchclock::protocol::RecordLibrary)
Q_DECLARE_METATYPE(punchclock::protocol::Direction)
Q_DECLARE_METATYPE(punchclock::protocol::CredentialKind)
Q_DECLARE_METATYPE(punchclock::protocol::Privilege)

class TestCodeTables : public QObject
{
    Q_OBJECT

private slots:
    void verifyCodes_data();
    void verifyCodes();
    void verifyModeFromJson_data();
    void verifyModeFromJson();
    void ioModes_data();
    void ioModes();
    void credentialKinds_data();
    void credentialKinds();
    void privileges();
    void recordLibraryNames();
    void userIds_data();
    void userIds();
};

void TestCodeTables::verifyCodes_data()
{
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("methods");

    const auto hs101 = RecordLibrary::HS101;
    QTest::newRow("HS101 1") << hs101 << 1u << QStringLiteral("FP");
    QTest::newRow("HS101 3") << hs101 << 3u << QStringLiteral("IDCARD");
    QTest::newRow("HS101 4") << hs101 << 4u << QStringLiteral("FP+PASSWORD");
    QTest::newRow("HS101 20") << hs101 << 20u << QStringLiteral("FACE");
    QTest::newRow("HS101 0x89") << hs101 << 0x89u << QStringLiteral("PASSWORD+IDCARD");
    QTest::newRow("HS101 unknown 99") << hs101 << 99u << QString();

    const auto hs103 = RecordLibrary::HS103;
    QTest::newRow("HS103 FP") << hs103 << 268435456u << QStringLiteral("FP");
    QTest::newRow("HS103 PASSWORD") << hs103 << 536870912u << QStringLiteral("PASSWORD");
    QTest::newRow("HS103 IDCARD") << hs103 << 805306368u << QStringLiteral("IDCARD");
    QTest::newRow("HS103 FACE") << hs103 << 1073741824u << QStringLiteral("FACE");
    QTest::newRow("HS103 FP then PASSWORD") << hs103 << 301989888u << QStringLiteral("FP+PASSWORD");
    QTest::newRow("HS102 PASSWORD then FP") << RecordLibrary::HS102 << 0x21000000u << QStringLiteral("PASSWORD+FP");
    QTest::newRow("HS105 FACE") << RecordLibrary::HS105 << 0x40000000u << QStringLiteral("FACE");
}

void TestCodeTables::verifyCodes()
{
    QFETCH(RecordLibrary, library);
    QFETCH(quint32, code);
    QFETCH(QString, methods);

    QCOMPARE(verifyMethodsText(verifyMethodsFromCode(library, code)), methods);
}

void TestCodeTables::verifyModeFromJson_data()
{
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("methods");
    QTest::addColumn<quint32>("rawCode");

    const auto hs101 = RecordLibrary::HS101;
    QTest::newRow("number") << hs101 << QJsonValue(4) << QStringLiteral("FP+PASSWORD") << 4u;
    QTest::newRow("numeric string") << hs101 << QJsonValue(QStringLiteral("3")) << QStringLiteral("IDCARD") << 3u;
    QTest::newRow("name string") << hs101 << QJsonValue(QStringLiteral("FP")) << QStringLiteral("FP") << 0u;
    QTest::newRow("array of names") << hs101
                                    << QJsonValue(QJsonArray{QStringLiteral("FP"), QStringLiteral("PASSWORD")})
                                    << QStringLiteral("FP+PASSWORD") << 0u;
    QTest::newRow("array of numbers") << hs101 << QJsonValue(QJsonArray{1}) << QStringLiteral("FP") << 1u;
    QTest::newRow("HS103 number") << RecordLibrary::HS103 << QJsonValue(301989888) << QStringLiteral("FP+PASSWORD")
                                  << 301989888u;
    QTest::newRow("null") << hs101 << QJsonValue() << QString() << 0u;
}

void TestCodeTables::verifyModeFromJson()
{
    QFETCH(RecordLibrary, library);
    QFETCH(QJsonValue, value);
    QFETCH(QString, methods);
    QFETCH(quint32, rawCode);

    quint32 raw = 12345;
    QCOMPARE(verifyMethodsText(verifyMethodsFromJson(library, value, &raw)), methods);
    QCOMPARE(raw, rawCode);
}

void TestCodeTables::ioModes_data()
{
    QTest::addColumn<RecordLibrary>("library");
    QTest::addColumn<quint32>("raw");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("doorMode");
    QTest::addColumn<Direction>("direction");

    const auto hs101 = RecordLibrary::HS101;
    QTest::newRow("HS101 1 IN") << hs101 << 1u << 1 << 0 << Direction::In;
    QTest::newRow("HS101 2 OUT") << hs101 << 2u << 2 << 0 << Direction::Out;
    QTest::newRow("HS101 5 OT IN") << hs101 << 5u << 5 << 0 << Direction::In;
    QTest::newRow("HS101 10 PRAY OUT") << hs101 << 10u << 10 << 0 << Direction::Out;
    QTest::newRow("HS101 0 unknown") << hs101 << 0u << 0 << 0 << Direction::Unknown;

    const auto hs103 = RecordLibrary::HS103;
    QTest::newRow("HS103 in") << hs103 << 16777216u << 1 << 0 << Direction::In;
    QTest::newRow("HS103 out") << hs103 << 33554432u << 2 << 0 << Direction::Out;
    QTest::newRow("HS103 in, door mode 9") << hs103 << 0x01000009u << 1 << 9 << Direction::In;
    QTest::newRow("HS102 out, door mode 13") << RecordLibrary::HS102 << 0x0200000du << 2 << 13 << Direction::Out;

    QTest::newRow("HS105 mode 2 door 5") << RecordLibrary::HS105 << 0x02000005u << 2 << 5 << Direction::Out;
    QTest::newRow("HS105 mode 3 door 0x123456") << RecordLibrary::HS105 << 0x03123456u << 3 << 0x123456
                                                << Direction::In;

    QTest::newRow("HS100 bit 1 in") << RecordLibrary::HS100 << 1u << 1 << 0 << Direction::In;
    QTest::newRow("HS100 bit 0 out") << RecordLibrary::HS100 << 0u << 2 << 0 << Direction::Out;
    QTest::newRow("HS200 bit 1 in") << RecordLibrary::HS200 << 1u << 1 << 0 << Direction::In;

    QTest::newRow("Unknown small code") << RecordLibrary::Unknown << 2u << 2 << 0 << Direction::Out;
    QTest::newRow("Unknown bit field") << RecordLibrary::Unknown << 16777216u << 1 << 0 << Direction::In;
}

void TestCodeTables::ioModes()
{
    QFETCH(RecordLibrary, library);
    QFETCH(quint32, raw);
    QFETCH(int, mode);
    QFETCH(int, doorMode);
    QFETCH(Direction, direction);

    const IoMode io = decodeIoMode(library, raw);
    QCOMPARE(io.raw, raw);
    QCOMPARE(io.mode, mode);
    QCOMPARE(io.doorMode, doorMode);
    QCOMPARE(io.direction, direction);
}

void TestCodeTables::credentialKinds_data()
{
    QTest::addColumn<int>("backupNumber");
    QTest::addColumn<CredentialKind>("kind");

    QTest::newRow("0") << 0 << CredentialKind::Fingerprint;
    QTest::newRow("9") << 9 << CredentialKind::Fingerprint;
    QTest::newRow("10") << 10 << CredentialKind::Password;
    QTest::newRow("11") << 11 << CredentialKind::Card;
    QTest::newRow("12") << 12 << CredentialKind::Face;
    QTest::newRow("13") << 13 << CredentialKind::Palm;
    QTest::newRow("14") << 14 << CredentialKind::Palm;
    QTest::newRow("15") << 15 << CredentialKind::Photo;
    QTest::newRow("20") << 20 << CredentialKind::Vein;
    QTest::newRow("16") << 16 << CredentialKind::Invalid;
    QTest::newRow("21") << 21 << CredentialKind::Invalid;
    QTest::newRow("-1") << -1 << CredentialKind::Invalid;
}

void TestCodeTables::credentialKinds()
{
    QFETCH(int, backupNumber);
    QFETCH(CredentialKind, kind);

    QCOMPARE(credentialKind(backupNumber), kind);
}

void TestCodeTables::privileges()
{
    QCOMPARE(privilegeFromName(QStringLiteral("MANAGER")), Privilege::Manager);
    QCOMPARE(privilegeFromName(QStringLiteral("manager")), Privilege::Manager);
    QCOMPARE(privilegeFromName(QStringLiteral("User")), Privilege::User);
    QCOMPARE(privilegeFromName(QStringLiteral("register")), Privilege::Register);
    QCOMPARE(privilegeFromName(QStringLiteral("Operator")), Privilege::Operator);
    QCOMPARE(privilegeFromName(QStringLiteral("BACKUP")), Privilege::Unknown);
    QCOMPARE(privilegeFromName(QString()), Privilege::Unknown);

    QCOMPARE(privilegeFromRecordByte(0), Privilege::User);
    QCOMPARE(privilegeFromRecordByte(1), Privilege::Manager);
    QCOMPARE(privilegeFromRecordByte(3), Privilege::Unknown);
}

void TestCodeTables::recordLibraryNames()
{
    QCOMPARE(recordLibraryFromName(QStringLiteral("FKDATAHS101")), RecordLibrary::HS101);
    QCOMPARE(recordLibraryFromName(QStringLiteral("FKDataHS103")), RecordLibrary::HS103);
    QCOMPARE(recordLibraryFromName(QStringLiteral("fkdatahs200")), RecordLibrary::HS200);
    QCOMPARE(recordLibraryFromName(QStringLiteral("FKDataHS999")), RecordLibrary::Unknown);
    QCOMPARE(recordLibraryFromName(QStringLiteral("HS101")), RecordLibrary::Unknown);
    QCOMPARE(recordLibraryFromName(QString()), RecordLibrary::Unknown);
    QCOMPARE(recordLibraryName(RecordLibrary::HS105), QStringLiteral("FKDataHS105"));
}

void TestCodeTables::userIds_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<bool>("valid");

    QTest::newRow("letters, digit, underscore") << QStringLiteral("A_1") << true;
    QTest::newRow("24 chars") << QString(24, QLatin1Char('9')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("25 chars") << QString(25, QLatin1Char('9')) << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("non-ASCII letter") << QString(QChar(0x00e9)) << false;
    QTest::newRow("SQL") << QStringLiteral("1;DROP") << false;
}

void TestCodeTables::userIds()
{
    QFETCH(QString, userId);
    QFETCH(bool, valid);

    QCOMPARE(isValidUserId(userId), valid);
    QCOMPARE(isValidDeviceId(userId), valid);
}

QTEST_GUILESS_MAIN(TestCodeTables)
#include "tst_codetables.moc"
