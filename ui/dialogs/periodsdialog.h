#pragma once

#include "closedperiodrepository.h"
#include "consolereader.h"

#include <QDialog>
#include <QHash>

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
// it was closed, which it keeps without counting them. It reads on the console's reader: the
// list once before it opens, then again, like the late punches, whenever they may have changed.
class PeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    enum LatePunchColumn { Employee, Terminal, PunchTime, CountedFrom, LatePunchColumnCount };

    explicit PeriodsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void selectPeriod(qint64 id);

private:
    // The punches of one period's days that arrived after it was closed, with the names to show.
    struct LatePunches
    {
        qint64 periodId = 0;
        QList<storage::LatePunchRow> punches;
        QHash<QString, QString> users;     // user id → "name (id)"
        QHash<QString, QString> terminals; // dev id → "name (dev id)"
    };
    static QList<storage::ClosedPeriodRow> readPeriods(const QSqlDatabase &db);
    static LatePunches readLatePunches(const QSqlDatabase &db, const storage::ClosedPeriodRow &period);
    void reload();
    void presentPeriods(QList<storage::ClosedPeriodRow> periods);
    void showLatePunches();
    void presentLatePunches(const LatePunches &late);
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
    bool m_mayChange = true;      // the operator's role allows closing and reopening
    qint64 m_selectWhenShown = 0; // a period closed here, selected once a reload lists it
    qint64 m_lateShownFor = 0;    // the period whose late punches are listed or being read
    RepeatedRead<QList<storage::ClosedPeriodRow>> m_periodsRead;
    RepeatedRead<LatePunches> m_lateRead;
};

} // namespace punchclock::ui
