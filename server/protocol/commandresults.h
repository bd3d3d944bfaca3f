#pragma once

#include "adminlogrecord.h"
#include "bscommframe.h"
#include "logrecord.h"
#include "recordlibrary.h"
#include "useridrecordcodec.h"

#include <QByteArray>
#include <QList>

// Decoders for the bodies terminals send back with send_cmd_result (protocol.md §6, §8), taking
// the reassembled body either as raw bytes or already decoded to a BsCommFrame. Prefer the raw
// body: BsCommFrame::decode keeps only the binaries the JSON refers to, so a frame decoded from a
// result without its array key has lost the records, while the raw-body decoders recover them.
// GET_USER_INFO results have the SET_USER_INFO shape: use UserEnrollment::parse.
namespace punchclock::protocol {

namespace ResultKey {
inline constexpr char LogArray[] = "log_array";
inline constexpr char LogCount[] = "log_count";
inline constexpr char OneLogSize[] = "one_log_size";
inline constexpr char UserIdArray[] = "user_id_array";
inline constexpr char UserIdCount[] = "user_id_count";
inline constexpr char OneUserIdSize[] = "one_user_id_size";
inline constexpr char EnrollData[] = "enroll_data";
inline constexpr char TotalUserCount[] = "total_user_count";
inline constexpr char UserCount[] = "user_count";
inline constexpr char ManagerCount[] = "manager_count";
inline constexpr char FpCount[] = "fp_count";
inline constexpr char FaceCount[] = "face_count";
inline constexpr char PasswordCount[] = "password_count";
inline constexpr char IdcardCount[] = "idcard_count";
inline constexpr char TotalLogCount[] = "total_log_count";
} // namespace ResultKey

enum class ResultError {
    None,
    NotFramed,          // the raw body is not a BSComm frame with a JSON object
    MissingField,       // a required key (a count, a record size, the enroll data) is absent
    InvalidField,       // a count that is not a whole number ≥ 0
    UnknownLibrary,     // records present but the terminal's fk_bin_data_lib is unknown
    RecordSizeMismatch, // one_*_size differs from the record library's layout
    Truncated,          // fewer bytes than count × record size, or a binary cut short
    MissingBinary,      // the referenced binary is not in the body
};

struct LogDataResult
{
    QList<LogRecord> records;
    int invalidRecords = 0; // impossible date or empty user id: counted and skipped
    ResultError error = ResultError::None;

    bool ok() const { return error == ResultError::None; }
};

// {"log_array":"BIN_1","log_count":N,"one_log_size":S} + N×S bytes. Counts may be strings
// (WS535); a zero count may come without array key, size and binary; without the array key
// (Fingerspot documentation) the first binary holds the records.
LogDataResult decodeLogDataResult(const BsCommFrame &result, RecordLibrary library);
LogDataResult decodeLogDataResult(const QByteArray &body, RecordLibrary library);

struct UserIdListResult
{
    QList<UserIdRecord> users;
    int invalidRecords = 0;
    ResultError error = ResultError::None;

    bool ok() const { return error == ResultError::None; }
};

struct AdminLogResult
{
    QList<AdminLogRecord> records; // undecoded (raw bytes only) where the layout is unknown
    int invalidRecords = 0;        // a known layout with an impossible date: counted and skipped
    ResultError error = ResultError::None;

    bool ok() const { return error == ResultError::None; }
};

// GET_SLOG_DATA: shaped like GET_LOG_DATA (the vendor server reads log_count, one_log_size and the
// first binary, protocol.md §8.3), read as above, but one_log_size only has to be 1 …
// MaxAdminLogRecordSize: records of a layout other than the library's are kept undecoded.
AdminLogResult decodeAdminLogResult(const BsCommFrame &result, RecordLibrary library);
AdminLogResult decodeAdminLogResult(const QByteArray &body, RecordLibrary library);

// {"one_user_id_size":S,"user_id_array":"BIN_1","user_id_count":N} + N×S bytes, read as above.
UserIdListResult decodeUserIdListResult(const BsCommFrame &result, RecordLibrary library);
UserIdListResult decodeUserIdListResult(const QByteArray &body, RecordLibrary library);

struct EnrollDataResult
{
    QByteArray data;
    ResultError error = ResultError::None;

    bool ok() const { return error == ResultError::None; }
};

// {"enroll_data":"BIN_1"} + data; extra keys such as "status":"ok" (WS535) are ignored.
EnrollDataResult decodeEnrollDataResult(const BsCommFrame &result);
EnrollDataResult decodeEnrollDataResult(const QByteArray &body);

// The counters of GET_DEVICE_STATUS, numbers or numeric strings; -1 when absent or unreadable.
struct DeviceStatus
{
    qint64 totalUserCount = -1;
    qint64 userCount = -1;
    qint64 managerCount = -1;
    qint64 fpCount = -1;
    qint64 faceCount = -1;
    qint64 passwordCount = -1;
    qint64 idcardCount = -1;
    qint64 totalLogCount = -1;
    QByteArray rawJson; // compact, kept whole as the vendor server does (dev_status_info)
    ResultError error = ResultError::None;

    bool ok() const { return error == ResultError::None; }
};

// MissingField only when none of the eight counters is present.
DeviceStatus decodeDeviceStatusResult(const BsCommFrame &result);
DeviceStatus decodeDeviceStatusResult(const QByteArray &body);

} // namespace punchclock::protocol
