#include "punchcsvwriter.h"

#include "consolereader.h"
#include "csvfield.h"
#include "punchwording.h"

#include <QIODevice>

namespace punchclock::ui {

PunchCsvWriter::Outcome PunchCsvWriter::write(ConsoleReader &reader, const storage::PunchQuery &query,
                                              QIODevice &out, const std::function<bool(qint64, qint64)> &progress,
                                              qint64 *written)
{
    // The punches up to the newest stored now: one arriving during the export is not half in it.
    const auto [upToId, total] = reader.wait([&query](const QSqlDatabase &db) {
        const storage::PunchBrowser browser(db);
        const qint64 last = browser.lastId();
        return std::pair<qint64, qint64>(last, last < 0 ? -1 : browser.count(query, last));
    });
    if (total < 0)
        return Outcome::Failed;

    using namespace engine::reports;
    const auto line = [](const QStringList &fields) { return csv::line(fields).toUtf8(); };
    QByteArray chunk =
        QByteArray(csv::byteOrderMark) + line({tr("Time"), tr("User ID"), tr("User"), tr("Terminal ID"), tr("Terminal"),
                                           tr("In/Out"), tr("Verified by"), tr("Review")});
    qint64 rows = 0;
    std::optional<storage::PunchKey> after;
    for (;;) {
        bool ok = false;
        const QList<storage::BrowsedPunch> page = reader.wait([&, upToId = upToId](const QSqlDatabase &db) {
            return storage::PunchBrowser(db).page(query, upToId, after, chunkRows, &ok);
        });
        if (!ok)
            return Outcome::Failed;
        for (const storage::BrowsedPunch &punch : page) {
            chunk += line({punch.ioTime, punch.userId, csv::spreadsheetSafe(punch.userName), punch.devId,
                           csv::spreadsheetSafe(punch.terminalName),
                           PunchWording::direction(punch.direction), PunchWording::verifyMethods(punch.verifyMethods),
                           PunchWording::flagNotes(punch.flags).join(QLatin1String("; "))});
        }
        if (out.write(chunk) != chunk.size())
            return Outcome::Failed;
        chunk.clear();
        rows += page.size();
        if (written)
            *written = rows;
        if (page.size() < chunkRows)
            break;
        after = page.constLast().key();
        if (progress && !progress(rows, total))
            return Outcome::Cancelled;
    }
    if (progress)
        progress(rows, total);
    return Outcome::Written;
}

} // namespace punchclock::ui
