#include "userprivacyactions.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "erasepersondialog.h"
#include "historydialog.h"
#include "outcometext.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace punchclock::ui {

QString UserPrivacyActions::privacyRefusal(const services::Outcome &outcome)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return OutcomeText::general(outcome);
    switch (outcome.error<services::PrivacyError>()) {
    case services::PrivacyError::FileExists:
        return tr("%1 exists already: nothing was written. Choose an empty folder.")
            .arg(QDir::toNativeSeparators(outcome.subject));
    case services::PrivacyError::CannotWrite:
        //: %1 a file or folder, %2 the system's reason
        return tr("%1 could not be written (%2): nothing was left behind.")
            .arg(QDir::toNativeSeparators(outcome.subject), outcome.detail);
    case services::PrivacyError::None: break;
    }
    return OutcomeText::general(outcome);
}

void UserPrivacyActions::showHistory(const storage::UserRow &user)
{
    HistoryDialog::showUser(m_context, user.userId, user.name, m_parent);
}

void UserPrivacyActions::exportData(storage::UserRow user)
{
    QString folder = m_exportFolder;
    if (folder.isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        folder = QFileDialog::getExistingDirectory(m_parent, tr("Export the personal data of %1").arg(user.name),
                                                   documents);
        if (folder.isEmpty())
            return;
    }
    const services::ExportResult result =
        m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
            return services::PrivacyAdmin(db).exportPerson(actor, user.userId, folder);
        });
    if (!result.outcome.ok()) {
        Q_EMIT failed(privacyRefusal(result.outcome));
        return;
    }
    m_context.notifyChanged(ConsoleContext::Settings); // the audit trail has a new record
    Q_EMIT done(tr("The personal data of %1 is in %2 (%n file(s), readable by you alone).", nullptr,
                   int(result.files.size()))
                    .arg(user.name, QDir::toNativeSeparators(result.folder)));
}

void UserPrivacyActions::erase(storage::UserRow user, const QHash<QString, QString> &terminalNames)
{
    QStringList holding;
    for (const QString &devId : user.terminals)
        holding << terminalNames.value(devId, devId);
    bool fromTerminals = m_fromTerminals;
    if (m_answerGiven) {
        if (m_typedId.trimmed() != user.userId)
            return;
    } else {
        ErasePersonDialog dialog(user.userId, user.name, holding, m_parent);
        if (dialog.exec() != QDialog::Accepted || !dialog.isConfirmed())
            return;
        fromTerminals = dialog.fromTerminals();
    }
    const services::ErasureResult result =
        m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
            return services::PrivacyAdmin(db).erasePerson(actor, user.userId, fromTerminals);
        });
    if (!result.outcome.ok()) {
        Q_EMIT failed(privacyRefusal(result.outcome));
        return;
    }
    m_context.notifyChanged(ConsoleContext::Users | ConsoleContext::Jobs);
    const int credentials = int(result.backupNumbers.size());
    const QString erased =
        (result.photo ? tr("The personal data of %1 is erased: %n credential(s) and the photo.", nullptr, credentials)
                      : tr("The personal data of %1 is erased: %n credential(s).", nullptr, credentials))
            .arg(user.name);
    Q_EMIT done(result.jobIds.isEmpty()
                    ? erased
                    : tr("%1 Deleting them from %n terminal(s) is queued.", nullptr, int(result.jobIds.size()))
                          .arg(erased));
}

} // namespace punchclock::ui
