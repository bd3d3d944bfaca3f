#include "userinfoform.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "filepicker.h"
#include "jobdescription.h"
#include "usercommandform.h"
#include "usereditdialog.h"
#include "userpicker.h"

#include "codetables.h"
#include "commandparameters.h"
#include "userrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>

namespace punchclock::ui {

namespace Key = protocol::ParameterKey;

namespace {

constexpr int PasswordNumber = 10;
constexpr int CardNumber = 11;
constexpr int BackupNumberRole = Qt::UserRole + 1;
const QString credentialsField = QStringLiteral("credentials");
const QString passwordField = QStringLiteral("password");
const QString cardField = QStringLiteral("card");
const QString photoFileField = QStringLiteral("photo_file");

QString reference(int index)
{
    return QStringLiteral("BIN_%1").arg(index + 1);
}

} // namespace

UserInfoForm::UserInfoForm(ConsoleContext &context, QWidget *parent)
    : CommandForm(context, protocol::CommandCode::SetUserInfo, parent)
    , m_user(new UserPicker(this))
    , m_name(new QLineEdit(this))
    , m_privilege(new QComboBox(this))
    , m_enabled(new QCheckBox(tr("&Enabled: may punch on the terminal"), this))
    , m_photo(new QCheckBox(tr("Include the stored p&hoto"), this))
    , m_photoFile(new FilePicker(tr("Pictures (*.jpg *.jpeg *.png *.bmp)"), this))
    , m_credentials(new QListWidget(this))
    , m_password(new QLineEdit(this))
    , m_card(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("userName"));
    m_privilege->setObjectName(QStringLiteral("userPrivilege"));
    UserCommandForm::addPrivileges(m_privilege);
    m_enabled->setObjectName(QStringLiteral("userEnabled"));
    m_enabled->setChecked(true);
    m_photo->setObjectName(QStringLiteral("includePhoto"));
    m_photoFile->setObjectName(QStringLiteral("photoFile"));
    m_photoFile->setToolTip(tr("A picture sent instead of the stored photo: scaled to %1 pixels and sent as "
                               "a JPEG of at most %2 KB")
                                .arg(UserEditDialog::MaxPhotoSide)
                                .arg(UserEditDialog::MaxPhotoBytes / 1024));
    m_credentials->setObjectName(QStringLiteral("credentialList"));
    m_credentials->setMaximumHeight(m_credentials->fontMetrics().height() * 7);
    m_password->setObjectName(QStringLiteral("userPassword"));
    m_password->setPlaceholderText(tr("Digits; empty for none"));
    m_card->setObjectName(QStringLiteral("userCard"));
    m_card->setPlaceholderText(tr("Card number; empty for none"));

    addNote(tr("Replaces the whole user on the terminal: credentials not included are deleted there. The "
               "console's store keeps exactly what is sent."));
    addField(tr("&User:"), m_user, QLatin1String(Key::UserId));
    addField(tr("&Name:"), m_name, QLatin1String(Key::UserName));
    addField(tr("&Privilege:"), m_privilege, QLatin1String(Key::UserPrivilege));
    addField(QString(), m_enabled, QLatin1String(Key::EnableFlag));
    addField(QString(), m_photo, QLatin1String(Key::UserPhoto));
    addField(tr("Photo &from a file:"), m_photoFile, photoFileField);
    addField(tr("Credent&ials:"), m_credentials, credentialsField);
    addField(tr("P&assword:"), m_password, passwordField);
    addField(tr("&Card:"), m_card, cardField);

    connect(m_user, &UserPicker::userIdChanged, this, &UserInfoForm::loadUser);
    for (QLineEdit *edit : {m_name, m_password, m_card})
        connect(edit, &QLineEdit::textChanged, this, &CommandForm::changed);
    connect(m_privilege, &QComboBox::currentIndexChanged, this, &CommandForm::changed);
    for (QCheckBox *box : {m_enabled, m_photo})
        connect(box, &QCheckBox::toggled, this, &CommandForm::changed);
    connect(m_credentials, &QListWidget::itemChanged, this, &CommandForm::changed);
    connect(m_photoFile, &FilePicker::pathChanged, this, &UserInfoForm::loadPhotoFile);
    loadUser();
}

void UserInfoForm::setTerminal(const CommandTerminal &terminal)
{
    m_user->setTerminal(terminal.name, terminal.recordLibrary);
}

void UserInfoForm::setUsers(const QList<storage::UserRow> &users)
{
    m_user->setUsers(users);
}

