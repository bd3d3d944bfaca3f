#include "importcredentialdialog.h"

#include "commandvalidation.h"
#include "usermessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

// Bigger than any template seen (faces are ~20 KB): a larger file is surely the wrong one.
constexpr qint64 MaxCredentialBytes = 1024 * 1024;

} // namespace

ImportCredentialDialog::ImportCredentialDialog(const QString &userId, bool userHasTerminals, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importCredentialDialog"));
    setWindowTitle(tr("Import a credential for user %1").arg(userId));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("credentialPathEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseCredentialButton"));
    connect(browse, &QPushButton::clicked, this, &ImportCredentialDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_backupNumber = new QComboBox(this);
    m_backupNumber->setObjectName(QStringLiteral("backupNumberCombo"));
    for (int number = 0; number <= 20; ++number) {
        if (protocol::commandvalidation::checkBackupNumber(number) == protocol::ParameterError::None)
            m_backupNumber->addItem(UserMessages::backupNumberName(number), number);
    }

    m_push = new QCheckBox(tr("&Send the user to the terminals holding it afterwards"), this);
    m_push->setObjectName(QStringLiteral("importPushCheck"));
    m_push->setChecked(userHasTerminals);
    m_push->setVisible(userHasTerminals);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importCredentialError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Credential:"), m_backupNumber);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("importCredentialButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_push);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ImportCredentialDialog::path() const
{
    return m_path->text().trimmed();
}

void ImportCredentialDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

int ImportCredentialDialog::backupNumber() const
{
    return m_backupNumber->currentData().toInt();
}

bool ImportCredentialDialog::pushRequested() const
{
    return !m_push->isHidden() && m_push->isChecked();
}

void ImportCredentialDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a credential file"), path());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ImportCredentialDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}

void ImportCredentialDialog::accept()
{
    QFile file(path());
    if (path().isEmpty()) {
        showError(tr("Choose a file."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path(), file.errorString()));
        return;
    }
    if (file.size() > MaxCredentialBytes) {
        showError(tr("The file is larger than any credential (%1 bytes); choose the template file.").arg(file.size()));
        return;
    }
    const QByteArray data = file.readAll();
    const protocol::ParameterError error = protocol::commandvalidation::checkCredentialData(backupNumber(), data);
    if (error != protocol::ParameterError::None) {
        showError(UserMessages::parameterError(error));
        return;
    }
    m_data = data;
    QDialog::accept();
}

} // namespace punchclock::ui
