#include "correctionsdialog.h"

#include "attendanceerrortext.h"
#include "closedperiodrepository.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "corrections.h"
#include "correctiontexts.h"
#include "icons.h"
#include "outcometext.h"
#include "reportcellformat.h"
#include "sitecalendar.h"
#include "userrepository.h"
#include "walltime.h"
#include "workingdaypunchtable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

using storage::CorrectionKind;
using storage::CorrectionRow;

QTableWidget *logTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, CorrectionsDialog::LogColumnCount, parent);
    table->setObjectName(QStringLiteral("correctionHistory"));
    table->setHorizontalHeaderLabels({CorrectionsDialog::tr("When"), CorrectionsDialog::tr("Who"),
                                      CorrectionsDialog::tr("What"), CorrectionsDialog::tr("Before"),
                                      CorrectionsDialog::tr("After"), CorrectionsDialog::tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

bool revocable(const CorrectionRow &correction)
{
    return !correction.revoked && correction.kind != CorrectionKind::Revoke;
}

} // namespace

CorrectionsDialog::CorrectionsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_employee(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_punches(new WorkingDayPunchTable(this))
    , m_time(new QDateTimeEdit(this))
    , m_direction(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_move(new QPushButton(themedIcon("document-edit"), tr("&Move selected here"), this))
    , m_void(new QPushButton(themedIcon("edit-delete"), tr("&Void selected"), this))
    , m_log(logTable(this))
    , m_revoke(new QPushButton(themedIcon("go-previous"), tr("Re&voke selected correction…"), this))
    , m_error(new QLabel(this))
    , m_closedNote(new QLabel(this))
{
    setObjectName(QStringLiteral("correctionsDialog"));
    setWindowTitle(tr("Corrections of punches"));
    m_employee->setObjectName(QStringLiteral("correctionEmployee"));
    // A long name elides instead of widening the dialog beyond the screen.
    m_employee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_employee->setMinimumContentsLength(24);
    const auto [today, users] = context.reader().wait([](const QSqlDatabase &db) {
        return std::pair(engine::SiteCalendar::today(db), storage::UserRepository(db).list());
    });
    for (const storage::UserRow &user : users)
        m_employee->addItem(user.name.isEmpty() ? user.userId : tr("%1 (%2)").arg(user.name, user.userId), user.userId);
    m_date->setDate(today);
    m_date->setObjectName(QStringLiteral("correctionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_time->setObjectName(QStringLiteral("correctionTime"));
    // Punch times are the site's wall clock held as UTC (protocol::walltime). A local-time
    // editor would shift them by this PC's offset and refuse the hour skipped in spring.
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDateTime(protocol::walltime::make(m_date->date(), QTime(9, 0)));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_direction->setObjectName(QStringLiteral("correctionDirection"));
    m_direction->addItem(CorrectionTexts::direction(QStringLiteral("in")), QStringLiteral("in"));
    m_direction->addItem(CorrectionTexts::direction(QStringLiteral("out")), QStringLiteral("out"));
    m_direction->addItem(CorrectionTexts::direction({}), QString());
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("Required: why, e.g. “forgot to punch out, confirmed by supervisor”"));
    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_closedNote->setObjectName(QStringLiteral("correctionClosedNote"));
    m_closedNote->setWordWrap(true);
    m_closedNote->hide();
    connect(m_employee, &QComboBox::currentIndexChanged, this, &CorrectionsDialog::loadDay);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_time->setDate(date);
        loadDay();
    });
    connect(m_punches, &QTableWidget::itemSelectionChanged, this, &CorrectionsDialog::punchSelected);
    connect(m_log, &QTableWidget::itemSelectionChanged, this, &CorrectionsDialog::updateActions);

    auto *add = new QPushButton(themedIcon("list-add"), tr("&Add punch"), this);
    add->setObjectName(QStringLiteral("addCorrectionPunch"));
    m_move->setObjectName(QStringLiteral("movePunch"));
    m_void->setObjectName(QStringLiteral("voidPunch"));
    m_revoke->setObjectName(QStringLiteral("revokeCorrection"));
    m_revoke->setToolTip(tr("Cancel the correction selected in the log, with the reason entered above"));
    connect(add, &QPushButton::clicked, this, &CorrectionsDialog::addPunch);
    connect(m_move, &QPushButton::clicked, this, &CorrectionsDialog::movePunch);
    connect(m_void, &QPushButton::clicked, this, &CorrectionsDialog::voidPunch);
    connect(m_revoke, &QPushButton::clicked, this, &CorrectionsDialog::revokeCorrection);

    auto *pick = new QHBoxLayout;
    const auto addField = [this, pick](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        pick->addWidget(caption);
        pick->addWidget(field);
    };
    addField(tr("E&mployee:"), m_employee);
    addField(tr("Working &day:"), m_date);
    pick->addStretch(1);
    auto *change = new QFormLayout;
    change->addRow(tr("&Time:"), m_time);
    change->addRow(tr("Di&rection:"), m_direction);
    change->addRow(tr("R&eason:"), m_reason);
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_move);
    actions->addWidget(m_void);
    actions->addStretch(1);
    change->addRow(actions);
    change->addRow(m_error);
    auto *changeBox = new QGroupBox(tr("Correction"), this);
    changeBox->setLayout(change);
    auto *logActions = new QHBoxLayout;
    logActions->addWidget(new QLabel(tr("Corrections of this employee, newest first:"), this), 1);
    logActions->addWidget(m_revoke);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_closedNote);
    layout->addWidget(m_punches, 1);
    layout->addWidget(changeBox);
    layout->addLayout(logActions);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
    loadDay();
}

