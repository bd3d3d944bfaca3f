#include "periodchangedialog.h"

#include "attendanceerrortext.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "outcometext.h"
#include "reporttexts.h"

#include "closedperiodrepository.h"
#include "periodadmin.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace punchclock::ui {

namespace {

QDateEdit *dayEdit(QDate date, const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

PeriodChangeDialog *PeriodChangeDialog::closing(ConsoleContext &context, QDate from, QDate to, QWidget *parent)
{
    storage::ClosedPeriodRow period;
    period.from = from;
    period.to = to;
    return new PeriodChangeDialog(context, period, parent);
}

PeriodChangeDialog *PeriodChangeDialog::reopening(ConsoleContext &context, const storage::ClosedPeriodRow &period,
                                                  QWidget *parent)
{
    return new PeriodChangeDialog(context, period, parent);
}

PeriodChangeDialog::PeriodChangeDialog(ConsoleContext &context, const storage::ClosedPeriodRow &period, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_period(period)
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    const bool closing = period.id == 0;
    setObjectName(QStringLiteral("periodChangeDialog"));
    setWindowTitle(closing ? tr("Close a period") : tr("Reopen a period"));
    m_reason->setObjectName(QStringLiteral("periodReason"));
    m_reason->setPlaceholderText(closing ? tr("Required: why, e.g. “payroll March handed to the accountant”")
                                         : tr("Required: why, e.g. “a forgotten leave day must be entered”"));
    m_error->setObjectName(QStringLiteral("periodError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    if (closing) {
        m_from = dayEdit(period.from, "closeFrom", this);
        m_to = dayEdit(period.to, "closeTo", this);
        auto *days = new QHBoxLayout;
        days->addWidget(m_from);
        days->addWidget(new QLabel(QStringLiteral("–"), this));
        days->addWidget(m_to);
        days->addStretch(1);
        auto *label = new QLabel(tr("&Days:"), this);
        label->setBuddy(m_from);
        form->addRow(label, days);
    } else {
        auto *days = new QLabel(ReportTexts::period(period.from, period.to), this);
        days->setObjectName(QStringLiteral("reopenDays"));
        form->addRow(tr("Days:"), days);
    }
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *confirm =
        buttons->addButton(closing ? tr("C&lose period…") : tr("Re&open period…"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmPeriodChange"));
    confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    setMinimumWidth(480);
}

void PeriodChangeDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    // Asked before the question, so that a confirmed change is not refused afterwards.
    if (reason.isEmpty()) {
        showError(AttendanceErrorText::text(storage::PeriodError::EmptyReason));
        m_reason->setFocus();
        return;
    }
    if (m_period.id == 0 ? closePeriod(reason) : reopenPeriod(reason)) {
        m_context.notifyChanged(ConsoleContext::Attendance);
        QDialog::accept();
    }
}

bool PeriodChangeDialog::closePeriod(const QString &reason)
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        showError(AttendanceErrorText::text(storage::PeriodError::InvalidDates));
        return false;
    }
    const auto overlapping = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return storage::ClosedPeriodRepository(db).overlapping(from, to); });
    if (const auto &other = overlapping) {
        showError(AttendanceErrorText::text(storage::PeriodError::Overlaps, other));
        return false;
    }
    //: %1 the period's days
    const QString question =
        tr("Close %1?\n\nIts results become final: corrections of punches and changes to shifts, schedules, "
           "holidays and leave that touch its days are refused, and it keeps the attendance settings in force now. "
           "Punches that arrive for its days from now on are kept and listed, but not counted. A manager can "
           "reopen it, with a reason.")
            .arg(ReportTexts::period(from, to));
    if (QMessageBox::question(this, tr("Close a period"), question) != QMessageBox::Yes)
        return false;
    const services::Actor actor = m_context.actor();
    const services::Outcome closed = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return services::PeriodAdmin(db).close(actor, from, to, reason); });
    if (!closed.ok()) {
        showError(OutcomeText::period(closed));
        return false;
    }
    m_period.id = closed.id;
    return true;
}

bool PeriodChangeDialog::reopenPeriod(const QString &reason)
{
    const int late = m_context.reader().wait([this](const QSqlDatabase &db) {
        return int(storage::ClosedPeriodRepository(db).arrivedAfterClose(m_period).size());
    });
    const QString days = ReportTexts::period(m_period.from, m_period.to);
    //: %1 the period's days; %n punches that arrived after it was closed
    const QString question =
        late > 0 ? tr("Reopen %1?\n\nIts results can change again: corrections and rule changes that touch its days "
                      "are accepted, it is calculated with the attendance settings in force now, and the %n punch(es) "
                      "that arrived after it was closed count. Reports already handed out may then differ.",
                      nullptr, late)
                       .arg(days)
                 //: %1 the period's days
                 : tr("Reopen %1?\n\nIts results can change again: corrections and rule changes that touch its days "
                      "are accepted, and it is calculated with the attendance settings in force now. Reports already "
                      "handed out may then differ.")
                       .arg(days);
    if (QMessageBox::question(this, tr("Reopen a period"), question) != QMessageBox::Yes)
        return false;
    const services::Actor actor = m_context.actor();
    const services::Outcome reopened = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return services::PeriodAdmin(db).reopen(actor, m_period.id, reason); });
    if (!reopened.ok()) {
        showError(OutcomeText::period(reopened));
        return false;
    }
    return true;
}

void PeriodChangeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace punchclock::ui
