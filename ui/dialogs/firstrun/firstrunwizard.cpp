#include "firstrunwizard.h"

#include "administratorpage.h"
#include "datafolderpage.h"
#include "serverportpage.h"
#include "sitepolicypage.h"

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
        m_administrator->clearPassword();
        m_ready->showOutcome(outcome);
    }
    return outcome;
}

} // namespace punchclock::ui
