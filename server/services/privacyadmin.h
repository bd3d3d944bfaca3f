#pragma once

#include "actor.h"
#include "outcome.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace punchclock::services {

// Why a privacy call refused (Outcome::refused): `subject` names the file, `detail` says why.
enum class PrivacyError {
    None,
    FileExists,  // an export would replace a file: nothing was written
    CannotWrite, // the folder or a file could not be written: nothing was left behind
};

// Biometric data the store still holds of an inactive user, and when retention removes it.
struct BiometricHolding
{
    QString userId;
    QString name;
    QDateTime inactiveSince;  // UTC: disabled, or on no terminal, since then
    QDateTime purgeAt;        // UTC: inactiveSince plus the retention
    QList<int> backupNumbers; // the biometric templates; cards and passwords are not among them
    bool photo = false;
    int punchPhotos = 0; // faces terminals photographed at their punches
};

struct PurgeResult
{
    Outcome outcome;
    QList<BiometricHolding> purged;
};

struct ErasureResult
{
    Outcome outcome;
    QList<int> backupNumbers; // every credential removed
    bool photo = false;
    int punchPhotos = 0;
    QStringList terminals; // holding the user at the erasure
    QList<qint64> jobIds;  // DELETE_USER, one per terminal, when asked for
};

struct ExportResult
{
    Outcome outcome;
    QString folder;    // absolute
    QStringList files; // written there
};

// Employees' personal data as data protection asks it to be kept: biometrics of people who have
// left go after a retention, a person can be erased, and everything about them exported. Erasure
// and the purge need Permission::ErasePersonalData, the export ExportPersonalData. Each is in the
// audit trail with what it touched, never with a template, a photo, a card or a password.
class PrivacyAdmin
{
public:
    // Days a disabled user, or one on no terminal, keeps their biometrics; 0 or absent: for ever.
    static constexpr char RetentionDaysKey[] = "privacy.biometric_retention_days";
    // Ten years: more is a typo, and longer than any reason data protection would accept.
    static constexpr int MaxRetentionDays = 3650;

    explicit PrivacyAdmin(QSqlDatabase db);

    // Fingers, face, palms, vein: every backup number but the password (10) and the card (11),
    // which identify without being part of the body.
    static bool isBiometric(int backupNumber);

    int retentionDays() const;
    // The same from the setting's stored text, for a caller that read it already.
    static int retentionDaysFrom(const QString &stored);
    // Whose biometrics retention removes by nowUtc plus daysAhead, the first due first; none
    // while retention is off. For the Dashboard's notice and `privacy purge --dry-run`.
    QList<BiometricHolding> purgeCandidates(const QDateTime &nowUtc, int daysAhead = 0) const;
    // Removes what is due at nowUtc, each user's in one audit record ("person.purge_biometrics").
    // The daily run acts as Actor::system("biometric retention").
    PurgeResult purgeExpired(const Actor &actor, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // Removes templates, photo, card, password and the photos taken at their punches, and disables
    // the user; keeps their id, name, department, punches and corrections, which pay was
    // calculated from. With fromTerminals,
    // DELETE_USER is queued for every terminal holding them, in the same transaction.
    ErasureResult erasePerson(const Actor &actor, const QString &userId, bool fromTerminals);

    // Writes everything the store holds about the user into `folder` (made if missing):
    // person-<id>.json, their photo as photo-<id>.<format> and each punch photo as
    // punch-<punch id>.<format>, each readable by the owner alone. Refuses, writing nothing, when
    // one of these files exists.
    ExportResult exportPerson(const Actor &actor, const QString &userId, const QString &folder);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
