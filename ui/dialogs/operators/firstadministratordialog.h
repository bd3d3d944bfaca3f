#pragma once

#include "consolereader.h"
#include "actor.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace punchclock::ui {

class AccountFields;
class ProblemLabel;

// Asked once, at the first start of an installation set up before the console had operator
// accounts: the first administrator's name and password. Quit leaves the console. Once
// created, the administrator is signed in; when another console created one meanwhile, the
// dialog says so and ends without an actor, and that account signs in instead.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    // The account is created on the console's reader: at the start, or over the console's window
    // (data restored from before operator accounts).
    explicit FirstAdministratorDialog(ConsoleReader &reader, QWidget *parent = nullptr);
    ~FirstAdministratorDialog() override;

    // The new administrator, signed in; nullopt when another console created one first.
    const std::optional<services::Actor> &actor() const { return m_actor; }

    void accept() override;

private:
    ConsoleReader &m_reader;
    std::unique_ptr<AccountFields> m_account;
    ProblemLabel *m_problem;
    std::optional<services::Actor> m_actor;
};

} // namespace punchclock::ui
