#pragma once

#include "outcome.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::services {

// The files of one person's data export (PrivacyAdmin::exportPerson): what goes in them, and
// writing them so that an existing file is never replaced and a failure leaves nothing behind.
class PrivacyExport
{
public:
    struct File
    {
        QString name;
        QByteArray content;
    };

    // person-<id>.json, then the photo and the punch photos; nullopt when a read failed.
    static std::optional<QList<File>> collect(QSqlDatabase db, const QString &userId);
    // All of them into `folder` (made if missing), each 0600; Refused with a PrivacyError otherwise.
    static Outcome write(const QString &folder, const QList<File> &files);
    static void remove(const QString &folder, const QList<File> &files);

    // The extension an image's own header names: "jpg", "png", "bmp", "gif", "webp", else "bin".
    static QString imageExtension(const QByteArray &image);
    // A user id as a part of a file name: what is not a letter, a digit, '-' or '_' becomes '_'.
    static QString fileNamePart(const QString &userId);
};

} // namespace punchclock::services
