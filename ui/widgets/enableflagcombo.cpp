#include "enableflagcombo.h"

namespace punchclock::ui {

EnableFlagCombo::EnableFlagCombo(const QString &onText, const QString &offText, QWidget *parent)
    : QComboBox(parent)
{
    addItem(onText, QStringLiteral("ON"));
    addItem(offText, QStringLiteral("OFF"));
}

QString EnableFlagCombo::flag() const
{
    return currentData().toString();
}

void EnableFlagCombo::setFlag(const QString &flag)
{
    const int index = findData(flag.toUpper());
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace punchclock::ui
