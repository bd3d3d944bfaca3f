#pragma once

#include "bscommframe.h"
#include "recordlibrary.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace punchclock::protocol {

// What a terminal tells about itself in every receive_cmd body (protocol.md §4.2).
struct PollInfo
{
    QString name;
    QDateTime clock; // fk_time, zone-less wall clock; invalid when absent or malformed
    QString firmware;
    QString firmwareFilename;
    QString libraryName;
    RecordLibrary library = RecordLibrary::Unknown;
    int fpDataVersion = 0;
    int faceDataVersion = 0;
    int pvDataVersion = 0;
    QStringList supportedEnrollData;
    QByteArray rawInfo; // fk_info as compact JSON, kept verbatim

    static PollInfo parse(const BsCommFrame &frame);
    QByteArray encode() const; // as a terminal writes it
};

} // namespace punchclock::protocol
