#pragma once

#include "firstrunchoices.h"
#include "readypage.h"

#include <QWizard>

#include <functional>

namespace punchclock::ui {

class AdministratorPage;
class DataFolderPage;
class ServerPortPage;
class SitePolicyPage;

// The first start: data folder, port, the first administrator, time zone and approval policy,
// then what to enter on a terminal. The caller puts the choices into effect (`apply`: open the
// database, store the settings, create the administrator, start the server) when the user
// leaves the policy page; the administrator's password is cleared from the wizard once used.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    using Apply = std::function<FirstRunOutcome(const FirstRunChoices &)>;

    FirstRunWizard(const FirstRunChoices &defaults, Apply apply, ReadyPage::StartSimulator startSimulator,
                   QWidget *parent = nullptr);

    FirstRunChoices choices() const;
    // A simulated terminal started from the last page stopped: says why on that page.
    void showSimulatorProblem(const QString &problem) { m_ready->showSimulatorProblem(problem); }
    // Esc and the window's close button: what was entered is not discarded without asking.
    void reject() override;

private:
    FirstRunOutcome applyChoices();
    bool anythingEntered() const;

    DataFolderPage *m_dataFolder;
    ServerPortPage *m_server;
    AdministratorPage *m_administrator;
    SitePolicyPage *m_policy;
    ReadyPage *m_ready;
    Apply m_apply;
    FirstRunChoices m_defaults;
    bool m_applied = false;
};

} // namespace punchclock::ui
