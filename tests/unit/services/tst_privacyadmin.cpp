#include "privacyfixture.h"

#include "auditrepository.h"
#include "jobrepository.h"
#include "privacyadmin.h"
#include "servicecall.h"
#include "settingsrepository.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace punchclock;
using namespace privacyfixture;
using services::Outcome;
using services::PrivacyAdmin;

// Biometric retention, erasure and export of one person's data: what goes, what stays for pay,
// what the trail keeps of it (never the data), and who may.
class tst_PrivacyAdmin : public QObject
{
    Q_OBJECT

private:
    TestDatabases m_databases;
    const services::Actor m_admin = operatorWith(services::Role::Administrator);

    QSqlDatabase db() const { return m_databases.db(); }

    QList<int> storedBackupNumbers(const QString &userId) const
    {
        QList<int> numbers;
        for (const storage::CredentialInfo &credential : storage::UserRepository(db()).credentials(userId))
            numbers << credential.backupNumber;
        return numbers;
    }

    QList<storage::AuditEntry> records(const QString &action) const
    {
        storage::AuditFilter filter;
        filter.action = action;
        return storage::AuditRepository(db()).list(filter);
    }

    // Whether any audit record holds one of the user's templates, their photo, card or password.
    bool trailHoldsData(const QString &userId) const
    {
        for (const storage::AuditEntry &entry : storage::AuditRepository(db()).list({})) {
            const QByteArray text = QJsonDocument(entry.oldValue).toJson() + QJsonDocument(entry.newValue).toJson();
            for (const protocol::Credential &credential : person(userId, {}).credentials) {
                if (text.contains(credential.data) || text.contains(credential.data.toBase64()))
                    return true;
            }
            if (text.contains(photoJpeg.toBase64()))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_databases.open());
        storage::UserRepository users(db());
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("100"), QStringLiteral("Ana Left"))));
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("200"), QStringLiteral("Bo Disabled"))));
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("300"), QStringLiteral("Cy Working"))));
        QVERIFY(users.addMembership(devB, QStringLiteral("300"), QStringLiteral("USER")));
    }

    void cleanup() { m_databases.close(); }

    void retentionPurgesBiometricsOfThoseInactiveLongEnough()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        storage::UserRepository users(db());
        QVERIFY(users.removeMembership(devA, QStringLiteral("100")));
        QVERIFY(setInactiveSince(db(), QStringLiteral("100"), now.addDays(-40)));
        QVERIFY(users.setEnabled(QStringLiteral("200"), false));
        QVERIFY(setInactiveSince(db(), QStringLiteral("200"), now.addDays(-25)));
        // Long gone, with a card and a password only: nothing biometric to purge.
        protocol::UserEnrollment cardOnly = person(QStringLiteral("400"), QStringLiteral("Di Card"));
        cardOnly.photo.clear();
        cardOnly.credentials = {{10, "1234"}, {11, "0012345678"}};
        QVERIFY(users.replaceUser(cardOnly));
        QVERIFY(setInactiveSince(db(), QStringLiteral("400"), now.addDays(-400)));
        // Faces photographed at punches go with the templates; the punches stay. Another's stays too.
        const qint64 photographed =
            punch(db(), QStringLiteral("100"), devA, QStringLiteral("2026-03-02 08:01:00"), QStringLiteral("in"));
        const qint64 othersPhoto =
            punch(db(), QStringLiteral("300"), devA, QStringLiteral("2026-03-02 08:02:00"), QStringLiteral("in"));
        for (qint64 id : {photographed, othersPhoto})
            QVERIFY(run(db(), QStringLiteral("INSERT INTO punch_photos (punch_id, image) VALUES (?, ?)"), {id, photoJpeg}));
        // Long gone with a punch photo alone: that is purged too.
        protocol::UserEnrollment photoOnly = person(QStringLiteral("500"), QStringLiteral("Ed Photo"));
        photoOnly.photo.clear();
        photoOnly.credentials = {{11, "0099"}};
        QVERIFY(users.replaceUser(photoOnly));
        QVERIFY(setInactiveSince(db(), QStringLiteral("500"), now.addDays(-35)));
        const qint64 photoOnlyPunch =
            punch(db(), QStringLiteral("500"), devB, QStringLiteral("2026-01-05 09:00:00"), QStringLiteral("in"));
        QVERIFY(run(db(), QStringLiteral("INSERT INTO punch_photos (punch_id, image) VALUES (?, ?)"),
                    {photoOnlyPunch, photoJpeg}));

        PrivacyAdmin privacy(db());
        QVERIFY2(privacy.purgeCandidates(now, 30).isEmpty(), "retention is off by default");
        QVERIFY(privacy.purgeExpired(m_admin, now).purged.isEmpty());
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(PrivacyAdmin::RetentionDaysKey),
                                                           QStringLiteral("30")));

        const QList<services::BiometricHolding> dueNow = privacy.purgeCandidates(now);
        QCOMPARE(dueNow.size(), 2);
        QCOMPARE(dueNow.first().userId, QStringLiteral("100"));
        QCOMPARE(dueNow.first().name, QStringLiteral("Ana Left"));
        QCOMPARE(dueNow.first().backupNumbers, (QList<int>{0, 1, 12, 13}));
        QVERIFY(dueNow.first().photo);
        QCOMPARE(dueNow.first().punchPhotos, 1);
        QCOMPARE(dueNow.first().purgeAt, dueNow.first().inactiveSince.addDays(30));
        QCOMPARE(dueNow.at(1).userId, QStringLiteral("500"));
        QVERIFY(dueNow.at(1).backupNumbers.isEmpty());
        QCOMPARE(dueNow.at(1).punchPhotos, 1);
        const QList<services::BiometricHolding> dueInAWeek = privacy.purgeCandidates(now, 7);
        QCOMPARE(dueInAWeek.size(), 3);
        QCOMPARE(dueInAWeek.at(2).userId, QStringLiteral("200"));

        const services::PurgeResult purge =
            privacy.purgeExpired(services::Actor::system(QStringLiteral("biometric retention")), now);
        QVERIFY(purge.outcome.ok());
        QCOMPARE(purge.purged.size(), 2);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM punch_photos WHERE punch_id IN (?, ?)"),
                       {photographed, photoOnlyPunch}),
                 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM punch_photos WHERE punch_id = ?"), {othersPhoto}), 1);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM punches WHERE user_id IN ('100', '500')")), 2);
        QCOMPARE(storedBackupNumbers(QStringLiteral("100")), (QList<int>{10, 11}));
        QVERIFY(storage::UserRepository(db()).photo(QStringLiteral("100")).isEmpty());
        QCOMPARE(storedBackupNumbers(QStringLiteral("200")).size(), 6);
        QCOMPARE(storedBackupNumbers(QStringLiteral("400")), (QList<int>{10, 11}));
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM credential_history WHERE user_id = '100' AND "
                                            "action = 'removed' AND changed_by = 'biometric retention'")),
                 4);

        QList<storage::AuditEntry> trail = records(QStringLiteral("person.purge_biometrics"));
        QCOMPARE(trail.size(), 2);
        trail.removeIf([](const storage::AuditEntry &entry) { return entry.objectId != QLatin1String("100"); });
        QCOMPARE(trail.first().oldValue.value(QLatin1String("punch_photos")).toInt(), 1);
        QCOMPARE(trail.first().objectId, QStringLiteral("100"));
        QCOMPARE(trail.first().actorKind, QStringLiteral("system"));
        QCOMPARE(trail.first().oldValue.value(QLatin1String("backup_numbers")).toArray(), (QJsonArray{0, 1, 12, 13}));
        QVERIFY(trail.first().oldValue.value(QLatin1String("photo")).toBool());
        QVERIFY(!trailHoldsData(QStringLiteral("100")));

        QVERIFY2(privacy.purgeExpired(m_admin, now).purged.isEmpty(), "nothing is due twice");
        QCOMPARE(privacy.purgeExpired(m_admin, now.addDays(6)).purged.size(), 1);
    }

    void erasureKeepsPayHistoryAndQueuesDeletionWhereAsked()
    {
        const qint64 punchId =
            punch(db(), QStringLiteral("300"), devA, QStringLiteral("2026-03-02 08:01:00"), QStringLiteral("in"));
        QVERIFY(punchId > 0);
        QVERIFY(run(db(), QStringLiteral("INSERT INTO punch_photos (punch_id, image) VALUES (?, ?)"), {punchId, photoJpeg}));
        const services::ErasureResult erased = PrivacyAdmin(db()).erasePerson(m_admin, QStringLiteral("300"), true);
        QVERIFY(erased.outcome.ok());
        QCOMPARE(erased.punchPhotos, 1);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM punch_photos")), 0);
        QCOMPARE(erased.backupNumbers, (QList<int>{0, 1, 10, 11, 12, 13}));
        QCOMPARE(erased.terminals, (QStringList{devA, devB}));
        QCOMPARE(erased.jobIds.size(), 2);

        storage::UserRepository users(db());
        QVERIFY(storedBackupNumbers(QStringLiteral("300")).isEmpty());
        const std::optional<protocol::UserEnrollment> kept = users.load(QStringLiteral("300"));
        QVERIFY(kept);
        QCOMPARE(kept->name, QStringLiteral("Cy Working"));
        QVERIFY(kept->photo.isEmpty());
        QVERIFY(!kept->enabled);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM punches WHERE user_id = '300'")), 1);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM credential_history WHERE user_id = '300' AND "
                                            "action = 'removed'")),
                 6);

        storage::JobRepository jobs(db());
        QStringList jobTerminals;
        for (qint64 id : erased.jobIds) {
            const std::optional<storage::JobRow> job = jobs.find(id);
            QVERIFY(job);
            QCOMPARE(job->commandCode, QStringLiteral("DELETE_USER"));
            QCOMPARE(job->queuedBy, m_admin.name);
            jobTerminals << job->devId;
        }
        QCOMPARE(jobTerminals, (QStringList{devA, devB}));

        const QList<storage::AuditEntry> trail = records(QStringLiteral("person.erase"));
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().oldValue.value(QLatin1String("backup_numbers")).toArray(),
                 (QJsonArray{0, 1, 10, 11, 12, 13}));
        QVERIFY(trail.first().oldValue.value(QLatin1String("photo")).toBool());
        QCOMPARE(trail.first().newValue.value(QLatin1String("delete_user_jobs")).toArray().size(), 2);
        QCOMPARE(records(QStringLiteral("command.queue")).size(), 2);
        QVERIFY(!trailHoldsData(QStringLiteral("300")));

        // From the store alone, the terminals are left as they are.
        const services::ErasureResult storeOnly = PrivacyAdmin(db()).erasePerson(m_admin, QStringLiteral("100"), false);
        QVERIFY(storeOnly.outcome.ok());
        QVERIFY(storeOnly.jobIds.isEmpty());
        QCOMPARE(jobs.list({}).size(), 2);

        const services::ErasureResult unknown = PrivacyAdmin(db()).erasePerson(m_admin, QStringLiteral("999"), true);
        QCOMPARE(unknown.outcome.status, Outcome::Status::NotFound);
        QCOMPARE(unknown.outcome.subject, QStringLiteral("999"));
    }

    void anErasureThatCannotQueueEverythingChangesNothing()
    {
        // An administrator of one department may erase, but not send commands about another's people.
        services::Actor scoped = m_admin;
        scoped.allDepartments = false;
        scoped.departments = {12345};
        const services::ErasureResult refused = PrivacyAdmin(db()).erasePerson(scoped, QStringLiteral("300"), true);
        QCOMPARE(refused.outcome.status, Outcome::Status::NotAllowed);
        QCOMPARE(refused.outcome.permission, services::Permission::ManageUsers);
        QCOMPARE(storedBackupNumbers(QStringLiteral("300")).size(), 6);
        QVERIFY(storage::UserRepository(db()).load(QStringLiteral("300"))->enabled);
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
        QVERIFY(storage::AuditRepository(db()).list({}).isEmpty());
    }

    void exportWritesEverythingAndNeverReplacesAFile()
    {
        const qint64 photographed =
            punch(db(), QStringLiteral("300"), devA, QStringLiteral("2026-03-02 08:01:00"), QStringLiteral("in"));
        QVERIFY(punch(db(), QStringLiteral("300"), devB, QStringLiteral("2026-03-02 17:05:00"), QStringLiteral("out")));
        QVERIFY(run(db(), QStringLiteral("INSERT INTO punch_photos (punch_id, image) VALUES (?, ?)"),
                    {photographed, QByteArray("\x89PNG\r\n\x1A\n at the door")}));
        QVERIFY(run(db(),
                    QStringLiteral("INSERT INTO punch_corrections (kind, punch_id, user_id, reason, changed_by, "
                                   "changed_at) VALUES ('void', ?, '300', 'pressed twice', 'anna', 'x')"),
                    {photographed}));
        QVERIFY(run(db(), QStringLiteral("INSERT INTO leave_days (user_id, leave_date, kind) VALUES "
                                         "('300', '2026-03-09', 'vacation')")));
        QVERIFY(run(db(), QStringLiteral("INSERT INTO schedule_changes (user_id, effective_from, kind, changed_at) "
                                         "VALUES ('300', '2026-04-01', 'none', 'x')")));
        QVERIFY(services::recordEvent(db(), m_admin, QStringLiteral("test.about"), QStringLiteral("user"),
                                      QStringLiteral("300"), {{QStringLiteral("n"), 1}}));
        QVERIFY(run(db(), QStringLiteral("INSERT INTO user_status_changes (user_id, enabled, effective_date, "
                                         "changed_by, changed_at) VALUES ('300', 0, '2026-03-20', 'anna', 'x')")));
        QVERIFY(run(db(),
                    QStringLiteral("INSERT INTO enrollment_requests (user_id, backup_number, dev_id, requested_by, "
                                   "requested_at, deadline, state) VALUES ('300', 3, ?, 'anna', 'x', 'y', 'enrolled')"),
                    {devA}));
        // At the keypad: 300 enrolled by a manager, 300 as the manager, and someone else's record.
        const QString keypad = QStringLiteral("INSERT INTO keypad_log (dev_id, kind, manager_id, user_id, record, "
                                              "received_at) VALUES (?, 3, ?, ?, ?, 'x')");
        QVERIFY(run(db(), keypad, {devA, QStringLiteral("1"), QStringLiteral("300"), QByteArray("rec-a")}));
        QVERIFY(run(db(), keypad, {devA, QStringLiteral("300"), QStringLiteral("100"), QByteArray("rec-b")}));
        QVERIFY(run(db(), keypad, {devA, QStringLiteral("1"), QStringLiteral("100"), QByteArray("rec-c")}));

        const QString folder = m_databases.path(QStringLiteral("export"));
        const services::ExportResult exported = PrivacyAdmin(db()).exportPerson(m_admin, QStringLiteral("300"), folder);
        QVERIFY2(exported.outcome.ok(), qPrintable(exported.outcome.detail));
        const QString punchPhoto = QStringLiteral("punch-%1.png").arg(photographed);
        QCOMPARE(exported.files,
                 (QStringList{QStringLiteral("person-300.json"), QStringLiteral("photo-300.jpg"), punchPhoto}));
        for (const QString &name : exported.files) {
            struct stat status = {};
            QCOMPARE(::stat(QFile::encodeName(QDir(folder).filePath(name)).constData(), &status), 0);
            QCOMPARE(status.st_mode & 0777, 0600u);
        }

        QFile json(QDir(folder).filePath(QStringLiteral("person-300.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
        for (const char *section : {"user", "credentials", "terminal_memberships", "terminal_credentials",
                                    "credential_history", "status_changes", "enrollment_requests", "keypad_activity",
                                    "punches", "corrections", "leave_days", "schedule", "audit_records"})
            QVERIFY2(document.contains(QLatin1String(section)), section);
        // Every one of the six on the terminal they were enrolled at.
        const QJsonArray held = document.value(QLatin1String("terminal_credentials")).toArray();
        QCOMPARE(held.size(), 6);
        QCOMPARE(held.at(4).toObject().value(QLatin1String("backup_number")).toInt(), 12);
        QCOMPARE(held.at(4).toObject().value(QLatin1String("dev_id")).toString(), devA);
        const QJsonArray statuses = document.value(QLatin1String("status_changes")).toArray();
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses.first().toObject().value(QLatin1String("effective_date")).toString(),
                 QStringLiteral("2026-03-20"));
        const QJsonArray enrollments = document.value(QLatin1String("enrollment_requests")).toArray();
        QCOMPARE(enrollments.size(), 1);
        QCOMPARE(enrollments.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("enrolled"));
        const QJsonArray keypadRecords = document.value(QLatin1String("keypad_activity")).toArray();
        QCOMPARE(keypadRecords.size(), 2);
        QStringList keypadBytes;
        for (const QJsonValue &record : keypadRecords)
            keypadBytes << QString::fromLatin1(
                QByteArray::fromBase64(record.toObject().value(QLatin1String("record")).toString().toLatin1()));
        QCOMPARE(keypadBytes, (QStringList{QStringLiteral("rec-a"), QStringLiteral("rec-b")}));
        const QJsonObject user = document.value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("Cy Working"));
        QCOMPARE(user.value(QLatin1String("photo_file")).toString(), QStringLiteral("photo-300.jpg"));
        const QJsonArray credentials = document.value(QLatin1String("credentials")).toArray();
        QCOMPARE(credentials.size(), 6);
        const QJsonObject face = credentials.at(4).toObject();
        QCOMPARE(face.value(QLatin1String("backup_number")).toInt(), 12);
        QCOMPARE(face.value(QLatin1String("kind")).toString(), QStringLiteral("face"));
        QCOMPARE(face.value(QLatin1String("source_dev_id")).toString(), devA);
        QCOMPARE(QByteArray::fromBase64(face.value(QLatin1String("data")).toString().toLatin1()),
                 QByteArray("template-of-300-12"));
        QCOMPARE(document.value(QLatin1String("terminal_memberships")).toArray().size(), 2);
        const QJsonArray punches = document.value(QLatin1String("punches")).toArray();
        QCOMPARE(punches.size(), 2);
        QCOMPARE(punches.at(0).toObject().value(QLatin1String("direction")).toString(), QStringLiteral("in"));
        QCOMPARE(punches.at(0).toObject().value(QLatin1String("photo_file")).toString(), punchPhoto);
        QCOMPARE(punches.at(1).toObject().value(QLatin1String("dev_id")).toString(), devB);
        QCOMPARE(document.value(QLatin1String("corrections")).toArray().size(), 1);
        QCOMPARE(document.value(QLatin1String("leave_days")).toArray().size(), 1);
        QCOMPARE(document.value(QLatin1String("schedule")).toObject().value(QLatin1String("changes")).toArray().size(),
                 1);
        const QJsonArray audit = document.value(QLatin1String("audit_records")).toArray();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(
            audit.first().toObject().value(QLatin1String("new_value")).toObject().value(QLatin1String("n")).toInt(), 1);

        QFile photo(QDir(folder).filePath(QStringLiteral("photo-300.jpg")));
        QVERIFY(photo.open(QIODevice::ReadOnly));
        QCOMPARE(photo.readAll(), photoJpeg);

        const QList<storage::AuditEntry> trail = records(QStringLiteral("person.export"));
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().newValue.value(QLatin1String("folder")).toString(), QDir(folder).absolutePath());
        QVERIFY(!trailHoldsData(QStringLiteral("300")));

        // Again into the same folder: refused, the first export untouched, no second record.
        QVERIFY(QFile::remove(QDir(folder).filePath(punchPhoto)));
        const services::ExportResult again = PrivacyAdmin(db()).exportPerson(m_admin, QStringLiteral("300"), folder);
        QCOMPARE(again.outcome.status, Outcome::Status::Refused);
        QCOMPARE(again.outcome.error<services::PrivacyError>(), services::PrivacyError::FileExists);
        QCOMPARE(again.outcome.subject, QDir(folder).filePath(QStringLiteral("person-300.json")));
        QVERIFY2(!QFile::exists(QDir(folder).filePath(punchPhoto)), "nothing written when one file exists");
        QCOMPARE(records(QStringLiteral("person.export")).size(), 1);

        const services::ExportResult unknown =
            PrivacyAdmin(db()).exportPerson(m_admin, QStringLiteral("999"), m_databases.path(QStringLiteral("none")));
        QCOMPARE(unknown.outcome.status, Outcome::Status::NotFound);
    }

    void onlyAnAdministratorErasesPurgesOrExports()
    {
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(PrivacyAdmin::RetentionDaysKey),
                                                           QStringLiteral("1")));
        QVERIFY(storage::UserRepository(db()).removeMembership(devA, QStringLiteral("100")));
        QVERIFY(setInactiveSince(db(), QStringLiteral("100"), QDateTime::currentDateTimeUtc().addDays(-5)));
        const QString folder = m_databases.path(QStringLiteral("refused"));
        for (const services::Role role : {services::Role::Viewer, services::Role::Operator, services::Role::Manager}) {
            const services::Actor actor = operatorWith(role);
            PrivacyAdmin privacy(db());
            const Outcome erased = privacy.erasePerson(actor, QStringLiteral("300"), true).outcome;
            QCOMPARE(erased.status, Outcome::Status::NotAllowed);
            QCOMPARE(erased.permission, services::Permission::ErasePersonalData);
            const Outcome purged = privacy.purgeExpired(actor).outcome;
            QCOMPARE(purged.status, Outcome::Status::NotAllowed);
            QCOMPARE(purged.permission, services::Permission::ErasePersonalData);
            const Outcome exported = privacy.exportPerson(actor, QStringLiteral("300"), folder).outcome;
            QCOMPARE(exported.status, Outcome::Status::NotAllowed);
            QCOMPARE(exported.permission, services::Permission::ExportPersonalData);
        }
        QCOMPARE(storedBackupNumbers(QStringLiteral("300")).size(), 6);
        QCOMPARE(storedBackupNumbers(QStringLiteral("100")).size(), 6);
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
        QVERIFY(storage::AuditRepository(db()).list({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PrivacyAdmin)
#include "tst_privacyadmin.moc"
