#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace punchclock::ui {

// A rule's field with a one-line explanation under it. Rule terms ("Day change", "Break only
// after working") are set rarely and read by people who are not payroll experts: what a term
// means must be on screen, not only in a tooltip that nobody hovers.
class RuleCaption
{
public:
    // Adds "label: field" and the explanation under the field; the caption's objectName is the
    // field's plus "Caption".
    static QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &explanation);
};

} // namespace punchclock::ui
