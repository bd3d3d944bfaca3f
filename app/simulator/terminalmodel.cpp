#include "terminalmodel.h"

namespace punchclock::simulator {

using protocol::RecordLibrary;
using protocol::VerifyMethod;

quint32 TerminalModel::ioModeCode(int mode) const
{
    // HS102/HS103 keep the attendance mode in the low nibble of the top byte (16777216 = IN).
    if (library == RecordLibrary::HS103)
        return quint32(mode) << 24;
    return quint32(mode);
}

quint32 TerminalModel::verifyCode(VerifyMethod method) const
{
    if (library == RecordLibrary::HS103) {
        // One nibble per method from the top: 0x10000000 FP, 0x20000000 password, …
        switch (method) {
        case VerifyMethod::Fingerprint: return 0x10000000u;
        case VerifyMethod::Password: return 0x20000000u;
        case VerifyMethod::Card: return 0x30000000u;
        case VerifyMethod::Face: return 0x40000000u;
        default: return 0x10000000u;
        }
    }
    switch (method) {
    case VerifyMethod::Fingerprint: return 1;
    case VerifyMethod::Password: return 2;
    case VerifyMethod::Card: return 3;
    case VerifyMethod::Face: return 20;
    default: return 1;
    }
}

std::optional<TerminalModel> TerminalModel::forLibrary(RecordLibrary library)
{
    TerminalModel model;
    model.library = library;
    switch (library) {
    case RecordLibrary::HS101:
        // The HS101 terminal of the S4 capture: 1,184-byte finger templates, no face reader.
        model.firmware = QStringLiteral("ZFKL101HS100 V2.69 MG BS2A");
        model.firmwareFilename = QStringLiteral("zfkl101hs100_mg_bs2a_um");
        model.fpDataVersion = 128;
        model.supportedEnrollData = {QStringLiteral("PASSWORD"), QStringLiteral("IDCARD"), QStringLiteral("FP")};
        model.fingerTemplateSize = 1184;
        return model;
    case RecordLibrary::HS103:
        // A Fingerspot face terminal (S3): 800-byte fingers, 20,000-byte faces.
        model.firmware = QStringLiteral("A102D2S2K1Wfs01 v1.14");
        model.firmwareFilename = QStringLiteral("a102d2s2k1wfs01");
        model.fpDataVersion = 128;
        model.faceDataVersion = 528;
        model.supportedEnrollData = {QStringLiteral("PASSWORD"), QStringLiteral("IDCARD"), QStringLiteral("FACE"),
                                     QStringLiteral("FP")};
        model.fingerTemplateSize = 800;
        model.faceTemplateSize = 20000;
        return model;
    default: return std::nullopt;
    }
}

} // namespace punchclock::simulator
