#pragma once

#include "payrollprofile.h"

#include "settingsrepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace punchclock::engine::reports {

// The payroll profiles of the site: the shipped ones, then those saved in the settings table
// under SettingsKey (a JSON array of PayrollProfile::toJson objects). This is the one place
// that reads and checks that value: a saved profile that cannot be used is left out and named
// in broken(), and a value that is no such array at all leaves only the shipped profiles, with
// storedProblem() saying why, so that a hand-edited row never stops an export.
class PayrollProfileList
{
public:
    static constexpr char SettingsKey[] = "payroll.profiles";

    // A saved entry left out, with its name as far as it could be read.
    struct Broken
    {
        QString name;
        PayrollProfileProblem problem;
    };

    static PayrollProfileList read(const storage::SettingsRepository &settings);
    // From the stored text (empty: nothing saved).
    static PayrollProfileList fromStored(const QString &stored);

    // Shipped first, then the saved ones by name.
    const QList<PayrollProfile> &profiles() const { return m_profiles; }
    // By name, in any case; nullopt when there is none (or it is broken).
    std::optional<PayrollProfile> find(const QString &name) const;
    const QList<Broken> &broken() const { return m_broken; }
    // InvalidStoredProfiles when the stored value cannot be read at all.
    const PayrollProfileProblem &storedProblem() const { return m_storedProblem; }
    // Why `name` cannot be exported with: UnknownProfile, or the reason it is broken.
    PayrollProfileProblem problemOf(const QString &name) const;

    // The stored text with `profile` in place of the saved entry of its name (any case), or added
    // at the end; the other entries, even broken ones, stay as they are. Nullopt with *problem
    // set when the stored text cannot be read (storedProblem()).
    static std::optional<QString> storedWith(const QString &stored, const PayrollProfile &profile,
                                             PayrollProfileProblem *problem);
    // The stored text without the entries of that name; *removed says whether there was one.
    static std::optional<QString> storedWithout(const QString &stored, const QString &name, bool *removed,
                                                PayrollProfileProblem *problem);

private:
    QList<PayrollProfile> m_profiles;
    QList<Broken> m_broken;
    PayrollProfileProblem m_storedProblem;
};

} // namespace punchclock::engine::reports
