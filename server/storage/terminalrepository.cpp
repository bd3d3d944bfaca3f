#include "terminalrepository.h"

#include "pollinfo.h"
#include "sqlsupport.h"
#include "walltime.h"
#include "writetransaction.h"

#include <algorithm>

namespace punchclock::storage {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT dev_id, name, approval, firmware, firmware_filename, record_library, supported_enroll_data, "
    "fp_data_ver, face_data_ver, pv_data_ver, remote_address, first_seen, last_seen, last_poll, "
    "terminal_clock, clock_drift_s, device_status, device_status_at, reset_style, poll_interval_s, "
    "pinned_address, previous_address, address_changed_at FROM terminals");

// The upsert's update of where a terminal talks from. A move keeps the old address and its time
// (the SET expressions all see the row as it was); an empty address on either side is no move:
// a terminal added by hand has none yet.
const QString addressUpdate = QStringLiteral(
    "remote_address = excluded.remote_address, "
    "previous_address = CASE WHEN terminals.remote_address <> '' AND excluded.remote_address <> '' "
    "AND terminals.remote_address <> excluded.remote_address THEN terminals.remote_address "
    "ELSE terminals.previous_address END, "
    "address_changed_at = CASE WHEN terminals.remote_address <> '' AND excluded.remote_address <> '' "
    "AND terminals.remote_address <> excluded.remote_address THEN excluded.last_seen "
    "ELSE terminals.address_changed_at END");

TerminalRow rowFrom(const QSqlQuery &query)
{
    TerminalRow row;
    row.devId = query.value(0).toString();
    row.name = query.value(1).toString();
    row.approval = approvalFromName(query.value(2).toString()).value_or(Approval::Pending);
    row.firmware = query.value(3).toString();
    row.firmwareFilename = query.value(4).toString();
    row.recordLibrary = query.value(5).toString();
    row.supportedEnrollData = query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    row.fpDataVersion = query.value(7).toInt();
    row.faceDataVersion = query.value(8).toInt();
    row.pvDataVersion = query.value(9).toInt();
    row.remoteAddress = query.value(10).toString();
    row.firstSeen = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    row.lastSeen = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    row.lastPoll = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
    row.terminalClock = protocol::walltime::fromStorage(query.value(14).toString());
    if (!query.value(15).isNull())
        row.clockDriftSeconds = query.value(15).toLongLong();
    row.deviceStatus = query.value(16).toString().toUtf8();
    row.deviceStatusAt = QDateTime::fromString(query.value(17).toString(), Qt::ISODateWithMs);
    row.resetAsCommandCode = query.value(18).toString() == QLatin1String("cmd_code");
    if (!query.value(19).isNull())
        row.pollIntervalSeconds = query.value(19).toLongLong();
    row.pinned = query.value(20).toInt() != 0;
    row.previousAddress = query.value(21).toString();
    row.addressChangedAt = QDateTime::fromString(query.value(22).toString(), Qt::ISODateWithMs);
    return row;
}

// Polls closer together than this are the terminal asking again at once after a command's
// result; they say nothing about its rhythm.
constexpr qint64 immediateRepollSeconds = 2;
// A first interval longer than this is a terminal that was switched off (or a server that was
// stopped) between two polls, not a rhythm: terminals poll every ~10 s to ~2 min.
constexpr qint64 longestFirstIntervalSeconds = 30 * 60;
// A gap of more than this many smoothed intervals is an outage; it counts as only that many,
// so that one night off does not hide the next outage, while a terminal whose interval was
// really lengthened is still followed within a few polls.
constexpr qint64 outageFactor = 2;

// The smoothed poll interval after a poll `sinceLastPoll` seconds after the previous one: an
// exponential average weighting the new interval by a quarter, so that one late poll (a busy
// network) barely moves it.
QVariant smoothedPollInterval(const QVariant &previous, qint64 sinceLastPoll)
{
    if (sinceLastPoll < immediateRepollSeconds)
        return previous;
    if (previous.isNull() || previous.toLongLong() <= 0)
        return sinceLastPoll > longestFirstIntervalSeconds ? QVariant() : QVariant(sinceLastPoll);
    const qint64 before = previous.toLongLong();
    const qint64 sample = std::min(sinceLastPoll, outageFactor * before);
    return QVariant(qint64(qRound64((3.0 * double(before) + double(sample)) / 4.0)));
}

} // namespace

