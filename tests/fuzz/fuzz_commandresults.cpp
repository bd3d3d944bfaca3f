// The send_cmd_result bodies of the commands that return data (protocol.md §6, §8): GET_LOG_DATA,
// GET_USER_ID_LIST, GET_SLOG_DATA, GET_ENROLL_DATA and GET_DEVICE_STATUS, decoded
// from the raw body as the engine's ResultApplier does. GET_USER_INFO results have the shape of
// realtime_enroll_data and are fuzzed with it in fuzz_terminalrequests.
// Input: library byte · result body.
#include "commandresults.h"
#include "fuzzinput.h"

#include <QJsonDocument>

using namespace punchclock::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const RecordLibrary library = input.library();
    const QByteArray body = input.rest();

    const LogDataResult logs = decodeLogDataResult(body, library);
    FUZZ_CHECK(logs.ok() || logs.records.isEmpty());
    for (const LogRecord &record : logs.records)
        FUZZ_CHECK(record.ioTime.isValid() && !record.userId.isEmpty());

    const UserIdListResult users = decodeUserIdListResult(body, library);
    FUZZ_CHECK(users.ok() || users.users.isEmpty());
    for (const UserIdRecord &user : users.users)
        FUZZ_CHECK(!user.userId.isEmpty());

    const AdminLogResult adminLog = decodeAdminLogResult(body, library);
    FUZZ_CHECK(adminLog.ok() || adminLog.records.isEmpty());
    for (const AdminLogRecord &record : adminLog.records)
        FUZZ_CHECK(!record.raw.isEmpty() && (!record.decoded || record.time.isValid()));

    const EnrollDataResult enrolled = decodeEnrollDataResult(body);
    FUZZ_CHECK(enrolled.ok() || enrolled.data.isEmpty());
    FUZZ_CHECK(enrolled.data.size() <= body.size());

    const DeviceStatus status = decodeDeviceStatusResult(body);
    if (status.ok()) {
        // Stored as the terminal's dev_status_info and shown again: it has to read back.
        FUZZ_CHECK(QJsonDocument::fromJson(status.rawJson).isObject());
        for (const qint64 counter : {status.totalUserCount, status.userCount, status.managerCount, status.fpCount,
                                     status.faceCount, status.passwordCount, status.idcardCount, status.totalLogCount})
            FUZZ_CHECK(counter >= -1);
    }
    return 0;
}