void CorrectionsDialog::showDay(const QString &userId, QDate workingDate)
{
    if (m_employee->findData(userId) < 0)
        m_employee->addItem(userId, userId);
    m_employee->setCurrentIndex(m_employee->findData(userId));
    m_date->setDate(workingDate);
    loadDay();
}

void CorrectionsDialog::loadDay()
{
    m_error->hide();
    const QString userId = m_employee->currentData().toString();
    const QDate date = m_date->date();
    std::optional<storage::ClosedPeriodRow> closed;
    const WorkingDayPunchTable::Day day = m_context.reader().wait([&](const QSqlDatabase &db) {
        closed = storage::ClosedPeriodRepository(db).covering(date);
        const QList<CorrectionRow> history =
            userId.isEmpty() ? QList<CorrectionRow>() : storage::PunchCorrectionRepository(db).history(userId);
        return WorkingDayPunchTable::read(db, userId, date, history);
    });
    m_logRows = day.history;
    QString error;
    if (!m_punches->show(day, &error))
        showError(error);
    showLog();
    updateActions();
    // Said before anyone types a reason: the store refuses every change on a closed day.
    m_closedNote->setText(closed ? AttendanceErrorText::closedPeriod(*closed) : QString());
    m_closedNote->setVisible(closed.has_value());
}

void CorrectionsDialog::showLog()
{
    QHash<qint64, CorrectionRow> byId;
    for (const CorrectionRow &correction : std::as_const(m_logRows))
        byId.insert(correction.id, correction);
    m_log->setRowCount(int(m_logRows.size()));
    for (int row = 0; row < m_logRows.size(); ++row) {
        const CorrectionRow &correction = m_logRows.at(row);
        QString what = CorrectionTexts::kind(correction.kind);
        QString before = CorrectionTexts::moment(correction.previousTime, correction.previousDirection);
        QString after = CorrectionTexts::moment(correction.ioTime, correction.direction);
        if (correction.kind == CorrectionKind::Revoke) {
            // A revoke turns its correction's after back into its before.
            const CorrectionRow target = byId.value(correction.revokedId);
            //: A revoke in the corrections log: "Revoked: Moved"
            what = tr("Revoked: %1").arg(CorrectionTexts::kind(target.kind));
            before = CorrectionTexts::moment(target.ioTime, target.direction);
            after = CorrectionTexts::moment(target.previousTime, target.previousDirection);
        } else if (correction.revoked) {
            what = tr("%1 (revoked)").arg(what);
        }
        const QStringList cells{ReportCellFormat::dateTime(correction.changedAt.toLocalTime()),
                                correction.changedBy,
                                what,
                                before,
                                after,
                                correction.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_log->setItem(row, column, item);
        }
    }
    m_log->resizeColumnsToContents();
}

void CorrectionsDialog::punchSelected()
{
    const auto punch = m_punches->selectedPunch();
    if (punch) {
        m_time->setDateTime(punch->time);
        m_direction->setCurrentIndex(std::max(0, m_direction->findData(punch->direction)));
        // Its correction in the log, ready to be revoked.
        m_log->clearSelection();
        for (int row = 0; row < m_logRows.size(); ++row) {
            if (punch->correctionId != 0 && m_logRows.at(row).id == punch->correctionId)
                m_log->selectRow(row);
        }
    }
    updateActions();
}

void CorrectionsDialog::updateActions()
{
    const auto punch = m_punches->selectedPunch();
    const bool correctable = punch && !punch->voided;
    m_move->setEnabled(correctable);
    m_void->setEnabled(correctable);
    const auto correction = selectedCorrection();
    m_revoke->setEnabled(correction && revocable(*correction));
}

std::optional<CorrectionRow> CorrectionsDialog::selectedCorrection() const
{
    const QList<QTableWidgetItem *> selected = m_log->selectedItems();
    if (selected.isEmpty() || selected.first()->row() >= m_logRows.size())
        return std::nullopt;
    return m_logRows.at(selected.first()->row());
}

QDateTime CorrectionsDialog::typedTime() const
{
    return protocol::walltime::make(m_time->date(), m_time->time());
}

QString CorrectionsDialog::direction() const
{
    return m_direction->currentData().toString();
}

