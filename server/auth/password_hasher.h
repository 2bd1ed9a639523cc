#pragma once

#include "shared/security/secret_string.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace medinexus::server {

// Argon2id cost parameters (RFC 9106). The defaults are OWASP's first recommended
// configuration, m = 19 MiB, t = 2, p = 1: about 20-60 ms on one server core.
struct Argon2Parameters {
    std::uint32_t memoryKiB = 19456;
    std::uint32_t iterations = 2;
    std::uint32_t parallelism = 1;

    bool operator==(const Argon2Parameters &) const = default;
};

// What an encoded Argon2id hash says about itself.
struct Argon2EncodedInfo {
    Argon2Parameters parameters;
    int version = 0;         // 19 (0x13) for Argon2 1.3
    qsizetype saltBytes = 0;
    qsizetype hashBytes = 0;
};

// Strict reading of "$argon2id$v=19$m=<KiB>,t=<n>,p=<n>$<salt>$<hash>" (salt and hash in
// unpadded standard base64). nullopt for anything else, including the other Argon2 variants
// and parameters beyond what this server would ever accept (see PasswordHasher).
std::optional<Argon2EncodedInfo> parseArgon2idEncoded(QByteArrayView encoded);

// Password hashing for staff accounts with Argon2id (libargon2). Thread-safe: every
// method is const and the object holds no mutable state. Copyable (cheap).
class PasswordHasher {
public:
    // The floor of the policy: a weaker configuration is refused at construction.
    static constexpr Argon2Parameters kMinimumParameters{19456, 2, 1};
    static constexpr qsizetype kSaltBytes = 16;   // from OpenSSL's CSPRNG, per hash
    static constexpr qsizetype kHashBytes = 32;
    // Defence in depth against a corrupted or planted hash that would make one
    // verification allocate gigabytes or run for minutes: such hashes never verify.
    static constexpr std::uint32_t kMaxAcceptedMemoryKiB = 1u << 21;  // 2 GiB
    static constexpr std::uint32_t kMaxAcceptedIterations = 64;
    static constexpr std::uint32_t kMaxAcceptedParallelism = 64;

    // Throws std::invalid_argument when `policy` is below kMinimumParameters or beyond the
    // accepted maxima. Computes the dummy hash (one full hash, so construct it once at startup).
    explicit PasswordHasher(Argon2Parameters policy = {});

    const Argon2Parameters &policy() const noexcept { return m_policy; }

    // The encoded Argon2id string for the account store, with a fresh random salt.
    // Throws std::runtime_error when the CSPRNG or libargon2 fails (never returns a
    // weaker hash instead).
    QByteArray hashPassword(const SecretString &password) const;

    // True when `password` matches `encoded`. The comparison is constant-time (libargon2).
    // False for a malformed hash, another Argon2 variant or out-of-range parameters.
    bool verifyPassword(const SecretString &password, const QByteArray &encoded) const;

    // True when `encoded` should be replaced by a hash under the current policy: it does
    // not parse, or its memory, iterations, parallelism, salt or hash length are below the
    // policy's.
    bool needsRehash(QByteArrayView encoded) const;

    // The same work as verifyPassword() against a hash made with the current policy of a
    // random password nobody knows, for a login whose username has no (usable) account:
    // the response time then does not tell which usernames exist. Always false.
    bool verifyAgainstDummy(const SecretString &password) const;

private:
    Argon2Parameters m_policy;
    QByteArray m_dummyHash;
};

} // namespace medinexus::server
