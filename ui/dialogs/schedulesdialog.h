#pragma once

#include "actor.h"
#include "attendancerepository.h"
#include "closedperiodrepository.h"
#include "departmentrepository.h"
#include "outcome.h"
#include "schedulerepository.h"
#include "userrepository.h"

#include <QDialog>

#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace punchclock::services {
class ScheduleAdmin;
}

namespace punchclock::ui {

class ConsoleContext;
class EffectiveDatePicker;
class RuleHistoryTable;
class WeekShiftsEditor;

// Which shift each weekday plans, for a department or for one employee (who then follows
// their own week instead of the department's), from a date on: the days before keep the
// schedule they had, listed in the owner's history. An employee can follow the department
// again from a date, a department can have no schedule from a date. Refusals are shown under
// the week, a closed period by name. It reads and changes on the console's reader, waiting for
// the week it shows before the operator edits it.
class SchedulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchedulesDialog(ConsoleContext &context, QWidget *parent = nullptr);

    // "d:<department id>" or "u:<user id>", as the owner combo holds them.
    void selectOwner(const QString &key);

private:
    // What the dialog opens with.
    struct Choices
    {
        QList<storage::DepartmentRow> departments;
        QList<storage::UserRow> users;
        QList<storage::ShiftRow> shifts;
    };
    static Choices readChoices(const QSqlDatabase &db);
    void addOwners(const Choices &choices);
    // The schedules of the owner chosen (a "d:", "u:" or the site's key).
    struct Owner
    {
        QList<storage::ScheduleVersion> history;
        std::optional<storage::WeekShiftIds> week;       // its own, in force now
        std::optional<storage::WeekShiftIds> department; // an employee's department's, in force now
        bool everPlanned = false;                        // the owner's days were planned, by it or by what it follows
        bool siteWeek = false;                           // the site has a week in force
        QList<storage::ClosedPeriodRow> closed;
        QDate today; // the site's
    };
    static Owner readOwner(const QSqlDatabase &db, const QString &key, std::optional<qint64> department);
    void loadOwner();
    void showOwner(const QString &key, const Owner &owner);
    // What `owner`'s source label says.
    QString sourceText(const QString &key, const Owner &owner) const;
    void showHistory(const QList<storage::ScheduleVersion> &history, QDate today);
    // From the start (or the first day no closed period holds) when nothing ever planned the
    // owner's days, else the site's today.
    static QDate defaultFrom(const Owner &owner);
    void updateClearText();
    void save();
    void clear();
    bool confirmReplacing(QDate from);
    // `change` on the console's reader; its refusal shown, else the owner read again.
    void change(const std::function<services::Outcome(services::ScheduleAdmin &, const services::Actor &)> &change);
    void finish(const services::Outcome &outcome);
    void showError(const QString &message);

    ConsoleContext &m_context;
    QComboBox *m_owner;
    WeekShiftsEditor *m_week = nullptr;
    QLabel *m_source;
    EffectiveDatePicker *m_appliesFrom;
    RuleHistoryTable *m_history;
    QLabel *m_error;
    QPushButton *m_clear;
    QHash<QString, std::optional<qint64>> m_departmentOf; // user id → department
    QHash<qint64, QString> m_shiftNames;
    QList<storage::ScheduleVersion> m_ownerHistory; // of the owner shown
};

} // namespace punchclock::ui
