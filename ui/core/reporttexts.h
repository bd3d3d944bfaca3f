#pragma once

#include "reporttable.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// The words of the reports in the user's language, for the Reports page and for
// `punchclock report`: titles, column headers, status words and the period.
class ReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)

public:
    static QString title(engine::reports::ReportKind kind);  // "Monthly summary"
    static QString header(engine::reports::ColumnId column); // "Late"
    static QString statusWord(const QString &code);          // "late" → "Late"
    // How a report writes dates in the console's language: the locale's short format with the
    // year in full ("2 Mar 2026", "2026/3/2", "2/3/2026"). CSV alone stays ISO.
    static QString dateFormat();
    static QString date(QDate date);
    // "1 Nov 2026 – 30 Nov 2026", and "(to date: 6 Dec 2026)" when countedTo is valid.
    static QString period(QDate from, QDate to, QDate countedTo = {});
    // What a reader must know beside the figures: who has no schedule.
    static QStringList notes(const engine::reports::ReportTable &table);
    static QString departmentScope(const QString &name);     // "Department: Kitchen"
    static QString employeeScope(const QString &userId, const QString &name = {}); // "Employee: 1001 Anna"
    // Everything an export needs for this table; scope as the caller words it ("Department:
    // Kitchen"), or empty.
    static engine::reports::ReportTexts forTable(const engine::reports::ReportTable &table,
                                                 const QString &scope = {});
};

} // namespace punchclock::ui
