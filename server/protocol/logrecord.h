#pragma once

#include "codetables.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace punchclock::protocol {

// One attendance log, decoded from a realtime_glog body or a GET_LOG_DATA record.
struct LogRecord
{
    QString userId;
    QDateTime ioTime; // site wall clock, zone-less (see walltime.h)
    quint32 verifyModeRaw = 0;
    QList<VerifyMethod> verifyMethods;
    IoMode ioMode;
    int workCode = 0;
    QByteArray photo; // JPEG from log_image, realtime only
};

} // namespace punchclock::protocol
