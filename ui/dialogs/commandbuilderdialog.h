#pragma once

#include "consolecontext.h"

#include <QDialog>

namespace punchclock::ui {

class CommandBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    CommandBuilderDialog(ConsoleContext &context, const CommandDraft &draft, QWidget *parent = nullptr);
};

} // namespace punchclock::ui
