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
    static QString period(QDate from, QDate to);             // "2026-11-01 – 2026-11-30"
    static QString departmentScope(const QString &name);     // "Department: Kitchen"
    static QString employeeScope(const QString &userId, const QString &name = {}); // "Employee: 1001 Anna"
    // Everything an export needs for this table; scope as the caller words it ("Department:
    // Kitchen"), or empty.
    static engine::reports::ReportTexts forTable(const engine::reports::ReportTable &table,
                                                 const QString &scope = {});
};

} // namespace punchclock::ui
