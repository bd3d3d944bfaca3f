#include "problemlabel.h"

namespace punchclock::ui {

ProblemLabel::ProblemLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setProperty("role", QStringLiteral("fieldError"));
    setWordWrap(true);
    hide();
}

void ProblemLabel::showProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
}

} // namespace punchclock::ui
