#include "shiftsdialog.h"

#include "closedperiodrepository.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "effectivedatepicker.h"
#include "icons.h"
#include "attendanceerrortext.h"
#include "outcometext.h"
#include "reportcellformat.h"
#include "rangespinbox.h"
#include "rulecaption.h"
#include "rulehistorytable.h"
#include "shiftadmin.h"
#include "shiftrules.h"
#include "sitecalendar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

QSpinBox *minutesBox(QWidget *parent, const char *name)
{
    auto *box = new RangeSpinBox(0, 24 * 60, parent);
    box->setObjectName(QLatin1String(name));
    box->setSuffix(ShiftsDialog::tr(" min"));
    return box;
}

QTimeEdit *timeEdit(QWidget *parent, const char *name)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

QString hhmm(QTime time)
{
    return ReportCellFormat::time(time);
}

// Whether two definitions plan the same, whatever the shift is called.
bool sameDefinition(const storage::ShiftRow &a, const storage::ShiftRow &b)
{
    return a.start == b.start && a.end == b.end && a.lateGraceMinutes == b.lateGraceMinutes
        && a.earlyLeaveGraceMinutes == b.earlyLeaveGraceMinutes && a.breakMinutes == b.breakMinutes
        && a.breakAfterMinutes == b.breakAfterMinutes && a.rounding == b.rounding
        && a.roundingMinutes == b.roundingMinutes && a.overtimeThresholdMinutes == b.overtimeThresholdMinutes
        && a.dayChange == b.dayChange;
}

RuleHistoryTable::Entry historyEntry(const storage::ShiftRow &shift)
{
    //: A shift's definition in its history: start and end
    const QString times = ShiftsDialog::tr("%1–%2").arg(hhmm(shift.start), hhmm(shift.end));
    //: Tooltip of a shift's definition in its history
    const QString details = ShiftsDialog::tr("%1, break %2 min after %3 min worked, late after %4 min, early leave "
                                             "before %5 min, overtime from %6 min, day change %7")
                                .arg(times)
                                .arg(shift.breakMinutes)
                                .arg(shift.breakAfterMinutes)
                                .arg(shift.lateGraceMinutes)
                                .arg(shift.earlyLeaveGraceMinutes)
                                .arg(shift.overtimeThresholdMinutes)
                                .arg(hhmm(shift.dayChange));
    return {shift.effectiveFrom, times, details, shift.changedBy, {}};
}

} // namespace

ShiftsDialog::ShiftsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_start(timeEdit(this, "shiftStart"))
    , m_end(timeEdit(this, "shiftEnd"))
    , m_lateGrace(minutesBox(this, "shiftLateGrace"))
    , m_earlyGrace(minutesBox(this, "shiftEarlyGrace"))
    , m_break(minutesBox(this, "shiftBreak"))
    , m_breakAfter(minutesBox(this, "shiftBreakAfter"))
    , m_rounding(new QComboBox(this))
    , m_roundingStep(minutesBox(this, "shiftRoundingStep"))
    , m_overtime(minutesBox(this, "shiftOvertime"))
    , m_dayChange(timeEdit(this, "shiftDayChange"))
    , m_appliesFrom(new EffectiveDatePicker(this))
    , m_form(new QFormLayout)
    , m_historyBox(new QGroupBox(tr("Definitions through time"), this))
    , m_history(new RuleHistoryTable(tr("Times"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("shiftsDialog"));
    setWindowTitle(tr("Shifts"));
    m_list->setObjectName(QStringLiteral("shiftList"));
    m_name->setObjectName(QStringLiteral("shiftName"));
    m_rounding->setObjectName(QStringLiteral("shiftRounding"));
    m_rounding->addItem(tr("No rounding"), int(storage::ShiftRounding::None));
    m_rounding->addItem(tr("Round down"), int(storage::ShiftRounding::Down));
    m_rounding->addItem(tr("Round to nearest"), int(storage::ShiftRounding::Nearest));
    m_rounding->addItem(tr("Round up"), int(storage::ShiftRounding::Up));
    m_dayChange->setToolTip(tr("Punches after midnight and before this time count for the previous day's shift. "
                               "One nearer the start of the new day's shift stays with the new day, unless it is "
                               "the departure the previous day still lacks. "
                               "00:00 moves nothing; a night shift needs a time between its end and its start."));
    m_appliesFrom->setObjectName(QStringLiteral("shiftAppliesFrom"));
    m_history->setObjectName(QStringLiteral("shiftHistory"));
    m_historyBox->setObjectName(QStringLiteral("shiftHistoryBox"));
    m_error->setObjectName(QStringLiteral("shiftError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *newButton = new QPushButton(themedIcon("list-add"), tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newShift"));
    auto *deleteButton = new QPushButton(themedIcon("edit-delete"), tr("&Delete…"), this);
    deleteButton->setObjectName(QStringLiteral("deleteShift"));
    auto *saveButton = new QPushButton(themedIcon("document-save"), tr("&Save shift"), this);
    saveButton->setObjectName(QStringLiteral("saveShift"));
    saveButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        showShift({});
        m_name->setFocus();
    });
    connect(deleteButton, &QPushButton::clicked, this, &ShiftsDialog::remove);
    connect(saveButton, &QPushButton::clicked, this, &ShiftsDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showShiftOf(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });

    QFormLayout *form = m_form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    RuleCaption::addRow(form, tr("&Late after:"), m_lateGrace,
                        tr("An arrival this many minutes after the start is not yet late."));
    RuleCaption::addRow(form, tr("Early lea&ve before:"), m_earlyGrace,
                        tr("A departure this many minutes before the end is not yet early."));
    RuleCaption::addRow(form, tr("&Break:"), m_break, tr("Minutes taken off each day's worked time for the break."));
    RuleCaption::addRow(form, tr("Break only after &working:"), m_breakAfter,
                        tr("The break is taken off only days worked longer than this; 0: every day."));
    RuleCaption::addRow(form, tr("&Rounding:"), m_rounding,
                        tr("Whether punch times are rounded before worked time is counted."));
    RuleCaption::addRow(form, tr("Rounding s&tep:"), m_roundingStep,
                        tr("Punch times are rounded to a multiple of this many minutes."));
    RuleCaption::addRow(form, tr("&Overtime counts from:"), m_overtime,
                        tr("Work beyond the plan counts as overtime once it exceeds this many minutes."));
    RuleCaption::addRow(form, tr("&Day change:"), m_dayChange,
                        tr("Punches after midnight and before this time belong to the previous day's shift."));
    form->addRow(tr("&Applies from:"), m_appliesFrom);
    form->addRow(m_error);
    form->addRow(saveButton);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch(1);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    listColumn->addLayout(listButtons);
    // Under the list, not under the form: the rules' captions take the form's height.
    listColumn->addWidget(m_historyBox, 1);

    auto *body = new QHBoxLayout;
    body->addLayout(listColumn);
    body->addLayout(formColumn, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(760, 640);

    loadList(0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showShift({});
}

void ShiftsDialog::selectShift(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(row);
    }
}

