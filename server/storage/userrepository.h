#pragma once

#include "storewrite.h"

#include "sqlsupport.h"
#include "useridrecordcodec.h"
#include "userenrollment.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace punchclock::storage {

struct UserRow
{
    QString userId;
    QString name;
    QString privilege;
    bool enabled = true;
    bool incomplete = false; // known only from a terminal's user list: its record was never read
    bool hasPhoto = false;
    int fingers = 0;
    bool face = false;
    bool card = false;
    bool password = false;
    QStringList terminals; // dev_ids holding the user
    QDateTime updatedAt;   // UTC
    std::optional<qint64> departmentId;
    QString department; // empty without one
};

// One stored credential, without its data.
struct CredentialInfo
{
    int backupNumber = 0;
    qsizetype size = 0;
    QString sourceDevId; // the terminal it came from; empty when the operator gave it
    QDateTime updatedAt; // UTC
    int sourceDataVersion = 0;   // that terminal's template version for this kind then; 0: not known
    QString sourceRecordLibrary; // that terminal's record library then; empty: not known
};

// One change of a stored credential (credential_history).
struct CredentialChange
{
    enum class Action {
        Added,
        Replaced, // stored again with different data
        Removed,
    };

    qint64 id = 0;
    QString userId;
    int backupNumber = 0;
    Action action = Action::Added;
    QString sourceDevId;
    QString changedBy; // the operator; empty for what a terminal reported
    QDateTime at;      // UTC
};

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    // Recorded in credential_history for the changes made through this repository.
    void setChangedBy(const QString &changedBy) { m_changedBy = changedBy; }

    // A terminal reported the whole user (realtime_enroll_data, GET_USER_INFO): name, privilege,
    // photo and each credential by backup_number are stored, and the terminal holds the user with
    // exactly these credentials. A credential it held before and no terminal holds any more leaves
    // the store, recorded in credential_history as removed by that terminal.
    PUNCHCLOCK_STORE_WRITE bool applyEnrollment(const QString &devId, const protocol::UserEnrollment &user);
    // The terminal accepted SET_USER_INFO with this user: it holds the user with exactly the
    // credentials sent, with the same consequence for those it held before.
    PUNCHCLOCK_STORE_WRITE bool applyPushed(const QString &devId, const protocol::UserEnrollment &sent);
    // The same without recording a terminal.
    PUNCHCLOCK_STORE_WRITE bool saveUser(const protocol::UserEnrollment &user, const QString &sourceDevId = {});
    // The operator's definition of a whole user (what SET_USER_INFO sends): name, privilege and
    // photo as given, and exactly these credentials; any other stored credential is removed.
    PUNCHCLOCK_STORE_WRITE bool replaceUser(const protocol::UserEnrollment &user);

    QList<UserRow> list() const;
    QByteArray credential(const QString &userId, int backupNumber) const;
    bool exists(const QString &userId) const;
    QByteArray photo(const QString &userId) const;
    QList<CredentialInfo> credentials(const QString &userId) const; // by backup number
    QList<CredentialChange> history(const QString &userId) const;    // newest first

    // Everything the store holds for the user, as SET_USER_INFO sends it; nullopt if unknown.
    std::optional<protocol::UserEnrollment> load(const QString &userId) const;
    // The same with only the credentials this terminal holds.
    std::optional<protocol::UserEnrollment> loadAsHeldBy(const QString &userId, const QString &devId) const;
    // True while the store knows the user only from a terminal's list or a single command: its
    // name, photo and credentials were never read whole, so it must not be sent as it is stored.
    bool isIncomplete(const QString &userId) const;
    QList<int> credentialsHeldBy(const QString &devId, const QString &userId) const; // backup numbers
    QStringList holders(const QString &userId) const; // dev_ids
    // The size of a template with a backup number in [first, last] that this terminal reported;
    // 0 when it reported none.
    qsizetype templateSizeFrom(const QString &devId, int first, int last) const;

    PUNCHCLOCK_STORE_WRITE bool setName(const QString &userId, const QString &name);
    PUNCHCLOCK_STORE_WRITE bool setPrivilege(const QString &userId, const QString &privilege);
    PUNCHCLOCK_STORE_WRITE bool setEnabled(const QString &userId, bool enabled); // false for an unknown user
    // The credential as a terminal reported or accepted it (it then holds it), or as the operator
    // gave it (devId empty). Passwords and cards are stored without a trailing NUL.
    PUNCHCLOCK_STORE_WRITE bool storeCredential(const QString &devId, const QString &userId, int backupNumber, const QByteArray &data);
    // Deletes the stored credential and records its removal; true when there was none.
    PUNCHCLOCK_STORE_WRITE bool removeCredential(const QString &userId, int backupNumber);
    PUNCHCLOCK_STORE_WRITE bool removePhoto(const QString &userId);

    // What a terminal holds, after GET_USER_ID_LIST: replaces the terminal's membership; users
    // the store has not seen yet are created without a name, with the list's privilege, and stay
    // incomplete (the list's privilege updates them) until a terminal reports them whole. Every change of `enabled` or of a
    // membership keeps users.inactive_since, from which biometric retention counts.
    PUNCHCLOCK_STORE_WRITE bool replaceMembership(const QString &devId, const QList<protocol::UserIdRecord> &users);
    PUNCHCLOCK_STORE_WRITE bool addMembership(const QString &devId, const QString &userId, const QString &privilege);
    PUNCHCLOCK_STORE_WRITE bool removeMembership(const QString &devId, const QString &userId);
    PUNCHCLOCK_STORE_WRITE bool clearMembership(const QString &devId);
    // ENABLE_USER accepted: whether the terminal lets the user punch. Nothing for a user it does
    // not hold. users.enabled, the employee's own state, changes through UserStatusAdmin only.
    PUNCHCLOCK_STORE_WRITE bool setEnabledOn(const QString &devId, const QString &userId, bool enabled);

private:
    bool ensureUser(const QString &userId);
    // A user of a terminal's list: created incomplete with the list's privilege, which also
    // updates a user still incomplete.
    bool ensureListedUser(const QString &userId, const QString &privilege);
    std::optional<protocol::UserEnrollment> loadUser(const QString &userId, const QString &heldBy) const;
    // The terminal holds these of the user's credentials and no others; see applyEnrollment().
    bool holdExactly(const QString &devId, const QString &userId, const QList<int> &backupNumbers);
    bool holdCredential(const QString &devId, const QString &userId, int backupNumber);
    // Drops what the terminal held of users it no longer holds.
    bool forgetFormerUsers(const QString &devId);
    // saveUser() without the upkeep of inactive_since, for callers that change a membership next.
    bool storeUser(const protocol::UserEnrollment &user, const QString &sourceDevId);
    bool deleteMembership(const QString &devId);
    // Sets users.inactive_since where a user has just become disabled or left on no terminal, and
    // clears it where one is enabled and on a terminal again: one user's, or everyone's.
    bool keepInactiveSince(const QString &userId = {});
    // Upserts the credential and records an added or replaced change when the data differs.
    bool putCredential(const QString &sourceDevId, const QString &userId, int backupNumber, const QByteArray &data,
                       const QString &now);
    bool recordChange(const QString &userId, int backupNumber, CredentialChange::Action action,
                      const QString &sourceDevId, const QString &now);

    QSqlDatabase m_db;
    mutable StatementCache m_statements;
    QString m_changedBy;
};

} // namespace punchclock::storage
