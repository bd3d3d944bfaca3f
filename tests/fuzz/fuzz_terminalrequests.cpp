// The bodies terminals send on their own (protocol.md §4): the receive_cmd poll, realtime_glog
// and realtime_enroll_data, which is also the shape of a GET_USER_INFO result.
// Input: the terminal's announced library byte · request body.
#include "fuzzinput.h"
#include "identifiers.h"
#include "jsonfields.h"
#include "pollinfo.h"
#include "realtimelog.h"
#include "userenrollment.h"

#include <QJsonArray>

using namespace punchclock::protocol;

namespace {

void checkEnrollment(const BsCommFrame &frame)
{
    const UserEnrollment user = UserEnrollment::parse(frame);
    if (!user.ok())
        return;
    FUZZ_CHECK(isValidUserId(user.userId));
    // Each credential is stored under the backup number the terminal sent, not a near one.
    const QJsonArray entries = frame.json().value(QLatin1String("enroll_data_array")).toArray();
    FUZZ_CHECK(user.credentials.size() == entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Credential &credential = user.credentials.at(i);
        FUZZ_CHECK(credentialKind(credential.backupNumber) != CredentialKind::Invalid);
        FUZZ_CHECK(json::integer(entries.at(i).toObject().value(QLatin1String("backup_number"))) ==
                   credential.backupNumber);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const RecordLibrary announced = input.library();
    const BsCommFrame::Decoded decoded = BsCommFrame::decode(input.rest());
    if (!decoded.ok())
        return 0;

    const PollInfo poll = PollInfo::parse(decoded.frame);
    FUZZ_CHECK(poll.library == recordLibraryFromName(poll.libraryName));

    const RealtimeLog log = RealtimeLog::parse(decoded.frame, announced);
    if (log.ok()) {
        FUZZ_CHECK(isValidUserId(log.record.userId));
        FUZZ_CHECK(log.record.ioTime.isValid());
    }

    checkEnrollment(decoded.frame);
    return 0;
}
