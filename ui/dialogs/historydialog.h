#pragma once

#include "auditrepository.h"

#include <QDate>
#include <QDialog>

namespace punchclock::ui {

class AuditTableModel;
class ConsoleContext;
class DataTableView;

// The changes made to one thing, from the audit trail: an employee, a terminal, or the punches
// of one employee's day. Read with the operator's rights; a history they may not see is refused
// with the reason before any window opens.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString &title, const QString &intro, const QList<storage::AuditEntry> &entries,
                  QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }

    // Each opens the dialog (non-modal, deleted on close) or says why not; the dialog or null.
    static HistoryDialog *showUser(ConsoleContext &context, const QString &userId, const QString &name,
                                   QWidget *parent);
    static HistoryDialog *showTerminal(ConsoleContext &context, const QString &devId, const QString &name,
                                       QWidget *parent);
    // The corrections that touched the day; a working day that runs past midnight gives its
    // wall-clock span [from, to) instead of the calendar day.
    static HistoryDialog *showDay(ConsoleContext &context, const QString &userId, const QString &name, QDate day,
                                  QWidget *parent, const QDateTime &from = {}, const QDateTime &to = {});

private:
    AuditTableModel *m_model;
    DataTableView *m_table;
};

} // namespace punchclock::ui
