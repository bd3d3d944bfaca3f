#include "commandresults.h"

#include "adminlogcodec.h"
#include "jsonfields.h"
#include "logrecordcodec.h"

#include <QJsonDocument>
#include <QtEndian>

#include <limits>
#include <optional>

namespace punchclock::protocol {

namespace {

struct ArrayKeys
{
    const char *array;
    const char *count;
    const char *recordSize;
};

constexpr ArrayKeys logKeys{ResultKey::LogArray, ResultKey::LogCount, ResultKey::OneLogSize};
constexpr ArrayKeys userIdKeys{ResultKey::UserIdArray, ResultKey::UserIdCount, ResultKey::OneUserIdSize};

// recordArray()'s size rule for administrator logs: any record size from MinAdminLogRecordSize
// to MaxAdminLogRecordSize.
constexpr int AnyRecordSize = -1;

// The records part of a GET_LOG_DATA / GET_USER_ID_LIST result, before the record codec runs.
struct RecordArray
{
    QByteArray data; // shares the frame's binary: no copy of a multi-megabyte log dump
    int count = 0;
    int recordSize = 0;
    ResultError error = ResultError::None;
};

QJsonValue valueOf(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key));
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// libraryRecordSize: the size one_*_size has to be (0: the library is unknown), or AnyRecordSize.
RecordArray recordArray(const BsCommFrame &result, const ArrayKeys &keys, int libraryRecordSize)
{
    RecordArray array;
    const QJsonObject &json = result.json();
    const QJsonValue countValue = valueOf(json, keys.count);
    if (isAbsent(countValue)) {
        array.error = ResultError::MissingField;
        return array;
    }
    const auto count = json::integer(countValue);
    if (!count || *count < 0 || *count > std::numeric_limits<int>::max()) {
        array.error = ResultError::InvalidField;
        return array;
    }
    // Zero-count results may leave out the array key, the record size and the binary (§2.1).
    array.count = int(*count);
    if (array.count == 0)
        return array;
    if (libraryRecordSize == 0) {
        array.error = ResultError::UnknownLibrary;
        return array;
    }

    const QJsonValue sizeValue = valueOf(json, keys.recordSize);
    if (isAbsent(sizeValue)) {
        array.error = ResultError::MissingField;
        return array;
    }
    const auto recordSize = json::integer(sizeValue);
    if (!recordSize) {
        array.error = ResultError::InvalidField;
        return array;
    }
    if (libraryRecordSize == AnyRecordSize) {
        if (*recordSize < MinAdminLogRecordSize || *recordSize > MaxAdminLogRecordSize) {
            array.error = ResultError::InvalidField;
            return array;
        }
    } else if (*recordSize != libraryRecordSize) {
        array.error = ResultError::RecordSizeMismatch;
        return array;
    }
    array.recordSize = int(*recordSize);

    // Fingerspot's documentation shows the result without the array key: the records are then
    // the first binary.
    const QJsonValue reference = valueOf(json, keys.array);
    bool found = false;
    array.data = isAbsent(reference) ? result.binaryFor(BsCommFrame::binaryReference(1), &found)
                                     : result.binaryFor(reference, &found);
    if (!found)
        array.error = ResultError::MissingBinary;
    return array;
}

template <typename Error>
ResultError fromCodecError(Error error)
{
    switch (error) {
    case Error::None: return ResultError::None;
    case Error::UnknownLibrary: return ResultError::UnknownLibrary;
    case Error::RecordSizeMismatch: return ResultError::RecordSizeMismatch;
    case Error::Truncated: return ResultError::Truncated;
    }
    return ResultError::None;
}

// BsCommFrame::decode reads only the binaries the JSON refers to, but a result without its array
// key (Fingerspot, §6) still carries the records after the text. Recovers binaries that follow
// the referenced ones when they fill the rest of the body exactly (up to padding).
QList<QByteArray> unreferencedBinaries(const QByteArray &body, qsizetype offset)
{
    QList<QByteArray> binaries;
    while (body.size() - offset >= 4) {
        const quint32 length = qFromLittleEndian<quint32>(body.constData() + offset);
        if (length > quint64(body.size() - offset - 4))
            break;
        binaries.append(body.mid(offset + 4, length));
        offset += 4 + qsizetype(length);
    }
    for (qsizetype i = offset; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c != '\0' && c != '\n' && c != '\r' && c != ' ')
            return {};
    }
    return binaries;
}

// Decodes a raw result body; on failure returns nullopt and the ResultError to report.
std::optional<BsCommFrame> frameOf(const QByteArray &body, ResultError *error)
{
    BsCommFrame::Decoded decoded = BsCommFrame::decode(body);
    if (decoded.ok()) {
        if (decoded.trailingIsPadding || decoded.missingBinaries > 0)
            return std::move(decoded.frame);
        QList<QByteArray> binaries = decoded.frame.binaries();
        binaries.append(unreferencedBinaries(body, body.size() - decoded.trailingBytes));
        return BsCommFrame(decoded.frame.json(), std::move(binaries));
    }
    // Bare JSON (the dev_model variant, §2.3) reads as a frame whose text length runs past the
    // end; a well-formed frame can start with '{' too (a 123-byte text), but then it decodes.
    const bool bareJson = body.startsWith('{');
    *error = decoded.error == BsCommFrame::DecodeError::Truncated && !bareJson ? ResultError::Truncated
                                                                               : ResultError::NotFramed;
    return std::nullopt;
}

