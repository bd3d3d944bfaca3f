#include "rulecaption.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace punchclock::ui {

namespace {

// Wider captions wrap: the dialogs stay well inside a 1280-pixel screen.
constexpr int MaxOneLineWidth = 460;

} // namespace

QLabel *RuleCaption::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &explanation)
{
    auto *caption = new QLabel(explanation, field->parentWidget());
    caption->setObjectName(field->objectName() + QStringLiteral("Caption"));
    caption->setProperty("role", QStringLiteral("pageSummary"));
    caption->setWordWrap(true);
    // One line where it fits a sensible width, instead of wrapping to the narrowest field's.
    caption->setMinimumWidth(std::min(caption->fontMetrics().horizontalAdvance(explanation), MaxOneLineWidth));
    // The tooltip stays for those who look there first.
    if (field->toolTip().isEmpty())
        field->setToolTip(explanation);
    form->addRow(label, field);
    form->addRow(QString(), caption);
    return caption;
}

} // namespace punchclock::ui