TerminalRepository::TerminalRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(db)
{
}

namespace {

// An IN list for `ids` padded to a power of two with the last id, so that a handful of prepared
// statements serve every length.
struct PaddedIds
{
    QVariantList values;
    QString placeholders;
};

PaddedIds padded(const QStringList &ids)
{
    qsizetype width = 1;
    while (width < ids.size())
        width *= 2;
    PaddedIds list;
    for (qsizetype i = 0; i < width; ++i)
        list.values.append(ids.at(std::min(i, ids.size() - 1)));
    list.placeholders = QStringList(width, QStringLiteral("?")).join(QLatin1Char(','));
    return list;
}

const QString standingColumns =
    QStringLiteral("approval, record_library, reset_style, remote_address, pinned_address, digits_with_nul");

// `query`'s columns from `first` on, in the order of standingColumns.
template<typename Row>
TerminalStanding standingFromRow(const Row &query, int first)
{
    TerminalStanding standing;
    standing.approval = approvalFromName(query.value(first).toString()).value_or(Approval::Pending);
    standing.recordLibrary = query.value(first + 1).toString();
    standing.resetAsCommandCode = query.value(first + 2).toString() == QLatin1String("cmd_code");
    standing.remoteAddress = query.value(first + 3).toString();
    standing.pinned = query.value(first + 4).toInt() != 0;
    standing.digitForm =
        query.value(first + 5).toInt() == 1 ? protocol::DigitForm::WithNul : protocol::DigitForm::Plain;
    return standing;
}

} // namespace

std::optional<TerminalStanding> TerminalRepository::standing(const QString &devId) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT %1 FROM terminals WHERE dev_id = ?").arg(standingColumns), {devId});
    if (!query.next())
        return std::nullopt;
    return standingFromRow(query, 0);
}

std::optional<QHash<QString, TerminalStanding>> TerminalRepository::standings(const QStringList &devIds) const
{
    constexpr qsizetype chunk = 64;
    QHash<QString, TerminalStanding> found;
    for (qsizetype from = 0; from < devIds.size(); from += chunk) {
        const PaddedIds ids = padded(devIds.mid(from, chunk));
        StatementCache::Handle query = m_statements.run(
            QStringLiteral("SELECT dev_id, %1 FROM terminals WHERE dev_id IN (%2)").arg(standingColumns, ids.placeholders),
            ids.values);
        if (!query.ok())
            return std::nullopt;
        while (query.next())
            found.insert(query.value(0).toString(), standingFromRow(query, 1));
    }
    return found;
}

bool TerminalRepository::lockInOrder(QStringList devIds) const
{
    if (devIds.isEmpty() || m_db.driverName() != QLatin1String("QPSQL"))
        return true;
    devIds.sort();
    devIds.removeDuplicates();
    // One statement: FOR UPDATE takes the rows in the order they are read.
    const PaddedIds ids = padded(devIds);
    return m_statements
        .run(QStringLiteral("SELECT dev_id FROM terminals WHERE dev_id IN (%1) ORDER BY dev_id FOR UPDATE")
                 .arg(ids.placeholders),
             ids.values)
        .ok();
}

bool TerminalRepository::recordContact(const TerminalContact &contact)
{
    return recordContacts({contact});
}

bool TerminalRepository::recordContacts(const QList<TerminalContact> &contacts)
{
    const QString now = utcNowText();
    qsizetype next = 0;
    for (const qsizetype rows : multiRowSizes(contacts.size())) {
        QVariantList values;
        for (const qsizetype end = next + rows; next < end; ++next) {
            const TerminalContact &contact = contacts.at(next);
            values << contact.devId << approvalName(contact.approvalIfNew) << contact.remoteAddress
                   << contact.recordLibraryIfUnknown << now << now;
        }
        const QStringList tuples(rows, QStringLiteral("(?, ?, ?, ?, ?, ?)"));
        const bool ok =
            m_statements
                .run(QStringLiteral("INSERT INTO terminals (dev_id, approval, remote_address, record_library, "
                                    "first_seen, last_seen) VALUES %1 ON CONFLICT (dev_id) DO UPDATE SET "
                                    "last_seen = excluded.last_seen, record_library = CASE WHEN "
                                    "terminals.record_library = '' THEN excluded.record_library "
                                    "ELSE terminals.record_library END, ")
                             .arg(tuples.join(QStringLiteral(", ")))
                         + addressUpdate,
                     values)
                .ok();
        if (!ok)
            return false;
    }
    return true;
}

