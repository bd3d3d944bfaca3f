#pragma once

#include "approval.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QList>
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
};

// What the server needs to know about a terminal before it serves a request.
struct TerminalStanding
{
    Approval approval = Approval::Pending;
    QString recordLibrary;
    bool resetAsCommandCode = false; // RESET_FK as OK + cmd_code instead of as the response code
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

    bool recordContact(const TerminalContact &contact);
    bool recordPoll(const TerminalContact &contact, const protocol::PollInfo &poll,
                    std::optional<qint64> clockDriftSeconds);
    // false when no such terminal exists.
    bool setApproval(const QString &devId, Approval approval);

    bool setName(const QString &devId, const QString &name);
    bool setResetAsCommandCode(const QString &devId, bool asCommandCode);
    bool setDeviceStatus(const QString &devId, const QByteArray &statusJson);
    // Terminal wall clock from which the next "pull new logs" asks; invalid when never pulled.
    QDateTime logsPulledUntil(const QString &devId) const;
    bool setLogsPulledUntil(const QString &devId, const QDateTime &wallTime);

    QList<TerminalRow> list() const;
    std::optional<TerminalRow> find(const QString &devId) const;

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace punchclock::storage
