#pragma once

#include "departmentrepository.h"
#include "outcome.h"
#include "userenrollment.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace punchclock::ui {

class ConsoleContext;
class ProblemLabel;

// Adds a user or edits one (ui-guide: dialogs only for creating and editing): id, name,
// department, privilege, enabled, photo, password and card. Save replaces the stored user
// (fingers and face are kept) through services::UserAdmin and may send it to the terminals
// that hold it.
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Photos are scaled to fit this square and recompressed until they fit MaxPhotoBytes:
    // terminals send ~2.6 KB photos (protocol.md §10) and some firmware reads only small bodies.
    static constexpr int MaxPhotoSide = 240;
    static constexpr int MaxPhotoBytes = 8 * 1024;

    // An empty userId adds a new user.
    UserEditDialog(ConsoleContext &context, const QString &userId, QWidget *parent = nullptr);

    QString userId() const;
    bool pushRequested() const; // send the saved user to the terminals that hold it
    // A JPEG within the limits above; false with the reason in words.
    static bool preparePhoto(const QByteArray &fileData, QByteArray *jpeg, QString *error);
    bool setPhotoFile(const QString &path);

    void accept() override;

private:
    // What the dialog opens with, read on the console's reader.
    struct Opening
    {
        QList<storage::DepartmentRow> departments;
        std::optional<protocol::UserEnrollment> stored; // the user edited, as stored
        QString department;                             // theirs
        QStringList holders;                            // the terminals holding them

        static Opening read(const QSqlDatabase &db, const QString &userId);
    };

    void choosePhoto();
    void showPhoto();
    void showError(const QString &error);
    QString validate() const;
    services::Outcome save();

    ConsoleContext &m_context;
    bool m_adding;
    std::optional<protocol::UserEnrollment> m_stored;
    QByteArray m_photo;
    QLineEdit *m_userId;
    QLineEdit *m_name;
    QComboBox *m_department;
    QComboBox *m_privilege;
    QCheckBox *m_enabled;
    QLabel *m_photoLabel;
    QLineEdit *m_password;
    QLineEdit *m_card;
    QCheckBox *m_push;
    ProblemLabel *m_error;
};

} // namespace punchclock::ui
