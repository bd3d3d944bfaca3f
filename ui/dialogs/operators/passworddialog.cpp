#include "passworddialog.h"

#include "accountfields.h"
#include "consolereader.h"
#include "outcometext.h"
#include "problemlabel.h"

#include "operatoradmin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace punchclock::ui {

PasswordDialog::PasswordDialog(ConsoleReader &reader, const services::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_actor(actor)
    , m_operatorName(actor.name)
{
    setWindowTitle(tr("Change my password"));
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setAttribute(Qt::WA_InputMethodEnabled, false);
    build(tr("The password %1 signs in with from now on.").arg(actor.name));
}

PasswordDialog::PasswordDialog(ConsoleReader &reader, const services::Actor &actor, qint64 operatorId,
                               const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_actor(actor)
    , m_operatorId(operatorId)
    , m_operatorName(operatorName)
{
    setWindowTitle(tr("Reset password"));
    build(tr("A new password for %1, who signs in with it from now on. Tell it to them in person.").arg(operatorName));
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::build(const QString &intro)
{
    setObjectName(QStringLiteral("passwordDialog"));
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    if (m_current) {
        auto *currentLabel = new QLabel(tr("P&resent password:"), this);
        currentLabel->setBuddy(m_current);
        form->addRow(currentLabel, m_current);
    }
    m_password = std::make_unique<AccountFields>(form, this, m_operatorName);
    m_problem = new ProblemLabel(QStringLiteral("passwordProblem"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("passwordButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PasswordDialog::accept()
{
    const QString current = m_current ? m_current->text() : QString();
    if (m_current)
        m_current->clear();
    if (!m_password->check(m_problem))
        return;
    const QString password = m_password->password();
    m_password->clear();
    const services::Outcome outcome = m_reader.wait([&](const QSqlDatabase &db) {
        services::OperatorAdmin operators(db);
        return m_operatorId == 0 ? operators.changeOwnPassword(m_actor, current, password)
                                 : operators.resetPassword(m_actor, m_operatorId, password);
    });
    if (!outcome.ok()) {
        m_problem->showProblem(outcome.status == services::Outcome::Status::Refused &&
                                       outcome.error<services::OperatorError>() ==
                                           services::OperatorError::WrongPassword
                                   ? tr("The present password is wrong.")
                                   : OutcomeText::operatorAccount(outcome));
        return;
    }
    QDialog::accept();
}

} // namespace punchclock::ui
