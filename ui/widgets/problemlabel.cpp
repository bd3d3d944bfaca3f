#include "problemlabel.h"

#include "screenfit.h"

#include <QDialog>

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
    // A dialog makes room for the problem; its fields keep their height.
    if (!problem.isEmpty() && qobject_cast<QDialog *>(window()))
        ScreenFit::growToContents(window());
}

} // namespace punchclock::ui
