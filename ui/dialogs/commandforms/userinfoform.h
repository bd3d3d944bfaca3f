#pragma once

#include "commandform.h"

#include "userenrollment.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace punchclock::ui {

class FilePicker;
class UserPicker;

// SET_USER_INFO, the usual way to put a person on a terminal: pick a stored user and everything
// is filled in from the store (name, privilege, photo, credentials, enabled); untick what should
// not go, type a password or card number, or choose a picture to send as the photo. The
// terminal replaces its whole copy of the user.
class UserInfoForm : public CommandForm
{
    Q_OBJECT

public:
    explicit UserInfoForm(ConsoleContext &context, QWidget *parent = nullptr);

    // Larger picture files are refused before they are read.
    static constexpr qint64 MaxPhotoFileBytes = 10 * 1024 * 1024;

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;
    void setUsers(const QList<storage::UserRow> &users) override;
    void setTerminal(const CommandTerminal &terminal) override;
    QString fieldFor(const QString &errorField) const override;

private:
    void loadUser();
    // Reads and converts the chosen picture once, when its path is finished or chosen: not at
    // each keystroke in the path, nor at every keystroke elsewhere.
    void loadPhotoFile();

    UserPicker *m_user;
    QLineEdit *m_name;
    QComboBox *m_privilege;
    QCheckBox *m_enabled;
    QCheckBox *m_photo;
    FilePicker *m_photoFile;
    QByteArray m_filePhoto; // the chosen picture as the JPEG sent
    QString m_filePhotoProblem;
    QListWidget *m_credentials;
    QLineEdit *m_password;
    QLineEdit *m_card;
    protocol::UserEnrollment m_loaded;
    QString m_loadedId;
};

} // namespace punchclock::ui
