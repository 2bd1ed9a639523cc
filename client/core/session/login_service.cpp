#include "client/core/session/login_service.h"

#include "client/core/cache/record_store.h"
#include "client/core/net/api_client.h"
#include "client/core/session/secret_json.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace medinexus::client {

namespace {

LoginResult failed(LoginFailure failure, QString message)
{
    LoginResult result;
    result.failure = failure;
    result.message = std::move(message);
    return result;
}

std::optional<int> retryAfter(const ApiResponse &response)
{
    return response.retryAfterSeconds;
}

} // namespace

SecretString loginRequestBody(const QString &username, const SecretString &password)
{
    const QByteArray name = username.toUtf8();
    return secretJsonObject({{"password", password.view()}, {"username", name}});
}

LoginService::LoginService(QString dataRoot, Keychain &keychain, LoginSettings settings)
    : dataRoot_(std::move(dataRoot)), keychain_(keychain), settings_(settings)
{
}

LoginResult LoginService::login(const ServerProfile &profile, const QString &username, const SecretString &password)
{
    const UserCacheLocation location(dataRoot_, profile.id, username);
    ApiClientOptions options;
    options.timeout = settings_.timeout;
    ApiClient api(profile, options);
    const ApiResponse response = api.postSecret(QStringLiteral("/api/v1/auth/login"), loginRequestBody(username, password));

    if (response.failure == TransportFailure::Unreachable
        || (response.failure == TransportFailure::None
            && (response.httpStatus == 502 || response.httpStatus == 503 || response.httpStatus == 504))) {
        LoginResult offline = loginOffline(profile, username, password);
        if (offline.failure == LoginFailure::NeverOnlineHere)
            offline.message = QCoreApplication::translate("medinexus::client::LoginService", "The server cannot be reached, and this account has never been used "
                                         "online on this computer. Connect to the network and try again.");
        return offline;
    }
    if (response.failure == TransportFailure::TlsUntrusted)
        return failed(LoginFailure::ServerUntrusted,
                      QCoreApplication::translate("medinexus::client::LoginService", "The server's certificate is not the one this profile trusts. It may be an "
                                 "impostor: nothing was sent. Ask your administrator."));
    if (response.failure != TransportFailure::None)
        return failed(LoginFailure::ServerError, response.failureMessage);
    if (response.httpStatus == 401) {
        // Does this password still open the local key? Then the server refuses a password that
        // was right: the account was deactivated or its password reset. Offline access ends.
        if (QFileInfo::exists(location.wrappedKeyFile())) {
            CacheKeyVault vault(location.wrappedKeyFile(), location.keychainAccount(), location.associatedData(),
                                keychain_, settings_.argon2);
            if (auto key = vault.unlockOffline(password)) {
                revokeOfflineAccess(location, *key);
                return failed(LoginFailure::AccessEnded,
                              QCoreApplication::translate("medinexus::client::LoginService", "The server no longer accepts this account or password. Offline access "
                                         "on this computer has ended. Ask your administrator."));
            }
        }
        return failed(LoginFailure::InvalidCredentials, QCoreApplication::translate("medinexus::client::LoginService", "Wrong username or password."));
    }
    if (response.httpStatus == 429) {
        LoginResult result;
        result.failure = LoginFailure::Throttled;
        result.retryAfterSeconds = retryAfter(response);
        const int seconds = result.retryAfterSeconds.value_or(60);
        result.message = QCoreApplication::translate("medinexus::client::LoginService",
                                                     "Too many failed attempts. Wait %n second(s) and try again.",
                                                     "login throttled", seconds);
        return result;
    }
    if (!response.ok() || !response.json)
        return failed(LoginFailure::ServerError,
                      QCoreApplication::translate("medinexus::client::LoginService", "The server could not log you in (HTTP %1).").arg(response.httpStatus));
    return onlineSuccess(profile, location, *response.json, password);
}

