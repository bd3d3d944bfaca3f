#include "administratorpage.h"

#include "accountfields.h"
#include "problemlabel.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace punchclock::ui {

AdministratorPage::AdministratorPage(QWidget *parent)
    : QWizardPage(parent)
    , m_problem(new ProblemLabel(QStringLiteral("administratorProblem"), this))
{
    setTitle(tr("Your administrator account"));
    setSubTitle(tr("Everyone signs in to the console with an account of their own, and every change records who "
                   "made it. This first account may do everything, including adding the others under Settings → "
                   "Operators."));
    auto *form = new QFormLayout;
    m_account = std::make_unique<AccountFields>(form, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_problem);
    // A problem goes once the user edits a field; textEdited, as check() clears a refused password.
    for (QLineEdit *field : findChildren<QLineEdit *>())
        connect(field, &QLineEdit::textEdited, m_problem, [this] { m_problem->showProblem({}); });
}

bool AdministratorPage::anythingEntered() const
{
    const QList<QLineEdit *> fields = findChildren<QLineEdit *>();
    return std::any_of(fields.cbegin(), fields.cend(), [](const QLineEdit *field) { return !field->text().isEmpty(); });
}

AdministratorPage::~AdministratorPage() = default;

QString AdministratorPage::name() const
{
    return m_account->name();
}

QString AdministratorPage::password() const
{
    return m_account->password();
}

void AdministratorPage::clearPassword()
{
    m_account->clear();
}

bool AdministratorPage::validatePage()
{
    return m_account->check(m_problem);
}

} // namespace punchclock::ui
