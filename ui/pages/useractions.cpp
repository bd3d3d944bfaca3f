#include "useractions.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "userrepository.h"

namespace punchclock::ui {

QStringList UserActions::holders(const QString &userId) const
{
    return m_context.reader().wait(
        [&userId](const QSqlDatabase &db) { return storage::UserRepository(db).holders(userId); });
}

services::CommandService::Outcome UserActions::pushUser(const QString &userId, const QStringList &devIds) const
{
    return m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        return services::CommandService(db).pushUser(userId, devIds, actor);
    });
}

services::CommandService::Outcome UserActions::queueOnEach(const QSqlDatabase &db, const QStringList &devIds,
                                                           protocol::CommandCode code, const QJsonObject &parameters,
                                                           const services::Actor &actor)
{
    services::CommandService service(db);
    services::CommandService::Outcome last;
    QList<qint64> jobIds;
    for (const QString &devId : devIds) {
        last = service.queue(devId, code, parameters, {}, actor);
        if (!last.ok())
            break;
        jobIds << last.jobIds;
    }
    last.jobIds = jobIds;
    return last;
}

} // namespace punchclock::ui
