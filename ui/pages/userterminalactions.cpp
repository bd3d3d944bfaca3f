#include "userterminalactions.h"

#include "commandservice.h"
#include "consolecontext.h"
#include "enrolldialog.h"
#include "fetchuserdialog.h"
#include "importcredentialdialog.h"
#include "permissiontext.h"
#include "terminalpickerdialog.h"
#include "useradmin.h"
#include "usermessages.h"
#include "userrepository.h"

#include <QMessageBox>
#include <QPushButton>

namespace punchclock::ui {

void UserTerminalActions::push(const QString &userId)
{
    auto *dialog = new TerminalPickerDialog(m_context, tr("Send user %1").arg(userId),
                                            tr("The user is sent as stored here, with photo and credentials; it "
                                               "replaces the user on each terminal ticked."),
                                            tr("&Send"), storage::UserRepository(m_context.database()).holders(userId),
                                            m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId] {
        const auto outcome = services::CommandService(m_context.database())
                                 .pushUser(userId, dialog->checkedDevIds(), m_context.actor());
        Q_EMIT queued(outcome, tr("User %1 queued for %n terminal(s).", nullptr, int(outcome.jobIds.size())).arg(userId));
    });
    dialog->open();
}

void UserTerminalActions::removeFromTerminals(const QString &userId)
{
    auto *dialog = new TerminalPickerDialog(
        m_context, tr("Remove user %1 from terminals").arg(userId),
        tr("The terminals ticked delete the user with its fingerprints, face, card and password. The user stays "
           "stored on this PC and can be sent again."),
        tr("&Remove"), storage::UserRepository(m_context.database()).holders(userId), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId] {
        services::CommandService service(m_context.database());
        services::CommandService::Outcome last;
        QList<qint64> jobIds;
        for (const QString &devId : dialog->checkedDevIds()) {
            last = service.queue(devId, protocol::CommandCode::DeleteUser,
                                 {{QLatin1String(protocol::ParameterKey::UserId), userId}}, {}, m_context.actor());
            if (!last.ok())
                return Q_EMIT failed(UserMessages::failure(last));
            jobIds << last.jobIds;
        }
        last.jobIds = jobIds;
        Q_EMIT queued(last, tr("Removal of user %1 queued for %n terminal(s).", nullptr, int(jobIds.size())).arg(userId));
    });
    dialog->open();
}

void UserTerminalActions::removeFromTerminal(const QString &userId, const QString &devId)
{
    if (userId.isEmpty() || devId.isEmpty())
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove user"),
                                    tr("Remove user %1 from terminal %2? The terminal deletes its fingerprints, face, "
                                       "card and password; the user stays stored on this PC.")
                                        .arg(userId, devId),
                                    QMessageBox::Cancel, m_parent);
    confirm->setObjectName(QStringLiteral("confirmRemoveDialog"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = confirm->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, userId, devId] {
        const auto outcome = services::CommandService(m_context.database())
                                 .queue(devId, protocol::CommandCode::DeleteUser,
                                        {{QLatin1String(protocol::ParameterKey::UserId), userId}}, {},
                                        m_context.actor());
        Q_EMIT queued(outcome, tr("Removal of user %1 from %2 queued.").arg(userId, devId));
    });
    confirm->open();
}

void UserTerminalActions::copy(const QString &userId)
{
    auto *dialog = new TerminalPickerDialog(m_context, tr("Copy user %1").arg(userId),
                                            tr("The user is read from one terminal, with everything enrolled there, "
                                               "and then written to each terminal ticked."),
                                            tr("&Copy"), {}, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->askForSource(storage::UserRepository(m_context.database()).holders(userId));
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId] {
        const auto outcome = services::CommandService(m_context.database())
                                 .copyUser(userId, dialog->sourceDevId(), dialog->checkedDevIds(),
                                           m_context.actor());
        Q_EMIT queued(outcome, tr("Copy of user %1 from %2 queued for %n terminal(s).", nullptr,
                           int(dialog->checkedDevIds().size()))
                            .arg(userId, dialog->sourceDevId()));
    });
    dialog->open();
}

void UserTerminalActions::enroll(const QString &userId)
{
    if (userId.isEmpty())
        return;
    auto *dialog = new EnrollDialog(m_context, userId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnrollDialog::replicateRequested, this, &UserTerminalActions::replicate);
    dialog->open();
}

void UserTerminalActions::replicate(const QString &userId, const QString &fromDevId)
{
    QStringList others = storage::UserRepository(m_context.database()).holders(userId);
    others.removeAll(fromDevId);
    auto *dialog = new TerminalPickerDialog(m_context, tr("Copy user %1 from %2").arg(userId, fromDevId),
                                            tr("The user is read from %1, with the credential just enrolled, and "
                                               "written to each terminal ticked, as one operation on the Jobs page.")
                                                .arg(fromDevId),
                                            tr("&Copy"), others, m_parent);
    dialog->setObjectName(QStringLiteral("replicateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->askForSource({fromDevId});
    dialog->setChecked(fromDevId, false);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId, fromDevId] {
        const auto outcome = services::CommandService(m_context.database())
                                 .copyUser(userId, fromDevId, dialog->checkedDevIds(), m_context.actor());
        Q_EMIT queued(outcome, tr("Copy of user %1 from %2 queued for %n terminal(s).", nullptr,
                                  int(dialog->checkedDevIds().size()))
                                   .arg(userId, fromDevId));
    });
    dialog->open();
}

void UserTerminalActions::fetch(const QString &userId, const QString &devId)
{
    auto *dialog = new FetchUserDialog(m_context, devId, userId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto outcome = services::CommandService(m_context.database())
                                 .queue(dialog->devId(), protocol::CommandCode::GetUserInfo,
                                        {{QLatin1String(protocol::ParameterKey::UserId), dialog->userId()}}, {},
                                        m_context.actor());
        Q_EMIT queued(outcome, tr("Fetching user %1 from %2 queued; the user appears here when the terminal answers.")
                            .arg(dialog->userId(), dialog->devId()));
    });
    dialog->open();
}

void UserTerminalActions::importCredential(const QString &userId)
{
    const QStringList holders = storage::UserRepository(m_context.database()).holders(userId);
    auto *dialog = new ImportCredentialDialog(userId, !holders.isEmpty(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId, holders] {
        const services::Outcome stored =
            services::UserAdmin(m_context.database())
                .storeCredential(m_context.actor(), userId, dialog->backupNumber(), dialog->data());
        if (stored.status == services::Outcome::Status::NotAllowed)
            return Q_EMIT failed(PermissionText::denied(stored));
        if (!stored.ok())
            return Q_EMIT failed(tr("The database refused the credential; nothing was stored."));
        m_context.notifyChanged(ConsoleContext::Users);
        const QString storedText =
            tr("%1 of user %2 stored.").arg(UserMessages::backupNumberName(dialog->backupNumber()), userId);
        if (!dialog->pushRequested()) {
            Q_EMIT done(storedText);
            return;
        }
        const auto outcome = services::CommandService(m_context.database()).pushUser(userId, holders, m_context.actor());
        Q_EMIT queued(outcome,
                      tr("%1 Sending queued for %n terminal(s).", nullptr, int(outcome.jobIds.size())).arg(storedText));
    });
    dialog->open();
}

} // namespace punchclock::ui
