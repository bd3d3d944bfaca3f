#pragma once

#include "commandparameters.h"
#include "protocolcodes.h"
#include "writetransaction.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace punchclock::engine {

// What the CLI and the console do to queue commands, on their own database connection. The
// engine picks the jobs up at each terminal's next poll, in whatever process it runs.
class CommandService
{
public:
    struct Outcome
    {
        enum class Failure {
            None,
            UnknownTerminal,   // `subject` names it
            InvalidParameters, // `command` holds the error and its field
            UnknownUser,       // not in the store (push, rename)
            NoTerminals,       // nothing to send to
            Storage,           // the database refused; nothing was queued
        };

        Failure failure = Failure::None;
        QString subject;
        protocol::BuiltCommand command; // the last command built, with its warnings
        std::optional<qint64> operationId;
        QList<qint64> jobIds;

        bool ok() const { return failure == Failure::None; }
    };

    enum class CancelOutcome {
        Cancelled,
        NotFound,
        AlreadyFinished,
        Storage,
    };

    explicit CommandService(QSqlDatabase db);

    // One command as an operator gives it; SET_USER_INFO also saves the user into the store,
    // since it is always sent from there.
    Outcome queue(const QString &devId, protocol::CommandCode code, const QJsonObject &parameters,
                  const QList<QByteArray> &binaries, const QString &queuedBy);

    // Operations: several jobs followed as one.
    Outcome copyUser(const QString &userId, const QString &fromDevId, const QStringList &toDevIds,
                     const QString &queuedBy);
    Outcome pushUser(const QString &userId, const QStringList &toDevIds, const QString &queuedBy);
    Outcome renameUser(const QString &userId, const QString &name, const QString &queuedBy);
    // Every approved terminal when devId is empty; from the last pull when `from` is invalid.
    Outcome pullLogs(const QString &devId, const QDate &from, const QString &queuedBy);
    Outcome syncTime(const QString &devId, const QString &queuedBy);

    CancelOutcome cancel(qint64 jobId, const QString &by);
    // The same command to the same terminal as a new job. A SET_USER_INFO job is again built from
    // the store at delivery, so it sends the user as stored now. UnknownTerminal names the job's
    // terminal when it is gone; Storage when there is no such job.
    Outcome retry(qint64 jobId, const QString &queuedBy);

private:
    QStringList targets(const QString &devId, Outcome *outcome) const;
    bool knownTerminals(const QStringList &devIds, Outcome *outcome) const;
    // Checks the terminals and opens the transaction; false with the failure set otherwise.
    bool begin(const QStringList &devIds, Outcome *outcome);
    // The operation row, then one job of `outcome->command` per terminal.
    void enqueueForEach(const QStringList &devIds, const QString &kind, const QString &description,
                        const QString &queuedBy, Outcome *outcome, bool buildAtDelivery = false);
    std::optional<qint64> enqueue(const QString &devId, const protocol::BuiltCommand &command, const QString &queuedBy,
                                  std::optional<qint64> operationId, std::optional<qint64> dependsOn = {},
                                  bool buildAtDelivery = false);
    Outcome commit(Outcome outcome);

    QSqlDatabase m_db;
    std::unique_ptr<storage::WriteTransaction> m_transaction; // between begin() and commit()
};

} // namespace punchclock::engine
