#pragma once

#include "commandparameters.h"
#include "actor.h"
#include "permission.h"
#include "protocolcodes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace punchclock::services {

class ServiceCall;

// What the CLI and the console do to queue commands, on their own database connection. The
// engine picks the jobs up at each terminal's next poll, in whatever process it runs. A command
// about one user's data needs Permission::ManageUsers for that user's department, the others
// Permission::ManageTerminals; each queueing is in the audit trail.
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
            IncompleteUser,    // `subject` is known only from a terminal's list: SET_USER_INFO would wipe it
                               // there; read it first (GET_USER_INFO, or copy it from a terminal)
            NoTerminals,       // nothing to send to
            NotAllowed,        // the actor lacks `permission` (for `department`)
            Storage,           // the database refused; nothing was queued
        };

        Failure failure = Failure::None;
        QString subject;
        Permission permission = Permission::ManageTerminals;
        QString department;
        protocol::BuiltCommand command; // the last command built, with its warnings
        std::optional<qint64> operationId;
        QList<qint64> jobIds;

        bool ok() const { return failure == Failure::None; }
    };

    enum class CancelOutcome {
        Cancelled,
        NotFound,
        AlreadyFinished,
        NotAllowed,
        Storage,
    };

    explicit CommandService(QSqlDatabase db);
    ~CommandService();

    // One command as an operator gives it; SET_USER_INFO also saves the user into the store,
    // since it is always sent from there, and SET_FK_NAME the terminal's new name.
    Outcome queue(const QString &devId, protocol::CommandCode code, const QJsonObject &parameters,
                  const QList<QByteArray> &binaries, const Actor &actor);

    // Operations: several jobs followed as one.
    // GET_USER_INFO from the source, then SET_USER_INFO to each target with what the source holds.
    Outcome copyUser(const QString &userId, const QString &fromDevId, const QStringList &toDevIds,
                     const Actor &actor);
    // SET_USER_INFO with everything the store holds for the user; refused for an incomplete user.
    Outcome pushUser(const QString &userId, const QStringList &toDevIds, const Actor &actor);
    Outcome renameUser(const QString &userId, const QString &name, const Actor &actor);
    // Every approved terminal when devId is empty; from the last pull when `from` is invalid.
    Outcome pullLogs(const QString &devId, const QDate &from, const Actor &actor);
    Outcome syncTime(const QString &devId, const Actor &actor);

    CancelOutcome cancel(qint64 jobId, const Actor &actor);
    // The same command to the same terminal as a new job. A SET_USER_INFO job is again built from
    // the store at delivery, so it sends the user as stored now. UnknownTerminal names the job's
    // terminal when it is gone; Storage when there is no such job.
    Outcome retry(qint64 jobId, const Actor &actor);

private:
    QStringList targets(const QString &devId, Outcome *outcome) const;
    bool knownTerminals(const QStringList &devIds, Outcome *outcome) const;
    // Checks the terminals and opens the transaction; false with the failure set otherwise.
    bool begin(const Actor &actor, const QStringList &devIds, Outcome *outcome, Permission permission,
               const QString &userId = {});
    // The operation row, then one job of `outcome->command` per terminal.
    void enqueueForEach(const QStringList &devIds, const QString &kind, const QString &description,
                        const QString &queuedBy, Outcome *outcome, bool buildAtDelivery = false);
    std::optional<qint64> enqueue(const QString &devId, const protocol::BuiltCommand &command, const QString &queuedBy,
                                  std::optional<qint64> operationId, std::optional<qint64> dependsOn = {},
                                  bool buildAtDelivery = false, const QString &buildFromDevId = {});
    // A user the store knows whole, or the failure that refuses sending it.
    bool sendable(const QString &userId, Outcome *outcome) const;
    Outcome commit(Outcome outcome);
    // SET_FK_NAME's name into the store, recorded as terminal.rename when it changes.
    bool renameInStore(const QString &devId, const QString &name);

    QSqlDatabase m_db;
    std::unique_ptr<ServiceCall> m_call; // between begin() and commit()
    QString m_auditUser;
    QStringList m_auditTerminals;
};

} // namespace punchclock::services