LoginResult LoginService::onlineSuccess(const ServerProfile &profile, const UserCacheLocation &location,
                                        const QJsonObject &answer, const SecretString &password)
{
    auto user = userFromJson(answer.value(QStringLiteral("user")).toObject());
    const QString tokenText = answer.value(QStringLiteral("token")).toString();
    if (!user || tokenText.isEmpty())
        return failed(LoginFailure::ServerError, QCoreApplication::translate("medinexus::client::LoginService", "The server's answer could not be read."));
    SecretString token = SecretString::fromUtf16(tokenText);

    location.ensureDirectory();
    CacheKeyVault vault(location.wrappedKeyFile(), location.keychainAccount(), location.associatedData(), keychain_,
                        settings_.argon2);
    LoginResult result;
    SecretString key;
    if (vault.exists() || location.cacheExists()) {
        // Either copy of the key will do: the keychain's, or the one wrapped under the password
        // the server just accepted (the vault re-creates whichever copy was lost).
        if (auto unlocked = vault.unlockWithVerifiedPassword(password)) {
            key = std::move(unlocked->key);
        } else {
            // Neither opens the key any more: the cache cannot be decrypted. It is set aside
            // (never deleted) and a new one is filled from the server.
            if (location.cacheExists()) {
                location.setCacheAside();
                result.cacheReset = true;
            }
            vault.forget();
        }
    }
    if (key.isEmpty())
        key = vault.create(password);

    std::optional<CacheDatabase> cache;
    try {
        cache.emplace(CacheDatabase::open(location.cacheFile(), key, true));
    } catch (const CacheOpenError &error) {
        if (error.kind() != CacheOpenError::Kind::WrongKeyOrDamaged)
            return failed(LoginFailure::CacheUnreadable, QCoreApplication::translate("medinexus::client::LoginService", "The local records cannot be opened: %1")
                                                             .arg(QString::fromUtf8(error.what())));
        location.setCacheAside();
        result.cacheReset = true;
        cache.emplace(CacheDatabase::open(location.cacheFile(), key, true));
    }

    // A cache left by another account of the same name (deleted and re-created on the server)
    // is not this user's: set it aside too.
    if (const auto owner = cache->metaValue(meta::kUserId); owner && *owner != uuidToString(user->id)) {
        cache.reset();
        location.setCacheAside();
        result.cacheReset = true;
        cache.emplace(CacheDatabase::open(location.cacheFile(), key, true));
    }
    {
        sqlite::Transaction transaction(cache->connection());
        cache->setMetaValue(meta::kUserId, uuidToString(user->id));
        cache->setMetaValue(meta::kUsername, user->username);
        cache->setMetaDateTime(meta::kLastOnlineLoginAt, QDateTime::currentDateTimeUtc());
        cache->removeMetaValue(meta::kOfflineAccessRevoked);
        RecordStore(cache->connection()).putUser(*user);
        transaction.commit();
    }
    cache.reset();
    result.session = std::make_unique<UserSession>(profile, location, *user, std::move(key), std::move(token), keychain_,
                                                   settings_.argon2);
    return result;
}

void LoginService::revokeOfflineAccess(const UserCacheLocation &location, const SecretString &key)
{
    try {
        CacheDatabase cache = CacheDatabase::open(location.cacheFile(), key, false);
        cache.setMetaValue(meta::kOfflineAccessRevoked, QStringLiteral("1"));
    } catch (const CacheOpenError &) {
        // Nothing to revoke in a cache that cannot be opened: offline login fails anyway.
    }
}

LoginResult LoginService::loginOffline(const ServerProfile &profile, const QString &username, const SecretString &password)
{
    const UserCacheLocation location(dataRoot_, profile.id, username);
    if (!location.cacheExists() || !QFileInfo::exists(location.wrappedKeyFile()))
        return failed(LoginFailure::NeverOnlineHere,
                      QCoreApplication::translate("medinexus::client::LoginService", "This account has never been used online on this computer: offline work "
                                 "needs one online login first."));
    CacheKeyVault vault(location.wrappedKeyFile(), location.keychainAccount(), location.associatedData(), keychain_,
                        settings_.argon2);
    std::optional<SecretString> key;
    try {
        key = vault.unlockOffline(password);
    } catch (const VaultError &) {
        return failed(LoginFailure::CacheUnreadable, QCoreApplication::translate("medinexus::client::LoginService", "The local key file is damaged."));
    }
    if (!key)
        return failed(LoginFailure::WrongPassword, QCoreApplication::translate("medinexus::client::LoginService", "Wrong username or password."));

    std::optional<CacheDatabase> cache;
    try {
        cache.emplace(CacheDatabase::open(location.cacheFile(), *key, false));
    } catch (const CacheOpenError &error) {
        return failed(LoginFailure::CacheUnreadable,
                      QCoreApplication::translate("medinexus::client::LoginService", "The local records cannot be opened: %1").arg(QString::fromUtf8(error.what())));
    }
    if (cache->metaValue(meta::kOfflineAccessRevoked))
        return failed(LoginFailure::OfflineAccessRevoked,
                      QCoreApplication::translate("medinexus::client::LoginService", "Offline access for this account has ended. Connect to the server to log in."));
    const auto lastOnline = cache->metaDateTime(meta::kLastOnlineLoginAt);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto validity = std::chrono::duration_cast<std::chrono::seconds>(settings_.offlineValidity).count();
    // A clock set back (before the last online login) must not stretch the offline period.
    if (!lastOnline || lastOnline->secsTo(now) > validity || now.secsTo(*lastOnline) > 24 * 3600)
        return failed(LoginFailure::OfflinePeriodOver,
                      QCoreApplication::translate("medinexus::client::LoginService", "Offline access has expired: log in once while connected to the server."));
    const auto userId = cache->metaValue(meta::kUserId);
    const auto parsedId = userId ? parseUuid(*userId) : std::nullopt;
    const auto user = parsedId ? RecordStore(cache->connection()).user(*parsedId) : std::nullopt;
    if (!user)
        return failed(LoginFailure::CacheUnreadable, QCoreApplication::translate("medinexus::client::LoginService", "The local records do not name their user."));
    cache.reset();

    LoginResult result;
    result.offline = true;
    result.session = std::make_unique<UserSession>(profile, location, *user, std::move(*key), SecretString(), keychain_,
                                                   settings_.argon2);
    return result;
}

} // namespace medinexus::client
