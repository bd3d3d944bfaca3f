// The administrator-log decoder (GET_SLOG_DATA, protocol.md §8.3) on records written out byte by
// byte from the vendor server's FKDataHS101.SLog / FKDataHS102.SLog layouts.

#include "adminlogcodec.h"
#include "commandresults.h"
#include "walltime.h"

#include <QJsonDocument>
#include <QTest>

using namespace punchclock::protocol;

Q_DECLARE_METATYPE(punchclock::protocol::ResultError)

namespace {

// 2026-03-26 17:36 as the date word Year-1900:12 Month:4 Day:5 Hour:5 Minute:6.
const QByteArray march26At1736 = QByteArray::fromHex("7e303a92");
// 2025-12-31 23:59.
const QByteArray newYearsEve = QByteArray::fromHex("7dc0ffee");
// Month 13: no such date.
const QByteArray month13 = QByteArray::fromHex("7ed00100");

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QByteArray padded(const char *text, int width)
{
    QByteArray bytes(text);
    bytes.append(QByteArray(width - bytes.size(), '\0'));
    return bytes;
}

// Valid 1 · Kind · BackupNumber · toBackupNumber · manager u32 · user u32 · date word.
QByteArray hs101Record(int kind, int verify, int target, const char *managerLe, const char *userLe,
                       const QByteArray &date)
{
    return QByteArray(1, '\x01') + char(kind) + char(verify) + char(target) + hex(managerLe) + hex(userLe) + date;
}

// Valid 1 · Kind · BackupNumber · toBackupNumber · manager 16 ASCII · user 16 ASCII · date word.
QByteArray hs102Record(int kind, int verify, int target, const char *manager, const char *user, const QByteArray &date)
{
    return QByteArray(1, '\x01') + char(kind) + char(verify) + char(target) + padded(manager, 16) + padded(user, 16) +
           date;
}

QByteArray terminalBody(const QByteArray &json, const QByteArrayList &binaries = {})
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        qFatal("test JSON does not parse: %s", json.constData());
    return BsCommFrame(document.object(), binaries).encode(BsCommFrame::TextTail::NewlineAndNul);
}

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return walltime::make(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

class TestAdminLogRecords : public QObject
{
    Q_OBJECT

private slots:
    void hs101RecordsDecode()
    {
        const QByteArray enroll = hs101Record(3, 0, 2, "05000000", "0f000000", march26At1736);
        const QByteArray settings = hs101Record(9, 10, 0, "05000000", "00000000", newYearsEve);
        QCOMPARE(enroll.size(), 16);
        const DecodedAdminLogRecords decoded = decodeAdminLogRecords(RecordLibrary::HS101, enroll + settings, 2, 16);
        QCOMPARE(decoded.error, DecodedAdminLogRecords::Error::None);
        QCOMPARE(decoded.records.size(), 2);

        const AdminLogRecord &first = decoded.records.at(0);
        QVERIFY(first.decoded);
        QCOMPARE(first.kind, int(AdminAction::EnrollUser));
        QCOMPARE(first.managerVerify, 0); // the manager's finger 1
        QCOMPARE(first.target, 2);        // finger 3 of the user
        QCOMPARE(first.managerId, QStringLiteral("5"));
        QCOMPARE(first.userId, QStringLiteral("15"));
        QCOMPARE(first.time, at(2026, 3, 26, 17, 36));
        QCOMPARE(first.raw, enroll);

        const AdminLogRecord &second = decoded.records.at(1);
        QCOMPARE(second.kind, int(AdminAction::SystemSettings));
        QCOMPARE(second.managerVerify, 10); // by password
        QVERIFY(second.userId.isEmpty());   // user 0: nobody concerned
        QCOMPARE(second.time, at(2025, 12, 31, 23, 59));
    }

    void hs101ManagerZeroIsNobody()
    {
        // With no manager enrolled anyone may enter the menu; the record then names id 0.
        const DecodedAdminLogRecords decoded = decodeAdminLogRecords(
            RecordLibrary::HS101, hs101Record(19, 0, 0, "00000000", "ffffffff", march26At1736), 1, 16);
        QCOMPARE(decoded.records.size(), 1);
        QVERIFY(decoded.records.at(0).managerId.isEmpty());
        QCOMPARE(decoded.records.at(0).userId, QStringLiteral("4294967295"));
        QCOMPARE(decoded.records.at(0).kind, int(AdminAction::DeleteUser));
    }

    void hs102RecordsDecode()
    {
        const QByteArray modify = hs102Record(18, 12, 0x81, "ADMIN_1", "EMP_0007", march26At1736);
        QCOMPARE(modify.size(), 40);
        const DecodedAdminLogRecords decoded = decodeAdminLogRecords(RecordLibrary::HS102, modify, 1, 40);
        QCOMPARE(decoded.error, DecodedAdminLogRecords::Error::None);
        QCOMPARE(decoded.records.size(), 1);
        const AdminLogRecord &record = decoded.records.at(0);
        QVERIFY(record.decoded);
        QCOMPARE(record.kind, int(AdminAction::ModifyUser));
        QCOMPARE(record.target, int(AdminLogField::Name));
        QCOMPARE(record.managerVerify, 12); // by face
        QCOMPARE(record.managerId, QStringLiteral("ADMIN_1"));
        QCOMPARE(record.userId, QStringLiteral("EMP_0007"));
        QCOMPARE(record.time, at(2026, 3, 26, 17, 36));
    }

    void hs102IdsFillingTheirWholeFieldStayApart()
    {
        // Sixteen characters leave no NUL: the manager's id must not run into the user's.
        const QByteArray record = hs102Record(3, 0, 0, "ABCDEFGHIJKLMNOP", "QRSTUVWXYZ012345", newYearsEve);
        const DecodedAdminLogRecords decoded = decodeAdminLogRecords(RecordLibrary::HS102, record, 1, 40);
        QCOMPARE(decoded.records.at(0).managerId, QStringLiteral("ABCDEFGHIJKLMNOP"));
        QCOMPARE(decoded.records.at(0).userId, QStringLiteral("QRSTUVWXYZ012345"));
    }

    void unknownKindsAreKept()
    {
        const DecodedAdminLogRecords decoded = decodeAdminLogRecords(
            RecordLibrary::HS101, hs101Record(1, 0, 0, "05000000", "00000000", march26At1736), 1, 16);
        QCOMPARE(decoded.records.size(), 1);
        QCOMPARE(decoded.records.at(0).kind, 1);
        QVERIFY(!isKnownAdminAction(1));
        QVERIFY(isKnownAdminAction(int(AdminAction::EnrollUser)));
        QVERIFY(isKnownAdminAction(int(AdminAction::DeleteUser)));
        QVERIFY(!isKnownAdminAction(20));
    }

    void layoutsNotKnownAreKeptUndecoded_data()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::addColumn<int>("recordSize");
        QTest::newRow("HS103, no public layout") << RecordLibrary::HS103 << 40;
        QTest::newRow("HS104") << RecordLibrary::HS104 << 16;
        QTest::newRow("unknown library") << RecordLibrary::Unknown << 16;
        QTest::newRow("HS101 with another size") << RecordLibrary::HS101 << 20;
        QTest::newRow("HS102 with HS101's size") << RecordLibrary::HS102 << 16;
    }

    void layoutsNotKnownAreKeptUndecoded()
    {
        QFETCH(RecordLibrary, library);
        QFETCH(int, recordSize);
        QByteArray data;
        for (int i = 0; i < 3 * recordSize; ++i)
            data.append(char(i));
        const DecodedAdminLogRecords decoded = decodeAdminLogRecords(library, data, 3, recordSize);
        QCOMPARE(decoded.error, DecodedAdminLogRecords::Error::None);
        QCOMPARE(decoded.records.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!decoded.records.at(i).decoded);
            QCOMPARE(decoded.records.at(i).raw, data.mid(i * recordSize, recordSize));
            QVERIFY(!decoded.records.at(i).time.isValid());
        }
    }

    void impossibleDatesAreCountedAndSkipped()
    {
        const QByteArray good = hs101Record(4, 0, 0, "01000000", "02000000", march26At1736);
        const QByteArray bad = hs101Record(4, 0, 0, "01000000", "03000000", month13);
        const DecodedAdminLogRecords decoded = decodeAdminLogRecords(RecordLibrary::HS101, bad + good + bad, 3, 16);
        QCOMPARE(decoded.error, DecodedAdminLogRecords::Error::None);
        QCOMPARE(decoded.records.size(), 1);
        QCOMPARE(decoded.records.at(0).userId, QStringLiteral("2"));
        QCOMPARE(decoded.invalidRecords, 2);
    }

    void shortOrAbsurdDataIsRefused()
    {
        const QByteArray record = hs101Record(3, 0, 0, "01000000", "02000000", march26At1736);
        QCOMPARE(decodeAdminLogRecords(RecordLibrary::HS101, record, 2, 16).error,
                 DecodedAdminLogRecords::Error::Truncated);
        QCOMPARE(decodeAdminLogRecords(RecordLibrary::HS101, record, 1, 0).error,
                 DecodedAdminLogRecords::Error::InvalidRecordSize);
        QCOMPARE(decodeAdminLogRecords(RecordLibrary::HS101, record, 1, MaxAdminLogRecordSize + 1).error,
                 DecodedAdminLogRecords::Error::InvalidRecordSize);
        // One record per byte would cost ~150 times the body in memory.
        QCOMPARE(decodeAdminLogRecords(RecordLibrary::HS103, record, 16, 1).error,
                 DecodedAdminLogRecords::Error::InvalidRecordSize);
        QCOMPARE(decodeAdminLogRecords(RecordLibrary::HS103, record, 1, MinAdminLogRecordSize - 1).error,
                 DecodedAdminLogRecords::Error::InvalidRecordSize);
        // A count no terminal's log reaches is refused before anything is allocated, even with
        // the bytes for it.
        const QByteArray many(qsizetype(MaxAdminLogRecords + 1) * 16, '\x01');
        const DecodedAdminLogRecords tooMany = decodeAdminLogRecords(RecordLibrary::HS103, many, MaxAdminLogRecords + 1, 16);
        QCOMPARE(tooMany.error, DecodedAdminLogRecords::Error::TooManyRecords);
        QVERIFY(tooMany.records.isEmpty());
        QCOMPARE(decodeAdminLogRecords(RecordLibrary::HS103, many, MaxAdminLogRecords, 16).records.size(),
                 MaxAdminLogRecords);
        // A count past what the bytes could hold must not be trusted for an allocation.
        const DecodedAdminLogRecords huge = decodeAdminLogRecords(RecordLibrary::HS101, record, 2000000000, 16);
        QCOMPARE(huge.error, DecodedAdminLogRecords::Error::Truncated);
        QVERIFY(huge.records.isEmpty());
    }

    void encodingWritesTheTerminalsBytes()
    {
        // The simulator answers with these bytes: they must be the layout above, not a private one.
        AdminLogRecord record;
        record.kind = 3;
        record.managerVerify = 0;
        record.target = 2;
        record.managerId = QStringLiteral("5");
        record.userId = QStringLiteral("15");
        record.time = at(2026, 3, 26, 17, 36);
        QCOMPARE(encodeAdminLogRecord(RecordLibrary::HS101, record),
                 hs101Record(3, 0, 2, "05000000", "0f000000", march26At1736));
        record.kind = 18;
        record.managerVerify = 12;
        record.target = 0x81;
        record.managerId = QStringLiteral("ADMIN_1");
        record.userId = QStringLiteral("EMP_0007");
        QCOMPARE(encodeAdminLogRecord(RecordLibrary::HS102, record),
                 hs102Record(18, 12, 0x81, "ADMIN_1", "EMP_0007", march26At1736));
        QVERIFY(encodeAdminLogRecord(RecordLibrary::HS103, record).isEmpty());
    }

    void resultBodiesDecode()
    {
        const QByteArray records = hs101Record(3, 0, 2, "05000000", "0f000000", march26At1736) +
                                   hs101Record(19, 0, 0, "05000000", "10000000", newYearsEve);
        // Counts as strings, as WS535 firmware writes them for GET_LOG_DATA.
        const AdminLogResult result = decodeAdminLogResult(
            terminalBody(R"({"log_array":"BIN_1","log_count":"2","one_log_size":"16"})", {records}),
            RecordLibrary::HS101);
        QCOMPARE(result.error, ResultError::None);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(1).kind, int(AdminAction::DeleteUser));
        QCOMPARE(result.records.at(1).userId, QStringLiteral("16"));

        // The vendor server reads the first binary whatever the key says.
        const AdminLogResult keyless =
            decodeAdminLogResult(terminalBody(R"({"log_count":2,"one_log_size":16})", {records}), RecordLibrary::HS101);
        QCOMPARE(keyless.error, ResultError::None);
        QCOMPARE(keyless.records.size(), 2);

        const AdminLogResult empty = decodeAdminLogResult(terminalBody(R"({"log_count":0})"), RecordLibrary::HS101);
        QCOMPARE(empty.error, ResultError::None);
        QVERIFY(empty.records.isEmpty());

        const AdminLogResult undecoded = decodeAdminLogResult(
            terminalBody(R"({"log_array":"BIN_1","log_count":2,"one_log_size":16})", {records}), RecordLibrary::HS103);
        QCOMPARE(undecoded.error, ResultError::None);
        QCOMPARE(undecoded.records.size(), 2);
        QVERIFY(!undecoded.records.at(0).decoded);
    }

    void brokenResultsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ResultError>("error");
        const QByteArray record = hs101Record(3, 0, 2, "05000000", "0f000000", march26At1736);
        QTest::newRow("bare JSON") << QByteArray(R"({"log_count":1})") << ResultError::NotFramed;
        QTest::newRow("no count") << terminalBody(R"({"one_log_size":16})", {record}) << ResultError::MissingField;
        QTest::newRow("negative count") << terminalBody(R"({"log_count":-1})") << ResultError::InvalidField;
        QTest::newRow("no size") << terminalBody(R"({"log_array":"BIN_1","log_count":1})", {record})
                                 << ResultError::MissingField;
        QTest::newRow("size zero") << terminalBody(R"({"log_array":"BIN_1","log_count":1,"one_log_size":0})", {record})
                                   << ResultError::InvalidField;
        QTest::newRow("one byte a record") << terminalBody(R"({"log_array":"BIN_1","log_count":16,"one_log_size":1})",
                                                           {record})
                                           << ResultError::InvalidField;
        QTest::newRow("size absurd") << terminalBody(R"({"log_array":"BIN_1","log_count":1,"one_log_size":1000000})",
                                                     {record})
                                     << ResultError::InvalidField;
        QTest::newRow("records cut short")
            << terminalBody(R"({"log_array":"BIN_1","log_count":3,"one_log_size":16})", {record})
            << ResultError::Truncated;
        QTest::newRow("no binary") << terminalBody(R"({"log_array":"BIN_1","log_count":1,"one_log_size":16})")
                                   << ResultError::MissingBinary;
    }

    void brokenResultsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(ResultError, error);
        const AdminLogResult result = decodeAdminLogResult(body, RecordLibrary::HS101);
        QCOMPARE(result.error, error);
        QVERIFY(result.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminLogRecords)
#include "tst_adminlogrecords.moc"