bool CorrectionsDialog::correct(const Correction &correction, const QList<QDateTime> &times)
{
    const services::Actor actor = m_context.actor();
    const services::Outcome outcome = m_context.reader().wait([&](const QSqlDatabase &db) {
        services::Corrections corrections(db);
        return correction(corrections, actor);
    });
    return finish(outcome, times);
}

void CorrectionsDialog::addPunch()
{
    const QString userId = m_employee->currentData().toString();
    const QDateTime time = typedTime();
    const QString direction = this->direction();
    const QString reason = m_reason->text().trimmed();
    const auto add = [&](services::Corrections &corrections, const services::Actor &actor) {
        return corrections.addPunch(actor, userId, time, direction, reason);
    };
    correct(add, {time});
}

void CorrectionsDialog::voidPunch()
{
    const auto punch = m_punches->selectedPunch();
    if (!punch || punch->voided) {
        showError(tr("Select a punch that counts first."));
        return;
    }
    const QString reason = m_reason->text().trimmed();
    // A punch added by hand is not stored: voiding it revokes the addition.
    const auto voidIt = [&](services::Corrections &corrections, const services::Actor &actor) {
        return punch->punchId == 0 ? corrections.revoke(actor, punch->correctionId, reason)
                                   : corrections.voidPunch(actor, punch->punchId, reason);
    };
    correct(voidIt, {punch->time});
}

void CorrectionsDialog::movePunch()
{
    const auto punch = m_punches->selectedPunch();
    if (!punch || punch->voided) {
        showError(tr("Select a punch that counts first."));
        return;
    }
    const QString reason = m_reason->text().trimmed();
    const QDateTime time = typedTime();
    const QString direction = this->direction();
    // A punch added by hand moves as one step: its addition revoked and the new one added.
    const auto move = [&](services::Corrections &corrections, const services::Actor &actor) {
        return punch->punchId != 0 ? corrections.movePunch(actor, punch->punchId, time, direction, reason)
                                   : corrections.moveAddedPunch(actor, punch->correctionId, time, direction, reason);
    };
    correct(move, {punch->time, time});
}

void CorrectionsDialog::revokeCorrection()
{
    const auto correction = selectedCorrection();
    if (!correction) {
        showError(tr("Select the correction to revoke in the log first."));
        return;
    }
    if (!revocable(*correction)) {
        showError(AttendanceErrorText::text(storage::CorrectionError::AlreadyRevoked));
        return;
    }
    // Asked before the question, so that a confirmed revoke is not refused afterwards.
    if (m_reason->text().trimmed().isEmpty()) {
        finish(services::Outcome::refused(storage::CorrectionError::EmptyReason));
        return;
    }
    const QString none = QStringLiteral("—");
    const QString before = CorrectionTexts::moment(correction->previousTime, correction->previousDirection);
    const QString after = CorrectionTexts::moment(correction->ioTime, correction->direction);
    //: %1 what (Moved), %2 before, %3 after, %4 who made it, %5 its reason
    const QString question = tr("Revoke this correction?\n\n%1: %2 → %3, by %4: “%5”\n\n"
                                "The punch counts again as it did before. The log keeps the correction, "
                                "marked as revoked.")
                                 .arg(CorrectionTexts::kind(correction->kind), before.isEmpty() ? none : before,
                                      after.isEmpty() ? none : after, correction->changedBy, correction->reason);
    if (QMessageBox::question(this, tr("Revoke correction"), question) != QMessageBox::Yes)
        return;
    const QString reason = m_reason->text().trimmed();
    const auto revoke = [&](services::Corrections &corrections, const services::Actor &actor) {
        return corrections.revoke(actor, correction->id, reason);
    };
    correct(revoke, {correction->ioTime, correction->previousTime});
}

bool CorrectionsDialog::finish(services::Outcome outcome, const QList<QDateTime> &times)
{
    if (!outcome.ok()) {
        const bool refused = outcome.status == services::Outcome::Status::Refused;
        // The store judges a punch by its calendar date, before and after the change: the service
        // names the closed period of one of them, else it is looked for here.
        if (refused && outcome.error<storage::CorrectionError>() == storage::CorrectionError::PeriodClosed &&
            !outcome.closedPeriod) {
            outcome.closedPeriod = m_context.reader().wait([&times](const QSqlDatabase &db) {
                const storage::ClosedPeriodRepository periods(db);
                std::optional<storage::ClosedPeriodRow> closed;
                for (const QDateTime &time : times) {
                    if (!closed && time.isValid())
                        closed = periods.covering(time.date());
                }
                return closed;
            });
        }
        showError(OutcomeText::correction(outcome));
        if (refused && outcome.error<storage::CorrectionError>() == storage::CorrectionError::EmptyReason)
            m_reason->setFocus();
        return false;
    }
    m_reason->clear();
    loadDay();
    m_context.notifyChanged(ConsoleContext::Attendance);
    return true;
}

void CorrectionsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace punchclock::ui
