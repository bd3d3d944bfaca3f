#pragma once

#include "commandform.h"

#include "userenrollment.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace punchclock::ui {

class UserPicker;

// SET_USER_INFO, the usual way to put a person on a terminal: pick a stored user and everything
// is filled in from the store (name, privilege, photo, credentials, enabled); untick what should
// not go, type a password or card number. The terminal replaces its whole copy of the user.
class UserInfoForm : public CommandForm
{
    Q_OBJECT

public:
    explicit UserInfoForm(ConsoleContext &context, QWidget *parent = nullptr);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;
    void reloadChoices() override;
    QString fieldFor(const QString &errorField) const override;

private:
    void loadUser();

    UserPicker *m_user;
    QLineEdit *m_name;
    QComboBox *m_privilege;
    QCheckBox *m_enabled;
    QCheckBox *m_photo;
    QListWidget *m_credentials;
    QLineEdit *m_password;
    QLineEdit *m_card;
    protocol::UserEnrollment m_loaded;
    QString m_loadedId;
};

} // namespace punchclock::ui
