#include "userstatusactions.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "outcometext.h"
#include "userstatusadmin.h"

#include <QMessageBox>
#include <QPushButton>

namespace punchclock::ui {

namespace {

QString nameOf(const storage::UserRow &user)
{
    return user.name.isEmpty() ? user.userId : UserStatusActions::tr("%1 (user %2)").arg(user.name, user.userId);
}

} // namespace

void UserStatusActions::disable(storage::UserRow user)
{
    QMessageBox box(QMessageBox::Question, tr("Disable user"), tr("Disable %1?").arg(nameOf(user)),
                    QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("disableUserConfirmation"));
    box.setInformativeText(
        tr("The %n terminal(s) holding them refuse their punches from now on, and the reports expect no work of them "
           "from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.",
           nullptr, int(user.terminals.size())));
    QPushButton *disable = box.addButton(tr("&Disable"), QMessageBox::AcceptRole);
    disable->setObjectName(QStringLiteral("confirmDisableUser"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == disable)
        report(user, false);
}

void UserStatusActions::enable(const storage::UserRow &user)
{
    report(user, true);
}

void UserStatusActions::report(const storage::UserRow &user, bool enabled)
{
    const services::UserStatusAdmin::Result result =
        m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
            services::UserStatusAdmin admin(db);
            return enabled ? admin.enable(actor, user.userId) : admin.disable(actor, user.userId);
        });
    if (!result.outcome.ok())
        return Q_EMIT failed(OutcomeText::attendance(result.outcome));
    services::CommandService::Outcome queuedJobs;
    queuedJobs.operationId = result.outcome.id;
    queuedJobs.jobIds = result.jobIds;
    const int terminals = int(result.jobIds.size());
    QString text;
    if (enabled)
        text = terminals == 0 ? tr("%1 is enabled; no terminal holds them yet.").arg(nameOf(user))
                              : tr("%1 is enabled; queued for %n terminal(s).", nullptr, terminals).arg(nameOf(user));
    else
        text = terminals == 0 ? tr("%1 is disabled; no terminal holds them.").arg(nameOf(user))
                              : tr("%1 is disabled; queued for %n terminal(s).", nullptr, terminals).arg(nameOf(user));
    Q_EMIT queued(queuedJobs, text);
}

} // namespace punchclock::ui
