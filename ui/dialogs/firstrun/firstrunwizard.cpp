#include "firstrunwizard.h"

#include "administratorpage.h"
#include "datafolderpage.h"
#include "serverportpage.h"
#include "sitepolicypage.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace punchclock::ui {

FirstRunWizard::FirstRunWizard(const FirstRunChoices &defaults, Apply apply, ReadyPage::StartSimulator startSimulator,
                               QWidget *parent)
    : QWizard(parent)
    , m_dataFolder(new DataFolderPage(defaults.dataFolder))
    , m_server(new ServerPortPage(defaults.port))
    , m_administrator(new AdministratorPage)
    , m_policy(new SitePolicyPage(defaults.timeZoneId, [this] { return applyChoices(); }))
    , m_ready(new ReadyPage(std::move(startSimulator)))
    , m_apply(std::move(apply))
    , m_defaults(defaults)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Punchclock"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    addPage(m_dataFolder);
    addPage(m_server);
    addPage(m_administrator);
    addPage(m_policy);
    addPage(m_ready);
    resize(720, 520);
}

FirstRunChoices FirstRunWizard::choices() const
{
    FirstRunChoices choices;
    choices.dataFolder = m_dataFolder->folder();
    choices.databaseUrl = m_dataFolder->databaseUrl();
    choices.databasePassword = m_dataFolder->databasePassword();
    choices.listenAddress = m_server->address();
    choices.port = m_server->port();
    choices.timeZoneId = m_policy->timeZoneId();
    choices.autoApprove = m_policy->autoApprove();
    choices.administratorName = m_administrator->name();
    choices.administratorPassword = m_administrator->password();
    return choices;
}

FirstRunOutcome FirstRunWizard::applyChoices()
{
    const FirstRunOutcome outcome = m_apply(choices());
    if (outcome.ok) {
        m_applied = true;
        m_administrator->clearPassword();
        m_ready->showOutcome(outcome);
    }
    return outcome;
}

bool FirstRunWizard::anythingEntered() const
{
    const FirstRunChoices chosen = choices();
    return m_administrator->anythingEntered() || QDir(chosen.dataFolder) != QDir(m_defaults.dataFolder) ||
           chosen.listenAddress != m_defaults.listenAddress || chosen.port != m_defaults.port ||
           chosen.timeZoneId != SitePolicyPage::zoneOrUtc(m_defaults.timeZoneId) ||
           chosen.autoApprove != m_defaults.autoApprove;
}

void FirstRunWizard::reject()
{
    // Once applied, the data and the server exist: closing leads on to the console.
    if (!m_applied && anythingEntered()) {
        QMessageBox ask(QMessageBox::Question, tr("Discard the setup?"),
                        tr("What you entered is lost and Punchclock closes. It asks again at the next start."),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("discardSetup"));
        QPushButton *discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardSetupButton"));
        QPushButton *goOn = ask.addButton(tr("&Continue the setup"), QMessageBox::RejectRole);
        goOn->setObjectName(QStringLiteral("continueSetupButton"));
        ask.setDefaultButton(goOn);
        ask.setEscapeButton(goOn);
        ask.exec();
        if (ask.clickedButton() != discard)
            return;
    }
    QWizard::reject();
}

} // namespace punchclock::ui
