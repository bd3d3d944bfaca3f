#include "databasecopyadmin.h"

#include "servicecall.h"

#include <QJsonObject>

namespace punchclock::services {

DatabaseCopyAdmin::DatabaseCopyAdmin(QSqlDatabase source, QSqlDatabase target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{
}

Outcome DatabaseCopyAdmin::copy(const Actor &actor, const QString &sourceName,
                                storage::DatabaseCopier::Existing existing, storage::DatabaseCopier::Result *copied,
                                const storage::DatabaseCopier::Progress &progress)
{
    ServiceCall call(m_target, actor);
    if (!call.allowed(Permission::BackupAndRestore))
        return call.finish();
    storage::DatabaseCopier copier(m_source, m_target);
    copier.setProgress(progress);
    const storage::DatabaseCopier::Result result = copier.copy(existing);
    if (copied)
        *copied = result;
    if (!result.ok()) {
        Outcome refused = Outcome::refused(result.problem);
        refused.detail = result.detail;
        return call.refuse(refused);
    }
    qint64 rows = 0;
    for (const storage::DatabaseCopier::TableResult &table : result.tables)
        rows += table.targetRows;
    call.record(QStringLiteral("database.copy"), QStringLiteral("database"), sourceName, {},
                {{QStringLiteral("tables"), int(result.tables.size())},
                 {QStringLiteral("rows"), rows},
                 {QStringLiteral("replace"), existing == storage::DatabaseCopier::Existing::Replace},
                 {QStringLiteral("schema_version"), result.schemaVersion}});
    return call.finish();
}

} // namespace punchclock::services
