#pragma once

#include "closedperiodrepository.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace punchclock::ui {

class ConsoleContext;

// Closing a period (its days and a reason) or reopening one (a reason). Each is confirmed
// with what it means for the period's results, then stored with the operator's name and the
// time; the dialog is accepted once it is stored, and a refusal is shown in it.
class PeriodChangeDialog : public QDialog
{
    Q_OBJECT

public:
    // Closing: the days start as `from`–`to`.
    static PeriodChangeDialog *closing(ConsoleContext &context, QDate from, QDate to, QWidget *parent);
    static PeriodChangeDialog *reopening(ConsoleContext &context, const storage::ClosedPeriodRow &period,
                                         QWidget *parent);

    void accept() override;
    // The period closed or reopened, once accepted.
    qint64 periodId() const { return m_period.id; }

private:
    PeriodChangeDialog(ConsoleContext &context, const storage::ClosedPeriodRow &period, QWidget *parent);
    bool closePeriod(const QString &reason);
    bool reopenPeriod(const QString &reason);
    void showError(const QString &message);

    ConsoleContext &m_context;
    storage::ClosedPeriodRow m_period; // id 0: a period to close
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace punchclock::ui
