#include "settimeform.h"

#include "commandparameters.h"

#include <QDateTime>

namespace punchclock::ui {

SetTimeForm::SetTimeForm(ConsoleContext &context, QWidget *parent)
    : CommandForm(context, protocol::CommandCode::SetTime, parent)
{
    addNote(tr("Sets the terminal's clock to the site's time. The time is taken at the moment the terminal "
               "receives the command, so a terminal that polls late is not set late."));
}

CommandForm::Input SetTimeForm::input() const
{
    Input input;
    const QDateTime now = QDateTime::currentDateTime();
    const QString time = now.toString(QStringLiteral("yyyyMMddHHmmss")); // fixed format: the protocol's
    input.parameters.insert(QLatin1String(protocol::ParameterKey::Time), time);
    return input;
}

} // namespace punchclock::ui
