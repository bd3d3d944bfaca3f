#include "blockreassembler.h"

#include "bscommframe.h"

#include <QJsonObject>
#include <QTest>

using namespace punchclock;
using engine::BlockReassembler;
using Kind = BlockReassembler::Outcome::Kind;

class tst_BlockReassembler : public QObject
{
    Q_OBJECT

private:
    const BlockReassembler::Key key{QStringLiteral("DEV1"), QStringLiteral("send_cmd_result"), QStringLiteral("1001")};
    const QDateTime t0 = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

    static QByteArray frame(int binaryBytes)
    {
        protocol::BsCommFrame frame;
        const QString reference = frame.addBinary(QByteArray(binaryBytes, 'x'));
        return protocol::BsCommFrame(QJsonObject{{QStringLiteral("log_array"), reference}}, frame.binaries()).encode();
    }

private Q_SLOTS:
    void unchunkedRequestPassesThrough()
    {
        BlockReassembler blocks;
        const auto outcome = blocks.add(key, 0, "whole", t0);
        QCOMPARE(outcome.kind, Kind::Complete);
        QCOMPARE(outcome.body, QByteArray("whole"));
        QCOMPARE(blocks.openTransfers(), 0);
    }

    void consecutiveBlocksAreJoinedInOrder()
    {
        const QByteArray body = frame(30000);
        BlockReassembler blocks;
        QCOMPARE(blocks.add(key, 1, body.left(10000), t0).kind, Kind::BlockAccepted);
        QCOMPARE(blocks.add(key, 2, body.mid(10000, 10000), t0).kind, Kind::BlockAccepted);
        const auto last = blocks.add(key, 0, body.mid(20000), t0);
        QCOMPARE(last.kind, Kind::Complete);
        QCOMPARE(last.body, body);
        QCOMPARE(blocks.openTransfers(), 0);
    }

    void gapRefusesAndDropsThePartialUpload()
    {
        BlockReassembler blocks;
        blocks.add(key, 1, "aaa", t0);
        const auto gap = blocks.add(key, 3, "ccc", t0);
        QCOMPARE(gap.kind, Kind::Refused);
        QCOMPARE(gap.error, protocol::ResponseCode::ErrorAddBlockData);
        QCOMPARE(blocks.openTransfers(), 0);
        // The next single request of the same key is not polluted by "aaa".
        QCOMPARE(blocks.add(key, 0, "fresh", t0).body, QByteArray("fresh"));
    }

    void blockWithoutStartIsRefused()
    {
        BlockReassembler blocks;
        QCOMPARE(blocks.add(key, 2, "bbb", t0).error, protocol::ResponseCode::ErrorAddBlockData);
    }

    void negativeBlockNumberIsRefused()
    {
        BlockReassembler blocks;
        QCOMPARE(blocks.add(key, -1, "x", t0).error, protocol::ResponseCode::ErrorInvalidBlockNo);
    }

    void blockOneRestartsTheTransfer()
    {
        const QByteArray body = frame(100);
        BlockReassembler blocks;
        blocks.add(key, 1, "stale-start", t0);
        blocks.add(key, 2, "stale-more", t0);
        blocks.add(key, 1, body.left(50), t0);
        QCOMPARE(blocks.add(key, 0, body.mid(50), t0).body, body);
    }

    void resentBlockIsAcceptedOnce()
    {
        const QByteArray body = frame(100);
        BlockReassembler blocks;
        blocks.add(key, 1, body.left(40), t0);
        blocks.add(key, 2, body.mid(40, 40), t0);
        QCOMPARE(blocks.add(key, 2, body.mid(40, 40), t0).kind, Kind::BlockAccepted); // our OK got lost
        QCOMPARE(blocks.add(key, 0, body.mid(80), t0).body, body);
    }

    void conflictingResendIsRefused()
    {
        BlockReassembler blocks;
        blocks.add(key, 1, "aaaa", t0);
        blocks.add(key, 2, "bbbb", t0);
        QCOMPARE(blocks.add(key, 2, "XXXX", t0).kind, Kind::Refused);
    }

