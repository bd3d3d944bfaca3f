#pragma once

#include "actor.h"
#include "outcome.h"

#include "jobrepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace punchclock::services {

// A terminal's whole roster in one operation ("download_users"): GET_USER_ID_LIST, then
// GET_USER_INFO for every listed user (name, privilege, card, password, photo, templates). The
// reads are queued a few at a time by advance(), called by whoever follows the operation (the
// console's dialog, the CLI), so that stopping it stops asking: what arrived stays. All state is
// in the operation's jobs, so any process can follow it. Needs Permission::ManageUsers over every
// department: the users read have none yet.
class RosterDownload
{
public:
    // Reads sent to the terminal and not yet answered, at most.
    static constexpr int InFlight = 4;

    struct Progress
    {
        bool found = false; // there is such a download
        QString devId;
        bool listing = true; // the list has not been answered yet
        std::optional<storage::JobRow> listJob;
        bool listFailed = false; // the list job failed or was cancelled: nothing more will come
        QStringList listed;      // the user ids on the terminal's list, in its order
        int queued = 0;          // reads queued so far
        int fetched = 0;
        QList<storage::JobRow> failures; // reads that failed, with why (JobRow::failed())
        int cancelled = 0;               // reads cancelled before they were sent

        // Reads still to answer, and users not asked for.
        int outstanding() const { return queued - fetched - int(failures.size()) - cancelled; }
        int notAsked() const { return int(listed.size()) - queued; }
        bool finished() const { return listFailed || (!listing && outstanding() == 0 && notAsked() == 0); }
    };

    explicit RosterDownload(QSqlDatabase db);

    // The operation with its list job; Outcome::id is the operation.
    Outcome start(const Actor &actor, const QString &devId);
    // Queues reads for the next listed users while fewer than InFlight are outstanding; nothing
    // to do is a success.
    Outcome advance(const Actor &actor, qint64 operationId);
    // Stops the download: the reads not yet sent are cancelled, the rest never queued.
    Outcome cancel(const Actor &actor, qint64 operationId);
    Progress progress(qint64 operationId) const;

    // The user a read (GET_USER_INFO) asks for.
    static QString userIdOf(const storage::JobRow &job);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
