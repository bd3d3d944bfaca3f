#pragma once

#include "storewrite.h"

#include "approval.h"
#include "sqlsupport.h"

#include "digitcredential.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace punchclock::protocol {
struct PollInfo;
}

namespace punchclock::storage {

struct TerminalRow
{
    QString devId;
    QString name;
    Approval approval = Approval::Pending;
    QString firmware;
    QString firmwareFilename;
    QString recordLibrary;
    QStringList supportedEnrollData;
    int fpDataVersion = 0;
    int faceDataVersion = 0;
    int pvDataVersion = 0;
    QString remoteAddress;
    QDateTime firstSeen; // UTC
    QDateTime lastSeen;  // UTC
    QDateTime lastPoll;  // UTC, invalid before the first receive_cmd
    QDateTime terminalClock; // wall clock the terminal reported at its last poll
    std::optional<qint64> clockDriftSeconds; // terminal minus site wall clock
    QByteArray deviceStatus; // JSON counts from the last GET_DEVICE_STATUS
    QDateTime deviceStatusAt; // UTC
    bool resetAsCommandCode = false;
    std::optional<qint64> pollIntervalSeconds; // smoothed time between polls; unknown at first
    bool pinned = false;       // requests from any other address than remoteAddress are refused
    QString previousAddress;   // where it talked from before its last change of address
    QDateTime addressChangedAt; // UTC; invalid when it never changed
};

// A terminal that began to talk from another address, for the Dashboard.
struct TerminalAddressChange
{
    QString devId;
    QString name;
    QString previousAddress;
    QString currentAddress;
    QDateTime changedAt; // UTC
};

// Who is registered, for the endpoint's cap on new terminals waiting for approval.
struct RegistrationCensus
{
    QSet<QString> devIds;                // every terminal, whatever its approval
    QHash<QString, int> pendingByAddress; // pending terminals by the address they last talked from
    int pending = 0;
};

// What the server needs to know about a terminal before it serves a request.
struct TerminalStanding
{
    Approval approval = Approval::Pending;
    QString recordLibrary;
    bool resetAsCommandCode = false; // RESET_FK as OK + cmd_code instead of as the response code
    QString remoteAddress;           // where it last talked from; empty before its first request
    bool pinned = false;             // only remoteAddress may speak for it
    protocol::DigitForm digitForm = protocol::DigitForm::Plain; // passwords and cards as it sends them
};

// How a terminal reached us; written on every request.
struct TerminalContact
{
    QString devId;
    QString remoteAddress;
    Approval approvalIfNew = Approval::Pending;
    QString recordLibraryIfUnknown;
};

class TerminalRepository
{
public:
    explicit TerminalRepository(QSqlDatabase db);

    std::optional<TerminalStanding> standing(const QString &devId) const;
    // The standings of several terminals in one round trip; those not registered are absent.
    // nullopt when the read failed.
    std::optional<QHash<QString, TerminalStanding>> standings(const QStringList &devIds) const;

    // Locks these terminals' rows until the transaction ends, in dev_id order (PostgreSQL; a
    // no-op on SQLite, which has one writer at a time). Two servers whose transactions write
    // the same terminals then take them in the same order and never wait for each other.
    bool lockInOrder(QStringList devIds) const;
    PUNCHCLOCK_STORE_WRITE bool recordContact(const TerminalContact &contact);
    // The same for several terminals in a few statements; each dev_id at most once.
    PUNCHCLOCK_STORE_WRITE bool recordContacts(const QList<TerminalContact> &contacts);
    PUNCHCLOCK_STORE_WRITE bool recordPoll(const TerminalContact &contact, const protocol::PollInfo &poll,
                    std::optional<qint64> clockDriftSeconds);
    // false when no such terminal exists.
    PUNCHCLOCK_STORE_WRITE bool setApproval(const QString &devId, Approval approval);

    PUNCHCLOCK_STORE_WRITE bool setName(const QString &devId, const QString &name);
    PUNCHCLOCK_STORE_WRITE bool setResetAsCommandCode(const QString &devId, bool asCommandCode);
    PUNCHCLOCK_STORE_WRITE bool setDeviceStatus(const QString &devId, const QByteArray &statusJson);
    // How the terminal writes passwords and cards, as it last reported one; they are sent to it so.
    PUNCHCLOCK_STORE_WRITE bool setDigitForm(const QString &devId, protocol::DigitForm form);
    // How many characters of a user name the terminal keeps, learned when it cut one (a
    // read-back); nullopt while not known.
    std::optional<int> nameLimit(const QString &devId) const;
    PUNCHCLOCK_STORE_WRITE bool setNameLimit(const QString &devId, int characters);
    // Terminal wall clock from which the next "pull new logs" asks; invalid when never pulled.
    QDateTime logsPulledUntil(const QString &devId) const;
    PUNCHCLOCK_STORE_WRITE bool setLogsPulledUntil(const QString &devId, const QDateTime &wallTime);
    // false when no such terminal exists. A pinned terminal is served only from the address it
    // last talked from; the first address it talks from when it has none yet.
    PUNCHCLOCK_STORE_WRITE bool setAddressPinned(const QString &devId, bool pinned);

    QList<TerminalRow> list() const;
    std::optional<TerminalRow> find(const QString &devId) const;
    // Terminals whose address changed at or after `sinceUtc`, the latest first.
    QList<TerminalAddressChange> addressChanges(const QDateTime &sinceUtc) const;
    // nullopt when the read failed.
    std::optional<RegistrationCensus> registrationCensus() const;

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace punchclock::storage
