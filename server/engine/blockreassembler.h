#pragma once

#include "protocolcodes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace punchclock::engine {

// Joins blk_no-chunked uploads (protocol.md §3). Transfers are keyed by
// (dev_id, request_code, trans_id), unlike the vendor server that keys by dev_id alone and so
// glues an abandoned transfer onto the terminal's next request.
class BlockReassembler
{
public:
    struct Limits
    {
        qint64 maxTransferBytes = 64 * 1024 * 1024;
        int maxTransferAgeSeconds = 600; // from the first block
        int maxOpenTransfers = 256;
    };

    struct Key
    {
        QString devId;
        QString requestCode;
        QString transId;

        bool operator==(const Key &other) const
        {
            return devId == other.devId && requestCode == other.requestCode && transId == other.transId;
        }
    };

    struct Outcome
    {
        enum class Kind {
            BlockAccepted, // intermediate block stored: answer OK
            Complete,      // body holds the whole upload
            Refused,       // answer `error`; the partial upload is dropped
        };
        Kind kind = Kind::Complete;
        QByteArray body;
        protocol::ResponseCode error = protocol::ResponseCode::Ok;
        bool droppedStaleTransfer = false; // an abandoned upload under the same key was discarded
    };

    BlockReassembler() = default;
    explicit BlockReassembler(Limits limits);

    Outcome add(const Key &key, qint64 blockNumber, const QByteArray &data, const QDateTime &now);
    void expire(const QDateTime &now);
    int openTransfers() const { return int(m_transfers.size()); }

private:
    struct Transfer
    {
        QByteArray data;
        qint64 lastBlock = 0;
        QByteArray lastBlockData;
        QDateTime started;
    };

    Outcome refuse(const Key &key, protocol::ResponseCode code);
    void evictOldest();

    Limits m_limits;
    QHash<Key, Transfer> m_transfers;
};

size_t qHash(const BlockReassembler::Key &key, size_t seed = 0);

} // namespace punchclock::engine
