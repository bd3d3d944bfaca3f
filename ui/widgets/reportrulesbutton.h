#pragma once

#include <QDate>
#include <QToolButton>

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

    ConsoleContext &m_context;
};

} // namespace punchclock::ui
