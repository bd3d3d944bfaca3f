#pragma once

#include "dayresult.h"

#include <QDialog>

class QPushButton;
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

    // An operator whose role may not correct punches sees why instead of the way to.
    void setCorrectionAllowed(bool allowed, const QString &why);

Q_SIGNALS:
    // The operator wants to add, void or move a punch of this day.
    void correctionRequested(const QString &userId, QDate workingDate);
    // The operator wants the corrections that touched this working day: its date, and the
    // wall-clock span [from, to) of the day and its punches (a night shift runs past midnight).
    void historyRequested(const QString &userId, QDate workingDate, const QDateTime &from, const QDateTime &to);

private:
    QString summary(const engine::attendance::DayResult &day) const;
    QTableWidget *m_punches;
    QPushButton *m_correct = nullptr;
};

} // namespace punchclock::ui
