#pragma once

#include "jobrepository.h"

#include <QJsonObject>
#include <QTextStream>

namespace punchclock::cli {

// A job as the CLI shows it: one line in lists, the full story with `job`.
QStringList jobListRow(const storage::JobRow &job);
QStringList jobListHeaders();
void printJobDetails(QTextStream &out, const storage::JobRow &job, const QList<storage::JobEvent> &events);
QJsonObject jobToJson(const storage::JobRow &job, const QList<storage::JobEvent> &events);

} // namespace punchclock::cli
