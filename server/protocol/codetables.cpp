#include "codetables.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace punchclock::protocol {

namespace {

using M = VerifyMethod;

constexpr std::array<std::pair<VerifyMethod, const char *>, 8> methodNames{{
    {M::Fingerprint, "FP"},
    {M::Password, "PASSWORD"},
    {M::Card, "IDCARD"},
    {M::Face, "FACE"},
    {M::Vein, "VEIN"},
    {M::Iris, "IRIS"},
    {M::Palm, "PALM"},
    {M::JobNumber, "JOBNUMBER"},
}};

// Small codes of HS100/HS101/HS104/HS200 (protocol.md §9.2).
QList<VerifyMethod> smallCodeMethods(quint32 code)
{
    switch (code) {
    case 1: return {M::Fingerprint};
    case 2: return {M::Password};
    case 3: return {M::Card};
    case 4: return {M::Fingerprint, M::Password};
    case 5: return {M::Fingerprint, M::Card};
    case 6: return {M::Password, M::Fingerprint};
    case 7: return {M::Card, M::Fingerprint};
    case 8: return {M::JobNumber};
    case 9: return {M::Card, M::Password};
    case 0x89: return {M::Password, M::Card};
    case 20: return {M::Face};
    case 21: return {M::Face, M::Card};
    case 22: return {M::Face, M::Password};
    case 23: return {M::Card, M::Face};
    case 24: return {M::Password, M::Face};
    case 40: return {M::Palm};
    default: return {};
    }
}

// HS102/HS103/HS105: 4-bit nibbles from the most significant one down, ending at the first 0.
QList<VerifyMethod> nibbleMethods(quint32 code)
{
    static constexpr std::array<VerifyMethod, 7> byNibble{M::Fingerprint, M::Password, M::Card, M::Face,
                                                          M::Vein,        M::Iris,     M::Palm};
    QList<VerifyMethod> methods;
    for (int shift = 28; shift >= 0; shift -= 4) {
        const quint32 nibble = (code >> shift) & 0xfu;
        if (nibble == 0)
            break;
        if (nibble > byNibble.size())
            return {};
        methods.append(byNibble[nibble - 1]);
    }
    return methods;
}

bool usesNibbleCodes(RecordLibrary library, quint32 code)
{
    switch (library) {
    case RecordLibrary::HS102:
    case RecordLibrary::HS103:
    case RecordLibrary::HS105:
        return true;
    case RecordLibrary::Unknown:
        return code > 0xffffffu;
    default:
        return false;
    }
}

QList<VerifyMethod> methodsFromString(RecordLibrary library, const QString &text, quint32 *rawCode)
{
    bool isNumber = false;
    const quint32 code = text.trimmed().toUInt(&isNumber);
    if (isNumber) {
        if (rawCode)
            *rawCode = code;
        return verifyMethodsFromCode(library, code);
    }
    return verifyMethodsFromText(text);
}

} // namespace

QString verifyMethodName(VerifyMethod method)
{
    for (const auto &[value, name] : methodNames) {
        if (value == method)
            return QLatin1String(name);
    }
    return {};
}

bool verifyMethodFromName(const QString &name, VerifyMethod *method)
{
    const QString trimmed = name.trimmed();
    for (const auto &[value, text] : methodNames) {
        if (trimmed.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            *method = value;
            return true;
        }
    }
    if (trimmed.compare(QLatin1String("CARD"), Qt::CaseInsensitive) == 0) {
        *method = M::Card;
        return true;
    }
    return false;
}

QList<VerifyMethod> verifyMethodsFromCode(RecordLibrary library, quint32 code)
{
    return usesNibbleCodes(library, code) ? nibbleMethods(code) : smallCodeMethods(code);
}

QList<VerifyMethod> verifyMethodsFromJson(RecordLibrary library, const QJsonValue &value,
                                          quint32 *rawCode)
{
    if (rawCode)
        *rawCode = 0;
    if (const auto number = json::integer(value); number && value.isDouble()) {
        if (rawCode)
            *rawCode = quint32(*number);
        return verifyMethodsFromCode(library, quint32(*number));
    }
    if (value.isString())
        return methodsFromString(library, value.toString(), rawCode);
    if (value.isArray()) {
        QList<VerifyMethod> methods;
        for (const QJsonValue &item : value.toArray()) {
            quint32 itemCode = 0;
            const QList<VerifyMethod> part = item.isString()
                ? methodsFromString(library, item.toString(), &itemCode)
                : verifyMethodsFromCode(library, quint32(json::integerOr(item, 0)));
            if (item.isDouble())
                itemCode = quint32(json::integerOr(item, 0));
            if (rawCode && *rawCode == 0)
                *rawCode = itemCode;
            methods.append(part);
        }
        return methods;
    }
    return {};
}

QString verifyMethodsText(const QList<VerifyMethod> &methods)
{
    QStringList names;
    for (VerifyMethod method : methods)
        names.append(verifyMethodName(method));
    return names.join(QLatin1Char('+'));
}

