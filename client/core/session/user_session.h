#pragma once

// A logged-in user on this device: who they are, the key of their cache (in wiped memory for
// as long as the session lasts, to open cache connections), the server session's token when
// online, and what they can do to their session: change the password, log out, forget the
// device. Created by LoginService.

#include "client/core/cache/cache_database.h"
#include "client/core/net/server_profile.h"
#include "client/core/security/cache_key_vault.h"
#include "client/core/session/user_cache_location.h"
#include "client/core/sync/sync_engine.h"

#include "shared/model/user.h"
#include "shared/security/secret_string.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace medinexus::client {

class UserSession {
public:
    UserSession(ServerProfile profile, UserCacheLocation location, User user, SecretString cacheKey,
                SecretString token, Keychain &keychain, Argon2Parameters argon2);
    ~UserSession();
    UserSession(const UserSession &) = delete;
    UserSession &operator=(const UserSession &) = delete;

    [[nodiscard]] const User &user() const { return user_; }
    [[nodiscard]] const ServerProfile &profile() const { return profile_; }
    [[nodiscard]] const UserCacheLocation &location() const { return location_; }
    // Online: a server session exists (its token). Offline sessions sync once the user logs in
    // again while the server answers.
    [[nodiscard]] bool isOnline() const { return !token_.isEmpty(); }
    // A copy of the server session's token (empty offline), for calls outside the sync worker.
    [[nodiscard]] SecretString token() const { return SecretString(token_.view()); }
    // After signing in again (the server ended the previous session).
    void setToken(SecretString token) { token_ = std::move(token); }

    // A new connection to the cache (for the calling thread).
    [[nodiscard]] CacheDatabase openCache() const;
    // The cache as a Qt SQL connection named `connectionName`, for the calling thread: the
    // GUI's QSqlQuery / QSqlQueryModel read it through the project's SQLCipher driver. Close it
    // with sql::closeDatabase(connectionName). Throws CacheOpenError.
    [[nodiscard]] QSqlDatabase openSqlDatabase(const QString &connectionName) const;
    // What the sync engine needs (copies of the key and the token).
    [[nodiscard]] SyncEngineSetup syncSetup(const SyncSettings &settings = {}) const;

    enum class PasswordChange { Changed, WrongPassword, Refused, Offline, Failed };
    struct PasswordChangeResult {
        PasswordChange outcome = PasswordChange::Failed;
        QString message;  // translated
        SecretString newToken;  // the new session (the server ends every session on a change)
    };
    // Changes the password on the server, logs in again with the new one and re-wraps the
    // cache key under it. Online only.
    PasswordChangeResult changePassword(const SecretString &currentPassword, const SecretString &newPassword);

    // Ends the server session (best effort) and wipes the key and token from memory.
    void logout();
    // Logs out, then deletes the cache and its key from this device (file and keychain).
    void forgetDevice();

private:
    ServerProfile profile_;
    UserCacheLocation location_;
    User user_;
    SecretString cacheKey_;
    SecretString token_;
    Keychain &keychain_;
    Argon2Parameters argon2_;
};

} // namespace medinexus::client
