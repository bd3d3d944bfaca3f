#include "usereditdialog.h"

#include "commandvalidation.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "departmentrepository.h"
#include "identifiers.h"
#include "outcometext.h"
#include "problemlabel.h"
#include "useradmin.h"
#include "usermessages.h"
#include "userrepository.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

constexpr int PasswordNumber = 10;
constexpr int CardNumber = 11;

QString credentialText(const std::optional<protocol::UserEnrollment> &user, int backupNumber)
{
    if (!user)
        return {};
    for (const protocol::Credential &credential : user->credentials) {
        if (credential.backupNumber == backupNumber)
            return QString::fromLatin1(credential.data).remove(QChar(0));
    }
    return {};
}

} // namespace

UserEditDialog::Opening UserEditDialog::Opening::read(const QSqlDatabase &db, const QString &userId)
{
    Opening opening;
    opening.departments = storage::DepartmentRepository(db).list();
    if (userId.isEmpty())
        return opening;
    const storage::UserRepository users(db);
    opening.stored = users.load(userId);
    for (const storage::UserRow &row : users.list()) {
        if (row.userId == userId)
            opening.department = row.department;
    }
    opening.holders = users.holders(userId);
    return opening;
}

UserEditDialog::UserEditDialog(ConsoleContext &context, const QString &userId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_adding(userId.isEmpty())
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(m_adding ? tr("Add user") : tr("Edit user %1").arg(userId));
    const Opening opening =
        context.reader().wait([&userId](const QSqlDatabase &db) { return Opening::read(db, userId); });
    m_stored = opening.stored;

    m_userId = new QLineEdit(userId, this);
    m_userId->setObjectName(QStringLiteral("userIdEdit"));
    m_userId->setReadOnly(!m_adding);
    m_userId->setMaxLength(protocol::MaxIdentifierLength);
    m_userId->setPlaceholderText(tr("e.g. 1024"));
    m_userId->setToolTip(tr("1 to 24 letters (A–Z), digits or underscores; what the terminal shows as the user number"));

    m_name = new QLineEdit(m_stored ? m_stored->name : QString(), this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setToolTip(tr("Some terminals show only the first %n characters", nullptr, protocol::SafeUserNameLength));

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(20);
    m_department->addItem(QString());
    for (const storage::DepartmentRow &department : opening.departments)
        m_department->addItem(department.name, department.id);
    if (!m_adding)
        m_department->setCurrentText(opening.department);

    m_privilege = new QComboBox(this);
    m_privilege->setObjectName(QStringLiteral("privilegeCombo"));
    for (const char *name : {"USER", "MANAGER", "REGISTER", "OPERATOR"}) {
        const QString privilege = QString::fromLatin1(name);
        m_privilege->addItem(UserMessages::privilegeName(privilege), privilege);
    }
    if (m_stored) {
        const int index = m_privilege->findData(m_stored->privilegeName.toUpper());
        m_privilege->setCurrentIndex(qMax(0, index));
    }

    m_enabled = new QCheckBox(tr("&May clock in"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(!m_stored || m_stored->enabled);

    m_photo = m_stored ? m_stored->photo : QByteArray();
    m_photoLabel = new QLabel(this);
    m_photoLabel->setObjectName(QStringLiteral("photoPreview"));
    m_photoLabel->setFixedSize(96, 96);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setFrameShape(QFrame::StyledPanel);
    auto *choosePhoto = new QPushButton(tr("C&hoose photo…"), this);
    choosePhoto->setObjectName(QStringLiteral("choosePhotoButton"));
    auto *clearPhoto = new QPushButton(tr("Remo&ve photo"), this);
    clearPhoto->setObjectName(QStringLiteral("clearPhotoButton"));
    connect(choosePhoto, &QPushButton::clicked, this, &UserEditDialog::choosePhoto);
    connect(clearPhoto, &QPushButton::clicked, this, [this] {
        m_photo.clear();
        showPhoto();
    });
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(choosePhoto);
    photoButtons->addWidget(clearPhoto);
    photoButtons->addStretch();
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoLabel);
    photoRow->addLayout(photoButtons);
    photoRow->addStretch();

    // No validator: it would drop a pasted "12-34" without a word; Save says "digits only".
    m_password = new QLineEdit(credentialText(m_stored, PasswordNumber), this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_password->setPlaceholderText(tr("none"));
    m_password->setToolTip(tr("Digits only; empty for none"));
    m_card = new QLineEdit(credentialText(m_stored, CardNumber), this);
    m_card->setObjectName(QStringLiteral("cardEdit"));
    m_card->setPlaceholderText(tr("none"));
    m_card->setToolTip(m_password->toolTip());

    const QStringList &holders = opening.holders;
    m_push = new QCheckBox(tr("&Send to the %n terminal(s) holding this user", nullptr, int(holders.size())), this);
    m_push->setObjectName(QStringLiteral("pushCheck"));
    m_push->setChecked(!holders.isEmpty());
    m_push->setVisible(!holders.isEmpty());

    m_error = new ProblemLabel(QStringLiteral("userEditError"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("User &ID:"), m_userId);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Privilege:"), m_privilege);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Photo:"), photoRow);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Card number:"), m_card);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("userEditButtons"));
    buttons->setObjectName(QStringLiteral("userEditButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_push);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showPhoto();
    (m_adding ? m_userId : m_name)->setFocus();
}

QString UserEditDialog::userId() const
{
    return m_userId->text().trimmed();
}

bool UserEditDialog::pushRequested() const
{
    return !m_push->isHidden() && m_push->isChecked();
}

bool UserEditDialog::preparePhoto(const QByteArray &fileData, QByteArray *jpeg, QString *error)
{
    QImage image;
    if (!image.loadFromData(fileData)) {
        *error = tr("This file is not a picture this program can read.");
        return false;
    }
    if (image.width() > MaxPhotoSide || image.height() > MaxPhotoSide)
        image = image.scaled(MaxPhotoSide, MaxPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_RGB32);
    for (int quality = 85; quality >= 20; quality -= 10) {
        QByteArray encoded;
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "JPEG", quality)) {
            *error = tr("The photo could not be converted to JPEG.");
            return false;
        }
        if (encoded.size() <= MaxPhotoBytes) {
            *jpeg = encoded;
            return true;
        }
    }
    *error = tr("The photo stays larger than %1 KB even when compressed; choose a simpler picture.")
                 .arg(MaxPhotoBytes / 1024);
    return false;
}

bool UserEditDialog::setPhotoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QString error;
    QByteArray jpeg;
    if (!preparePhoto(file.readAll(), &jpeg, &error)) {
        showError(error);
        return false;
    }
    m_photo = jpeg;
    m_error->hide();
    showPhoto();
    return true;
}

void UserEditDialog::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a photo"), QString(),
                                                      tr("Pictures (*.jpg *.jpeg *.png *.bmp)"));
    if (!path.isEmpty())
        setPhotoFile(path);
}

