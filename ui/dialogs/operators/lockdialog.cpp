#include "lockdialog.h"

#include "icons.h"
#include "permissiontext.h"
#include "signinform.h"

#include <QCloseEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

LockDialog::LockDialog(ConsoleReader &reader, const services::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_unlock(new SignInForm(reader, tr("&Unlock"), this))
    , m_switch(new SignInForm(reader, tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("Punchclock is locked"));
    setWindowModality(Qt::ApplicationModal);
    m_unlock->setObjectName(QStringLiteral("unlockForm"));
    m_unlock->setFixedOperator(actor);
    m_switch->setObjectName(QStringLiteral("switchOperatorForm"));

    auto *unlockPage = new QWidget(m_pages);
    auto *lockedBy = new QLabel(
        //: %1 the operator's name, %2 their role ("administrator")
        tr("Locked by %1 (%2). Type the password to go on where you left off.")
            .arg(actor.name, PermissionText::roleName(actor.role)),
        unlockPage);
    lockedBy->setObjectName(QStringLiteral("lockedBy"));
    lockedBy->setWordWrap(true);
    auto *switchOperator = new QPushButton(themedIcon("system-users"), tr("Sign in as &another operator…"), unlockPage);
    switchOperator->setObjectName(QStringLiteral("switchOperatorButton"));
    switchOperator->setAutoDefault(false);
    auto *unlockLayout = new QVBoxLayout(unlockPage);
    unlockLayout->addWidget(lockedBy);
    unlockLayout->addWidget(m_unlock);
    unlockLayout->addWidget(switchOperator, 0, Qt::AlignLeft);

    auto *switchPage = new QWidget(m_pages);
    auto *switchHint = new QLabel(tr("Another operator signs in: the console goes on with their rights, on the "
                                     "pages as they were left."),
                                  switchPage);
    switchHint->setWordWrap(true);
    auto *back = new QPushButton(tr("&Back"), switchPage);
    back->setObjectName(QStringLiteral("backToUnlock"));
    back->setAutoDefault(false);
    auto *switchLayout = new QVBoxLayout(switchPage);
    switchLayout->addWidget(switchHint);
    switchLayout->addWidget(m_switch);
    switchLayout->addWidget(back, 0, Qt::AlignLeft);

    m_pages->addWidget(unlockPage);
    m_pages->addWidget(switchPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(440);

    connect(m_unlock, &SignInForm::signedIn, this, &LockDialog::unlocked);
    connect(m_switch, &SignInForm::signedIn, this, &LockDialog::unlocked);
    connect(switchOperator, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(1);
        m_switch->focusFirstEmpty();
    });
    connect(back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_unlock->focusFirstEmpty();
    });
    m_unlock->focusFirstEmpty();
}

void LockDialog::reject()
{
    // Escape must not unlock the console.
}

void LockDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

} // namespace punchclock::ui
