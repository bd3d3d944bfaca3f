#pragma once

#include "punchbrowser.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace punchclock::ui {

class ConsoleReader;

// Writes every punch matching a query as CSV (UTF-8 with a byte order mark so that
// spreadsheet programs read names right, RFC 4180 quoting, CRLF lines), reading the database
// in chunks on the console's reader (each a ConsoleReader::wait) so that the caller can show
// progress, keep its window alive and cancel.
class PunchCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(PunchCsvWriter)

public:
    enum class Outcome { Written, Cancelled, Failed };

    static constexpr int chunkRows = 5000;

    // After each chunk `progress(written, total)` runs; returning false cancels.
    static Outcome write(ConsoleReader &reader, const storage::PunchQuery &query, QIODevice &out,
                         const std::function<bool(qint64, qint64)> &progress, qint64 *written = nullptr);
};

} // namespace punchclock::ui
