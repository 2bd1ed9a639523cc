#pragma once

#include "shared/security/secret_string.h"

#include <QByteArray>
#include <QByteArrayView>

#include <chrono>

namespace medinexus::server {

// A new bearer token: the token goes to the client once, in the login response; only
// its hash is stored (SessionRecord::tokenHash), so a copy of the store opens no session.
struct IssuedToken {
    SecretString token;     // 43 characters: 32 random bytes in base64url without padding
    QByteArray tokenHash;   // hashToken(token): 32 bytes
};

inline constexpr qsizetype kSessionTokenRandomBytes = 32;
inline constexpr qsizetype kSessionTokenLength = 43;

// 32 bytes from OpenSSL's CSPRNG. Throws std::runtime_error when the generator fails.
IssuedToken issueToken();

// SHA-256 of the token's bytes as sent (32 raw bytes). A plain hash suffices: tokens
// carry 256 bits of entropy, so there is nothing to brute-force, and looking sessions up by
// hash means a timing side channel in the lookup reveals nothing usable about a token.
QByteArray hashToken(QByteArrayView token);

// True when `token` has the shape of an issued token (43 base64url characters), so that
// garbage never reaches the store.
bool looksLikeSessionToken(QByteArrayView token) noexcept;

struct SessionPolicy {
    std::chrono::seconds idleTimeout{30 * 60};        // since the last request
    std::chrono::seconds absoluteLifetime{12 * 3600}; // since login, whatever the activity
    // lastSeenAt is written at most this often; idle expiry is therefore up to this much
    // early, never late.
    std::chrono::seconds touchInterval{60};
};

} // namespace medinexus::server
