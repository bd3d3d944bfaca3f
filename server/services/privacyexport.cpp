#include "privacyexport.h"

#include "privacyadmin.h"

#include "codetables.h"
#include "personaldatareader.h"
#include "sqlsupport.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace punchclock::services {

namespace {

Outcome refusedFor(PrivacyError error, const QString &path, const QString &detail)
{
    Outcome refused = Outcome::refused(error);
    refused.subject = path;
    refused.detail = detail;
    return refused;
}

// The credential rows with the kind each backup number is, for a reader without the code table.
QJsonArray withKinds(QJsonArray credentials)
{
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        QJsonObject credential = credentials.at(i).toObject();
        const int backupNumber = credential.value(QLatin1String("backup_number")).toInt();
        credential.insert(QStringLiteral("kind"), protocol::credentialKindName(protocol::credentialKind(backupNumber)));
        credentials.replace(i, credential);
    }
    return credentials;
}

} // namespace

std::optional<QList<PrivacyExport::File>> PrivacyExport::collect(QSqlDatabase db, const QString &userId)
{
    const storage::PersonalDataReader reader(db);
    std::optional<QJsonObject> user = reader.user(userId);
    if (!user)
        return std::nullopt;
    const QString part = fileNamePart(userId);
    QList<File> files;
    const QByteArray photo = storage::UserRepository(db).photo(userId);
    if (user->value(QLatin1String("has_photo")).toInt() == 1) {
        if (photo.isEmpty())
            return std::nullopt; // the store has one: reading it failed
        files.append({QStringLiteral("photo-%1.%2").arg(part, imageExtension(photo)), photo});
        user->insert(QStringLiteral("photo_file"), files.last().name);
    }
    QHash<qint64, QString> punchPhotoFiles;
    for (const storage::PunchPhoto &punchPhoto : reader.punchPhotos(userId)) {
        files.append({QStringLiteral("punch-%1.%2").arg(punchPhoto.punchId).arg(imageExtension(punchPhoto.image)),
                      punchPhoto.image});
        punchPhotoFiles.insert(punchPhoto.punchId, files.last().name);
    }
    QJsonArray punches = reader.punches(userId);
    for (qsizetype i = 0; i < punches.size(); ++i) {
        QJsonObject punch = punches.at(i).toObject();
        const QString photoFile = punchPhotoFiles.value(punch.value(QLatin1String("id")).toInteger());
        if (!photoFile.isEmpty()) {
            punch.insert(QStringLiteral("photo_file"), photoFile);
            punches.replace(i, punch);
        }
    }
    const QJsonObject document{
        {QStringLiteral("export"), QStringLiteral("punchclock person data")},
        {QStringLiteral("exported_at"), storage::utcNowText()},
        {QStringLiteral("user"), *user},
        {QStringLiteral("credentials"), withKinds(reader.credentials(userId))},
        {QStringLiteral("terminal_memberships"), reader.memberships(userId)},
        {QStringLiteral("terminal_credentials"), reader.terminalCredentials(userId)},
        {QStringLiteral("credential_history"), reader.credentialHistory(userId)},
        {QStringLiteral("status_changes"), reader.statusChanges(userId)},
        {QStringLiteral("enrollment_requests"), reader.enrollmentRequests(userId)},
        {QStringLiteral("keypad_activity"), reader.keypadActivity(userId)},
        {QStringLiteral("punches"), punches},
        {QStringLiteral("corrections"), reader.corrections(userId)},
        {QStringLiteral("leave_days"), reader.leaveDays(userId)},
        {QStringLiteral("schedule"), reader.schedule(userId)},
        {QStringLiteral("audit_records"), reader.auditRecords(userId)},
    };
    if (!reader.ok())
        return std::nullopt;
    files.prepend(
        {QStringLiteral("person-%1.json").arg(part), QJsonDocument(document).toJson(QJsonDocument::Indented)});
    return files;
}

Outcome PrivacyExport::write(const QString &folder, const QList<File> &files)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        // A folder made for personal data is the owner's alone, as the files in it.
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return refusedFor(PrivacyError::CannotWrite, folder, QStringLiteral("the folder cannot be made"));
    }
    for (const File &file : files) {
        if (QFileInfo::exists(dir.filePath(file.name)))
            return refusedFor(PrivacyError::FileExists, dir.filePath(file.name), {});
    }
    QList<File> written;
    for (const File &file : files) {
        QFile out(dir.filePath(file.name));
        // NewOnly: a file that appeared since the check above is not replaced either.
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            remove(folder, written);
            const PrivacyError error = out.exists() ? PrivacyError::FileExists : PrivacyError::CannotWrite;
            return refusedFor(error, out.fileName(), out.errorString());
        }
        written.append(file);
        if (out.write(file.content) != file.content.size() || !out.flush()) {
            const QString detail = out.errorString();
            out.close();
            remove(folder, written);
            return refusedFor(PrivacyError::CannotWrite, out.fileName(), detail);
        }
    }
    return {};
}

void PrivacyExport::remove(const QString &folder, const QList<File> &files)
{
    for (const File &file : files)
        QFile::remove(QDir(folder).filePath(file.name));
}

QString PrivacyExport::imageExtension(const QByteArray &image)
{
    if (image.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (image.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("png");
    if (image.startsWith("GIF87a") || image.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (image.startsWith("RIFF") && image.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (image.startsWith("BM"))
        return QStringLiteral("bmp");
    return QStringLiteral("bin");
}

QString PrivacyExport::fileNamePart(const QString &userId)
{
    QString part = userId;
    for (QChar &c : part) {
        const char16_t u = c.unicode();
        const bool kept =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!kept)
            c = QLatin1Char('_');
    }
    return part;
}

} // namespace punchclock::services
