#include "opendoorform.h"

#include "commandparameters.h"
#include "jsonfields.h"

#include <QSpinBox>

namespace punchclock::ui {

namespace Key = protocol::ParameterKey;

OpenDoorForm::OpenDoorForm(ConsoleContext &context, QWidget *parent)
    : CommandForm(context, protocol::CommandCode::OpenDoor, parent)
    , m_door(new QSpinBox(this))
{
    m_door->setObjectName(QStringLiteral("doorNumber"));
    // One past the last door is offered so that the message says why it is refused.
    m_door->setRange(0, protocol::MaxDoorNumber + 1);
    m_door->setValue(1);
    addNote(tr("Opens the door the terminal's lock controls, as soon as the terminal receives the command. Only "
               "for terminals wired to a lock; most drive door 1. It is sent once: a terminal that does not answer "
               "is not asked again later."));
    addField(tr("&Door:"), m_door, QLatin1String(Key::DoorNumber));
    connect(m_door, &QSpinBox::valueChanged, this, &CommandForm::changed);
}

CommandForm::Input OpenDoorForm::input() const
{
    Input input;
    input.parameters.insert(QLatin1String(Key::DoorNumber), m_door->value());
    return input;
}

void OpenDoorForm::setDraft(const QJsonObject &parameters)
{
    if (const auto door = protocol::json::integer(parameters.value(QLatin1String(Key::DoorNumber))))
        m_door->setValue(int(*door));
}

} // namespace punchclock::ui
