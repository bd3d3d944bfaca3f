#include "periodadmin.h"

#include "servicecall.h"

namespace punchclock::services {

namespace {

QJsonObject periodJson(const storage::ClosedPeriodRow &period)
{
    return {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
            {QStringLiteral("closed"), period.closed()},
            {QStringLiteral("reason"), period.closed() ? period.closeReason : period.reopenReason}};
}

} // namespace

PeriodAdmin::PeriodAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome PeriodAdmin::close(const Actor &actor, QDate from, QDate to, const QString &reason)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ClosePeriods))
        return call.finish();
    storage::ClosedPeriodRepository periods(m_db);
    storage::PeriodError error = storage::PeriodError::None;
    storage::ClosedPeriodRow conflict;
    const std::optional<qint64> id = periods.close(from, to, reason, actor.name, &error, &conflict);
    if (!id) {
        Outcome refused = Outcome::refused(error);
        if (error == storage::PeriodError::Overlaps)
            refused.closedPeriod = conflict;
        return call.refuse(error == storage::PeriodError::Storage ? Outcome::storage() : refused);
    }
    call.outcome().id = *id;
    if (const std::optional<storage::ClosedPeriodRow> closed = periods.find(*id))
        call.record(QStringLiteral("period.close"), QStringLiteral("period"), QString::number(*id), {},
                    periodJson(*closed));
    return call.finish();
}

Outcome PeriodAdmin::reopen(const Actor &actor, qint64 periodId, const QString &reason)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ClosePeriods))
        return call.finish();
    storage::ClosedPeriodRepository periods(m_db);
    const std::optional<storage::ClosedPeriodRow> before = periods.find(periodId);
    storage::PeriodError error = storage::PeriodError::None;
    if (!periods.reopen(periodId, reason, actor.name, &error))
        return call.refuse(error == storage::PeriodError::Storage ? Outcome::storage() : Outcome::refused(error));
    if (const std::optional<storage::ClosedPeriodRow> after = periods.find(periodId); before && after)
        call.record(QStringLiteral("period.reopen"), QStringLiteral("period"), QString::number(periodId),
                    periodJson(*before), periodJson(*after));
    return call.finish();
}

} // namespace punchclock::services
