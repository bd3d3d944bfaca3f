#include "correctiontexts.h"

#include "reportcellformat.h"

namespace punchclock::ui {

QString CorrectionTexts::direction(const QString &direction)
{
    if (direction == QLatin1String("in"))
        return tr("In");
    if (direction == QLatin1String("out"))
        return tr("Out");
    return tr("Not recorded");
}

QString CorrectionTexts::kind(storage::CorrectionKind kind)
{
    switch (kind) {
    case storage::CorrectionKind::Add: return tr("Added");
    case storage::CorrectionKind::Void: return tr("Voided");
    case storage::CorrectionKind::Move: return tr("Moved");
    case storage::CorrectionKind::Revoke: return tr("Revoked");
    }
    return {};
}

QString CorrectionTexts::moment(const QDateTime &wallTime, const QString &direction)
{
    if (!wallTime.isValid())
        return {};
    //: A punch in the corrections log: time and direction
    return tr("%1 %2").arg(ReportCellFormat::dateTime(wallTime), CorrectionTexts::direction(direction));
}

QString CorrectionTexts::inForce(const storage::CorrectionRow &correction)
{
    // changedAt is this PC's clock in UTC, unlike the punches' wall times.
    const QString when = ReportCellFormat::dateTime(correction.changedAt.toLocalTime());
    switch (correction.kind) {
    case storage::CorrectionKind::Add:
        //: %1 who, %2 when, %3 the reason
        return tr("Added by %1 on %2: %3").arg(correction.changedBy, when, correction.reason);
    case storage::CorrectionKind::Void:
        return tr("Voided by %1 on %2: %3").arg(correction.changedBy, when, correction.reason);
    case storage::CorrectionKind::Move:
        //: %1 the punch before (time and direction), %2 who, %3 when, %4 the reason
        return tr("Moved from %1 by %2 on %3: %4")
            .arg(moment(correction.previousTime, correction.previousDirection), correction.changedBy, when,
                 correction.reason);
    case storage::CorrectionKind::Revoke: break;
    }
    return {};
}

} // namespace punchclock::ui
