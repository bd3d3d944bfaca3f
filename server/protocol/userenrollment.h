#pragma once

#include "bscommframe.h"
#include "codetables.h"
#include "digitcredential.h"
#include "protocolcodes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace punchclock::protocol {

struct Credential
{
    int backupNumber = 0;
    QByteArray data;
};

// A user with photo and credentials, as realtime_enroll_data, GET_USER_INFO and SET_USER_INFO
// carry it (protocol.md §4.5, §6).
struct UserEnrollment
{
    QString userId;
    QString name;
    QString privilegeName; // verbatim; see privilegeFromName()
    QByteArray photo;
    QList<Credential> credentials;
    bool enabled = true;
    // How the terminal wrote passwords and cards; parse() keeps the digits alone.
    std::optional<DigitForm> digitForm;
    ResponseCode error = ResponseCode::Ok;

    bool ok() const { return error == ResponseCode::Ok; }

    static UserEnrollment parse(const BsCommFrame &frame);
    BsCommFrame toFrame() const;
};

} // namespace punchclock::protocol
