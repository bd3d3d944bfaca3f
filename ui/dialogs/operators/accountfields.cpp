#include "accountfields.h"

#include "outcometext.h"
#include "problemlabel.h"

#include "operatoradmin.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace punchclock::ui {

AccountFields::AccountFields(QFormLayout *form, QWidget *parent, const QString &fixedName)
    : m_fixedName(fixedName)
    , m_password(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
{
    if (fixedName.isEmpty()) {
        m_name = new QLineEdit(parent);
        m_name->setObjectName(QStringLiteral("accountName"));
        auto *nameLabel = new QLabel(tr("&Name:"), parent);
        nameLabel->setBuddy(m_name);
        form->addRow(nameLabel, m_name);
    }
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit *field : {m_password, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setAttribute(Qt::WA_InputMethodEnabled, false);
    }
    auto *passwordLabel = new QLabel(tr("&Password:"), parent);
    passwordLabel->setBuddy(m_password);
    auto *repeatLabel = new QLabel(tr("&Repeat it:"), parent);
    repeatLabel->setBuddy(m_repeat);
    auto *hint = new QLabel(
        tr("At least %n characters, and not the name in it.", nullptr, services::OperatorAdmin::MinimumPasswordLength),
        parent);
    hint->setProperty("role", QStringLiteral("pageSummary"));
    hint->setWordWrap(true);
    form->addRow(passwordLabel, m_password);
    form->addRow(repeatLabel, m_repeat);
    form->addRow(QString(), hint);
}

QString AccountFields::name() const
{
    return m_name ? m_name->text().trimmed() : m_fixedName;
}

QString AccountFields::password() const
{
    return m_password->text();
}

QString AccountFields::problem() const
{
    if (name().isEmpty())
        return OutcomeText::operatorError(services::OperatorError::EmptyName);
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ.");
    return OutcomeText::operatorError(services::OperatorAdmin::checkPassword(name(), m_password->text()));
}

bool AccountFields::check(ProblemLabel *label)
{
    const QString why = problem();
    label->showProblem(why);
    if (!why.isEmpty())
        clear();
    return why.isEmpty();
}

void AccountFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

} // namespace punchclock::ui
