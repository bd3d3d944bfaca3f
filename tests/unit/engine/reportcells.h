#pragma once

#include "reporttable.h"

#include <QDate>
#include <QVariant>

// Reading a built report by column, so that checks read as "the Worked cell".
namespace punchclock::test {

inline QDate date(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

inline QVariant cell(const engine::reports::ReportTable &table, qsizetype row, engine::reports::ColumnId id)
{
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).id == id)
            return table.rows.at(row).at(c);
    }
    return {};
}

inline QVariant total(const engine::reports::ReportTable &table, engine::reports::ColumnId id)
{
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).id == id)
            return table.totals.at(c);
    }
    return {};
}

} // namespace punchclock::test
