#pragma once

#include "actor.h"
#include "outcome.h"
#include "punchcorrectionrepository.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace punchclock::services {
class Corrections;
}

namespace punchclock::ui {

class ConsoleContext;
class WorkingDayPunchTable;

// Corrections of punches: add a forgotten one, void a wrong one, move one to another time or
// direction, and revoke a correction made by mistake. Every correction needs a reason; the
// log below shows who changed what, when, and the value before. Stored punches themselves are
// never altered. The list shows the working day as the reports count it (punches added by
// hand included, a night shift's morning out-punch with its evening), and times are the
// site's wall clock exactly as typed, whatever the time zone of this PC. A day in a closed
// period says so, naming the period. Its reads and changes run on the console's reader.
class CorrectionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum LogColumn { When, Who, What, Before, After, Reason, LogColumnCount };

    explicit CorrectionsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void showDay(const QString &userId, QDate workingDate);

private:
    void loadDay();
    void showLog();
    void punchSelected();
    void updateActions();
    void addPunch();
    void voidPunch();
    void movePunch();
    void revokeCorrection();
    std::optional<storage::CorrectionRow> selectedCorrection() const;
    QDateTime typedTime() const;
    QString direction() const;
    using Correction = std::function<services::Outcome(services::Corrections &, const services::Actor &)>;
    // `correction` on the console's reader, then finish() with `times`.
    bool correct(const Correction &correction, const QList<QDateTime> &times);
    // What services::Corrections said; `times`: the punch's times the change touches, to name a
    // closed period that refused it.
    bool finish(services::Outcome outcome, const QList<QDateTime> &times = {});
    void showError(const QString &message);

    ConsoleContext &m_context;
    QComboBox *m_employee;
    QDateEdit *m_date;
    WorkingDayPunchTable *m_punches;
    QDateTimeEdit *m_time;
    QComboBox *m_direction;
    QLineEdit *m_reason;
    QPushButton *m_move;
    QPushButton *m_void;
    QTableWidget *m_log;
    QList<storage::CorrectionRow> m_logRows; // as listed, newest first
    QPushButton *m_revoke;
    QLabel *m_error;
    QLabel *m_closedNote; // the working day is in a closed period
};

} // namespace punchclock::ui
