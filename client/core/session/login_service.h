#pragma once

// Logging in on this device, online or offline.
//
// Online (the server answers): the server checks the password; the cache key comes from the
// keychain or, failing that, from the copy wrapped under the password; a first login creates
// the cache. The time of the login is recorded in the cache: it starts the offline period.
//
// Offline (no server answers): only a user who logged in online on this device, within the
// offline period (default 30 days), whose access was not revoked. The password is checked by
// unwrapping the cache key (AES-256-GCM under an Argon2id key), so a wrong password opens
// nothing.
//
// When the server refuses a password that still opens the local key, the account was
// deactivated or its password reset by an administrator: offline access ends on this device.

#include "client/core/net/server_profile.h"
#include "client/core/security/cache_key_vault.h"
#include "client/core/security/keychain.h"
#include "client/core/session/user_session.h"

#include <chrono>
#include <memory>
#include <optional>

namespace medinexus::client {

struct LoginSettings {
    std::chrono::hours offlineValidity = std::chrono::hours(24 * 30);
    Argon2Parameters argon2;
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
};

enum class LoginFailure {
    None,
    InvalidCredentials,    // the server refused the username or password
    AccessEnded,           // refused by the server although the local key opened: deactivated or reset
    Throttled,             // too many failures: retryAfterSeconds
    ServerUntrusted,       // the server's certificate is not the trusted one
    ServerError,           // the server answered with an error
    NeverOnlineHere,       // no server answered and this user never logged in online here
    WrongPassword,         // offline: the password does not open the local key
    OfflinePeriodOver,     // offline: the last online login is too old
    OfflineAccessRevoked,  // offline: the account was deactivated
    CacheUnreadable,       // the local cache is damaged
};

struct LoginResult {
    std::unique_ptr<UserSession> session;  // set on success
    LoginFailure failure = LoginFailure::None;
    QString message;                       // translated, for the login window
    std::optional<int> retryAfterSeconds;
    bool offline = false;                  // logged in without the server
    bool cacheReset = false;               // an undecryptable or damaged cache was set aside
};

class LoginService {
public:
    LoginService(QString dataRoot, Keychain &keychain, LoginSettings settings = {});

    // Online when the server answers, offline when none of the profile's addresses does.
    LoginResult login(const ServerProfile &profile, const QString &username, const SecretString &password);
    // Offline only (the user chose to work offline, or the server is untrusted for now).
    LoginResult loginOffline(const ServerProfile &profile, const QString &username, const SecretString &password);

private:
    LoginResult onlineSuccess(const ServerProfile &profile, const UserCacheLocation &location, const QJsonObject &answer,
                              const SecretString &password);
    void revokeOfflineAccess(const UserCacheLocation &location, const SecretString &password);

    QString dataRoot_;
    Keychain &keychain_;
    LoginSettings settings_;
};

// The login request body {"username","password"} as a wiped-on-destruction buffer.
SecretString loginRequestBody(const QString &username, const SecretString &password);

} // namespace medinexus::client
