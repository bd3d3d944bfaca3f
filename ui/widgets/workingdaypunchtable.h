#pragma once

#include "dayresult.h"
#include "punchcorrectionrepository.h"
#include "reportrequest.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTableWidget>

#include <optional>

namespace punchclock::ui {

// The punches of one employee's working day as the reports count them: the stored ones and
// those added by hand, each at its corrected time and with the correction in force on it
// (who, when, why); voided ones stay listed, struck out. The working day is the calculator's
// (ReportBuilder::explain), so a night shift's out-punch after midnight is listed with the
// evening it belongs to, not with its calendar date.
class WorkingDayPunchTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { Time, Direction, Terminal, CountedAs, Correction, ColumnCount };

    struct Punch
    {
        qint64 punchId = 0;      // the stored punch; 0 for one added by hand
        qint64 correctionId = 0; // the add, the void or the latest move in force; 0 for none
        QDateTime time;          // wall clock, corrected
        QString direction;       // "in", "out" or ""
        bool voided = false;
    };

    // What the table shows of a day, as read (on the console's reader: nothing here is a widget).
    struct Day
    {
        QString userId; // empty: nobody chosen, nothing listed
        QDate workingDate;
        std::optional<engine::attendance::DayResult> explained; // nullopt: not calculated, `failure` says why
        engine::reports::ReportError failure = engine::reports::ReportError::None;
        QList<storage::CorrectionRow> history;
        QHash<qint64, QString> terminals; // the dev_id of each stored punch listed
    };

    explicit WorkingDayPunchTable(QWidget *parent = nullptr);

    // `history` is the user's correction log (PunchCorrectionRepository::history), which names
    // the correction in force on each punch.
    static Day read(const QSqlDatabase &db, const QString &userId, QDate workingDate,
                    const QList<storage::CorrectionRow> &history);
    // Lists the day read; false, with the reason in `error`, when it could not be calculated.
    bool show(const Day &day, QString *error);
    std::optional<Punch> selectedPunch() const;

private:
    QList<Punch> m_punches;
};

} // namespace punchclock::ui
