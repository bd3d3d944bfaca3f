#include "namecuts.h"

#include "bscommframe.h"
#include "commandparameters.h"
#include "jobrepository.h"
#include "protocolcodes.h"
#include "terminalrepository.h"
#include "userrepository.h"

namespace punchclock::services {

namespace {

// The name the job sends; SET_USER_INFO built at delivery sends the stored one.
QString nameSent(const storage::JobRow &job, const storage::UserRepository &users)
{
    const QJsonObject json = protocol::BsCommFrame::decode(job.parameters).frame.json();
    const QJsonValue name = json.value(QLatin1String(protocol::ParameterKey::UserName));
    if (!name.isUndefined() || !job.buildAtDelivery)
        return name.toString();
    const auto user = users.load(json.value(QLatin1String(protocol::ParameterKey::UserId)).toString());
    return user ? user->name : QString();
}

} // namespace

QList<NameCut> knownNameCuts(const QSqlDatabase &db, const QList<qint64> &jobIds)
{
    const storage::JobRepository jobs(db);
    const storage::TerminalRepository terminals(db);
    const storage::UserRepository users(db);
    QList<NameCut> cuts;
    for (const qint64 id : jobIds) {
        const std::optional<storage::JobRow> job = jobs.find(id);
        if (!job)
            continue;
        const protocol::CommandCode code = protocol::commandCodeFromName(job->commandCode.toLatin1());
        if (code != protocol::CommandCode::SetUserName && code != protocol::CommandCode::SetUserInfo)
            continue;
        const std::optional<int> limit = terminals.nameLimit(job->devId);
        const QString name = nameSent(*job, users);
        if (!limit || name.size() <= *limit)
            continue;
        const std::optional<storage::TerminalRow> terminal = terminals.find(job->devId);
        const QString terminalName = terminal && !terminal->name.isEmpty() ? terminal->name : job->devId;
        cuts.append({id, job->devId, terminalName, *limit, name, name.left(*limit)});
    }
    return cuts;
}

} // namespace punchclock::services
