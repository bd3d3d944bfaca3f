#include "signinform.h"

#include "consolecontext.h"
#include "outcometext.h"
#include "problemlabel.h"

#include "operatoradmin.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

constexpr int countdownTickMs = 1000;

} // namespace

SignInForm::SignInForm(ConsoleReader &reader, const QString &submitText, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new ProblemLabel(QStringLiteral("signInProblem"), this))
    , m_submit(new QPushButton(submitText, this))
{
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_password->setObjectName(QStringLiteral("operatorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(nameLabel, m_name);
    form->addRow(passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_submit, 0, Qt::AlignRight);

    m_countdown.setInterval(countdownTickMs);
    connect(&m_countdown, &QTimer::timeout, this, &SignInForm::countDown);
    connect(m_submit, &QPushButton::clicked, this, &SignInForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInForm::submit);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
}

void SignInForm::setFixedOperator(const services::Actor &actor)
{
    m_fixed = actor;
    m_name->setText(actor.name);
    m_name->setReadOnly(true);
}

void SignInForm::setName(const QString &name)
{
    m_name->setText(name);
}

QString SignInForm::name() const
{
    return m_name->text().trimmed();
}

void SignInForm::focusFirstEmpty()
{
    if (name().isEmpty())
        m_name->setFocus();
    else
        m_password->setFocus();
}

void SignInForm::submit()
{
    if (m_countdown.isActive())
        return;
    if (name().isEmpty()) {
        m_problem->showProblem(OutcomeText::operatorError(services::OperatorError::EmptyName));
        m_name->setFocus();
        return;
    }
    const QString password = m_password->text();
    m_password->clear();
    const std::optional<services::Actor> fixed = m_fixed;
    const QString name = this->name();
    const QString origin = ConsoleContext::origin();
    services::Actor actor;
    const services::Outcome outcome = m_reader.wait([&](const QSqlDatabase &db) {
        services::OperatorAdmin operators(db);
        return fixed ? operators.confirm(*fixed, password, &actor) : operators.signIn(name, password, origin, &actor);
    });
    if (outcome.ok()) {
        m_problem->showProblem({});
        Q_EMIT signedIn(actor);
        return;
    }
    m_password->setFocus();
    if (outcome.status == services::Outcome::Status::Refused &&
        outcome.error<services::OperatorError>() == services::OperatorError::Waiting) {
        m_waitUntil = QDateTime::currentDateTimeUtc().addSecs(outcome.id);
        m_submit->setEnabled(false);
        m_countdown.start();
    }
    m_problem->showProblem(OutcomeText::operatorAccount(outcome));
}

void SignInForm::countDown()
{
    // Rounded up: "1 s" until the wait is really over, never "0 s".
    const qint64 leftMs = QDateTime::currentDateTimeUtc().msecsTo(m_waitUntil);
    if (leftMs > 0) {
        m_problem->showProblem(
            OutcomeText::operatorError(services::OperatorError::Waiting, int((leftMs + 999) / 1000)));
        return;
    }
    m_countdown.stop();
    m_submit->setEnabled(true);
    m_problem->showProblem({});
}

} // namespace punchclock::ui
