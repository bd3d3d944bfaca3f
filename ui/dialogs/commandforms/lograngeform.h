#pragma once

#include "commandform.h"

namespace punchclock::ui {

class DateTimeRangePicker;

// GET_LOG_DATA and GET_SLOG_DATA (the keypad activity), which take the same bounds: a range of
// the terminal's wall time with presets. For GET_LOG_DATA "Since last pull" is chosen for a
// terminal pulled before, unless the range came with a draft; the keypad activity takes it all.
class LogRangeForm : public CommandForm
{
    Q_OBJECT

public:
    explicit LogRangeForm(ConsoleContext &context, QWidget *parent = nullptr,
                          protocol::CommandCode code = protocol::CommandCode::GetLogData);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;
    void setTerminal(const CommandTerminal &terminal) override;
    QString fieldFor(const QString &errorField) const override;

private:
    DateTimeRangePicker *m_range;
    bool m_rangeGiven = false;
};

} // namespace punchclock::ui
