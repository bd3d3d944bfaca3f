#pragma once

#include "actor.h"
#include "outcome.h"

#include "enrollmentrequestrepository.h"
#include "terminalrepository.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::services {

// Why a remote enrollment was not started (Outcome::refused).
enum class EnrollmentError {
    NotAFingerOrFace = 1, // the backup number is no credential a terminal can capture (photo, unknown)
    TerminalNotApproved,  // the terminal is pending or blocked: it is sent no commands
    KindUnknown,          // the terminal never said which kinds it enrolls (fk_info.supported_enroll_data)
    KindNotSupported,     // it said, and this kind is not among them
    NotWaiting,           // cancel: the request already ended
};

// Remote enrollment (protocol.md §6, SET_COMMAND enter_enroll): a terminal is sent to its
// enrollment screen for one user and one credential; it answers OK at once and the template
// arrives later as realtime_enroll_data, which the engine matches to the waiting request
// (RealtimeIngestor). Starting and cancelling need Permission::ManageUsers for the user's
// department and are audited. No command is known that leaves the screen again, so a cancel
// only stops the waiting here: the terminal's screen closes by its own timeout, and a template
// given there after all is still stored like any keypad enrollment.
class EnrollmentService
{
public:
    struct Result
    {
        Outcome outcome; // outcome.id: the request
        std::optional<storage::EnrollmentRequest> request;
    };

    explicit EnrollmentService(QSqlDatabase db);

    Result start(const Actor &actor, const QString &userId, int backupNumber, const QString &devId);
    Outcome cancel(const Actor &actor, qint64 requestId);
    // The request as it stands now: a waiting one whose command the terminal refused is settled
    // refused with its cmd_return_code as the reason ("TIMEOUT" when it never answered,
    // "CANCELLED" when the command was cancelled on the Jobs page), one past its deadline timed out.
    std::optional<storage::EnrollmentRequest> status(qint64 requestId);

    // Approved terminals that enroll this kind, the one the user last punched at first.
    QList<storage::TerminalRow> terminalsFor(const QString &userId, int backupNumber) const;
    // The name a terminal uses for this kind in fk_info.supported_enroll_data ("FP", "FACE" …).
    static QString supportName(int backupNumber);
    static bool supports(const storage::TerminalRow &terminal, int backupNumber);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
