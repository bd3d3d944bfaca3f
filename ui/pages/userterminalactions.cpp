#include "userterminalactions.h"

#include "commandservice.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "enrolldialog.h"
#include "fetchuserdialog.h"
#include "importcredentialdialog.h"
#include "permissiontext.h"
#include "terminalpickerdialog.h"
#include "useradmin.h"
#include "usermessages.h"

#include <QMessageBox>
#include <QPushButton>

namespace punchclock::ui {

void UserTerminalActions::push(const QString &userId)
{
    auto *dialog = new TerminalPickerDialog(m_context, tr("Send user %1").arg(userId),
                                            tr("The user is sent as stored here, with photo and credentials; it "
                                               "replaces the user on each terminal ticked."),
                                            tr("&Send"), holders(userId), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId] {
        const auto outcome = pushUser(userId, dialog->checkedDevIds());
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
        tr("&Remove"), holders(userId), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId] {
        const QStringList devIds = dialog->checkedDevIds();
        const services::CommandService::Outcome last =
            m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
                return queueOnEach(db, devIds, protocol::CommandCode::DeleteUser,
                                   {{QLatin1String(protocol::ParameterKey::UserId), userId}}, actor);
            });
        if (!last.ok())
            return Q_EMIT failed(UserMessages::failure(last));
        Q_EMIT queued(
            last, tr("Removal of user %1 queued for %n terminal(s).", nullptr, int(last.jobIds.size())).arg(userId));
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
        const auto outcome = queueForUser(devId, protocol::CommandCode::DeleteUser, userId);
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
    dialog->askForSource(holders(userId));
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, userId] { queueCopy(userId, dialog->sourceDevId(), dialog->checkedDevIds()); });
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
    QStringList others = holders(userId);
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
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, userId, fromDevId] { queueCopy(userId, fromDevId, dialog->checkedDevIds()); });
    dialog->open();
}

services::CommandService::Outcome UserTerminalActions::queueForUser(const QString &devId, protocol::CommandCode code,
                                                                    const QString &userId) const
{
    return m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        return services::CommandService(db).queue(devId, code,
                                                  {{QLatin1String(protocol::ParameterKey::UserId), userId}}, {}, actor);
    });
}

void UserTerminalActions::queueCopy(const QString &userId, const QString &fromDevId, const QStringList &toDevIds)
{
    const auto outcome = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        return services::CommandService(db).copyUser(userId, fromDevId, toDevIds, actor);
    });
    Q_EMIT queued(
        outcome,
        tr("Copy of user %1 from %2 queued for %n terminal(s).", nullptr, int(toDevIds.size())).arg(userId, fromDevId));
}

void UserTerminalActions::fetch(const QString &userId, const QString &devId)
{
    auto *dialog = new FetchUserDialog(m_context, devId, userId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString chosenDevId = dialog->devId();
        const QString chosenUserId = dialog->userId();
        const auto outcome = queueForUser(chosenDevId, protocol::CommandCode::GetUserInfo, chosenUserId);
        Q_EMIT queued(outcome, tr("Fetching user %1 from %2 queued; the user appears here when the terminal answers.")
                                   .arg(chosenUserId, chosenDevId));
    });
    dialog->open();
}

void UserTerminalActions::importCredential(const QString &userId)
{
    const QStringList holding = holders(userId);
    auto *dialog = new ImportCredentialDialog(userId, !holding.isEmpty(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId, holding] {
        const int backupNumber = dialog->backupNumber();
        const QByteArray data = dialog->data();
        const bool push = dialog->pushRequested();
        const services::Outcome stored =
            m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
                return services::UserAdmin(db).storeCredential(actor, userId, backupNumber, data);
            });
        if (stored.status == services::Outcome::Status::NotAllowed)
            return Q_EMIT failed(PermissionText::denied(stored));
        if (!stored.ok())
            return Q_EMIT failed(tr("The database refused the credential; nothing was stored."));
        m_context.notifyChanged(ConsoleContext::Users);
        const QString storedText =
            tr("%1 of user %2 stored.").arg(UserMessages::backupNumberName(backupNumber), userId);
        if (!push) {
            Q_EMIT done(storedText);
            return;
        }
        const auto outcome = pushUser(userId, holding);
        Q_EMIT queued(outcome,
                      tr("%1 Sending queued for %n terminal(s).", nullptr, int(outcome.jobIds.size())).arg(storedText));
    });
    dialog->open();
}

} // namespace punchclock::ui
