#include "signindialog.h"

#include "signinform.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace punchclock::ui {

SignInDialog::SignInDialog(ConsoleReader &reader, QWidget *parent)
    : QDialog(parent)
    , m_form(new SignInForm(reader, tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Punchclock"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/punchclock.svg")));
    m_form->setObjectName(QStringLiteral("signInForm"));
    m_form->setName(QSettings().value(QLatin1String(LastNameKey)).toString());

    auto *intro = new QLabel(tr("Sign in with your Punchclock operator account. The terminal server goes on "
                                "receiving punches meanwhile."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &SignInForm::signedIn, this, &SignInDialog::signedIn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_form->focusFirstEmpty();
}

void SignInDialog::signedIn(const services::Actor &actor)
{
    m_actor = actor;
    QSettings().setValue(QLatin1String(LastNameKey), actor.name);
    accept();
}

} // namespace punchclock::ui
