#pragma once

#include "commandform.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace punchclock::ui {

class BackupNumberCombo;
class EnableFlagCombo;
class FilePicker;
class UserPicker;

// The commands about one user: DELETE_USER and GET_USER_INFO (the user), SET_USER_NAME (+ name),
// SET_USER_PRIVILEGE (+ privilege), GET_ENROLL_DATA (+ credential), SET_ENROLL_DATA
// (+ credential and its file) and ENABLE_USER (+ enabled or disabled).
class UserCommandForm : public CommandForm
{
    Q_OBJECT

public:
    UserCommandForm(ConsoleContext &context, protocol::CommandCode code, QWidget *parent = nullptr);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;
    void setUsers(const QList<storage::UserRow> &users) override;
    void setTerminal(const CommandTerminal &terminal) override;

    // The privileges of protocol.md §9.4 with their names in words; the data is the wire code.
    static void addPrivileges(QComboBox *combo);

private:
    void userChanged();

    UserPicker *m_user;
    QLabel *m_userName;
    QLineEdit *m_name = nullptr;
    QComboBox *m_privilege = nullptr;
    BackupNumberCombo *m_backupNumber = nullptr;
    FilePicker *m_file = nullptr;
    EnableFlagCombo *m_enableFlag = nullptr;
};

} // namespace punchclock::ui