void UserEditDialog::showPhoto()
{
    QImage image;
    if (!m_photo.isEmpty() && image.loadFromData(m_photo)) {
        m_photoLabel->setPixmap(QPixmap::fromImage(
            image.scaled(m_photoLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_photoLabel->setToolTip(tr("%1 × %2 pixels, %3 bytes")
                                     .arg(image.width())
                                     .arg(image.height())
                                     .arg(m_photo.size()));
    } else {
        m_photoLabel->setPixmap({});
        m_photoLabel->setText(tr("No photo"));
        m_photoLabel->setToolTip({});
    }
}

void UserEditDialog::showError(const QString &error)
{
    m_error->showProblem(error);
}

QString UserEditDialog::validate() const
{
    using namespace protocol::commandvalidation;
    if (checkUserId(userId()) != protocol::ParameterError::None)
        return UserMessages::parameterError(protocol::ParameterError::InvalidUserId);
    if (m_adding && m_context.reader().wait(
                        [id = userId()](const QSqlDatabase &db) { return storage::UserRepository(db).exists(id); }))
        return tr("User %1 already exists; edit it instead.").arg(userId());
    // Terminals report users without names (GET_USER_ID_LIST); only new ones must get one.
    const protocol::ParameterError nameError =
        checkUserName(m_name->text(), m_adding ? EmptyName::Rejected : EmptyName::Allowed);
    if (nameError != protocol::ParameterError::None)
        return UserMessages::parameterError(nameError);
    for (const QLineEdit *digits : {m_password, m_card}) {
        const QByteArray data = digits->text().toLatin1();
        if (!data.isEmpty() && checkCredentialData(PasswordNumber, data) != protocol::ParameterError::None)
            return UserMessages::parameterError(protocol::ParameterError::InvalidCredentialData);
    }
    return {};
}

void UserEditDialog::accept()
{
    const QString error = validate();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    const services::Outcome saved = save();
    if (!saved.ok()) {
        showError(saved.status == services::Outcome::Status::Storage
                      ? tr("The database refused the change; nothing was saved.")
                      : OutcomeText::user(saved, m_department->currentText().trimmed()));
        return;
    }
    m_context.notifyChanged(ConsoleContext::Users);
    QDialog::accept();
}

services::Outcome UserEditDialog::save()
{
    protocol::UserEnrollment user;
    user.userId = userId();
    user.name = m_name->text().trimmed();
    user.privilegeName = m_privilege->currentData().toString();
    user.enabled = m_enabled->isChecked();
    user.photo = m_photo;
    if (m_stored) {
        for (const protocol::Credential &credential : m_stored->credentials) {
            if (credential.backupNumber != PasswordNumber && credential.backupNumber != CardNumber)
                user.credentials.append(credential);
        }
    }
    if (!m_password->text().isEmpty())
        user.credentials.append({PasswordNumber, m_password->text().toLatin1()});
    if (!m_card->text().isEmpty())
        user.credentials.append({CardNumber, m_card->text().toLatin1()});

    // A new department is created by its name; the move between departments is refused while a
    // closed period depends on it.
    const QString department = m_department->currentText().trimmed();
    return m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        return services::UserAdmin(db).save(actor, user, department);
    });
}

} // namespace punchclock::ui
