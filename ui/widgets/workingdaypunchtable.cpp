#include "workingdaypunchtable.h"

#include "attendanceerrortext.h"
#include "correctiontexts.h"
#include "punchexplanationtext.h"
#include "punchrepository.h"
#include "reportbuilder.h"
#include "reportcellformat.h"

#include <QHeaderView>

namespace punchclock::ui {

namespace {

using storage::CorrectionRow;
using storage::CorrectionsInForce;

// The terminal of each stored punch listed; a moved punch is looked up on its first date too.
QHash<qint64, QString> terminalsOf(const QSqlDatabase &db, const QString &userId,
                                   const QList<engine::attendance::PunchExplanation> &punches,
                                   const CorrectionsInForce &inForce)
{
    QDate first;
    QDate last;
    const auto include = [&first, &last](const QDateTime &time) {
        if (!time.isValid())
            return;
        first = first.isValid() ? std::min(first, time.date()) : time.date();
        last = last.isValid() ? std::max(last, time.date()) : time.date();
    };
    for (const engine::attendance::PunchExplanation &punch : punches) {
        if (punch.punch.id > 0) {
            include(punch.punch.time);
            include(inForce.stored.value(punch.punch.id).shown.previousTime);
        }
    }
    QHash<qint64, QString> terminals;
    if (!first.isValid())
        return terminals;
    storage::PunchFilter filter;
    filter.userId = userId;
    filter.from = first;
    filter.to = last;
    for (const storage::PunchRow &row : storage::PunchRepository(db).query(filter))
        terminals.insert(row.id, row.devId);
    return terminals;
}

} // namespace

WorkingDayPunchTable::WorkingDayPunchTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("correctionPunches"));
    setHorizontalHeaderLabels({tr("Time"), tr("Direction"), tr("Terminal"), tr("Counted as"), tr("Correction")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

WorkingDayPunchTable::Day WorkingDayPunchTable::read(const QSqlDatabase &db, const QString &userId, QDate workingDate,
                                                     const QList<CorrectionRow> &history)
{
    Day day;
    day.userId = userId;
    day.workingDate = workingDate;
    day.history = history;
    if (userId.isEmpty())
        return day;
    day.explained = engine::reports::ReportBuilder(db).explain(userId, workingDate, &day.failure);
    if (day.explained)
        day.terminals = terminalsOf(db, userId, day.explained->punches, storage::correctionsInForce(history));
    return day;
}

bool WorkingDayPunchTable::show(const Day &read, QString *error)
{
    setRowCount(0);
    m_punches.clear();
    if (read.userId.isEmpty())
        return true;
    const std::optional<engine::attendance::DayResult> &day = read.explained;
    if (!day) {
        *error = AttendanceErrorText::text(read.failure);
        return false;
    }
    const QDate workingDate = read.workingDate;
    const CorrectionsInForce inForce = storage::correctionsInForce(read.history);
    const QHash<qint64, QString> &terminals = read.terminals;

    setRowCount(int(day->punches.size()));
    for (int row = 0; row < day->punches.size(); ++row) {
        const engine::attendance::PunchExplanation &explained = day->punches.at(row);
        Punch punch;
        punch.time = explained.punch.time;
        punch.direction = protocol::directionName(explained.punch.direction);
        punch.voided = explained.status == engine::attendance::PunchStatus::Voided;
        CorrectionRow correction;
        QString terminal;
        if (explained.punch.id < 0) {
            // Added by hand: the report builder numbers it with its correction's id, negated.
            correction = inForce.added.value(-explained.punch.id);
            punch.correctionId = -explained.punch.id;
            terminal = correction.devId.isEmpty() ? tr("By hand") : correction.devId;
        } else {
            punch.punchId = explained.punch.id;
            correction = inForce.stored.value(punch.punchId).shown;
            punch.correctionId = correction.id;
            terminal = terminals.value(punch.punchId);
        }
        m_punches.append(punch);

        const QStringList cells{punch.time.date() == workingDate ? ReportCellFormat::time(punch.time.time())
                                                                 : ReportCellFormat::dateTime(punch.time),
                                CorrectionTexts::direction(punch.direction), terminal,
                                PunchExplanationText::outcome(explained),
                                correction.id ? CorrectionTexts::inForce(correction) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == Time ? PunchExplanationText::assignment(explained) : cells.at(column));
            if (punch.voided) {
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();
    return true;
}

std::optional<WorkingDayPunchTable::Punch> WorkingDayPunchTable::selectedPunch() const
{
    const QList<QTableWidgetItem *> selected = selectedItems();
    if (selected.isEmpty() || selected.first()->row() >= m_punches.size())
        return std::nullopt;
    return m_punches.at(selected.first()->row());
}

} // namespace punchclock::ui
