#pragma once

#include "codetables.h"
#include "recordlibrary.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace punchclock::simulator {

// What a terminal of one record library announces in its polls and how big its templates are
// (protocol.md §4.2, §10). The firmware strings are those of real terminals, so the server sees
// nothing that a real device would not send.
struct TerminalModel
{
    protocol::RecordLibrary library = protocol::RecordLibrary::Unknown;
    QString firmware;
    QString firmwareFilename;
    int fpDataVersion = 0;
    int faceDataVersion = 0;
    QStringList supportedEnrollData;
    int fingerTemplateSize = 0;
    int faceTemplateSize = 0; // 0: no face reader

    bool hasFace() const { return faceTemplateSize > 0; }

    // The raw io_mode a terminal of this library writes for mode 1 (IN), 2 (OUT), … (§9.3).
    quint32 ioModeCode(int mode) const;
    // The raw verify_mode for a single method (§9.2).
    quint32 verifyCode(protocol::VerifyMethod method) const;

    // HS101 (small codes, u32 user ids) and HS103 (bit-field codes, text user ids); nullopt for
    // libraries the simulator does not model.
    static std::optional<TerminalModel> forLibrary(protocol::RecordLibrary library);
};

} // namespace punchclock::simulator
