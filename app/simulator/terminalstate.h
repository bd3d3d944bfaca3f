#pragma once

#include "adminlog.h"
#include "terminalmodel.h"

#include "codetables.h"
#include "logrecord.h"
#include "pollinfo.h"
#include "userenrollment.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <optional>

namespace punchclock::simulator {

// A user as the terminal holds it: credentials by backup_number (protocol.md §9.1).
struct SimulatedUser
{
    QString userId;
    QString name;
    protocol::Privilege privilege = protocol::Privilege::User;
    bool enabled = true;
    QByteArray photo;
    QMap<int, QByteArray> credentials;

    protocol::CredentialFlags credentialFlags() const;
    QList<protocol::VerifyMethod> verifyMethods() const; // what this user can punch with
    // The user as GET_USER_INFO and realtime_enroll_data carry it.
    protocol::UserEnrollment toEnrollment() const;
};

// Where the terminal sends its requests; SET_WEB_SERVER_INFO changes it after a restart.
struct ServerAddress
{
    QString host;
    quint16 port = 0;

    QString text() const { return host + QLatin1Char(':') + QString::number(port); }
};

// What seeding puts into a fresh terminal. The same options give the same users, templates and
// stored logs on every run; terminals of one simulation share the users (one staff, several
// entrances) but each gets its own log history.
struct SeedOptions
{
    quint64 seed = 1;
    int terminalIndex = 0;
    int users = 20;
    int logs = 100;
    int logDays = 30;
    QDate logsUntil; // logs fall on the logDays days before this date; invalid = today
};

// The memory of one simulated terminal: users, stored logs, name, clock and server address.
// Survives RESET_FK, as on real terminals (protocol.md §6).
class TerminalState
{
public:
    explicit TerminalState(TerminalModel model);

    void seed(const SeedOptions &options);
    // The same with users made elsewhere (one staff shared by many terminals: the templates are
    // implicitly shared, not copied); options.users is then ignored.
    void seed(const SeedOptions &options, const QList<SimulatedUser> &staff);

    const TerminalModel &model() const { return m_model; }
    protocol::RecordLibrary library() const { return m_model.library; }

    // What the terminal tells about itself in every receive_cmd (protocol.md §4.2).
    protocol::PollInfo pollInfo() const;

    QString fkName() const { return m_fkName; }
    void setFkName(const QString &name) { m_fkName = name; }

    // 0 = names are kept whole; otherwise stored names are cut to this many characters.
    int nameLimit() const { return m_nameLimit; }
    void setNameLimit(int limit) { m_nameLimit = limit; }
    QString storedName(const QString &name) const;

    // The id as this terminal stores it ("007" is user 7 where ids are u32); empty when the id
    // cannot exist on this terminal.
    QString canonicalUserId(const QString &userId) const;
    const SimulatedUser *user(const QString &userId) const;
    SimulatedUser *user(const QString &userId);
    // Stores the user as given (name cut to the limit), replacing any user with that id.
    void putUser(SimulatedUser user);
    bool removeUser(const QString &userId);
    void clearUsers() { m_users.clear(); }
    QList<SimulatedUser> users() const; // ordered by id, numbers in numeric order
    QStringList userIds() const;
    int userCount() const { return int(m_users.size()); }

    const QList<protocol::LogRecord> &logs() const { return m_logs; }
    // Inclusive bounds; an invalid bound is open.
    QList<protocol::LogRecord> logsBetween(const QDateTime &begin, const QDateTime &end) const;
    void appendLog(const protocol::LogRecord &log) { m_logs.append(log); }
    void clearLogs() { m_logs.clear(); }

    // A new punch by the user (stored in the log memory), or nullopt when the user is unknown or
    // disabled (ENABLE_USER OFF: the keypad refuses them).
    // io_time is the terminal clock but never earlier than one second after the previous punch:
    // a terminal takes one finger at a time, and the server keys punches by (user, io_time).
    std::optional<protocol::LogRecord> punch(const QString &userId, QRandomGenerator &random);

    // Terminal wall clock: the host's wall clock shifted by what SET_TIME set.
    QDateTime now() const;
    void setClock(const QDateTime &wallTime);
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }

    ServerAddress server() const { return m_server; }
    void setServer(const ServerAddress &server) { m_server = server; }
    std::optional<ServerAddress> pendingServer() const { return m_pendingServer; }
    void setPendingServer(const ServerAddress &server) { m_pendingServer = server; }
    // At restart: the address SET_WEB_SERVER_INFO stored becomes the one in use.
    bool applyPendingServer();

    // SET_COMMAND enter_enroll asked for the enrollment screen of this user and credential; the
    // terminal takes the request after answering the command.
    void requestEnrollScreen(const QString &userId, int backupNumber) { m_enrollScreenRequest = {userId, backupNumber}; }
    std::optional<QPair<QString, int>> takeEnrollScreenRequest() { return std::exchange(m_enrollScreenRequest, {}); }
    // A credential as this model captures it: a template of its size, or digits for a password or card.
    QByteArray captureCredential(int backupNumber, QRandomGenerator &random) const;

    // ENABLE_ENROLL_FUNC OFF locks the keypad's enrolment menu: enrolment only from the server.
    bool enrollMenuLocked() const { return m_enrollMenuLocked; }
    void setEnrollMenuLocked(bool locked) { m_enrollMenuLocked = locked; }
    // The doors OPEN_DOOR opened, in order.
    const QList<int> &doorsOpened() const { return m_doorsOpened; }
    void openDoor(int door) { m_doorsOpened.append(door); }

    // What was enrolled, changed and deleted, at the keypad or by commands (GET_SLOG_DATA).
    AdminLog &adminLog() { return m_adminLog; }
    const AdminLog &adminLog() const { return m_adminLog; }

    static QDateTime hostWallClock();

private:
    struct IdOrder
    {
        bool operator()(const QString &left, const QString &right) const;
    };

    SimulatedUser seededUser(int number, QRandomGenerator &random) const;
    void seedLogs(const SeedOptions &options);
    protocol::LogRecord makeLog(const SimulatedUser &user, const QDateTime &ioTime, int mode,
                                QRandomGenerator &random) const;

    TerminalModel m_model;
    QString m_fkName;
    int m_nameLimit = 0;
    std::map<QString, SimulatedUser, IdOrder> m_users;
    QList<protocol::LogRecord> m_logs;
    QMap<QString, int> m_lastModeByUser;
    QDateTime m_lastPunchTime;
    qint64 m_clockOffsetSeconds = 0;
    ServerAddress m_server;
    std::optional<ServerAddress> m_pendingServer;
    bool m_enrollMenuLocked = false;
    std::optional<QPair<QString, int>> m_enrollScreenRequest;
    QList<int> m_doorsOpened;
    AdminLog m_adminLog;
};

} // namespace punchclock::simulator
