#include "terminaladmin.h"

#include "servicecall.h"

#include "terminalrepository.h"

namespace punchclock::services {

namespace {

QString approvalText(storage::Approval approval)
{
    switch (approval) {
    case storage::Approval::Pending: return QStringLiteral("pending");
    case storage::Approval::Approved: return QStringLiteral("approved");
    case storage::Approval::Blocked: return QStringLiteral("blocked");
    }
    return {};
}

Outcome setApproval(QSqlDatabase db, const Actor &actor, const QString &devId, storage::Approval approval)
{
    ServiceCall call(db, actor);
    if (!call.allowed(Permission::ManageTerminals))
        return call.finish();
    storage::TerminalRepository terminals(db);
    const std::optional<storage::TerminalStanding> standing = terminals.standing(devId);
    if (!standing)
        return call.refuse(Outcome::notFound(devId));
    if (standing->approval != approval) {
        if (!terminals.setApproval(devId, approval))
            return call.refuseStorage();
        call.record(approval == storage::Approval::Approved ? QStringLiteral("terminal.approve")
                                                            : QStringLiteral("terminal.block"),
                    QStringLiteral("terminal"), devId, {{QStringLiteral("approval"), approvalText(standing->approval)}},
                    {{QStringLiteral("approval"), approvalText(approval)}});
    }
    return call.finish();
}

} // namespace

TerminalAdmin::TerminalAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome TerminalAdmin::approve(const Actor &actor, const QString &devId)
{
    return setApproval(m_db, actor, devId, storage::Approval::Approved);
}

Outcome TerminalAdmin::block(const Actor &actor, const QString &devId)
{
    return setApproval(m_db, actor, devId, storage::Approval::Blocked);
}

Outcome TerminalAdmin::setResetAsCommandCode(const Actor &actor, const QString &devId, bool asCommandCode)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageTerminals))
        return call.finish();
    storage::TerminalRepository terminals(m_db);
    const std::optional<storage::TerminalStanding> standing = terminals.standing(devId);
    if (!standing)
        return call.refuse(Outcome::notFound(devId));
    if (!terminals.setResetAsCommandCode(devId, asCommandCode))
        return call.refuseStorage();
    call.record(QStringLiteral("terminal.reset_style"), QStringLiteral("terminal"), devId,
                {{QStringLiteral("reset_as_cmd_code"), standing->resetAsCommandCode}},
                {{QStringLiteral("reset_as_cmd_code"), asCommandCode}});
    return call.finish();
}

Outcome TerminalAdmin::setAddressPinned(const Actor &actor, const QString &devId, bool pinned)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageTerminals))
        return call.finish();
    storage::TerminalRepository terminals(m_db);
    const std::optional<storage::TerminalRow> terminal = terminals.find(devId);
    if (!terminal)
        return call.refuse(Outcome::notFound(devId));
    if (!terminals.setAddressPinned(devId, pinned))
        return call.refuseStorage();
    call.record(pinned ? QStringLiteral("terminal.pin_address") : QStringLiteral("terminal.unpin_address"),
                QStringLiteral("terminal"), devId, {},
                {{QStringLiteral("address"), terminal->remoteAddress}, {QStringLiteral("pinned"), pinned}});
    return call.finish();
}

} // namespace punchclock::services
