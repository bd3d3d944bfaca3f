#include "usereditactions.h"

#include "consolecontext.h"
#include "departmentrepository.h"
#include "outcometext.h"
#include "useradmin.h"
#include "usereditdialog.h"
#include "usermessages.h"
#include "userrepository.h"
#include "terminalrepository.h"

#include <QInputDialog>

namespace punchclock::ui {

namespace {

const QStringList Privileges{QStringLiteral("USER"), QStringLiteral("MANAGER"), QStringLiteral("REGISTER"),
                             QStringLiteral("OPERATOR")};

} // namespace

void UserEditActions::add()
{
    auto *dialog = new UserEditDialog(m_context, QString(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT added(dialog->userId(),
                     tr("User %1 saved. Send it to terminals to let it clock in there.").arg(dialog->userId()));
    });
    dialog->open();
}

void UserEditActions::edit(const QString &userId)
{
    auto *dialog = new UserEditDialog(m_context, userId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId] {
        if (!dialog->pushRequested())
            return Q_EMIT done(tr("User %1 saved.").arg(userId));
        const QStringList holders = storage::UserRepository(m_context.database()).holders(userId);
        const auto outcome = services::CommandService(m_context.database()).pushUser(userId, holders, m_context.actor());
        Q_EMIT queued(outcome, tr("User %1 saved and queued for %n terminal(s).", nullptr, int(outcome.jobIds.size()))
                                   .arg(userId));
    });
    dialog->open();
}

void UserEditActions::rename(const storage::UserRow &user)
{
    const QString userId = user.userId;
    auto *dialog = new QInputDialog(m_parent);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename user"));
    // Terminals seen to cut names (a read-back showed it) are named before anything is sent.
    QString label = tr("New name of user %1, on every terminal holding it:").arg(userId);
    const storage::TerminalRepository terminals(m_context.database());
    for (const QString &devId : storage::UserRepository(m_context.database()).holders(userId)) {
        if (const std::optional<int> limit = terminals.nameLimit(devId)) {
            const std::optional<storage::TerminalRow> terminal = terminals.find(devId);
            label += QLatin1Char('\n')
                + tr("%1 keeps only the first %n characters of a name.", nullptr, *limit)
                      .arg(terminal && !terminal->name.isEmpty() ? terminal->name : devId);
        }
    }
    dialog->setLabelText(label);
    dialog->setTextValue(user.name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, userId](const QString &name) {
        const auto outcome =
            services::CommandService(m_context.database()).renameUser(userId, name.trimmed(), m_context.actor());
        Q_EMIT queued(outcome, outcome.jobIds.isEmpty()
                                   ? tr("User %1 renamed here; no terminal holds it.").arg(userId)
                                   : tr("Rename of user %1 queued for %n terminal(s).", nullptr,
                                        int(outcome.jobIds.size()))
                                         .arg(userId));
    });
    dialog->open();
}

void UserEditActions::changePrivilege(const storage::UserRow &user)
{
    const QString userId = user.userId;
    QStringList names;
    for (const QString &privilege : Privileges)
        names << UserMessages::privilegeName(privilege);
    auto *dialog = new QInputDialog(m_parent);
    dialog->setObjectName(QStringLiteral("privilegeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change privilege"));
    dialog->setLabelText(tr("Privilege of user %1 on every terminal holding it:").arg(userId));
    dialog->setComboBoxItems(names);
    dialog->setTextValue(UserMessages::privilegeName(user.privilege));
    const std::optional<qint64> departmentId = user.departmentId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, userId, departmentId, names](const QString &chosen) {
        const QString privilege = Privileges.value(names.indexOf(chosen));
        storage::UserRepository users(m_context.database());
        std::optional<protocol::UserEnrollment> stored = users.load(userId);
        if (!stored)
            return Q_EMIT failed(tr("User %1 is not stored on this PC.").arg(userId));
        // The whole user as stored, with the new privilege, in the department it is in (by its
        // name now: UserAdmin names departments).
        stored->privilegeName = privilege;
        QString department;
        for (const storage::DepartmentRow &row : storage::DepartmentRepository(m_context.database()).list()) {
            if (departmentId && row.id == *departmentId)
                department = row.name;
        }
        const services::Outcome saved =
            services::UserAdmin(m_context.database()).save(m_context.actor(), *stored, department);
        if (!saved.ok())
            return Q_EMIT failed(saved.status == services::Outcome::Status::Storage
                                     ? tr("The database refused the change; nothing was queued.")
                                     : OutcomeText::user(saved, department));
        services::CommandService service(m_context.database());
        services::CommandService::Outcome last;
        QList<qint64> jobIds;
        for (const QString &devId : users.holders(userId)) {
            last = service.queue(devId, protocol::CommandCode::SetUserPrivilege,
                                 {{QLatin1String(protocol::ParameterKey::UserId), userId},
                                  {QLatin1String(protocol::ParameterKey::UserPrivilege), privilege}},
                                 {}, m_context.actor());
            if (!last.ok())
                return Q_EMIT failed(UserMessages::failure(last));
            jobIds << last.jobIds;
        }
        last.jobIds = jobIds;
        Q_EMIT queued(last, tr("Privilege of user %1 set to %2; queued for %n terminal(s).", nullptr,
                               int(jobIds.size()))
                                .arg(userId, chosen));
    });
    dialog->open();
}

} // namespace punchclock::ui
