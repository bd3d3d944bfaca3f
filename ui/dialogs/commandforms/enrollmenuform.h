#pragma once

#include "commandform.h"

namespace punchclock::ui {

class EnableFlagCombo;

// ENABLE_ENROLL_FUNC: locks the keypad's enrolment menu, so that people are enrolled from the
// console only, or unlocks it again.
class EnrollMenuForm : public CommandForm
{
    Q_OBJECT

public:
    explicit EnrollMenuForm(ConsoleContext &context, QWidget *parent = nullptr);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;

private:
    EnableFlagCombo *m_flag;
};

} // namespace punchclock::ui
