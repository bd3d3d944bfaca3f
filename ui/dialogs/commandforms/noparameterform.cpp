#include "noparameterform.h"

#include "commandtraits.h"

#include <QLineEdit>

namespace punchclock::ui {

using protocol::CommandCode;

namespace {

QString explanation(CommandCode code)
{
    switch (code) {
    case CommandCode::GetUserIdList:
        return NoParameterForm::tr("Reads which users the terminal holds and records them in the console.");
    case CommandCode::GetDeviceStatus:
        return NoParameterForm::tr("Reads how many users, fingerprints, faces, cards and logs the terminal holds.");
    case CommandCode::ResetFk:
        return NoParameterForm::tr("Restarts the terminal. Its clock, users and logs are kept; commands queued for "
                                   "it before the restart are ignored by the terminal.");
    case CommandCode::ClearLogData:
        return NoParameterForm::tr("Deletes every punch stored on the terminal. Punches not yet pulled into the "
                                   "console are lost for good.");
    case CommandCode::ClearEnrollData:
        return NoParameterForm::tr("Deletes every user, fingerprint, face, card and password on the terminal. "
                                   "Nobody can punch there until users are sent again.");
    default: break;
    }
    return {};
}

} // namespace

NoParameterForm::NoParameterForm(ConsoleContext &context, CommandCode code, QWidget *parent)
    : CommandForm(context, code, parent)
{
    addNote(explanation(code));
    if (protocol::isDestructive(code)) {
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("confirmName"));
        addField(tr("T&ype the terminal's name to confirm:"), m_confirmation, QStringLiteral("confirm"));
        connect(m_confirmation, &QLineEdit::textChanged, this, &CommandForm::changed);
    }
}

CommandForm::Input NoParameterForm::input() const
{
    Input input;
    if (m_confirmation && (m_terminalName.isEmpty() || m_confirmation->text().trimmed() != m_terminalName)) {
        input.problemField = QStringLiteral("confirm");
        input.problem = m_terminalName.isEmpty() ? tr("Choose the terminal first.")
                                                 : tr("Type “%1” to confirm.").arg(m_terminalName);
    }
    return input;
}

void NoParameterForm::setTerminal(const CommandTerminal &terminal)
{
    m_terminalName = terminal.name;
}

} // namespace punchclock::ui