void ShiftsDialog::loadList(qint64 select)
{
    const QList<storage::ShiftRow> shifts =
        m_context.reader().wait([](const QSqlDatabase &db) { return storage::AttendanceRepository(db).shifts(); });
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const storage::ShiftRow &shift : shifts) {
        //: A shift in the list: name, start and end
        auto *item =
            new QListWidgetItem(tr("%1 (%2–%3)").arg(shift.name, hhmm(shift.start), hhmm(shift.end)), m_list);
        item->setData(Qt::UserRole, shift.id);
        if (shift.id == select)
            m_list->setCurrentItem(item);
    }
}

std::optional<ShiftsDialog::Shown> ShiftsDialog::readShift(const QSqlDatabase &db, qint64 id)
{
    const storage::AttendanceRepository repository(db);
    const std::optional<storage::ShiftRow> shift = repository.shift(id);
    if (!shift)
        return std::nullopt;
    return Shown{*shift, repository.shiftHistory(id), storage::ClosedPeriodRepository(db).closed(),
                 engine::SiteCalendar::today(db)};
}

void ShiftsDialog::showShiftOf(qint64 id)
{
    if (const auto shown = m_context.reader().wait([id](const QSqlDatabase &db) { return readShift(db, id); }))
        showShift(*shown);
}

void ShiftsDialog::showShift(const Shown &shown)
{
    const storage::ShiftRow &shift = shown.shift;
    m_currentId = shift.id;
    m_name->setText(shift.name);
    m_start->setTime(shift.start.isValid() ? shift.start : QTime(9, 0));
    m_end->setTime(shift.end.isValid() ? shift.end : QTime(17, 0));
    m_lateGrace->setValue(shift.lateGraceMinutes);
    m_earlyGrace->setValue(shift.earlyLeaveGraceMinutes);
    m_break->setValue(shift.breakMinutes);
    m_breakAfter->setValue(shift.breakAfterMinutes);
    m_rounding->setCurrentIndex(m_rounding->findData(int(shift.rounding)));
    m_roundingStep->setValue(shift.roundingMinutes);
    m_overtime->setValue(shift.overtimeThresholdMinutes);
    m_dayChange->setTime(shift.dayChange);
    m_error->hide();
    // A new shift applies from the start: no schedule plans it yet.
    const bool existing = shift.id != 0;
    m_form->setRowVisible(m_appliesFrom, existing);
    m_historyBox->setVisible(existing);
    if (existing) {
        m_appliesFrom->setClosedPeriods(shown.closed);
        m_appliesFrom->setFrom(shown.today);
        showHistory(shown);
    }
}

void ShiftsDialog::showHistory(const Shown &shown)
{
    QList<RuleHistoryTable::Entry> entries;
    for (const storage::ShiftRow &definition : shown.history)
        entries.append(historyEntry(definition));
    m_history->setEntries(entries, shown.today);
}

