#include "holidaysleavedialog.h"

#include "attendancerepository.h"
#include "calendaradmin.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "icons.h"
#include "outcometext.h"
#include "rangespinbox.h"
#include "userrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

QTableWidget *listTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QDateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QPushButton *button(QWidget *parent, const char *icon, const QString &text, const char *name)
{
    auto *pushButton = new QPushButton(themedIcon(icon), text, parent);
    pushButton->setObjectName(QLatin1String(name));
    return pushButton;
}

} // namespace

HolidaysLeaveDialog::HolidaysLeaveDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_year(new RangeSpinBox(2000, 2100, this))
    , m_holidays(listTable(this, "holidayList", {tr("Date"), tr("Holiday")}))
    , m_holidayDate(dateEdit(this, "holidayDate"))
    , m_holidayName(new QLineEdit(this))
    , m_employee(new QComboBox(this))
    , m_leaveFrom(dateEdit(this, "leaveFrom"))
    , m_leaveTo(dateEdit(this, "leaveTo"))
    , m_leaveKind(new QComboBox(this))
    , m_leave(listTable(this, "leaveList", {tr("Employee"), tr("Date"), tr("Kind")}))
    , m_error(new QLabel(this))
    , m_yearRead(context.reader(), this, [this](const Year &year) { showYear(year); })
{
    setObjectName(QStringLiteral("holidaysLeaveDialog"));
    setWindowTitle(tr("Holidays and leave"));
    m_year->setObjectName(QStringLiteral("holidayYear"));
    m_year->setValue(QDate::currentDate().year());
    connect(m_year, &QSpinBox::valueChanged, this, &HolidaysLeaveDialog::loadYear);
    m_error->setObjectName(QStringLiteral("holidaysError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("holidaysLeaveTabs"));
    tabs->addTab(buildHolidays(), tr("&Holidays"));
    tabs->addTab(buildLeave(), tr("&Leave"));
    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearRow);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 480);
    loadYear();
}

QWidget *HolidaysLeaveDialog::buildHolidays()
{
    auto *page = new QWidget(this);
    m_holidayName->setObjectName(QStringLiteral("holidayName"));
    m_holidayName->setPlaceholderText(tr("New Year's Day"));
    QPushButton *add = button(page, "list-add", tr("&Add holiday"), "addHoliday");
    QPushButton *remove = button(page, "edit-delete", tr("&Remove…"), "removeHoliday");
    connect(add, &QPushButton::clicked, this, &HolidaysLeaveDialog::addHoliday);
    connect(m_holidayName, &QLineEdit::returnPressed, this, &HolidaysLeaveDialog::addHoliday);
    connect(remove, &QPushButton::clicked, this, &HolidaysLeaveDialog::removeHolidays);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_holidayDate);
    entry->addWidget(m_holidayName, 1);
    entry->addWidget(add);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(entry);
    layout->addWidget(m_holidays, 1);
    layout->addWidget(remove, 0, Qt::AlignRight);
    return page;
}

QWidget *HolidaysLeaveDialog::buildLeave()
{
    auto *page = new QWidget(this);
    m_employee->setObjectName(QStringLiteral("leaveEmployee"));
    // A long name elides instead of widening the dialog beyond the screen.
    m_employee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_employee->setMinimumContentsLength(24);
    const QList<storage::UserRow> users =
        m_context.reader().wait([](const QSqlDatabase &db) { return storage::UserRepository(db).list(); });
    for (const storage::UserRow &user : users)
        m_employee->addItem(user.name.isEmpty() ? user.userId : tr("%1 (%2)").arg(user.name, user.userId), user.userId);
    m_leaveKind->setObjectName(QStringLiteral("leaveKind"));
    m_leaveKind->setEditable(true);
    m_leaveKind->addItems({tr("vacation"), tr("sick"), tr("unpaid"), tr("other")});
    QPushButton *add = button(page, "list-add", tr("A&dd leave"), "addLeave");
    QPushButton *remove = button(page, "edit-delete", tr("Re&move…"), "removeLeave");
    connect(add, &QPushButton::clicked, this, &HolidaysLeaveDialog::addLeave);
    connect(remove, &QPushButton::clicked, this, &HolidaysLeaveDialog::removeLeave);
    auto *form = new QFormLayout;
    form->addRow(tr("E&mployee:"), m_employee);
    auto *range = new QHBoxLayout;
    range->addWidget(m_leaveFrom);
    range->addWidget(new QLabel(QStringLiteral("–"), page));
    range->addWidget(m_leaveTo);
    range->addStretch(1);
    form->addRow(tr("&Days:"), range);
    form->addRow(tr("&Kind:"), m_leaveKind);
    form->addRow(add);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_leave, 1);
    layout->addWidget(remove, 0, Qt::AlignRight);
    return page;
}

void HolidaysLeaveDialog::loadYear()
{
    m_yearRead.request([year = m_year->value()](const QSqlDatabase &db) {
        const QDate first(year, 1, 1);
        const QDate last(year, 12, 31);
        const storage::AttendanceRepository repository(db);
        return Year{year, repository.holidays(first, last), repository.leave(first, last)};
    });
}

