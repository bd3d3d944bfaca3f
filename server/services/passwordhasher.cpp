#include "passwordhasher.h"

#include <sodium.h>

namespace punchclock::services {

namespace {

// INTERACTIVE: about a tenth of a second and 64 MiB here, right for a sign-in dialog.
constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return {};
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    const int status = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit,
                                         memLimit);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return status == 0 ? QString::fromLatin1(out) : QString();
}

bool PasswordHasher::matches(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    return sodiumReady() && crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), opsLimit, memLimit) != 0;
}

} // namespace punchclock::services
