#pragma once

#include "dayresult.h"

#include <QDialog>

class QTableWidget;

namespace punchclock::ui {

// Explain-on-click: the punches one working day was calculated from, what became of each
// (used, unpaired, duplicate, voided …) and which working day it counted for and why, with
// the day's figures above them.
class DayExplanationDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Direction,
        WorkingDay,
        Why,
        Outcome,
        Source,
        ColumnCount
    };

    DayExplanationDialog(const QString &employee, const engine::attendance::DayResult &day, QWidget *parent = nullptr);

    static QString outcomeText(const engine::attendance::PunchExplanation &punch);
    static QString assignmentText(const engine::attendance::PunchExplanation &punch);

Q_SIGNALS:
    // The operator wants to add, void or move a punch of this day.
    void correctionRequested(const QString &userId, QDate workingDate);

private:
    QString summary(const engine::attendance::DayResult &day) const;
    QTableWidget *m_punches;
};

} // namespace punchclock::ui
