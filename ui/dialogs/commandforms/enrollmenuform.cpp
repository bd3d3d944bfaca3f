#include "enrollmenuform.h"

#include "enableflagcombo.h"

#include "commandparameters.h"

namespace punchclock::ui {

namespace Key = protocol::ParameterKey;

EnrollMenuForm::EnrollMenuForm(ConsoleContext &context, QWidget *parent)
    : CommandForm(context, protocol::CommandCode::EnableEnrollFunc, parent)
    , m_flag(new EnableFlagCombo(tr("Unlocked: people can be enrolled at the keypad"),
                                 tr("Locked: people are enrolled from the console only"), this))
{
    m_flag->setObjectName(QStringLiteral("enrollMenuFlag"));
    // Locking is what an operator comes here for.
    m_flag->setFlag(QStringLiteral("OFF"));
    addNote(tr("Locks or unlocks the enrollment menu of the terminal's keypad. Users, punches and everything "
               "already enrolled stay as they are."));
    addField(tr("&Keypad enrollment:"), m_flag, QLatin1String(Key::EnableFlag));
    connect(m_flag, &QComboBox::currentIndexChanged, this, &CommandForm::changed);
}

CommandForm::Input EnrollMenuForm::input() const
{
    Input input;
    input.parameters.insert(QLatin1String(Key::EnableFlag), m_flag->flag());
    return input;
}

void EnrollMenuForm::setDraft(const QJsonObject &parameters)
{
    m_flag->setFlag(parameters.value(QLatin1String(Key::EnableFlag)).toString());
}

} // namespace punchclock::ui
