#pragma once

#include <QString>
#include <QStringList>

namespace punchclock::engine {

// A terminal as far as template formats go: the versions its fk_info announces (protocol.md §4.2).
struct TemplateTerminal
{
    QString devId;
    QString name; // as the operator knows it; the dev_id when it has none
    int fpDataVersion = 0; // 0: not announced yet
    int faceDataVersion = 0;
    int pvDataVersion = 0;
    QString recordLibrary;
    QStringList supportedEnrollData; // "FP", "FACE", …; empty: not announced
    // The size of the templates it reported itself, by kind; 0: none reported.
    qsizetype fingerSize = 0;
    qsizetype faceSize = 0;

    // The version of the template kind of `backupNumber`; 0 when not known or not a template.
    int versionFor(int backupNumber) const;
    qsizetype sizeFor(int backupNumber) const;
};

// Where a stored template came from (credentials.source_*).
struct TemplateOrigin
{
    QString devId; // empty: given by an operator
    QString name;
    int dataVersion = 0; // 0: not known
    QString recordLibrary;
    qsizetype size = 0;
};

struct TemplateVerdict
{
    enum class Kind {
        Send,    // not a template, or one the target can use
        Refuse,  // of another template version than the target's
        Unknown, // a version is not known: sent as it is, and said
    };

    Kind kind = Kind::Send;
    QString message; // empty for Send

    bool sent() const { return kind != Kind::Refuse; }
};

// Whether a credential may go to `target` (SET_USER_INFO, SET_ENROLL_DATA). Templates of one
// format version are not usable by terminals of another, and Punchclock does not convert them as
// the vendor server does; nor by a terminal without that reader, nor, from another record library,
// when their size differs from the target's own templates of that version (fingerprint 128 is
// 800 bytes on Fingerspot and 1,184 on the HS101 of protocol.md §10). Passwords, cards and photos
// always go.
TemplateVerdict judgeTemplate(int backupNumber, const TemplateOrigin &origin, const TemplateTerminal &target);

} // namespace punchclock::engine
