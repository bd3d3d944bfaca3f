#pragma once

#include "actor.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace punchclock::ui {

class AccountFields;
class ConsoleReader;
class ProblemLabel;

// A new password through services::OperatorAdmin: one's own (the present one asked first), or
// another operator's reset by an administrator. Refusals are shown in the dialog, which stays
// open; the fields are cleared after every try. The change is made on the console's reader.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // One's own password.
    PasswordDialog(ConsoleReader &reader, const services::Actor &actor, QWidget *parent = nullptr);
    // An administrator resets `operatorName`'s password.
    PasswordDialog(ConsoleReader &reader, const services::Actor &actor, qint64 operatorId, const QString &operatorName,
                   QWidget *parent = nullptr);
    ~PasswordDialog() override;

    void accept() override;

private:
    void build(const QString &intro);

    ConsoleReader &m_reader;
    services::Actor m_actor;
    qint64 m_operatorId = 0; // 0: the actor's own
    QString m_operatorName;
    QLineEdit *m_current = nullptr;
    std::unique_ptr<AccountFields> m_password;
    ProblemLabel *m_problem = nullptr;
};

} // namespace punchclock::ui
