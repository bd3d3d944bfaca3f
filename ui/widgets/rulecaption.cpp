#include "rulecaption.h"

#include <QFormLayout>
#include <QLabel>

namespace punchclock::ui {

QLabel *RuleCaption::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &explanation)
{
    auto *caption = new QLabel(explanation, field->parentWidget());
    caption->setObjectName(field->objectName() + QStringLiteral("Caption"));
    caption->setProperty("role", QStringLiteral("pageSummary"));
    caption->setWordWrap(true);
    // The tooltip stays for those who look there first.
    if (field->toolTip().isEmpty())
        field->setToolTip(explanation);
    form->addRow(label, field);
    form->addRow(QString(), caption);
    return caption;
}

} // namespace punchclock::ui
