#pragma once

#include "commandform.h"

namespace punchclock::ui {

class DateTimeRangePicker;

// GET_LOG_DATA: a range of the terminal's wall time with presets; "Since last pull" is chosen
// for a terminal pulled before, unless the range came with a draft.
class LogRangeForm : public CommandForm
{
    Q_OBJECT

public:
    explicit LogRangeForm(ConsoleContext &context, QWidget *parent = nullptr);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;
    void setTerminal(const QString &devId, const QString &name) override;
    QString fieldFor(const QString &errorField) const override;

private:
    DateTimeRangePicker *m_range;
    bool m_rangeGiven = false;
};

} // namespace punchclock::ui