void HolidaysLeaveDialog::showYear(const Year &year)
{
    if (year.year != m_year->value())
        return; // read for a year no longer chosen: the read for this one follows
    const QLocale locale;
    const QList<storage::HolidayRow> &holidays = year.holidays;
    m_holidays->setRowCount(int(holidays.size()));
    for (int row = 0; row < holidays.size(); ++row) {
        auto *date = new QTableWidgetItem(locale.toString(holidays.at(row).date, QLocale::ShortFormat));
        date->setData(Qt::UserRole, holidays.at(row).date);
        m_holidays->setItem(row, 0, date);
        m_holidays->setItem(row, 1, new QTableWidgetItem(holidays.at(row).name));
    }
    const QList<storage::LeaveRow> &leave = year.leave;
    m_leave->setRowCount(int(leave.size()));
    for (int row = 0; row < leave.size(); ++row) {
        const int index = m_employee->findData(leave.at(row).userId);
        auto *employee = new QTableWidgetItem(index >= 0 ? m_employee->itemText(index) : leave.at(row).userId);
        employee->setData(Qt::UserRole, leave.at(row).userId);
        auto *date = new QTableWidgetItem(locale.toString(leave.at(row).date, QLocale::ShortFormat));
        date->setData(Qt::UserRole, leave.at(row).date);
        m_leave->setItem(row, 0, employee);
        m_leave->setItem(row, 1, date);
        m_leave->setItem(row, 2, new QTableWidgetItem(leave.at(row).kind));
    }
}

services::Outcome HolidaysLeaveDialog::changeEach(const QList<Change> &changes)
{
    return m_context.reader().wait([&changes](const QSqlDatabase &db) {
        services::CalendarAdmin calendar(db);
        for (const Change &change : changes) {
            const services::Outcome outcome = change(calendar);
            if (!outcome.ok())
                return outcome;
        }
        return services::Outcome();
    });
}

void HolidaysLeaveDialog::addHoliday()
{
    const services::Actor actor = m_context.actor();
    const storage::HolidayRow holiday{m_holidayDate->date(), m_holidayName->text().trimmed()};
    const services::Outcome outcome =
        changeEach({[&](services::CalendarAdmin &calendar) { return calendar.setHoliday(actor, holiday); }});
    if (!outcome.ok()) {
        showRefusal(outcome);
        return;
    }
    m_error->hide();
    m_holidayName->clear();
    m_year->setValue(m_holidayDate->date().year());
    loadYear();
    m_context.notifyChanged(ConsoleContext::Attendance);
}

bool HolidaysLeaveDialog::confirmRemoval(int count)
{
    return count > 0
        && QMessageBox::question(this, tr("Remove"), tr("Remove %n selected day(s)?", nullptr, count))
        == QMessageBox::Yes;
}

void HolidaysLeaveDialog::removeHolidays()
{
    const QModelIndexList rows = m_holidays->selectionModel()->selectedRows();
    if (!confirmRemoval(int(rows.size())))
        return;
    const services::Actor actor = m_context.actor();
    QList<Change> removals;
    for (const QModelIndex &row : rows) {
        const QDate date = m_holidays->item(row.row(), 0)->data(Qt::UserRole).toDate();
        removals.append(
            [actor, date](services::CalendarAdmin &calendar) { return calendar.removeHoliday(actor, date); });
    }
    m_error->hide();
    if (const services::Outcome outcome = changeEach(removals); !outcome.ok())
        showRefusal(outcome);
    loadYear();
    m_context.notifyChanged(ConsoleContext::Attendance);
}

void HolidaysLeaveDialog::addLeave()
{
    if (m_employee->currentIndex() < 0) {
        showError(tr("There are no employees yet."));
        return;
    }
    const services::Actor actor = m_context.actor();
    const QString userId = m_employee->currentData().toString();
    const QDate from = m_leaveFrom->date();
    const QDate to = m_leaveTo->date();
    const QString kind = m_leaveKind->currentText().trimmed();
    const services::Outcome outcome = changeEach(
        {[&](services::CalendarAdmin &calendar) { return calendar.setLeave(actor, userId, from, to, kind); }});
    if (!outcome.ok()) {
        showRefusal(outcome);
        return;
    }
    m_error->hide();
    m_year->setValue(m_leaveFrom->date().year());
    loadYear();
    m_context.notifyChanged(ConsoleContext::Attendance);
}

void HolidaysLeaveDialog::removeLeave()
{
    const QModelIndexList rows = m_leave->selectionModel()->selectedRows();
    if (!confirmRemoval(int(rows.size())))
        return;
    const services::Actor actor = m_context.actor();
    QList<Change> removals;
    for (const QModelIndex &row : rows) {
        const QDate date = m_leave->item(row.row(), 1)->data(Qt::UserRole).toDate();
        const QString userId = m_leave->item(row.row(), 0)->data(Qt::UserRole).toString();
        removals.append([actor, userId, date](services::CalendarAdmin &calendar) {
            return calendar.removeLeave(actor, userId, date, date);
        });
    }
    m_error->hide();
    if (const services::Outcome outcome = changeEach(removals); !outcome.ok())
        showRefusal(outcome);
    loadYear();
    m_context.notifyChanged(ConsoleContext::Attendance);
}

void HolidaysLeaveDialog::showRefusal(const services::Outcome &outcome)
{
    showError(OutcomeText::attendance(outcome));
}

void HolidaysLeaveDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace punchclock::ui
