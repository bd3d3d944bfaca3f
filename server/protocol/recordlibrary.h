#pragma once

#include <QString>

namespace punchclock::protocol {

// The record-layout family a terminal announces as fk_bin_data_lib (protocol.md §4.2, §8).
enum class RecordLibrary {
    Unknown,
    HS100,
    HS101,
    HS102,
    HS103,
    HS104,
    HS105,
    HS200,
};

// Accepts "FKDataHS101" in any case ("FKDATAHS101" is seen); Unknown for anything else.
RecordLibrary recordLibraryFromName(const QString &name);
QString recordLibraryName(RecordLibrary library);

int logRecordSize(RecordLibrary library);
int userIdRecordSize(RecordLibrary library);

// True for the layouts whose user id is ASCII text rather than a u32.
bool hasTextUserIds(RecordLibrary library);

} // namespace punchclock::protocol
