#pragma once

#include "actor.h"
#include "outcome.h"

#include "payrollprofile.h"

#include <QSqlDatabase>
#include <QString>

namespace punchclock::services {

// Saving and removing payroll profiles (engine::reports::PayrollProfileList, the settings key
// payroll.profiles): Permission::ChangeSettings, since a profile is what every payroll export of
// the site is written with, and one audit record per change with the profile before and after.
// Exporting with a profile needs only ViewReports, and reads.
//
// Refusals (Outcome::Status::Refused) carry an engine::reports::PayrollProfileError, the
// problem's detail in `subject` and the index of the column concerned in `id` (-1: the profile):
// a profile that cannot be used (PayrollProfile::problem), the name of a shipped profile
// (ShippedName: they can be neither overwritten nor removed), and a stored list that cannot be
// read (InvalidStoredProfiles: nothing is written over what someone may still recover).
// Removing a name no saved profile has is NotFound.
class PayrollProfiles
{
public:
    explicit PayrollProfiles(QSqlDatabase db);

    // Adds the profile, or replaces the saved one of its name (any case).
    Outcome save(const Actor &actor, const engine::reports::PayrollProfile &profile);
    Outcome remove(const Actor &actor, const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
