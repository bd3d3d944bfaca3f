#pragma once

#include <QByteArray>
#include <QString>

#include "databaseconfig.h"

#include <optional>

namespace punchclock::services {

// Secrets Punchclock must send in clear to another system (a webhook's signing key, an ERPNext
// API secret) are kept sealed with libsodium's secretbox under a key that lives in a file of
// this installation, never in the database: a copy of the database or of its backups does not
// give them away. Several servers on one database share the file (docs/integrations.md).
class SecretBox
{
public:
    // The key file of the installation that keeps its data in `database`:
    // $PUNCHCLOCK_SECRET_KEY_FILE; else, for a SQLite file, secrets.key beside it, so that the
    // console, `serve` and the command line on that file share it whoever runs them; else
    // punchclock/secrets.key in the user's configuration folder ($XDG_CONFIG_HOME, ~/.config).
    static QString keyFileFor(const storage::DatabaseConfig &database);

    // The box with the key in `path`, created (32 random bytes, mode 0600) when missing and
    // `create` is set; nullopt with *error when it cannot be read or made.
    static std::optional<SecretBox> open(const QString &path, bool create, QString *error);

    // "v1:<key id>:<base64 of nonce and ciphertext>".
    QString seal(const QString &secret) const;
    // nullopt with *error when the text was sealed under another key or is damaged.
    std::optional<QString> unseal(const QString &sealed, QString *error) const;

    QString keyFile() const { return m_path; }
    QString keyId() const; // 8 hex digits naming the key, kept beside what it sealed

private:
    SecretBox(QString path, QByteArray key);

    QString m_path;
    QByteArray m_key;
};

} // namespace punchclock::services
