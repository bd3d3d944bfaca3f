#include "usercommandform.h"

#include "backupnumbercombo.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "enableflagcombo.h"
#include "filepicker.h"
#include "usermessages.h"
#include "userpicker.h"

#include "commandparameters.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace punchclock::ui {

using protocol::CommandCode;
namespace Key = protocol::ParameterKey;

namespace {

QString explanation(CommandCode code)
{
    switch (code) {
    case CommandCode::DeleteUser:
        return UserCommandForm::tr("Deletes the user and all their credentials from the terminal. The console keeps "
                                   "its own copy.");
    case CommandCode::GetUserInfo:
        return UserCommandForm::tr("Reads the user with name, privilege, photo and every credential into the console.");
    case CommandCode::SetUserName: return UserCommandForm::tr("Renames the user on the terminal and in the console.");
    case CommandCode::SetUserPrivilege: return UserCommandForm::tr("Changes what the user may do on the terminal.");
    case CommandCode::GetEnrollData: return UserCommandForm::tr("Reads one credential of the user into the console.");
    case CommandCode::SetEnrollData:
        return UserCommandForm::tr("Sends one credential to the terminal: a template file, or for a password or card "
                                   "a file holding its digits.");
    case CommandCode::EnableUser:
        return UserCommandForm::tr("Lets the user punch on this terminal, or refuses them at its keypad. Their "
                                   "templates stay on the terminal. To disable a leaver everywhere and stop "
                                   "expecting them in the reports, use Disable on the Users page.");
    default: break;
    }
    return {};
}

} // namespace

UserCommandForm::UserCommandForm(ConsoleContext &context, CommandCode code, QWidget *parent)
    : CommandForm(context, code, parent)
    , m_user(new UserPicker(this))
    , m_userName(new QLabel(this))
{
    addNote(explanation(code));
    addField(tr("&User:"), m_user, QLatin1String(Key::UserId));
    m_userName->setObjectName(QStringLiteral("userNameHint"));
    addField(QString(), m_userName, QString());
    connect(m_user, &UserPicker::userIdChanged, this, &UserCommandForm::userChanged);

    if (code == CommandCode::SetUserName) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("userName"));
        addField(tr("New &name:"), m_name, QLatin1String(Key::UserName));
        connect(m_name, &QLineEdit::textChanged, this, &CommandForm::changed);
    }
    if (code == CommandCode::SetUserPrivilege) {
        m_privilege = new QComboBox(this);
        m_privilege->setObjectName(QStringLiteral("userPrivilege"));
        addPrivileges(m_privilege);
        addField(tr("&Privilege:"), m_privilege, QLatin1String(Key::UserPrivilege));
        connect(m_privilege, &QComboBox::currentIndexChanged, this, &CommandForm::changed);
    }
    if (code == CommandCode::GetEnrollData || code == CommandCode::SetEnrollData) {
        m_backupNumber = new BackupNumberCombo(this);
        addField(tr("&Credential:"), m_backupNumber, QLatin1String(Key::BackupNumber));
        connect(m_backupNumber, &QComboBox::currentIndexChanged, this, &CommandForm::changed);
    }
    if (code == CommandCode::EnableUser) {
        m_enableFlag = new EnableFlagCombo(tr("Enabled: may punch"), tr("Disabled: refused at the keypad"), this);
        m_enableFlag->setObjectName(QStringLiteral("enableFlag"));
        m_enableFlag->setFlag(QStringLiteral("OFF"));
        addField(tr("&State:"), m_enableFlag, QLatin1String(Key::EnableFlag));
        connect(m_enableFlag, &QComboBox::currentIndexChanged, this, &CommandForm::changed);
    }
    if (code == CommandCode::SetEnrollData) {
        m_file = new FilePicker(tr("Credential data (*)"), this);
        addField(tr("&File:"), m_file, QLatin1String(Key::EnrollData));
        connect(m_file, &FilePicker::pathChanged, this, [this] {
            markEdited(QLatin1String(Key::EnrollData));
            Q_EMIT changed();
        });
    }
    userChanged();
}

void UserCommandForm::addPrivileges(QComboBox *combo)
{
    // The Users page's words, so that a privilege reads the same wherever it is chosen or shown.
    for (const char *privilege : {"USER", "MANAGER", "REGISTER", "OPERATOR"})
        combo->addItem(UserMessages::privilegeName(QLatin1String(privilege)), QLatin1String(privilege));
}

void UserCommandForm::setTerminal(const CommandTerminal &terminal)
{
    m_user->setTerminal(terminal.name, terminal.recordLibrary);
}

void UserCommandForm::setUsers(const QList<storage::UserRow> &users)
{
    m_user->setUsers(users);
}

void UserCommandForm::userChanged()
{
    if (m_user->userId().isEmpty())
        m_userName->setText(QString());
    else if (!m_user->isKnown())
        m_userName->setText(tr("Not in the console's store"));
    else
        m_userName->setText(m_user->userName().isEmpty() ? tr("No name stored") : m_user->userName());
    if (m_name && m_name->text().isEmpty() && m_user->isKnown())
        m_name->setText(m_user->userName());
    Q_EMIT changed();
}

CommandForm::Input UserCommandForm::input() const
{
    Input input;
    input.parameters.insert(QLatin1String(Key::UserId), m_user->userId());
    if (m_name)
        input.parameters.insert(QLatin1String(Key::UserName), m_name->text());
    if (m_privilege)
        input.parameters.insert(QLatin1String(Key::UserPrivilege), m_privilege->currentData().toString());
    if (m_backupNumber)
        input.parameters.insert(QLatin1String(Key::BackupNumber), m_backupNumber->backupNumber());
    if (m_enableFlag)
        input.parameters.insert(QLatin1String(Key::EnableFlag), m_enableFlag->flag());
    if (m_file) {
        input.parameters.insert(QLatin1String(Key::EnrollData), QStringLiteral("BIN_1"));
        // Without a file no binary goes along, and the protocol library reports it under this field.
        QByteArray data;
        QString error;
        if (m_file->isEditing()) {
            // Sent (Ctrl+Return) before the typed path was finished: it names no file yet.
            input.problemField = QLatin1String(Key::EnrollData);
            input.problem = tr("Press Enter to read this file first.");
        } else if (!m_file->path().isEmpty() && m_file->read(&data, &error)) {
            input.binaries << data;
        } else if (!m_file->path().isEmpty()) {
            input.problemField = QLatin1String(Key::EnrollData);
            input.problem = error;
        }
    }
    if (const QString problem = m_user->problem(); !problem.isEmpty()) {
        input.problemField = QLatin1String(Key::UserId);
        input.problem = problem;
    }
    return input;
}

void UserCommandForm::setDraft(const QJsonObject &parameters)
{
    m_user->setUserId(parameters.value(QLatin1String(Key::UserId)).toString());
    if (m_name)
        m_name->setText(parameters.value(QLatin1String(Key::UserName)).toString());
    if (m_privilege) {
        const int index = m_privilege->findData(parameters.value(QLatin1String(Key::UserPrivilege)).toString().toUpper());
        if (index >= 0)
            m_privilege->setCurrentIndex(index);
    }
    if (m_backupNumber)
        m_backupNumber->setBackupNumber(parameters.value(QLatin1String(Key::BackupNumber)).toInt());
    if (m_enableFlag)
        m_enableFlag->setFlag(parameters.value(QLatin1String(Key::EnableFlag)).toString());
}

} // namespace punchclock::ui
