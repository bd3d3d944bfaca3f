#pragma once

#include <QString>

namespace punchclock::services {

// Operator passwords through libsodium's crypto_pwhash_str: Argon2id, with its salt and
// parameters in the result, so that the store never holds a password, nor anything from which
// one is cheaper to find than by guessing.
class PasswordHasher
{
public:
    // Empty when libsodium could not hash (out of memory).
    static QString hash(const QString &password);
    static bool matches(const QString &hash, const QString &password);
    // Whether the hash was made with weaker parameters than today's (rehash at the next sign-in).
    static bool needsRehash(const QString &hash);
};

} // namespace punchclock::services
