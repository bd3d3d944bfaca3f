#include "userbulkactions.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "outcometext.h"
#include "terminalpickerdialog.h"
#include "userbulkdepartmentdialog.h"
#include "userbulkscheduledialog.h"
#include "usermessages.h"
#include "userprivacyactions.h"

#include "commandservice.h"
#include "departmentadmin.h"
#include "privacyadmin.h"
#include "scheduleadmin.h"
#include "userstatusadmin.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace punchclock::ui {

namespace {

using Line = UserBulkResultDialog::Line;

QString who(const storage::UserRow &user)
{
    return user.name.isEmpty() ? user.userId : UserBulkActions::tr("%1 (%2)").arg(user.name, user.userId);
}

QStringList idsOf(const UserBulkActions::Users &users)
{
    QStringList ids;
    for (const storage::UserRow &user : users)
        ids.append(user.userId);
    return ids;
}

// Each person's line from the service's outcome for them, in the order selected.
QList<Line> linesOf(const UserBulkActions::Users &users, const services::PersonOutcomes &outcomes,
                    const QString &doneText)
{
    QList<Line> lines;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const services::Outcome outcome = i < outcomes.size() ? outcomes.at(i).outcome : services::Outcome::storage();
        lines.append({who(users.at(i)), outcome.ok(), outcome.ok() ? doneText : OutcomeText::attendance(outcome)});
    }
    return lines;
}

Line queuedLine(const storage::UserRow &user, const services::CommandService::Outcome &outcome)
{
    if (!outcome.ok())
        return {who(user), false, UserMessages::failure(outcome)};
    return {who(user), true, UserBulkActions::tr("Queued for %n terminal(s).", nullptr, int(outcome.jobIds.size()))};
}

QStringList holdersOfAny(const UserBulkActions::Users &users)
{
    QStringList devIds;
    for (const storage::UserRow &user : users) {
        for (const QString &devId : user.terminals) {
            if (!devIds.contains(devId))
                devIds.append(devId);
        }
    }
    return devIds;
}

// DELETE_USER to every terminal holding `user`, up to the first the service refuses.
Line removalLine(const QSqlDatabase &db, const services::Actor &actor, const storage::UserRow &user)
{
    if (user.terminals.isEmpty())
        return {who(user), true, UserBulkActions::tr("On no terminal: nothing to remove.")};
    const services::CommandService::Outcome outcome =
        UserActions::queueOnEach(db, user.terminals, protocol::CommandCode::DeleteUser,
                                 {{QLatin1String(protocol::ParameterKey::UserId), user.userId}}, actor);
    const QString queuedText =
        UserBulkActions::tr("Removal queued for %n terminal(s).", nullptr, int(outcome.jobIds.size()));
    if (outcome.ok())
        return {who(user), true, queuedText};
    if (outcome.jobIds.isEmpty())
        return queuedLine(user, outcome);
    // What was queued stays queued: say both.
    //: %1 "Removal queued for 1 terminal.", %2 why not for the others
    return {who(user), false,
            UserBulkActions::tr("%1 Not for the others: %2").arg(queuedText, UserMessages::failure(outcome))};
}

int doneCount(const QList<Line> &lines)
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [](const Line &line) { return line.ok; }));
}

} // namespace

bool UserBulkActions::confirm(const QString &objectName, const QString &question, const QString &detail,
                              const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, tr("Several employees"), question, QMessageBox::Cancel, m_parent);
    box.setObjectName(objectName);
    box.setInformativeText(detail);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(objectName + QStringLiteral("Accept"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void UserBulkActions::setDepartment(const Users &users)
{
    UserBulkDepartmentDialog dialog(m_context, int(users.size()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<qint64> departmentId = dialog.departmentId();
    const services::PersonOutcomes outcomes =
        m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
            return services::DepartmentAdmin(db).assignMany(actor, idsOf(users), departmentId);
        });
    const QList<Line> lines = linesOf(users, outcomes, tr("Moved."));
    finish(tr("Set department"), lines, ConsoleContext::Users | ConsoleContext::Attendance);
}

void UserBulkActions::setSchedule(const Users &users)
{
    UserBulkScheduleDialog dialog(m_context, int(users.size()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool follow = dialog.followDepartment();
    const storage::WeekShiftIds week = dialog.week();
    const QDate from = dialog.from();
    const services::PersonOutcomes outcomes =
        m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
            services::ScheduleAdmin schedules(db);
            return follow ? schedules.clearUsers(actor, idsOf(users), from)
                          : schedules.setUsers(actor, idsOf(users), week, from);
        });
    const QList<Line> lines =
        linesOf(users, outcomes, follow ? tr("Follows the department's week.") : tr("Week saved."));
    finish(tr("Set schedule"), lines, ConsoleContext::Attendance);
}

void UserBulkActions::push(const Users &users)
{
    TerminalPickerDialog dialog(m_context, tr("Send %n employee(s)", nullptr, int(users.size())),
                                tr("Each employee is sent as stored here, with photo and credentials; it replaces "
                                   "them on each terminal ticked."),
                                tr("&Send %n employee(s)", nullptr, int(users.size())), holdersOfAny(users), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList devIds = dialog.checkedDevIds();
    const QList<Line> lines = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        services::CommandService service(db);
        QList<Line> lines;
        for (const storage::UserRow &user : users)
            lines.append(queuedLine(user, service.pushUser(user.userId, devIds, actor)));
        return lines;
    });
    finish(tr("Send to terminals"), lines, ConsoleContext::Users | ConsoleContext::Jobs);
}

void UserBulkActions::copy(const Users &users)
{
    TerminalPickerDialog dialog(m_context, tr("Copy %n employee(s)", nullptr, int(users.size())),
                                tr("Each employee is read from one terminal, with everything enrolled there, and "
                                   "then written to each terminal ticked."),
                                tr("&Copy %n employee(s)", nullptr, int(users.size())), {}, m_parent);
    dialog.askForSource(holdersOfAny(users));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString source = dialog.sourceDevId();
    const QStringList devIds = dialog.checkedDevIds();
    const QList<Line> lines = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        services::CommandService service(db);
        QList<Line> lines;
        for (const storage::UserRow &user : users) {
            // Asking a terminal for someone it does not hold only ends in an error there.
            if (!user.terminals.contains(source))
                lines.append({who(user), false, tr("Not on %1: nothing to copy from there.").arg(source)});
            else
                lines.append(queuedLine(user, service.copyUser(user.userId, source, devIds, actor)));
        }
        return lines;
    });
    finish(tr("Copy between terminals"), lines, ConsoleContext::Users | ConsoleContext::Jobs);
}

