#include "userenrollment.h"

#include "commandvalidation.h"
#include "identifiers.h"
#include "jsonfields.h"

#include <QJsonArray>

#include <limits>

namespace punchclock::protocol {

namespace {

UserEnrollment refused(ResponseCode code)
{
    UserEnrollment user;
    user.error = code;
    return user;
}

} // namespace

UserEnrollment UserEnrollment::parse(const BsCommFrame &frame)
{
    const QJsonObject &body = frame.json();
    UserEnrollment user;
    user.userId = json::text(body.value(QLatin1String("user_id")));
    if (!isValidUserId(user.userId))
        return refused(ResponseCode::ErrorInvalidUserId);
    user.name = commandvalidation::clampedUserName(json::text(body.value(QLatin1String("user_name"))));
    user.privilegeName = json::text(body.value(QLatin1String("user_privilege")));
    user.enabled = body.value(QLatin1String("enable_flag")).toString(QStringLiteral("ON"))
                       .compare(QLatin1String("OFF"), Qt::CaseInsensitive) != 0;

    const QJsonValue photo = body.value(QLatin1String("user_photo"));
    if (BsCommFrame::binaryIndex(photo) > 0) {
        bool found = false;
        user.photo = frame.binaryFor(photo, &found);
        if (!found)
            return refused(ResponseCode::ErrorInvalidUserData);
    }

    // null (nothing enrolled) and a missing key both mean no credentials.
    for (const QJsonValue &item : body.value(QLatin1String("enroll_data_array")).toArray()) {
        const QJsonObject entry = item.toObject();
        const auto backupNumber = json::integer(entry.value(QLatin1String("backup_number")));
        // Range first: a wrapped 2^32 + 1 would read as finger 1 and be stored as that.
        if (!backupNumber || *backupNumber < 0 || *backupNumber > std::numeric_limits<int>::max()
            || credentialKind(int(*backupNumber)) == CredentialKind::Invalid)
            return refused(ResponseCode::ErrorInvalidUserData);
        bool found = false;
        const QByteArray data = frame.binaryFor(entry.value(QLatin1String("enroll_data")), &found);
        if (!found)
            return refused(ResponseCode::ErrorInvalidUserData);
        user.credentials.append({int(*backupNumber), storedCredentialData(int(*backupNumber), data)});
        if (!user.digitForm)
            user.digitForm = digitFormOf(int(*backupNumber), data);
    }
    return user;
}

BsCommFrame UserEnrollment::toFrame() const
{
    BsCommFrame frame;
    QJsonObject body{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("user_name"), name},
        {QStringLiteral("user_privilege"), privilegeName},
    };
    if (!photo.isEmpty())
        body.insert(QStringLiteral("user_photo"), frame.addBinary(photo));
    QJsonArray enrolled;
    for (const Credential &credential : credentials) {
        enrolled.append(QJsonObject{
            {QStringLiteral("backup_number"), credential.backupNumber},
            {QStringLiteral("enroll_data"), frame.addBinary(credential.data)},
        });
    }
    body.insert(QStringLiteral("enroll_data_array"), enrolled);
    return BsCommFrame(body, frame.binaries());
}

} // namespace punchclock::protocol
