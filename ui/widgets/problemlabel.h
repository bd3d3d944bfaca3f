#pragma once

#include <QLabel>

namespace punchclock::ui {

// Why a form cannot go on, under its fields (role fieldError): hidden while there is nothing
// to say. In a dialog, the dialog grows to show it.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    ProblemLabel(const QString &objectName, QWidget *parent);

    // Shows `problem`; an empty one hides the label.
    void showProblem(const QString &problem);
};

} // namespace punchclock::ui
