#include "auditcsvwriter.h"

#include "auditreader.h"
#include "auditwording.h"
#include "consolereader.h"
#include "csvfield.h"

#include <QIODevice>
#include <QJsonDocument>

namespace punchclock::ui {

namespace {

QString json(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditCsvWriter::Outcome AuditCsvWriter::write(ConsoleReader &reader, const services::Actor &actor,
                                              storage::AuditFilter filter, QIODevice &out,
                                              const std::function<bool(qint64)> &progress, services::Outcome *why)
{
    using namespace engine::reports;
    const auto line = [](const QStringList &fields) { return csv::line(fields).toUtf8(); };
    QByteArray chunk = QByteArray(csv::byteOrderMark) +
        line({tr("Record"), tr("When (UTC)"), tr("Who"), tr("Acting as"), tr("From"), tr("Action"), tr("What"),
              tr("Object kind"), tr("Object ID"), tr("Change"), tr("Before"), tr("After"), tr("Hash")});
    filter.limit = chunkRows;
    filter.beforeId.reset();
    qint64 rows = 0;
    for (;;) {
        const std::optional<QList<storage::AuditEntry>> page = reader.wait(
            [&](const QSqlDatabase &db) { return services::AuditReader(db).trail(actor, filter, why); });
        if (!page)
            return Outcome::Failed;
        for (const storage::AuditEntry &entry : *page) {
            chunk += line({QString::number(entry.id), entry.at.toUTC().toString(Qt::ISODateWithMs),
                           csv::spreadsheetSafe(entry.actor), entry.actorKind, csv::spreadsheetSafe(entry.origin),
                           entry.action, AuditWording::action(entry.action), entry.objectKind,
                           csv::spreadsheetSafe(entry.objectId), csv::spreadsheetSafe(AuditWording::change(entry)),
                           json(entry.oldValue), json(entry.newValue), entry.hash});
        }
        if (out.write(chunk) != chunk.size())
            return Outcome::Failed;
        chunk.clear();
        rows += page->size();
        if (page->size() < chunkRows)
            break;
        filter.beforeId = page->constLast().id;
        if (progress && !progress(rows))
            return Outcome::Cancelled;
    }
    if (progress)
        progress(rows);
    return Outcome::Written;
}

} // namespace punchclock::ui
