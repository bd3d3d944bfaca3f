#include "templatecompatibility.h"

#include "codetables.h"

namespace punchclock::engine {

using protocol::CredentialKind;

namespace {

bool isTemplate(CredentialKind kind)
{
    return kind == CredentialKind::Fingerprint || kind == CredentialKind::Face || kind == CredentialKind::Palm
        || kind == CredentialKind::Vein;
}

QString kindWord(CredentialKind kind)
{
    return kind == CredentialKind::Fingerprint ? QStringLiteral("fingerprint") : protocol::credentialKindName(kind);
}

QString originText(const TemplateOrigin &origin)
{
    if (origin.devId.isEmpty())
        return QStringLiteral("given by an operator");
    return QStringLiteral("from ") + (origin.name.isEmpty() ? origin.devId : origin.name);
}

// The supported_enroll_data entry a terminal with this reader announces; empty where not known.
QString readerName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Fingerprint: return QStringLiteral("FP");
    case CredentialKind::Face: return QStringLiteral("FACE");
    default: return {};
    }
}

} // namespace

qsizetype TemplateTerminal::sizeFor(int backupNumber) const
{
    switch (protocol::credentialKind(backupNumber)) {
    case CredentialKind::Fingerprint: return fingerSize;
    case CredentialKind::Face: return faceSize;
    default: return 0;
    }
}

int TemplateTerminal::versionFor(int backupNumber) const
{
    switch (protocol::credentialKind(backupNumber)) {
    case CredentialKind::Fingerprint: return fpDataVersion;
    case CredentialKind::Face: return faceDataVersion;
    case CredentialKind::Palm:
    case CredentialKind::Vein: return pvDataVersion;
    default: return 0;
    }
}

TemplateVerdict judgeTemplate(int backupNumber, const TemplateOrigin &origin, const TemplateTerminal &target)
{
    const CredentialKind kind = protocol::credentialKind(backupNumber);
    // A template going back to the terminal it came from is in that terminal's format.
    if (!isTemplate(kind) || (!origin.devId.isEmpty() && origin.devId == target.devId))
        return {};
    const QString word = kindWord(kind);
    const QString targetName = target.name.isEmpty() ? target.devId : target.name;
    const QString reader = readerName(kind);
    if (!reader.isEmpty() && !target.supportedEnrollData.isEmpty()
        && !target.supportedEnrollData.contains(reader, Qt::CaseInsensitive)) {
        return {TemplateVerdict::Kind::Refuse, QStringLiteral("%1 template %2 cannot be used by %3 (no %1 reader)")
                                                   .arg(word, originText(origin), targetName)};
    }
    const int targetVersion = target.versionFor(backupNumber);
    if (targetVersion == 0) {
        return {TemplateVerdict::Kind::Unknown,
                QStringLiteral("%1 template (%2 bytes, %3) sent to %4 as it is: %4 has not said which %1 template "
                               "version it uses")
                    .arg(word)
                    .arg(origin.size)
                    .arg(originText(origin), targetName)};
    }
    if (origin.dataVersion == 0) {
        return {TemplateVerdict::Kind::Unknown,
                QStringLiteral("%1 template of unknown version (%2 bytes, %3) sent to %4 (%1 %5) as it is; check "
                               "that it verifies there")
                    .arg(word)
                    .arg(origin.size)
                    .arg(originText(origin), targetName)
                    .arg(targetVersion)};
    }
    const qsizetype targetSize = target.sizeFor(backupNumber);
    const bool otherLibrary = !origin.recordLibrary.isEmpty() && !target.recordLibrary.isEmpty()
        && origin.recordLibrary.compare(target.recordLibrary, Qt::CaseInsensitive) != 0;
    if (origin.dataVersion == targetVersion && otherLibrary && targetSize > 0 && targetSize != origin.size) {
        return {TemplateVerdict::Kind::Refuse,
                QStringLiteral("%1 template %2 of %3 bytes %4 cannot be used by %5 (%1 %2 of %6 bytes); enroll the "
                               "%1 at %5")
                    .arg(word)
                    .arg(origin.dataVersion)
                    .arg(origin.size)
                    .arg(originText(origin), targetName)
                    .arg(targetSize)};
    }
    if (origin.dataVersion == targetVersion)
        return {};
    return {TemplateVerdict::Kind::Refuse,
            QStringLiteral("%1 template %2 %3 cannot be used by %4 (%1 %5); enroll the %1 at %4")
                .arg(word)
                .arg(origin.dataVersion)
                .arg(originText(origin), targetName)
                .arg(targetVersion)};
}

} // namespace punchclock::engine
