#pragma once

#include "permission.h"

#include "closedperiodrepository.h"

#include <QString>

#include <optional>

namespace punchclock::services {

// What a service call came to. The front ends put it into words: the console in the user's
// language, the CLI in English.
struct Outcome
{
    enum class Status {
        Done,
        NotAllowed, // `permission` is missing, for `department` (empty: for the whole site)
        Refused,    // a rule of the domain said no: `refusal`, as the service documents
        NotFound,   // `subject` does not exist
        Storage,    // the database refused; `detail` has its words
    };

    Status status = Status::Done;
    Permission permission = Permission::ViewReports;
    QString department;
    int refusal = 0; // the domain's own error: storage::AttendanceError, CorrectionError, …
    std::optional<storage::ClosedPeriodRow> closedPeriod; // a refusal because a period is closed
    QString subject;
    QString detail;
    qint64 id = 0; // what the call created, when it creates

    bool ok() const { return status == Status::Done; }
    template<typename Error>
    Error error() const
    {
        return static_cast<Error>(refusal);
    }

    template<typename Error>
    static Outcome refused(Error error)
    {
        Outcome outcome;
        outcome.status = Status::Refused;
        outcome.refusal = static_cast<int>(error);
        return outcome;
    }
    static Outcome notFound(const QString &subject);
    static Outcome storage(const QString &detail = {});
};

} // namespace punchclock::services
