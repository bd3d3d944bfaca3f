#include "usereditactions.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "departmentrepository.h"
#include "outcometext.h"
#include "terminalrepository.h"
#include "useradmin.h"
#include "usereditdialog.h"
#include "usermessages.h"
#include "userrepository.h"

#include <QInputDialog>

namespace punchclock::ui {

namespace {

const QStringList Privileges{QStringLiteral("USER"), QStringLiteral("MANAGER"), QStringLiteral("REGISTER"),
                             QStringLiteral("OPERATOR")};

// A terminal holding the user that was seen to cut names (a read-back showed it).
struct NameCutter
{
    QString terminal; // its name, else its dev_id
    int limit = 0;
};

QList<NameCutter> terminalsCuttingNames(const QSqlDatabase &db, const QString &userId)
{
    const storage::TerminalRepository terminals(db);
    QList<NameCutter> cutters;
    for (const QString &devId : storage::UserRepository(db).holders(userId)) {
        if (const std::optional<int> limit = terminals.nameLimit(devId)) {
            const std::optional<storage::TerminalRow> terminal = terminals.find(devId);
            cutters.append({terminal && !terminal->name.isEmpty() ? terminal->name : devId, *limit});
        }
    }
    return cutters;
}

// What a change of privilege came to: the user stored with it, then SET_USER_PRIVILEGE queued.
struct PrivilegeChange
{
    bool stored = false; // whether the user is stored on this PC
    QString department;  // the user's, by name, for the message
    services::Outcome saved;
    services::CommandService::Outcome queued;
};

PrivilegeChange setPrivilege(const QSqlDatabase &db, const services::Actor &actor, const QString &userId,
                             std::optional<qint64> departmentId, const QString &privilege)
{
    PrivilegeChange change;
    const storage::UserRepository users(db);
    std::optional<protocol::UserEnrollment> stored = users.load(userId);
    change.stored = stored.has_value();
    if (!stored)
        return change;
    // The whole user as stored, with the new privilege, in the department it is in (by its name
    // now: UserAdmin names departments).
    stored->privilegeName = privilege;
    for (const storage::DepartmentRow &row : storage::DepartmentRepository(db).list()) {
        if (departmentId && row.id == *departmentId)
            change.department = row.name;
    }
    change.saved = services::UserAdmin(db).save(actor, *stored, change.department);
    if (change.saved.ok())
        change.queued = UserActions::queueOnEach(db, users.holders(userId), protocol::CommandCode::SetUserPrivilege,
                                                 {{QLatin1String(protocol::ParameterKey::UserId), userId},
                                                  {QLatin1String(protocol::ParameterKey::UserPrivilege), privilege}},
                                                 actor);
    return change;
}

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
        const auto outcome = pushUser(userId, holders(userId));
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
    // Terminals seen to cut names are named before anything is sent.
    QString label = tr("New name of user %1, on every terminal holding it:").arg(userId);
    const QList<NameCutter> cutters =
        m_context.reader().wait([&userId](const QSqlDatabase &db) { return terminalsCuttingNames(db, userId); });
    for (const NameCutter &cutter : cutters) {
        label += QLatin1Char('\n') +
                 tr("%1 keeps only the first %n characters of a name.", nullptr, cutter.limit).arg(cutter.terminal);
    }
    dialog->setLabelText(label);
    dialog->setTextValue(user.name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, userId](const QString &name) {
        const auto outcome = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
            return services::CommandService(db).renameUser(userId, name.trimmed(), actor);
        });
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
        const PrivilegeChange change = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
            return setPrivilege(db, actor, userId, departmentId, privilege);
        });
        if (!change.stored)
            return Q_EMIT failed(tr("User %1 is not stored on this PC.").arg(userId));
        if (!change.saved.ok())
            return Q_EMIT failed(change.saved.status == services::Outcome::Status::Storage
                                     ? tr("The database refused the change; nothing was queued.")
                                     : OutcomeText::user(change.saved, change.department));
        if (!change.queued.ok())
            return Q_EMIT failed(UserMessages::failure(change.queued));
        Q_EMIT queued(change.queued, tr("Privilege of user %1 set to %2; queued for %n terminal(s).", nullptr,
                                        int(change.queued.jobIds.size()))
                                         .arg(userId, chosen));
    });
    dialog->open();
}

} // namespace punchclock::ui
