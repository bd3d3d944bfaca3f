#include "firstadministratordialog.h"

#include "accountfields.h"
#include "consolecontext.h"
#include "outcometext.h"
#include "problemlabel.h"
#include "signindialog.h"

#include "operatoradmin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace punchclock::ui {

FirstAdministratorDialog::FirstAdministratorDialog(ConsoleReader &reader, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_problem(new ProblemLabel(QStringLiteral("administratorProblem"), this))
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("The first administrator"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/punchclock.svg")));
    auto *intro = new QLabel(tr("From now on everyone signs in to this console with an operator account of their "
                                "own, and every change records who made it. Choose the name and password of the "
                                "first administrator, who can then add the others under Settings → Operators."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_account = std::make_unique<AccountFields>(form, this);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("administratorButtons"));
    buttons->addButton(tr("&Create administrator"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("createAdministrator"));
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

FirstAdministratorDialog::~FirstAdministratorDialog() = default;

void FirstAdministratorDialog::accept()
{
    if (!m_account->check(m_problem))
        return;
    const QString name = m_account->name();
    const QString password = m_account->password();
    m_account->clear();
    const QString origin = ConsoleContext::origin();
    std::optional<services::Actor> signedIn;
    const services::Outcome created = m_reader.wait([&](const QSqlDatabase &db) {
        services::OperatorAdmin operators(db);
        services::Outcome outcome = operators.createFirstAdministrator(name, password, origin);
        services::Actor actor;
        if (outcome.ok() && operators.signIn(name, password, origin, &actor).ok())
            signedIn = actor;
        return outcome;
    });
    if (created.status == services::Outcome::Status::Refused &&
        created.error<services::OperatorError>() == services::OperatorError::FirstAdministratorExists) {
        QMessageBox::information(this, windowTitle(), OutcomeText::operatorAccount(created));
        QDialog::accept();
        return;
    }
    if (!created.ok()) {
        m_problem->showProblem(OutcomeText::operatorAccount(created));
        return;
    }
    m_actor = signedIn;
    // The next start's sign-in offers the name.
    QSettings().setValue(QLatin1String(SignInDialog::LastNameKey), name);
    QDialog::accept();
}

} // namespace punchclock::ui
