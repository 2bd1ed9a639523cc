#pragma once

#include "shared/security/secret_string.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace medinexus::client {

// Argon2id cost of the key that wraps the cache key (RFC 9106's second recommended
// configuration lowered to 64 MiB so that login stays under a second on clinic laptops).
struct Argon2Parameters {
    quint32 memoryKiB = 65536;
    quint32 iterations = 3;
    quint32 parallelism = 1;

    bool operator==(const Argon2Parameters &) const = default;

    // Bounds accepted by wrapKey() and by WrappedKey::fromBytes(): the upper ones keep a
    // damaged or planted file from making one login allocate gigabytes or run for minutes;
    // the lower ones are libargon2's own (m >= 8 p). Tests use small memory on purpose.
    static constexpr quint32 kMaxMemoryKiB = 1u << 20;   // 1 GiB
    static constexpr quint32 kMaxIterations = 100;
    static constexpr quint32 kMaxParallelism = 16;
    bool isAcceptable() const noexcept;
};

// The cache key wrapped under a password, as stored on disk. Version 1 layout (integers
// big-endian, 96 bytes in all):
//   "MNKW" | version 1 | kdf 1 (Argon2id v1.3) | aead 1 (AES-256-GCM) | key length 32
//   | memoryKiB u32 | iterations u32 | parallelism u32 | salt 16 | nonce 12
//   | ciphertext 32 | tag 16
// The GCM associated data is the header (everything before the ciphertext) followed by the
// caller's associated data, so no header byte can be changed without failing the tag.
struct WrappedKey {
    static constexpr quint8 kFormatVersion = 1;
    static constexpr quint8 kKdfArgon2id13 = 1;
    static constexpr quint8 kAeadAes256Gcm = 1;
    static constexpr qsizetype kKeyBytes = 32;
    static constexpr qsizetype kSaltBytes = 16;
    static constexpr qsizetype kNonceBytes = 12;
    static constexpr qsizetype kTagBytes = 16;
    static constexpr qsizetype kHeaderBytes = 4 + 4 + 12 + kSaltBytes + kNonceBytes;
    static constexpr qsizetype kEncodedBytes = kHeaderBytes + kKeyBytes + kTagBytes;

    quint8 version = kFormatVersion;
    quint8 kdf = kKdfArgon2id13;
    quint8 aead = kAeadAes256Gcm;
    Argon2Parameters parameters;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;

    // Known version and algorithms, acceptable parameters, exact field lengths.
    bool isWellFormed() const noexcept;

    // Throws std::invalid_argument when !isWellFormed().
    QByteArray toBytes() const;
    // Strict: exactly kEncodedBytes, the magic, version 1, known algorithm ids, the key
    // length, acceptable parameters. nullopt for anything else.
    static std::optional<WrappedKey> fromBytes(QByteArrayView bytes);

    // The header as authenticated by GCM (the first kHeaderBytes of toBytes()).
    QByteArray headerBytes() const;
};

// A fresh 256-bit key from OpenSSL's CSPRNG. Throws std::runtime_error when it fails.
SecretString generateKey();

// Wraps `key` (exactly 32 bytes, else std::invalid_argument) under a key derived from
// `password` with Argon2id (fresh random salt) using AES-256-GCM (fresh random nonce).
// `associatedData` binds the wrap to its context (the user profile): unwrapping with other
// associated data fails. Throws std::invalid_argument for unacceptable parameters and
// std::runtime_error when the CSPRNG, libargon2 or OpenSSL fails.
WrappedKey wrapKey(const SecretString &key, const SecretString &password, QByteArrayView associatedData,
                   const Argon2Parameters &parameters = {});

// nullopt for a wrong password, other associated data, any tampering (the GCM tag) or a
// WrappedKey that is not well-formed. Throws std::runtime_error only when libargon2 or
// OpenSSL fails for another reason (e.g. memory allocation).
std::optional<SecretString> unwrapKey(const WrappedKey &wrapped, const SecretString &password,
                                      QByteArrayView associatedData);

} // namespace medinexus::client