QList<VerifyMethod> verifyMethodsFromText(const QString &text)
{
    QList<VerifyMethod> methods;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[+,| ]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        VerifyMethod method;
        if (!verifyMethodFromName(part, &method))
            return {};
        methods.append(method);
    }
    return methods;
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::In: return QStringLiteral("in");
    case Direction::Out: return QStringLiteral("out");
    case Direction::Unknown: break;
    }
    return {};
}

Direction directionFromName(const QString &name)
{
    if (name.compare(QLatin1String("in"), Qt::CaseInsensitive) == 0)
        return Direction::In;
    if (name.compare(QLatin1String("out"), Qt::CaseInsensitive) == 0)
        return Direction::Out;
    return Direction::Unknown;
}

IoMode decodeIoMode(RecordLibrary library, quint32 raw)
{
    IoMode io;
    io.raw = raw;
    switch (library) {
    case RecordLibrary::HS100:
    case RecordLibrary::HS200:
        // A single InOut bit: 1 in, 0 out. Expressed as the common modes 1 (IN) / 2 (OUT).
        io.mode = (raw & 1u) ? 1 : 2;
        break;
    case RecordLibrary::HS102:
    case RecordLibrary::HS103:
        io.mode = int((raw >> 24) & 0xfu);
        io.doorMode = int(raw & 0xffffffu);
        break;
    case RecordLibrary::HS105:
        io.mode = int(raw >> 24);
        io.doorMode = int(raw & 0xffffffu);
        break;
    case RecordLibrary::Unknown:
        return decodeIoMode(raw > 0xffffffu ? RecordLibrary::HS103 : RecordLibrary::HS101, raw);
    case RecordLibrary::HS101:
    case RecordLibrary::HS104:
        io.mode = int(raw);
        break;
    }
    // Modes come in pairs: odd = in (IN, LUNCH IN, OT IN, TEA IN, PRAY IN), even = out.
    if (io.mode >= 1 && io.mode <= 10)
        io.direction = (io.mode % 2) ? Direction::In : Direction::Out;
    return io;
}

QString ioModeName(int mode)
{
    static const std::array<const char *, 10> names{"IN",     "OUT",     "LUNCH_IN", "LUNCH_OUT", "OT_IN",
                                                    "OT_OUT", "TEA_IN", "TEA_OUT",  "PRAY_IN",   "PRAY_OUT"};
    if (mode >= 1 && mode <= 10)
        return QLatin1String(names[size_t(mode - 1)]);
    return QString::number(mode);
}

CredentialKind credentialKind(int backupNumber)
{
    if (backupNumber >= 0 && backupNumber <= 9)
        return CredentialKind::Fingerprint;
    switch (backupNumber) {
    case 10: return CredentialKind::Password;
    case 11: return CredentialKind::Card;
    case 12: return CredentialKind::Face;
    case 13:
    case 14: return CredentialKind::Palm;
    case 15: return CredentialKind::Photo;
    case 20: return CredentialKind::Vein;
    default: return CredentialKind::Invalid;
    }
}

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Fingerprint: return QStringLiteral("finger");
    case CredentialKind::Password: return QStringLiteral("password");
    case CredentialKind::Card: return QStringLiteral("card");
    case CredentialKind::Face: return QStringLiteral("face");
    case CredentialKind::Palm: return QStringLiteral("palm");
    case CredentialKind::Photo: return QStringLiteral("photo");
    case CredentialKind::Vein: return QStringLiteral("vein");
    case CredentialKind::Invalid: break;
    }
    return {};
}

Privilege privilegeFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("USER"))
        return Privilege::User;
    if (upper == QLatin1String("MANAGER"))
        return Privilege::Manager;
    if (upper == QLatin1String("REGISTER"))
        return Privilege::Register;
    if (upper == QLatin1String("OPERATOR"))
        return Privilege::Operator;
    return Privilege::Unknown;
}

QString privilegeName(Privilege privilege)
{
    switch (privilege) {
    case Privilege::User: return QStringLiteral("USER");
    case Privilege::Manager: return QStringLiteral("MANAGER");
    case Privilege::Register: return QStringLiteral("REGISTER");
    case Privilege::Operator: return QStringLiteral("OPERATOR");
    case Privilege::Unknown: break;
    }
    return {};
}

Privilege privilegeFromRecordByte(int value)
{
    switch (value) {
    case 0: return Privilege::User;
    case 1: return Privilege::Manager;
    default: return Privilege::Unknown;
    }
}

CredentialFlags CredentialFlags::fromBits(quint16 bits)
{
    CredentialFlags flags;
    flags.password = bits & 0x1u;
    flags.card = bits & 0x2u;
    flags.face = bits & 0x4u;
    flags.fingers = (bits >> 3) & 0xfu;
    flags.veins = (bits >> 7) & 0x3fu;
    flags.palms = (bits >> 13) & 0x3u;
    return flags;
}

quint16 CredentialFlags::toBits() const
{
    return quint16((password ? 0x1u : 0u) | (card ? 0x2u : 0u) | (face ? 0x4u : 0u)
                   | (quint32(fingers) & 0xfu) << 3 | (quint32(veins) & 0x3fu) << 7
                   | (quint32(palms) & 0x3u) << 13);
}

} // namespace punchclock::protocol
