#pragma once

#include "permission.h"

#include <QDate>
#include <QList>
#include <QToolButton>

#include <utility>

class QAction;
class QDialog;

namespace punchclock::ui {

class ConsoleContext;

// The Reports page's Rules menu: the editors of everything the calculation reads (shifts,
// weekly schedules, holidays and leave, corrections of punches, attendance settings). Each
// opens as a window of its own and is deleted when closed.
class ReportRulesButton : public QToolButton
{
    Q_OBJECT

public:
    explicit ReportRulesButton(ConsoleContext &context, QWidget *parent = nullptr);

    // The corrections of one employee's working day, as a day's explanation offers them.
    void correctDay(const QString &userId, QDate workingDate);

private:
    void open(QDialog *dialog);
    // Editors the operator's role cannot use are disabled, with the reason as their tooltip.
    void updatePermissions();

    ConsoleContext &m_context;
    QList<std::pair<QAction *, services::Permission>> m_rules;
};

} // namespace punchclock::ui
