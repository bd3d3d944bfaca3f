#include "adminlogcodec.h"
#include "bscommframe.h"
#include "commandresults.h"
#include "logrecordcodec.h"
#include "pollinfo.h"
#include "realtimelog.h"
#include "testdata.h"
#include "useridrecordcodec.h"
#include "userenrollment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace punchclock;
using protocol::BsCommFrame;

// Whatever a terminal (or anyone on the network) sends, the parsers answer with a result or an
// error and never crash, hang or read out of bounds. Seeds are fixed so that a failure repeats.
class tst_Robustness : public QObject
{
    Q_OBJECT

private:
    static QByteArray randomBytes(QRandomGenerator &random, int maxLength)
    {
        QByteArray bytes(int(random.bounded(maxLength + 1)), '\0');
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        return bytes;
    }

    // A valid body with one thing broken: a flipped byte, a cut, a length field changed.
    static QByteArray mutated(QRandomGenerator &random, QByteArray body)
    {
        if (body.isEmpty())
            return body;
        switch (random.bounded(4)) {
        case 0:
            body[int(random.bounded(int(body.size())))] = char(random.bounded(256));
            break;
        case 1:
            body.truncate(int(random.bounded(int(body.size()))));
            break;
        case 2: {
            const quint32 length = random.generate();
            memcpy(body.data(), &length, std::min<qsizetype>(4, body.size()));
            break;
        }
        default:
            body.insert(int(random.bounded(int(body.size()))), randomBytes(random, 8));
            break;
        }
        return body;
    }

    static QList<QByteArray> validBodies()
    {
        QList<QByteArray> bodies;
        for (const char *fixture : {"capture_hs101_realtime_glog.http", "capture_hs101_receive_cmd.http"}) {
            const QByteArray request = test::readTestData(QLatin1String(fixture));
            bodies << request.mid(request.indexOf("\r\n\r\n") + 4);
        }
        bodies << test::readTestData(QStringLiteral("set_time_frame.bin"));
        protocol::UserEnrollment user;
        user.userId = QStringLiteral("857");
        user.name = QStringLiteral("ARIF");
        user.photo = QByteArray(300, 'p');
        user.credentials = {{0, QByteArray(200, 'a')}, {12, QByteArray(500, 'f')}};
        bodies << user.toFrame().encode(BsCommFrame::TextTail::NewlineAndNul);
        BsCommFrame logs;
        const QString reference = logs.addBinary(test::readTestData(QStringLiteral("hs103_log_record.bin")).repeated(3));
        bodies << BsCommFrame(QJsonObject{{QStringLiteral("log_array"), reference}, {QStringLiteral("log_count"), 3},
                                          {QStringLiteral("one_log_size"), 48}},
                              logs.binaries())
                      .encode();
        return bodies;
    }

    static void parseEverything(const QByteArray &body)
    {
        const BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
        BsCommFrame::isWellFormed(body);
        if (decoded.ok()) {
            // Every binary kept lies within the body.
            qsizetype total = 0;
            for (const QByteArray &binary : decoded.frame.binaries())
                total += binary.size();
            QVERIFY(total <= body.size());
        }
        for (protocol::RecordLibrary library : {protocol::RecordLibrary::HS101, protocol::RecordLibrary::HS103,
                                                protocol::RecordLibrary::HS100, protocol::RecordLibrary::Unknown}) {
            protocol::RealtimeLog::parse(decoded.frame, library);
            protocol::decodeLogDataResult(body, library);
            protocol::decodeUserIdListResult(body, library);
            protocol::decodeAdminLogResult(body, library);
        }
        protocol::PollInfo::parse(decoded.frame);
        protocol::UserEnrollment::parse(decoded.frame);
        protocol::decodeEnrollDataResult(body);
        protocol::decodeDeviceStatusResult(body);
    }

private Q_SLOTS:
    void randomBodies()
    {
        QRandomGenerator random(20261124);
        for (int i = 0; i < 5000; ++i)
            parseEverything(randomBytes(random, 300));
    }

    void brokenValidBodies()
    {
        QRandomGenerator random(7);
        const QList<QByteArray> bodies = validBodies();
        for (int i = 0; i < 20000; ++i)
            parseEverything(mutated(random, bodies.at(int(random.bounded(int(bodies.size()))))));
    }

    void hostileJsonValues()
    {
        // The fields of a realtime log, each given the wrong kind of value.
        const QList<QJsonValue> values{QJsonValue(), QJsonValue(QJsonValue::Undefined), true, -1, 1e300, -1e300,
                                       QStringLiteral(""), QString(5000, QLatin1Char('9')), QJsonArray{1, 2},
                                       QJsonObject{{QStringLiteral("x"), 1}}, QStringLiteral("BIN_999999999999")};
        const QStringList keys{QStringLiteral("fk_bin_data_lib"), QStringLiteral("io_mode"), QStringLiteral("io_time"),
                               QStringLiteral("log_image"),       QStringLiteral("user_id"), QStringLiteral("verify_mode"),
                               QStringLiteral("enroll_data_array"), QStringLiteral("user_photo"),
                               QStringLiteral("log_count"),       QStringLiteral("one_log_size"), QStringLiteral("log_array")};
        for (const QString &key : keys) {
            for (const QJsonValue &value : values) {
                QJsonObject json{{QStringLiteral("user_id"), QStringLiteral("1")},
                                 {QStringLiteral("io_time"), QStringLiteral("20261124080000")}};
                json.insert(key, value);
                parseEverything(BsCommFrame(json).encode());
            }
        }
    }

    void recordDecodersWithLyingCounts()
    {
        QRandomGenerator random(99);
        for (int i = 0; i < 2000; ++i) {
            const QByteArray data = randomBytes(random, 500);
            const int count = int(random.bounded(2)) ? int(random.bounded(50)) : int(random.generate() >> 1);
            const int size = int(random.bounded(64));
            for (protocol::RecordLibrary library :
                 {protocol::RecordLibrary::HS100, protocol::RecordLibrary::HS101, protocol::RecordLibrary::HS102,
                  protocol::RecordLibrary::HS103, protocol::RecordLibrary::HS105, protocol::RecordLibrary::HS200}) {
                const protocol::DecodedLogRecords logs = protocol::decodeLogRecords(library, data, count, size);
                QVERIFY(logs.records.size() <= count);
                const protocol::DecodedUserIdRecords users = protocol::decodeUserIdRecords(library, data, count, size);
                QVERIFY(users.records.size() <= count);
                const protocol::DecodedAdminLogRecords admin =
                    protocol::decodeAdminLogRecords(library, data, count, size);
                QVERIFY(admin.records.size() <= count);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Robustness)
#include "tst_robustness.moc"
