#pragma once

#include "attendancerepository.h"
#include "outcome.h"
#include "schedulerepository.h"

#include <QDialog>

#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;
class EffectiveDatePicker;
class RuleHistoryTable;
class WeekShiftsEditor;

// Which shift each weekday plans, for a department or for one employee (who then follows
// their own week instead of the department's), from a date on: the days before keep the
// schedule they had, listed in the owner's history. An employee can follow the department
// again from a date, a department can have no schedule from a date. Refusals are shown under
// the week, a closed period by name.
class SchedulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchedulesDialog(ConsoleContext &context, QWidget *parent = nullptr);

    // "d:<department id>" or "u:<user id>", as the owner combo holds them.
    void selectOwner(const QString &key);

private:
    void loadOwner();
    void showHistory(const QList<storage::ScheduleVersion> &history);
    // From the start (or the first day no closed period holds) when nothing ever planned the
    // owner's days, else the site's today.
    QDate defaultFrom(bool everPlanned) const;
    void updateClearText();
    void save();
    void clear();
    bool confirmReplacing(QDate from);
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
