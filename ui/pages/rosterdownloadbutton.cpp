#include "rosterdownloadbutton.h"

#include "consolecontext.h"
#include "icons.h"
#include "permissiontext.h"
#include "rosterdownloaddialog.h"

#include "terminalrepository.h"
#include "userrepository.h"

namespace punchclock::ui {

RosterDownloadButton::RosterDownloadButton(ConsoleContext &context, QWidget *parent)
    : QPushButton(themedIcon("im-user"), tr("Download users from terminals…"), parent)
    , m_context(context)
    , m_read(context.reader(), this, [this](Snapshot snapshot) { present(snapshot); })
{
    setObjectName(QStringLiteral("downloadUsersButton"));
    connect(this, &QPushButton::clicked, this, &RosterDownloadButton::download);
    connect(&context, &ConsoleContext::usersChanged, this, &RosterDownloadButton::refresh);
    connect(&context, &ConsoleContext::terminalsChanged, this, &RosterDownloadButton::refresh);
    connect(&context, &ConsoleContext::actorChanged, this, &RosterDownloadButton::refresh);
    refresh();
}

void RosterDownloadButton::refresh()
{
    m_read.request(&RosterDownloadButton::read);
}

RosterDownloadButton::Snapshot RosterDownloadButton::read(const QSqlDatabase &db)
{
    Snapshot snapshot;
    snapshot.anyUser = !storage::UserRepository(db).list().isEmpty();
    for (const storage::TerminalRow &terminal : storage::TerminalRepository(db).list()) {
        if (terminal.approval == storage::Approval::Approved)
            snapshot.approvedTerminals << terminal.devId;
    }
    return snapshot;
}

void RosterDownloadButton::present(const Snapshot &snapshot)
{
    m_approvedTerminals = snapshot.approvedTerminals;
    setVisible(!snapshot.anyUser);
    const bool allowed = m_context.allows(services::Permission::ManageUsers);
    const bool terminals = !m_approvedTerminals.isEmpty();
    setEnabled(allowed && terminals);
    setToolTip(!allowed ? PermissionText::notAllowed(m_context.actor(), services::Permission::ManageUsers)
               : terminals
                   ? tr("Read every user of every approved terminal: name, privilege, card, password, photo and "
                        "templates")
                   : tr("No terminal is approved yet: approve one on the Terminals page first."));
}

void RosterDownloadButton::download()
{
    auto *dialog = new RosterDownloadDialog(m_context, m_approvedTerminals, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace punchclock::ui
