#include "secretbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace punchclock::services {

namespace {

constexpr auto Version = "v1";

std::optional<QByteArray> readKey(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.size() != crypto_secretbox_KEYBYTES) {
        *error = QStringLiteral("the key file %1 does not hold a key").arg(path);
        return std::nullopt;
    }
    return key;
}

// Written whole to a file of its own, then linked into place: link() fails when the key file
// exists, so two processes starting together agree on one key (the loser reads the winner's),
// and nobody ever reads a key file half written.
bool createKey(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray native = QFile::encodeName(path);
    QByteArray temporary = native + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        *error =
            QStringLiteral("cannot create the key file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    QByteArray text = key.toBase64() + '\n';
    sodium_memzero(key.data(), size_t(key.size()));
    const bool written = ::fchmod(fd, 0600) == 0 && ::write(fd, text.constData(), size_t(text.size())) == text.size() &&
                         ::fsync(fd) == 0;
    sodium_memzero(text.data(), size_t(text.size()));
    ::close(fd);
    const bool linked = written && (::link(temporary.constData(), native.constData()) == 0 || errno == EEXIST);
    const int linkError = errno;
    ::unlink(temporary.constData());
    if (!linked)
        *error = QStringLiteral("cannot write the key file %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(written ? linkError : EIO)));
    return linked;
}

} // namespace

QString SecretBox::keyFileFor(const storage::DatabaseConfig &database)
{
    const QString configured = qEnvironmentVariable("PUNCHCLOCK_SECRET_KEY_FILE");
    if (!configured.isEmpty())
        return configured;
    if (!database.isPostgres() && !database.path.isEmpty())
        return QFileInfo(database.path).absoluteDir().filePath(QStringLiteral("secrets.key"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/punchclock/secrets.key");
}

std::optional<SecretBox> SecretBox::open(const QString &path, bool create, QString *error)
{
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium cannot start");
        return std::nullopt;
    }
    if (create && !QFileInfo::exists(path) && !createKey(path, error))
        return std::nullopt;
    const std::optional<QByteArray> key = readKey(path, error);
    if (!key)
        return std::nullopt;
    return SecretBox(path, *key);
}

SecretBox::SecretBox(QString path, QByteArray key)
    : m_path(std::move(path))
    , m_key(std::move(key))
{}

QString SecretBox::keyId() const
{
    unsigned char id[4];
    crypto_generichash(id, sizeof id, reinterpret_cast<const unsigned char *>(m_key.constData()), size_t(m_key.size()),
                       nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id), sizeof id).toHex());
}

QString SecretBox::seal(const QString &secret) const
{
    const QByteArray plain = secret.toUtf8();
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return QStringLiteral("%1:%2:%3").arg(QLatin1String(Version), keyId(), QString::fromLatin1(sealed.toBase64()));
}

std::optional<QString> SecretBox::unseal(const QString &sealed, QString *error) const
{
    const QStringList parts = sealed.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String(Version)) {
        *error = QStringLiteral("the stored secret is damaged; enter it again");
        return std::nullopt;
    }
    if (parts.at(1) != keyId()) {
        *error = QStringLiteral("the secret was sealed with another key file than %1 (key %2, this one is %3): copy "
                                "that installation's key file here, or enter the secret again")
                     .arg(m_path, parts.at(1), keyId());
        return std::nullopt;
    }
    const QByteArray box = QByteArray::fromBase64(parts.at(2).toLatin1());
    if (box.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)) {
        *error = QStringLiteral("the stored secret is damaged; enter it again");
        return std::nullopt;
    }
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    QByteArray plain(box.size() - int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   size_t(box.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0) {
        *error = QStringLiteral("the stored secret is damaged; enter it again");
        return std::nullopt;
    }
    return QString::fromUtf8(plain);
}

} // namespace punchclock::services
