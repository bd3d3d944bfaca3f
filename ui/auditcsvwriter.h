#pragma once

#include "actor.h"
#include "auditrepository.h"
#include "outcome.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace punchclock::ui {

class ConsoleReader;

// Writes every audit record matching a filter as CSV (UTF-8 with a byte order mark, RFC 4180
// quoting, CRLF lines), newest first, read through services::AuditReader with the actor's rights
// in chunks on the console's reader (each a ConsoleReader::wait), so that the caller can show
// progress and cancel between them. Each row has the record in words and as stored (codes,
// values as JSON, its hash), for a reader and for a checker.
class AuditCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditCsvWriter)

public:
    enum class Outcome { Written, Cancelled, Failed };

    static constexpr int chunkRows = 5000;

    // After each chunk `progress(written)` runs; returning false cancels. `why` says why it
    // failed (not allowed, the database) when it did not fail writing.
    static Outcome write(ConsoleReader &reader, const services::Actor &actor, storage::AuditFilter filter, QIODevice &out,
                         const std::function<bool(qint64)> &progress, services::Outcome *why = nullptr);
};

} // namespace punchclock::ui
