#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableWidget;

namespace punchclock::ui {

class ClosedPeriodTableModel;
class ConsoleContext;
class DataTableView;

// Periods whose results were signed off (a payroll month): every close ever made, with who
// closed and reopened it, when and why; "Close a period…" and "Reopen…", each with a reason
// and a confirmation; and, for the period selected, the punches of its days that arrived after
// it was closed, which it keeps without counting them.
class PeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    enum LatePunchColumn { Employee, Terminal, PunchTime, CountedFrom, LatePunchColumnCount };

    explicit PeriodsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void selectPeriod(qint64 id);

private:
    void reload();
    void showLatePunches();
    void updateActions();
    void closePeriod();
    void reopenPeriod();
    qint64 selectedId() const;

    ConsoleContext &m_context;
    ClosedPeriodTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_periods;
    QPushButton *m_reopen;
    QLabel *m_lateCaption;
    QTableWidget *m_late;
    bool m_mayChange = true; // the operator's role allows closing and reopening
};

} // namespace punchclock::ui
