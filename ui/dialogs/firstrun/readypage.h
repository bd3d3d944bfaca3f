#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QPushButton;

namespace punchclock::ui {

struct FirstRunOutcome;

// The last page: exactly what to enter on a terminal, and a simulated terminal for those
// who have none at hand.
class ReadyPage : public QWizardPage
{
    Q_OBJECT

public:
    // Starts a simulated terminal against the running server; returns what went wrong, or "".
    using StartSimulator = std::function<QString()>;

    explicit ReadyPage(StartSimulator startSimulator, QWidget *parent = nullptr);

    void showOutcome(const FirstRunOutcome &outcome);
    // The simulated terminal stopped after it had started (it could not reach the server).
    void showSimulatorProblem(const QString &problem) { showSimulatorState(problem); }

private:
    void startSimulator();
    void showSimulatorState(const QString &problem);

    QLabel *m_addresses;
    QLabel *m_steps;
    QPushButton *m_copy;
    QPushButton *m_simulate;
    QLabel *m_simulatorState;
    StartSimulator m_startSimulator;
    QString m_copyText;
};

} // namespace punchclock::ui