void UserInfoForm::loadUser()
{
    const QString id = m_user->userId();
    if (!id.isEmpty() && id == m_loadedId)
        return;
    // Waited for: the fields it fills must not overwrite what the operator types next.
    const std::optional<protocol::UserEnrollment> stored = m_user->isKnown()
        ? context().reader().wait([&id](const QSqlDatabase &db) { return storage::UserRepository(db).load(id); })
        : std::nullopt;
    // Fields are filled when a stored user is picked and left as typed for a new id.
    if (stored || !m_loadedId.isEmpty()) {
        m_loaded = stored.value_or(protocol::UserEnrollment());
        m_name->setText(m_loaded.name);
        const int privilege = m_privilege->findData(m_loaded.privilegeName.toUpper());
        m_privilege->setCurrentIndex(privilege < 0 ? 0 : privilege);
        m_enabled->setChecked(m_loaded.enabled);
        m_password->clear();
        m_card->clear();
        m_credentials->clear();
        for (const protocol::Credential &credential : std::as_const(m_loaded.credentials)) {
            if (credential.backupNumber == PasswordNumber) {
                m_password->setText(QString::fromLatin1(credential.data).remove(QChar(0)));
                continue;
            }
            if (credential.backupNumber == CardNumber) {
                m_card->setText(QString::fromLatin1(credential.data).remove(QChar(0)));
                continue;
            }
            auto *item = new QListWidgetItem(tr("%1 (%2 bytes)")
                                                 .arg(JobDescription::credentialName(credential.backupNumber),
                                                      QLocale().toString(credential.data.size())),
                                             m_credentials);
            item->setData(BackupNumberRole, credential.backupNumber);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_loadedId = stored ? id : QString();
    m_photo->setEnabled(!m_loaded.photo.isEmpty() && m_photoFile->path().isEmpty());
    m_photo->setChecked(!m_loaded.photo.isEmpty());
    m_credentials->setEnabled(m_credentials->count() > 0);
    Q_EMIT changed();
}

void UserInfoForm::loadPhotoFile()
{
    markEdited(photoFileField);
    m_filePhoto.clear();
    m_filePhotoProblem.clear();
    const QString path = m_photoFile->path();
    const QFileInfo file(path);
    QByteArray data;
    if (path.isEmpty()) {
        // Nothing chosen: the stored photo, if any, may go.
    } else if (file.isFile() && file.size() > MaxPhotoFileBytes) {
        m_filePhotoProblem = tr("This file is %1; a photo may be at most %2.")
                                 .arg(QLocale().formattedDataSize(file.size()),
                                      QLocale().formattedDataSize(MaxPhotoFileBytes));
    } else if (m_photoFile->read(&data, &m_filePhotoProblem)
               && !UserEditDialog::preparePhoto(data, &m_filePhoto, &m_filePhotoProblem)) {
        m_filePhoto.clear();
    }
    m_photo->setEnabled(!m_loaded.photo.isEmpty() && path.isEmpty());
    Q_EMIT changed();
}

CommandForm::Input UserInfoForm::input() const
{
    Input input;
    QJsonObject &parameters = input.parameters;
    parameters.insert(QLatin1String(Key::UserId), m_user->userId());
    parameters.insert(QLatin1String(Key::UserName), m_name->text());
    parameters.insert(QLatin1String(Key::UserPrivilege), m_privilege->currentData().toString());
    if (!m_enabled->isChecked())
        parameters.insert(QLatin1String(Key::EnableFlag), QStringLiteral("OFF"));
    if (m_photoFile->isEditing()) {
        // Sent (Ctrl+Return) before the typed path was finished: the file read is not the one shown.
        input.problemField = photoFileField;
        input.problem = tr("Press Enter to read this file first.");
    } else if (!m_photoFile->path().isEmpty()) {
        if (m_filePhotoProblem.isEmpty()) {
            parameters.insert(QLatin1String(Key::UserPhoto), reference(int(input.binaries.size())));
            input.binaries << m_filePhoto;
        } else {
            input.problemField = photoFileField;
            input.problem = m_filePhotoProblem;
        }
    } else if (m_photo->isEnabled() && m_photo->isChecked()) {
        parameters.insert(QLatin1String(Key::UserPhoto), reference(int(input.binaries.size())));
        input.binaries << m_loaded.photo;
    }
    QJsonArray enrolled;
    auto include = [&](int backupNumber, const QByteArray &data) {
        enrolled.append(QJsonObject{{QLatin1String(Key::BackupNumber), backupNumber},
                                    {QLatin1String(Key::EnrollData), reference(int(input.binaries.size()))}});
        input.binaries << data;
    };
    for (int row = 0; row < m_credentials->count(); ++row) {
        const QListWidgetItem *item = m_credentials->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const int number = item->data(BackupNumberRole).toInt();
        for (const protocol::Credential &credential : m_loaded.credentials) {
            if (credential.backupNumber == number)
                include(number, credential.data);
        }
    }
    if (!m_password->text().isEmpty())
        include(PasswordNumber, m_password->text().toUtf8());
    if (!m_card->text().isEmpty())
        include(CardNumber, m_card->text().toUtf8());
    if (!enrolled.isEmpty())
        parameters.insert(QLatin1String(Key::EnrollDataArray), enrolled);
    if (const QString problem = m_user->problem(); !problem.isEmpty()) {
        input.problemField = QLatin1String(Key::UserId);
        input.problem = problem;
    }
    return input;
}

void UserInfoForm::setDraft(const QJsonObject &parameters)
{
    // A job's SET_USER_INFO names only the user: the rest comes from the store, as at delivery.
    m_user->setUserId(parameters.value(QLatin1String(Key::UserId)).toString());
}

QString UserInfoForm::fieldFor(const QString &errorField) const
{
    static const QRegularExpression entry(QStringLiteral("^enroll_data_array\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = entry.match(errorField);
    if (!match.hasMatch())
        return CommandForm::fieldFor(errorField);
    const QJsonArray enrolled = input().parameters.value(QLatin1String(Key::EnrollDataArray)).toArray();
    const int number = enrolled.at(match.captured(1).toInt()).toObject().value(QLatin1String(Key::BackupNumber)).toInt();
    if (number == PasswordNumber)
        return passwordField;
    if (number == CardNumber)
        return cardField;
    return credentialsField;
}

} // namespace punchclock::ui
