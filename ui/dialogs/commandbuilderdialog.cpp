#include "commandbuilderdialog.h"

namespace punchclock::ui {

CommandBuilderDialog::CommandBuilderDialog(ConsoleContext &context, const CommandDraft &draft, QWidget *parent)
    : QDialog(parent)
{
    Q_UNUSED(context)
    Q_UNUSED(draft)
}

} // namespace punchclock::ui