bool TerminalRepository::recordPoll(const TerminalContact &contact, const protocol::PollInfo &poll,
                                    std::optional<qint64> clockDriftSeconds)
{
    // The interval is computed here rather than in SQL: date arithmetic on the stored text
    // differs between SQLite and PostgreSQL.
    QVariant pollInterval;
    {
        StatementCache::Handle previous = m_statements.run(
            QStringLiteral("SELECT last_poll, poll_interval_s FROM terminals WHERE dev_id = ?"), {contact.devId});
        if (previous.next()) {
            pollInterval = previous.value(1);
            const QDateTime lastPoll = QDateTime::fromString(previous.value(0).toString(), Qt::ISODateWithMs);
            if (lastPoll.isValid())
                pollInterval = smoothedPollInterval(pollInterval,
                                                    lastPoll.secsTo(QDateTime::currentDateTimeUtc()));
        }
    }
    const QString now = utcNowText();
    const QVariant drift = clockDriftSeconds ? QVariant(*clockDriftSeconds) : QVariant();
    const QVariant clock = poll.clock.isValid() ? QVariant(protocol::walltime::toStorage(poll.clock)) : QVariant();
    // A poll without fk_info (some firmware, or a body that did not frame) must not erase
    // what an earlier poll told us.
    const QString infoUpdate = poll.rawInfo.isEmpty()
        ? QString()
        : QStringLiteral(", firmware = excluded.firmware, firmware_filename = excluded.firmware_filename, "
                         "record_library = excluded.record_library, "
                         "supported_enroll_data = excluded.supported_enroll_data, "
                         "fp_data_ver = excluded.fp_data_ver, face_data_ver = excluded.face_data_ver, "
                         "pv_data_ver = excluded.pv_data_ver, fk_info = excluded.fk_info");
    return m_statements.run(
        QStringLiteral(
            "INSERT INTO terminals (dev_id, approval, remote_address, name, firmware, firmware_filename, "
            "record_library, supported_enroll_data, fp_data_ver, face_data_ver, pv_data_ver, fk_info, "
            "first_seen, last_seen, last_poll, terminal_clock, clock_drift_s, poll_interval_s) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dev_id) DO UPDATE SET "
            "last_seen = excluded.last_seen, "
            "last_poll = excluded.last_poll, terminal_clock = excluded.terminal_clock, "
            "clock_drift_s = excluded.clock_drift_s, poll_interval_s = excluded.poll_interval_s, "
            "name = CASE WHEN excluded.name = '' THEN terminals.name ELSE excluded.name END, ")
            + addressUpdate + infoUpdate,
        {contact.devId, approvalName(contact.approvalIfNew), contact.remoteAddress, poll.name, poll.firmware,
         poll.firmwareFilename, poll.libraryName, poll.supportedEnrollData.join(QLatin1Char(',')),
         poll.fpDataVersion, poll.faceDataVersion, poll.pvDataVersion, QString::fromUtf8(poll.rawInfo), now,
         now, now, clock, drift, pollInterval}).ok();
}

bool TerminalRepository::setApproval(const QString &devId, Approval approval)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    const QString now = utcNowText();
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("UPDATE terminals SET approval = ?, approval_changed_at = ? WHERE dev_id = ?"),
              {approvalName(approval), now, devId}) ||
        query.numRowsAffected() == 0)
        return false;
    // Punches kept while it was pending count from now on. Blocking changes nothing here: what
    // counted stays counted, and a blocked terminal's new punches are refused.
    if (approval == Approval::Approved &&
        !exec(query, QStringLiteral("UPDATE punches SET counted_at = ? WHERE dev_id = ? AND counted_at IS NULL"),
              {now, devId}))
        return false;
    return transaction.commit();
}

