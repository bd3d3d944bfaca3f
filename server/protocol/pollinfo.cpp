#include "pollinfo.h"

#include "jsonfields.h"
#include "walltime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace punchclock::protocol {

PollInfo PollInfo::parse(const BsCommFrame &frame)
{
    const QJsonObject &body = frame.json();
    PollInfo poll;
    poll.name = json::text(body.value(QLatin1String("fk_name")));
    poll.clock = walltime::fromProtocol(body.value(QLatin1String("fk_time")).toString());

    const QJsonObject info = body.value(QLatin1String("fk_info")).toObject();
    if (info.isEmpty())
        return poll;
    poll.firmware = json::text(info.value(QLatin1String("firmware")));
    poll.firmwareFilename = json::text(info.value(QLatin1String("firmware_filename")));
    poll.libraryName = json::text(info.value(QLatin1String("fk_bin_data_lib")));
    poll.library = recordLibraryFromName(poll.libraryName);
    poll.fpDataVersion = int(json::integerOr(info.value(QLatin1String("fp_data_ver")), 0));
    poll.faceDataVersion = int(json::integerOr(info.value(QLatin1String("face_data_ver")), 0));
    poll.pvDataVersion = int(json::integerOr(info.value(QLatin1String("pv_data_ver")), 0));
    poll.supportedEnrollData = json::stringList(info.value(QLatin1String("supported_enroll_data")));
    poll.rawInfo = QJsonDocument(info).toJson(QJsonDocument::Compact);
    return poll;
}

QByteArray PollInfo::encode() const
{
    QJsonObject info{
        {QStringLiteral("firmware"), firmware},
        {QStringLiteral("firmware_filename"), firmwareFilename},
        {QStringLiteral("fk_bin_data_lib"), recordLibraryName(library)},
        {QStringLiteral("supported_enroll_data"), QJsonArray::fromStringList(supportedEnrollData)},
    };
    if (fpDataVersion)
        info.insert(QStringLiteral("fp_data_ver"), fpDataVersion);
    if (faceDataVersion)
        info.insert(QStringLiteral("face_data_ver"), faceDataVersion);
    const QJsonObject body{
        {QStringLiteral("fk_info"), info},
        {QStringLiteral("fk_name"), name},
        {QStringLiteral("fk_time"), walltime::toProtocol(clock)},
    };
    return BsCommFrame(body).encode(BsCommFrame::TextTail::NewlineAndNul);
}

} // namespace punchclock::protocol