    void transfersWithDifferentKeysDoNotMix()
    {
        const BlockReassembler::Key other{key.devId, key.requestCode, QStringLiteral("1002")};
        const BlockReassembler::Key otherDevice{QStringLiteral("DEV2"), key.requestCode, key.transId};
        const QByteArray a = frame(60);
        const QByteArray b = frame(70);
        BlockReassembler blocks;
        blocks.add(key, 1, a.left(30), t0);
        blocks.add(other, 1, b.left(30), t0);
        blocks.add(otherDevice, 1, "zzz", t0);
        QCOMPARE(blocks.add(other, 0, b.mid(30), t0).body, b);
        QCOMPARE(blocks.add(key, 0, a.mid(30), t0).body, a);
        QCOMPARE(blocks.openTransfers(), 1);
    }

    void abandonedUploadDoesNotLeakIntoAFreshRequestOfTheSameKey()
    {
        // realtime requests use a constant trans_id, so an abandoned chunked upload and the
        // terminal's next single request share a key.
        const BlockReassembler::Key realtime{QStringLiteral("DEV1"), QStringLiteral("realtime_enroll_data"),
                                             QStringLiteral("RTEnrollDataAction")};
        const QByteArray abandoned = frame(20000);
        const QByteArray fresh = frame(10);
        BlockReassembler blocks;
        blocks.add(realtime, 1, abandoned.left(8000), t0);
        const auto outcome = blocks.add(realtime, 0, fresh, t0.addSecs(5));
        QCOMPARE(outcome.kind, Kind::Complete);
        QCOMPARE(outcome.body, fresh);
        QVERIFY(outcome.droppedStaleTransfer);
    }

    void transferExpiresByTotalAge()
    {
        BlockReassembler::Limits limits;
        limits.maxTransferAgeSeconds = 60;
        BlockReassembler blocks(limits);
        blocks.add(key, 1, "aaa", t0);
        blocks.add(key, 2, "bbb", t0.addSecs(50));
        // Still sending blocks, but 65 s after the first: the age counts from the start.
        QCOMPARE(blocks.add(key, 3, "ccc", t0.addSecs(65)).kind, Kind::Refused);
        QCOMPARE(blocks.openTransfers(), 0);
    }

    void expiryAfterMoreThanAnHourIsNotFooledByTheMinuteComponent()
    {
        BlockReassembler::Limits limits;
        limits.maxTransferAgeSeconds = 30 * 60;
        BlockReassembler blocks(limits);
        blocks.add(key, 1, "aaa", t0);
        blocks.expire(t0.addSecs(65 * 60)); // the vendor server would see "5 minutes"
        QCOMPARE(blocks.openTransfers(), 0);
    }

    void totalSizeIsCapped()
    {
        BlockReassembler::Limits limits;
        limits.maxTransferBytes = 1000;
        BlockReassembler blocks(limits);
        blocks.add(key, 1, QByteArray(600, 'a'), t0);
        const auto outcome = blocks.add(key, 2, QByteArray(600, 'b'), t0);
        QCOMPARE(outcome.kind, Kind::Refused);
        QCOMPARE(outcome.error, protocol::ResponseCode::ErrorAddBlockData);
        QCOMPARE(blocks.openTransfers(), 0);
    }

    void openTransfersAreBounded()
    {
        BlockReassembler::Limits limits;
        limits.maxOpenTransfers = 3;
        BlockReassembler blocks(limits);
        for (int i = 0; i < 10; ++i) {
            const BlockReassembler::Key each{QStringLiteral("DEV%1").arg(i), key.requestCode, key.transId};
            blocks.add(each, 1, "a", t0.addSecs(i));
        }
        QCOMPARE(blocks.openTransfers(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_BlockReassembler)
#include "tst_blockreassembler.moc"
