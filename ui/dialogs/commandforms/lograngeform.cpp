#include "lograngeform.h"

#include "datetimerangepicker.h"

#include "commandparameters.h"
#include "walltime.h"

namespace punchclock::ui {

namespace Key = protocol::ParameterKey;

namespace {

const QString rangeField = QStringLiteral("range");

} // namespace

LogRangeForm::LogRangeForm(ConsoleContext &context, QWidget *parent, protocol::CommandCode code)
    : CommandForm(context, code, parent)
    , m_range(new DateTimeRangePicker(this))
{
    addNote(code == protocol::CommandCode::GetSlogData
                ? tr("Downloads what managers did at the terminal's keypad (enrolments, deletions, settings) into "
                     "the terminal's Keypad activity. Actions already downloaded are not stored twice.")
                : tr("Pulls the punches stored on the terminal into the console. Punches already known are "
                     "counted, not stored twice."));
    addField(tr("Period:"), m_range, rangeField);
    connect(m_range, &DateTimeRangePicker::rangeChanged, this, [this] {
        markEdited(rangeField);
        Q_EMIT changed();
    });
}

CommandForm::Input LogRangeForm::input() const
{
    Input input;
    const QString format = QStringLiteral("yyyyMMddHHmmss");
    if (m_range->begin().isValid())
        input.parameters.insert(QLatin1String(Key::BeginTime), m_range->begin().toString(format));
    if (m_range->end().isValid())
        input.parameters.insert(QLatin1String(Key::EndTime), m_range->end().toString(format));
    return input;
}

void LogRangeForm::setDraft(const QJsonObject &parameters)
{
    m_rangeGiven = true;
    m_range->setRange(protocol::walltime::fromProtocol(parameters.value(QLatin1String(Key::BeginTime)).toString()),
                      protocol::walltime::fromProtocol(parameters.value(QLatin1String(Key::EndTime)).toString()));
}

void LogRangeForm::setTerminal(const CommandTerminal &terminal)
{
    // Only punches remember where the last pull ended.
    const bool pullsLogs = code() == protocol::CommandCode::GetLogData;
    m_range->setLastPull(pullsLogs ? terminal.logsPulledUntil : QDateTime());
    if (!m_rangeGiven)
        m_range->lastPull().isValid() ? m_range->selectSinceLastPull() : m_range->selectAll();
}

QString LogRangeForm::fieldFor(const QString &errorField) const
{
    return errorField == QLatin1String(Key::BeginTime) || errorField == QLatin1String(Key::EndTime)
        ? rangeField
        : CommandForm::fieldFor(errorField);
}

} // namespace punchclock::ui