storage::ShiftRow ShiftsDialog::enteredShift() const
{
    storage::ShiftRow shift;
    shift.id = m_currentId;
    shift.name = m_name->text().trimmed();
    shift.start = m_start->time();
    shift.end = m_end->time();
    shift.lateGraceMinutes = m_lateGrace->value();
    shift.earlyLeaveGraceMinutes = m_earlyGrace->value();
    shift.breakMinutes = m_break->value();
    shift.breakAfterMinutes = m_breakAfter->value();
    shift.rounding = storage::ShiftRounding(m_rounding->currentData().toInt());
    shift.roundingMinutes = m_roundingStep->value();
    shift.overtimeThresholdMinutes = m_overtime->value();
    shift.dayChange = m_dayChange->time();
    return shift;
}

bool ShiftsDialog::checkEntered(const storage::ShiftRow &shift)
{
    using engine::attendance::ShiftField;
    const QList<engine::attendance::ShiftProblem> problems = engine::attendance::shiftProblems(shift);
    if (problems.isEmpty())
        return true;
    const engine::attendance::ShiftProblem &first = problems.first();
    const auto widgetOf = [this](ShiftField field) -> QWidget * {
        switch (field) {
        case ShiftField::Name: return m_name;
        case ShiftField::Start: return m_start;
        case ShiftField::End: return m_end;
        case ShiftField::LateGrace: return m_lateGrace;
        case ShiftField::EarlyLeaveGrace: return m_earlyGrace;
        case ShiftField::Break: return m_break;
        case ShiftField::BreakAfter: return m_breakAfter;
        case ShiftField::Rounding: return m_roundingStep;
        case ShiftField::OvertimeThreshold: return m_overtime;
        case ShiftField::DayChange: break;
        }
        return m_dayChange;
    };
    showError(AttendanceErrorText::text(first.error));
    widgetOf(first.field)->setFocus();
    return false;
}

void ShiftsDialog::save()
{
    const storage::ShiftRow shift = enteredShift();
    if (!checkEntered(shift))
        return;
    const services::Actor actor = m_context.actor();
    ConsoleReader &reader = m_context.reader();
    services::Outcome outcome;
    qint64 savedId = shift.id;
    if (shift.id == 0) {
        outcome = reader.wait([&](const QSqlDatabase &db) { return services::ShiftAdmin(db).add(actor, shift); });
        savedId = outcome.id;
    } else {
        const QList<storage::ShiftRow> history = reader.wait(
            [&](const QSqlDatabase &db) { return storage::AttendanceRepository(db).shiftHistory(shift.id); });
        if (!history.isEmpty() && sameDefinition(history.last(), shift)) {
            // Only the name changed: it changes no result, so it needs no date and a closed
            // period allows it.
            outcome = reader.wait(
                [&](const QSqlDatabase &db) { return services::ShiftAdmin(db).rename(actor, shift.id, shift.name); });
        } else {
            const QDate from = m_appliesFrom->from();
            if (!confirmChangeFrom(history, from))
                return;
            outcome = reader.wait(
                [&](const QSqlDatabase &db) { return services::ShiftAdmin(db).change(actor, shift, from); });
        }
    }
    if (!outcome.ok()) {
        showError(OutcomeText::attendance(outcome));
        return;
    }
    loadList(savedId);
    showShiftOf(savedId);
    m_context.notifyChanged(ConsoleContext::Attendance);
}

bool ShiftsDialog::confirmChangeFrom(const QList<storage::ShiftRow> &history, QDate from)
{
    int replaced = 0;
    for (const storage::ShiftRow &definition : history) {
        if (definition.effectiveFrom.isValid() && (!from.isValid() || definition.effectiveFrom >= from))
            ++replaced;
    }
    const QString name = m_name->text().trimmed();
    QString question;
    if (!from.isValid() && replaced > 0)
        question = tr("Apply this definition of “%1” from the start?\n\nEvery day ever counted with this shift is "
                      "calculated again with it, and its %n later definition(s) are dropped. Use this to fix a "
                      "mistake; a change from a date keeps the days before as they were.",
                      nullptr, replaced)
                       .arg(name);
    else if (!from.isValid())
        question = tr("Apply this definition of “%1” from the start?\n\nEvery day ever counted with this shift is "
                      "calculated again with it. Use this to fix a mistake; a change from a date keeps the days "
                      "before as they were.")
                       .arg(name);
    else if (replaced > 0)
        question = tr("“%1” has %n definition(s) from %2 on. Replace them with this one?", nullptr, replaced)
                       .arg(name, EffectiveDatePicker::text(from));
    return question.isEmpty() || QMessageBox::question(this, tr("Change shift"), question) == QMessageBox::Yes;
}

void ShiftsDialog::remove()
{
    if (m_currentId == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete shift"),
                                              tr("Delete the shift “%1”? Reports will no longer use it.")
                                                  .arg(m_name->text()));
    if (answer != QMessageBox::Yes)
        return;
    const services::Actor actor = m_context.actor();
    const qint64 id = m_currentId;
    const services::Outcome removed =
        m_context.reader().wait([&](const QSqlDatabase &db) { return services::ShiftAdmin(db).remove(actor, id); });
    if (!removed.ok()) {
        showError(OutcomeText::attendance(removed));
        return;
    }
    loadList(0);
    showShift({});
    m_context.notifyChanged(ConsoleContext::Attendance);
}

void ShiftsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace punchclock::ui