template <typename Result, typename Decode>
Result decodeBody(const QByteArray &body, Decode decode)
{
    Result result;
    const std::optional<BsCommFrame> frame = frameOf(body, &result.error);
    return frame ? decode(*frame) : result;
}

} // namespace

LogDataResult decodeLogDataResult(const BsCommFrame &result, RecordLibrary library)
{
    LogDataResult decoded;
    const RecordArray array = recordArray(result, logKeys, logRecordSize(library));
    if (array.error != ResultError::None || array.count == 0) {
        decoded.error = array.error;
        return decoded;
    }
    DecodedLogRecords records = decodeLogRecords(library, array.data, array.count, array.recordSize);
    decoded.records = std::move(records.records);
    decoded.invalidRecords = records.invalidRecords;
    decoded.error = fromCodecError(records.error);
    return decoded;
}

LogDataResult decodeLogDataResult(const QByteArray &body, RecordLibrary library)
{
    return decodeBody<LogDataResult>(
        body, [library](const BsCommFrame &frame) { return decodeLogDataResult(frame, library); });
}

AdminLogResult decodeAdminLogResult(const BsCommFrame &result, RecordLibrary library)
{
    AdminLogResult decoded;
    const RecordArray array = recordArray(result, logKeys, AnyRecordSize);
    if (array.error != ResultError::None || array.count == 0) {
        decoded.error = array.error;
        return decoded;
    }
    DecodedAdminLogRecords records = decodeAdminLogRecords(library, array.data, array.count, array.recordSize);
    decoded.records = std::move(records.records);
    decoded.invalidRecords = records.invalidRecords;
    switch (records.error) {
    case DecodedAdminLogRecords::Error::None: break;
    case DecodedAdminLogRecords::Error::InvalidRecordSize:
    case DecodedAdminLogRecords::Error::TooManyRecords: decoded.error = ResultError::InvalidField; break;
    case DecodedAdminLogRecords::Error::Truncated: decoded.error = ResultError::Truncated; break;
    }
    return decoded;
}

AdminLogResult decodeAdminLogResult(const QByteArray &body, RecordLibrary library)
{
    return decodeBody<AdminLogResult>(
        body, [library](const BsCommFrame &frame) { return decodeAdminLogResult(frame, library); });
}

UserIdListResult decodeUserIdListResult(const BsCommFrame &result, RecordLibrary library)
{
    UserIdListResult decoded;
    const RecordArray array = recordArray(result, userIdKeys, userIdRecordSize(library));
    if (array.error != ResultError::None || array.count == 0) {
        decoded.error = array.error;
        return decoded;
    }
    DecodedUserIdRecords records = decodeUserIdRecords(library, array.data, array.count, array.recordSize);
    decoded.users = std::move(records.records);
    decoded.invalidRecords = records.invalidRecords;
    decoded.error = fromCodecError(records.error);
    return decoded;
}

UserIdListResult decodeUserIdListResult(const QByteArray &body, RecordLibrary library)
{
    return decodeBody<UserIdListResult>(
        body, [library](const BsCommFrame &frame) { return decodeUserIdListResult(frame, library); });
}

EnrollDataResult decodeEnrollDataResult(const BsCommFrame &result)
{
    EnrollDataResult decoded;
    const QJsonValue reference = valueOf(result.json(), ResultKey::EnrollData);
    if (isAbsent(reference) && result.binaries().isEmpty()) {
        decoded.error = ResultError::MissingField;
        return decoded;
    }
    // As with the record arrays, a lone binary without its key is the data.
    bool found = false;
    decoded.data = isAbsent(reference) ? result.binaryFor(BsCommFrame::binaryReference(1), &found)
                                       : result.binaryFor(reference, &found);
    if (!found)
        decoded.error = ResultError::MissingBinary;
    return decoded;
}

EnrollDataResult decodeEnrollDataResult(const QByteArray &body)
{
    return decodeBody<EnrollDataResult>(body, [](const BsCommFrame &frame) { return decodeEnrollDataResult(frame); });
}

DeviceStatus decodeDeviceStatusResult(const BsCommFrame &result)
{
    DeviceStatus status;
    const QJsonObject &json = result.json();
    const std::pair<const char *, qint64 *> counters[] = {
        {ResultKey::TotalUserCount, &status.totalUserCount}, {ResultKey::UserCount, &status.userCount},
        {ResultKey::ManagerCount, &status.managerCount},     {ResultKey::FpCount, &status.fpCount},
        {ResultKey::FaceCount, &status.faceCount},           {ResultKey::PasswordCount, &status.passwordCount},
        {ResultKey::IdcardCount, &status.idcardCount},       {ResultKey::TotalLogCount, &status.totalLogCount},
    };
    bool anyPresent = false;
    for (const auto &[key, counter] : counters) {
        const QJsonValue value = valueOf(json, key);
        anyPresent = anyPresent || !isAbsent(value);
        if (const auto number = json::integer(value); number && *number >= 0)
            *counter = *number;
    }
    status.rawJson = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (!anyPresent)
        status.error = ResultError::MissingField;
    return status;
}

DeviceStatus decodeDeviceStatusResult(const QByteArray &body)
{
    return decodeBody<DeviceStatus>(body, [](const BsCommFrame &frame) { return decodeDeviceStatusResult(frame); });
}

} // namespace punchclock::protocol
