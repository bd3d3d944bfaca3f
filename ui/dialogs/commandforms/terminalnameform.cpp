#include "terminalnameform.h"

#include "commandparameters.h"

#include <QLineEdit>

namespace punchclock::ui {

TerminalNameForm::TerminalNameForm(ConsoleContext &context, QWidget *parent)
    : CommandForm(context, protocol::CommandCode::SetFkName, parent)
    , m_name(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("fkName"));
    addNote(tr("Renames the terminal. Terminals accept English letters, digits and punctuation, up to %1 "
               "characters.")
                .arg(protocol::MaxTerminalNameLength));
    addField(tr("New &name:"), m_name, QLatin1String(protocol::ParameterKey::FkName));
    connect(m_name, &QLineEdit::textChanged, this, &CommandForm::changed);
}

CommandForm::Input TerminalNameForm::input() const
{
    Input input;
    input.parameters.insert(QLatin1String(protocol::ParameterKey::FkName), m_name->text());
    return input;
}

void TerminalNameForm::setDraft(const QJsonObject &parameters)
{
    m_name->setText(parameters.value(QLatin1String(protocol::ParameterKey::FkName)).toString());
}

void TerminalNameForm::setTerminal(const CommandTerminal &terminal)
{
    if (m_name->text().isEmpty() && terminal.name != terminal.devId)
        m_name->setText(terminal.name);
}

} // namespace punchclock::ui
