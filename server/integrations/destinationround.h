#pragma once

#include "deliverysender.h"

#include "destinationrepository.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcIntegrations)

namespace punchclock::services {
class SecretBox;
}

namespace punchclock::integrations {

// How the worker paces itself; tests shorten the waits.
struct DeliveryPacing
{
    int batchLimit = 50;                             // events read per round
    std::chrono::milliseconds lease{30'000};         // a round's hold on a destination: at least the timeout + 20 s
    std::chrono::milliseconds firstRetry{5'000};     // the wait after one failure, doubling
    std::chrono::milliseconds longestRetry{900'000}; // and never longer
    qint64 largestAnswer = 64 * 1024;                // bytes of an answer read; larger is refused
};

// "host:pid:random": names this process in the leases it holds.
QString leaseOwnerName();
// Whether the holder of a lease was a process of this machine that no longer runs.
bool leaseOwnerIsGone(const QString &owner);

// How a destination of its kind is sent to, with its secret in clear; nullptr for a kind this
// version does not know.
std::unique_ptr<DeliverySender> senderFor(const storage::DestinationRow &destination, const QString &secret,
                                          const QSqlDatabase &db, QNetworkAccessManager *network,
                                          const DeliveryPacing &pacing);

// One round of one destination: takes its lease, reads its next pending events, sends them in
// order and writes down what became of each as soon as its answer arrives, so that a worker
// killed meanwhile sends again at most the request it was waiting for. A failure that may
// pass ends the round, and the destination waits (doubling) before the next.
class DestinationRound : public QObject
{
    Q_OBJECT

public:
    enum class End {
        Idle,    // nothing (more) pending, or another server holds the destination
        More,    // the batch was full: another round at once
        Waiting, // a failure that may pass: see the destination's next_attempt_at
    };
    Q_ENUM(End)

    // `box` opens the secrets (null: `keyProblem` says why there is none).
    DestinationRound(QSqlDatabase db, QNetworkAccessManager *network, const services::SecretBox *box,
                     QString keyProblem, storage::DestinationRow destination, QString owner, DeliveryPacing pacing,
                     QObject *parent = nullptr);
    ~DestinationRound() override;

    // Runs until finished() (at once when there is nothing to do).
    void start();
    // Abandons the request in flight without judging it (its events stay pending) and lets
    // the destination go, without finished().
    void abandon();

Q_SIGNALS:
    void finished(punchclock::integrations::DestinationRound::End end);

private:
    bool holdLease();
    bool judged(const QList<qint64> &outboxIds, const Judgement &judgement);
    bool apply(const QList<qint64> &outboxIds, const Judgement &judgement);
    void fail(const QString &reason);
    void end(End end);

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    const services::SecretBox *m_box;
    QString m_keyProblem;
    storage::DestinationRow m_destination;
    QString m_owner;
    DeliveryPacing m_pacing;
    std::unique_ptr<DeliverySender> m_sender;
    bool m_fullBatch = false;
    bool m_firstRequest = true;
    bool m_delivered = false;
    bool m_ended = false;
};

} // namespace punchclock::integrations
