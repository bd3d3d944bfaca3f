#pragma once

#include "reportbuilder.h"

#include <QDate>
#include <QSqlDatabase>

namespace punchclock::test {

// Minutes the monthly report expects of one employee from `from` to `to`, calculated as the
// console and the CLI calculate it; -1 when the report fails or does not list them.
inline int expectedMinutes(const QSqlDatabase &db, const QString &userId, QDate from, QDate to, QDate today)
{
    using namespace engine::reports;
    ReportRequest request;
    request.kind = ReportKind::Monthly;
    request.from = from;
    request.to = to;
    request.userId = userId;
    request.today = today;
    const auto table = ReportBuilder(db).build(request);
    if (!table || table->rows.isEmpty())
        return -1;
    for (qsizetype c = 0; c < table->columns.size(); ++c) {
        if (table->columns.at(c).id == ColumnId::Expected)
            return table->rows.first().at(c).toInt();
    }
    return -1;
}

} // namespace punchclock::test
