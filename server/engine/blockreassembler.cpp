#include "blockreassembler.h"

#include "bscommframe.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBlocks, "punchclock.blocks", QtInfoMsg)

namespace punchclock::engine {

using protocol::ResponseCode;

size_t qHash(const BlockReassembler::Key &key, size_t seed)
{
    return qHashMulti(seed, key.devId, key.requestCode, key.transId);
}

BlockReassembler::BlockReassembler(Limits limits)
    : m_limits(limits)
{
}

BlockReassembler::Outcome BlockReassembler::add(const Key &key, qint64 blockNumber, const QByteArray &data,
                                                const QDateTime &now)
{
    expire(now);
    Outcome outcome;
    if (blockNumber < 0)
        return refuse(key, ResponseCode::ErrorInvalidBlockNo);

    auto it = m_transfers.find(key);
    if (blockNumber == 0) {
        outcome.kind = Outcome::Kind::Complete;
        if (it == m_transfers.end()) {
            outcome.body = data;
            return outcome;
        }
        QByteArray joined = it->data + data;
        m_transfers.erase(it);
        // A terminal that gave up on a chunked upload and later sends an unrelated single
        // request under the same key must not have the stale blocks glued on.
        if (!protocol::BsCommFrame::isWellFormed(joined) && protocol::BsCommFrame::isWellFormed(data)) {
            qCWarning(lcBlocks) << "discarded an abandoned upload from" << key.devId << key.requestCode;
            outcome.body = data;
            outcome.droppedStaleTransfer = true;
            return outcome;
        }
        outcome.body = std::move(joined);
        return outcome;
    }

    if (blockNumber == 1) {
        if (it != m_transfers.end())
            m_transfers.erase(it);
        if (data.size() > m_limits.maxTransferBytes)
            return refuse(key, ResponseCode::ErrorAddBlockData);
        if (m_transfers.size() >= m_limits.maxOpenTransfers)
            evictOldest();
        m_transfers.insert(key, Transfer{data, 1, data, now});
        outcome.kind = Outcome::Kind::BlockAccepted;
        return outcome;
    }

    if (it == m_transfers.end())
        return refuse(key, ResponseCode::ErrorAddBlockData);
    if (blockNumber == it->lastBlock && data == it->lastBlockData) {
        // The terminal did not get our OK and sent the same block again.
        outcome.kind = Outcome::Kind::BlockAccepted;
        return outcome;
    }
    if (blockNumber != it->lastBlock + 1)
        return refuse(key, ResponseCode::ErrorAddBlockData);
    if (it->data.size() + data.size() > m_limits.maxTransferBytes)
        return refuse(key, ResponseCode::ErrorAddBlockData);
    it->data.append(data);
    it->lastBlock = blockNumber;
    it->lastBlockData = data;
    outcome.kind = Outcome::Kind::BlockAccepted;
    return outcome;
}

void BlockReassembler::expire(const QDateTime &now)
{
    for (auto it = m_transfers.begin(); it != m_transfers.end();) {
        if (it->started.secsTo(now) > m_limits.maxTransferAgeSeconds) {
            qCWarning(lcBlocks) << "expired an unfinished upload from" << it.key().devId << it.key().requestCode;
            it = m_transfers.erase(it);
        } else {
            ++it;
        }
    }
}

BlockReassembler::Outcome BlockReassembler::refuse(const Key &key, ResponseCode code)
{
    m_transfers.remove(key);
    Outcome outcome;
    outcome.kind = Outcome::Kind::Refused;
    outcome.error = code;
    return outcome;
}

void BlockReassembler::evictOldest()
{
    auto oldest = m_transfers.begin();
    for (auto it = m_transfers.begin(); it != m_transfers.end(); ++it) {
        if (it->started < oldest->started)
            oldest = it;
    }
    if (oldest != m_transfers.end()) {
        qCWarning(lcBlocks) << "too many open uploads; dropped the oldest from" << oldest.key().devId;
        m_transfers.erase(oldest);
    }
}

} // namespace punchclock::engine
