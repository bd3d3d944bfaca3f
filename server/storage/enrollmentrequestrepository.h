#pragma once

#include "storewrite.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

// What became of a remote enrollment (SET_COMMAND enter_enroll, protocol.md §6).
enum class EnrollmentState {
    Waiting,   // the terminal was sent to its enrollment screen; no template yet
    Enrolled,  // its realtime_enroll_data carried the credential in time
    TimedOut,  // nothing came before the deadline
    Refused,   // the terminal answered the command with an error (reason: its cmd_return_code)
    Cancelled, // an operator gave up waiting
};

QString enrollmentStateName(EnrollmentState state); // "waiting", "enrolled", "timed_out", …
std::optional<EnrollmentState> enrollmentStateFromName(const QString &name);

struct EnrollmentRequest
{
    qint64 id = 0;
    QString userId;
    int backupNumber = 0;
    QString devId;
    std::optional<qint64> jobId; // the SET_COMMAND job
    QString requestedBy;
    QDateTime requestedAt; // UTC
    // UTC: the stored one (requested at + enroll.timeout_s), moved on to the command's delivery
    // + enroll.timeout_s once the terminal fetched it.
    QDateTime deadline;
    EnrollmentState state = EnrollmentState::Waiting;
    QDateTime finishedAt;             // UTC; invalid while waiting
    std::optional<int> templateSize; // bytes, once enrolled
    QString reason;                   // the terminal's refusal, or why it was settled so
};

// The remote enrollments operators asked for (enrollment_requests), and the matching of a
// terminal's realtime_enroll_data to the one waiting for it.
class EnrollmentRequestRepository
{
public:
    explicit EnrollmentRequestRepository(QSqlDatabase db);

    PUNCHCLOCK_STORE_WRITE std::optional<qint64> create(const EnrollmentRequest &request);
    PUNCHCLOCK_STORE_WRITE bool setJob(qint64 id, qint64 jobId);
    // Ends a waiting request; false when it is not waiting (any more) or the write failed.
    PUNCHCLOCK_STORE_WRITE bool finish(qint64 id, EnrollmentState state, const QString &reason, const QDateTime &at);
    // A terminal reported these credentials of the user (backup number → template size) at `at`:
    // each request of that terminal and user still waiting, for one of these backup numbers and
    // with its deadline (as read, see EnrollmentRequest::deadline) not passed, becomes enrolled. The ids matched; none for a keypad
    // enrollment nobody asked for. nullopt when the database failed.
    PUNCHCLOCK_STORE_WRITE std::optional<QList<qint64>> matchEnrollment(const QString &devId, const QString &userId,
                                                                       const QHash<int, int> &sizeByBackupNumber,
                                                                       const QDateTime &at);

    std::optional<EnrollmentRequest> find(qint64 id) const;
    // The user's requests, newest first.
    QList<EnrollmentRequest> forUser(const QString &userId, int limit = 50) const;
    // Where the user last punched, else where they were last enrolled remotely; empty for neither:
    // the terminal an operator most likely means.
    QString lastTerminalOf(const QString &userId) const;

private:
    std::optional<QList<EnrollmentRequest>> read(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
