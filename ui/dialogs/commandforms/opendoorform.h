#pragma once

#include "commandform.h"

class QSpinBox;

namespace punchclock::ui {

// OPEN_DOOR: opens the lock a terminal drives, at once, for whoever stands there.
class OpenDoorForm : public CommandForm
{
    Q_OBJECT

public:
    explicit OpenDoorForm(ConsoleContext &context, QWidget *parent = nullptr);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;

private:
    QSpinBox *m_door;
};

} // namespace punchclock::ui