bool TerminalRepository::setName(const QString &devId, const QString &name)
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("UPDATE terminals SET name = ? WHERE dev_id = ?"), {name, devId});
    return query.ok() && query.numRowsAffected() == 1;
}

bool TerminalRepository::setResetAsCommandCode(const QString &devId, bool asCommandCode)
{
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("UPDATE terminals SET reset_style = ? WHERE dev_id = ?"),
        {asCommandCode ? QStringLiteral("cmd_code") : QStringLiteral("response_code"), devId});
    return query.ok() && query.numRowsAffected() == 1;
}

bool TerminalRepository::setDeviceStatus(const QString &devId, const QByteArray &statusJson)
{
    return m_statements
        .run(QStringLiteral("UPDATE terminals SET device_status = ?, device_status_at = ? WHERE dev_id = ?"),
             {QString::fromUtf8(statusJson), utcNowText(), devId})
        .ok();
}

bool TerminalRepository::setDigitForm(const QString &devId, protocol::DigitForm form)
{
    const int withNul = form == protocol::DigitForm::WithNul ? 1 : 0;
    return m_statements
        .run(QStringLiteral("UPDATE terminals SET digits_with_nul = ? WHERE dev_id = ? "
                            "AND (digits_with_nul IS NULL OR digits_with_nul <> ?)"),
             {withNul, devId, withNul})
        .ok();
}

std::optional<int> TerminalRepository::nameLimit(const QString &devId) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT name_limit FROM terminals WHERE dev_id = ?"), {devId});
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toInt();
}

bool TerminalRepository::setNameLimit(const QString &devId, int characters)
{
    return m_statements
        .run(QStringLiteral("UPDATE terminals SET name_limit = ? WHERE dev_id = ?"), {characters, devId})
        .ok();
}

QDateTime TerminalRepository::logsPulledUntil(const QString &devId) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT logs_pulled_until FROM terminals WHERE dev_id = ?"), {devId});
    return query.next() ? protocol::walltime::fromStorage(query.value(0).toString()) : QDateTime();
}

bool TerminalRepository::setLogsPulledUntil(const QString &devId, const QDateTime &wallTime)
{
    return m_statements
        .run(QStringLiteral("UPDATE terminals SET logs_pulled_until = ? WHERE dev_id = ?"),
             {protocol::walltime::toStorage(wallTime), devId})
        .ok();
}

bool TerminalRepository::setAddressPinned(const QString &devId, bool pinned)
{
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("UPDATE terminals SET pinned_address = ? WHERE dev_id = ?"), {pinned ? 1 : 0, devId});
    return query.ok() && query.numRowsAffected() == 1;
}

QList<TerminalRow> TerminalRepository::list() const
{
    QList<TerminalRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, selectColumns + QStringLiteral(" ORDER BY name, dev_id")))
        return rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

std::optional<TerminalRow> TerminalRepository::find(const QString &devId) const
{
    QSqlQuery query(m_db);
    if (!exec(query, selectColumns + QStringLiteral(" WHERE dev_id = ?"), {devId}) || !query.next())
        return std::nullopt;
    return rowFrom(query);
}

QList<TerminalAddressChange> TerminalRepository::addressChanges(const QDateTime &sinceUtc) const
{
    QList<TerminalAddressChange> changes;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // *_at columns hold ISO 8601 UTC text of one format, so text order is time order.
    if (!exec(query,
              QStringLiteral("SELECT dev_id, name, previous_address, remote_address, address_changed_at "
                             "FROM terminals WHERE address_changed_at >= ? ORDER BY address_changed_at DESC, dev_id"),
              {sinceUtc.toUTC().toString(Qt::ISODateWithMs)}))
        return changes;
    while (query.next()) {
        changes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(),
                        QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs)});
    }
    return changes;
}

std::optional<RegistrationCensus> TerminalRepository::registrationCensus() const
{
    RegistrationCensus census;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, QStringLiteral("SELECT dev_id, approval, remote_address FROM terminals")))
        return std::nullopt;
    const QString pending = approvalName(Approval::Pending);
    while (query.next()) {
        census.devIds.insert(query.value(0).toString());
        if (query.value(1).toString() == pending) {
            ++census.pendingByAddress[query.value(2).toString()];
            ++census.pending;
        }
    }
    return census;
}

} // namespace punchclock::storage
