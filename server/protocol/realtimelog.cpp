#include "realtimelog.h"

#include "identifiers.h"
#include "jsonfields.h"
#include "walltime.h"

namespace punchclock::protocol {

namespace {

RealtimeLog refused(ResponseCode code)
{
    RealtimeLog log;
    log.error = code;
    return log;
}

} // namespace

RealtimeLog RealtimeLog::parse(const BsCommFrame &frame, RecordLibrary fallbackLibrary)
{
    const QJsonObject &body = frame.json();
    if (body.isEmpty())
        return refused(ResponseCode::ErrorInvalidLog);

    RealtimeLog log;
    log.library = fallbackLibrary;
    const QJsonValue libraryValue = body.value(QLatin1String("fk_bin_data_lib"));
    if (!libraryValue.isUndefined() && !libraryValue.isNull()) {
        log.library = recordLibraryFromName(libraryValue.toString());
        if (log.library == RecordLibrary::Unknown)
            return refused(ResponseCode::ErrorInvalidLibName);
    }

    LogRecord &record = log.record;
    record.userId = json::text(body.value(QLatin1String("user_id")));
    if (!isValidUserId(record.userId))
        return refused(ResponseCode::ErrorInvalidUserId);

    record.ioTime = walltime::fromProtocol(body.value(QLatin1String("io_time")).toString());
    if (!record.ioTime.isValid())
        return refused(ResponseCode::ErrorInvalidIoTime);

    const QJsonValue ioModeValue = body.value(QLatin1String("io_mode"));
    const auto ioMode = json::integer(ioModeValue);
    if (!ioModeValue.isUndefined() && !ioModeValue.isNull() && (!ioMode || *ioMode < 0))
        return refused(ResponseCode::ErrorInvalidLog);
    record.ioMode = decodeIoMode(log.library, quint32(ioMode.value_or(0)));

    record.verifyMethods =
        verifyMethodsFromJson(log.library, body.value(QLatin1String("verify_mode")), &record.verifyModeRaw);
    record.workCode = int(json::integerOr(body.value(QLatin1String("work_code")), 0));
    record.photo = frame.binaryFor(body.value(QLatin1String("log_image")));
    return log;
}

QByteArray RealtimeLog::encode(RecordLibrary library, const LogRecord &record)
{
    QJsonObject body{
        {QStringLiteral("fk_bin_data_lib"), recordLibraryName(library)},
        {QStringLiteral("io_mode"), qint64(record.ioMode.raw)},
        {QStringLiteral("io_time"), walltime::toProtocol(record.ioTime)},
        {QStringLiteral("log_image"), QJsonValue::Null},
        {QStringLiteral("user_id"), record.userId},
        {QStringLiteral("verify_mode"), qint64(record.verifyModeRaw)},
    };
    BsCommFrame frame;
    if (!record.photo.isEmpty())
        body.insert(QStringLiteral("log_image"), frame.addBinary(record.photo));
    return BsCommFrame(body, frame.binaries()).encode(BsCommFrame::TextTail::NewlineAndNul);
}

} // namespace punchclock::protocol
