#pragma once

#include <QString>

#include <optional>

namespace punchclock::storage {

// A terminal's standing: pending terminals are heard (punches stored, flagged) but sent no
// command; blocked ones are refused outright.
enum class Approval {
    Pending,
    Approved,
    Blocked,
};

inline QString approvalName(Approval approval)
{
    switch (approval) {
    case Approval::Pending: return QStringLiteral("pending");
    case Approval::Approved: return QStringLiteral("approved");
    case Approval::Blocked: return QStringLiteral("blocked");
    }
    return {};
}

inline std::optional<Approval> approvalFromName(const QString &name)
{
    for (Approval approval : {Approval::Pending, Approval::Approved, Approval::Blocked}) {
        if (name == approvalName(approval))
            return approval;
    }
    return std::nullopt;
}

} // namespace punchclock::storage