void UserBulkActions::disable(const Users &users)
{
    if (!confirm(QStringLiteral("bulkDisableConfirmation"), tr("Disable %n employee(s)?", nullptr, int(users.size())),
                 tr("The terminals holding them refuse their punches from now on, and the reports expect no work "
                    "of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again."),
                 tr("&Disable %n employee(s)", nullptr, int(users.size()))))
        return;
    const QList<Line> lines = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        services::UserStatusAdmin admin(db);
        QList<Line> lines;
        for (const storage::UserRow &user : users) {
            const services::UserStatusAdmin::Result result = admin.disable(actor, user.userId);
            if (!result.outcome.ok())
                lines.append({who(user), false, OutcomeText::attendance(result.outcome)});
            else
                lines.append(
                    {who(user), true, tr("Disabled; queued for %n terminal(s).", nullptr, int(result.jobIds.size()))});
        }
        return lines;
    });
    finish(tr("Disable"), lines, ConsoleContext::Users | ConsoleContext::Jobs | ConsoleContext::Attendance);
}

void UserBulkActions::removeFromTerminals(const Users &users)
{
    if (!confirm(QStringLiteral("bulkRemoveConfirmation"),
                 tr("Remove %n employee(s) from every terminal holding them?", nullptr, int(users.size())),
                 tr("The terminals delete them with their fingerprints, face, card and password. They stay stored "
                    "on this PC and can be sent again."),
                 tr("&Remove %n employee(s)", nullptr, int(users.size()))))
        return;
    const QList<Line> lines = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        QList<Line> lines;
        for (const storage::UserRow &user : users)
            lines.append(removalLine(db, actor, user));
        return lines;
    });
    finish(tr("Remove from terminals"), lines, ConsoleContext::Users | ConsoleContext::Jobs);
}

void UserBulkActions::exportData(const Users &users)
{
    // Choosing the folder is the one question: the title names how many.
    const QString folder =
        !m_exportFolder.isEmpty()
            ? m_exportFolder
            : QFileDialog::getExistingDirectory(
                  m_parent, tr("Export the personal data of %n employee(s)", nullptr, int(users.size())),
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const QList<Line> lines = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        services::PrivacyAdmin privacy(db);
        QList<Line> lines;
        for (const storage::UserRow &user : users) {
            const services::ExportResult result = privacy.exportPerson(actor, user.userId, folder);
            lines.append(result.outcome.ok()
                             ? Line{who(user), true, tr("%n file(s) written.", nullptr, int(result.files.size()))}
                             : Line{who(user), false, UserPrivacyActions::privacyRefusal(result.outcome)});
        }
        return lines;
    });
    finish(tr("Export personal data to %1").arg(QDir::toNativeSeparators(folder)), lines, ConsoleContext::Settings);
}

void UserBulkActions::finish(const QString &title, const QList<Line> &lines, ConsoleContext::Areas changed)
{
    if (doneCount(lines) > 0)
        m_context.notifyChanged(changed);
    const QString summary = UserBulkResultDialog::summary(lines);
    if (doneCount(lines) == lines.size())
        Q_EMIT done(summary);
    else
        Q_EMIT failed(summary);
    auto *dialog = new UserBulkResultDialog(title, lines, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace punchclock::ui
