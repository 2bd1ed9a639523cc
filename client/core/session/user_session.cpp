#include "client/core/session/user_session.h"

#include "client/core/net/api_client.h"
#include "client/core/session/login_service.h"
#include "client/core/session/secret_json.h"
#include "client/core/sql/encrypted_database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace medinexus::client {

namespace {

SecretString passwordChangeBody(const SecretString &current, const SecretString &next)
{
    return secretJsonObject({{"currentPassword", current.view()}, {"newPassword", next.view()}});
}

} // namespace

UserSession::UserSession(ServerProfile profile, UserCacheLocation location, User user, SecretString cacheKey,
                         SecretString token, Keychain &keychain, Argon2Parameters argon2)
    : profile_(std::move(profile)),
      location_(std::move(location)),
      user_(std::move(user)),
      cacheKey_(std::move(cacheKey)),
      token_(std::move(token)),
      keychain_(keychain),
      argon2_(argon2)
{
}

UserSession::~UserSession()
{
    cacheKey_.clear();
    token_.clear();
}

CacheDatabase UserSession::openCache() const
{
    return CacheDatabase::open(location_.cacheFile(), cacheKey_, false);
}

QSqlDatabase UserSession::openSqlDatabase(const QString &connectionName) const
{
    sql::registerSqlCipherDriver();
    sql::EncryptedDatabaseOptions options;
    options.create = false;
    try {
        return sql::openEncryptedDatabase(location_.cacheFile(), cacheKey_, connectionName, options);
    } catch (const sqlite::WrongKeyError &error) {
        throw CacheOpenError(CacheOpenError::Kind::WrongKeyOrDamaged, error.what());
    } catch (const sqlite::Error &error) {
        throw CacheOpenError(CacheOpenError::Kind::Other, error.what());
    }
}

SyncEngineSetup UserSession::syncSetup(const SyncSettings &settings) const
{
    SyncEngineSetup setup;
    setup.cachePath = location_.cacheFile();
    setup.cacheKey = SecretString(cacheKey_.view());
    setup.profile = profile_;
    setup.user = user_;
    setup.token = SecretString(token_.view());
    setup.settings = settings;
    return setup;
}

UserSession::PasswordChangeResult UserSession::changePassword(const SecretString &currentPassword,
                                                              const SecretString &newPassword)
{
    PasswordChangeResult result;
    if (!isOnline()) {
        result.outcome = PasswordChange::Offline;
        result.message = QCoreApplication::translate("medinexus::client::UserSession", "The password can only be changed while connected to the server.");
        return result;
    }
    ApiClient api(profile_);
    api.setBearerToken(SecretString(token_.view()));
    const ApiResponse response =
        api.postSecret(QStringLiteral("/api/v1/auth/password"), passwordChangeBody(currentPassword, newPassword));
    if (response.failure != TransportFailure::None) {
        result.outcome = response.failure == TransportFailure::Unreachable ? PasswordChange::Offline : PasswordChange::Failed;
        result.message = response.failureMessage;
        return result;
    }
    if (response.httpStatus == 403) {
        result.outcome = PasswordChange::WrongPassword;
        result.message = QCoreApplication::translate("medinexus::client::UserSession", "The current password is wrong.");
        return result;
    }
    if (response.httpStatus == 422) {
        result.outcome = PasswordChange::Refused;
        result.message = QCoreApplication::translate("medinexus::client::UserSession", "The new password does not meet the password rules.");
        return result;
    }
    if (!response.ok()) {
        result.outcome = PasswordChange::Failed;
        result.message = QCoreApplication::translate("medinexus::client::UserSession", "The server could not change the password (HTTP %1).").arg(response.httpStatus);
        return result;
    }
    // The key is re-wrapped first: from here on only the new password opens this cache, as on
    // the server.
    CacheKeyVault vault(location_.wrappedKeyFile(), location_.keychainAccount(), location_.associatedData(), keychain_,
                        argon2_);
    vault.changePassword(cacheKey_, newPassword);
    // The server ended every session: open a new one with the new password.
    token_.clear();
    const ApiResponse login =
        api.postSecret(QStringLiteral("/api/v1/auth/login"), loginRequestBody(user_.username, newPassword));
    if (login.ok() && login.json) {
        token_ = SecretString::fromUtf16(login.json->value(QStringLiteral("token")).toString());
        result.newToken = SecretString(token_.view());
    }
    result.outcome = PasswordChange::Changed;
    return result;
}

void UserSession::logout()
{
    if (isOnline()) {
        ApiClientOptions options;
        options.timeout = std::chrono::seconds(5);
        ApiClient api(profile_, options);
        api.setBearerToken(SecretString(token_.view()));
        // Best effort: offline, the session simply expires on the server.
        (void)api.post(QStringLiteral("/api/v1/auth/logout"), QByteArrayLiteral("{}"));
    }
    token_.clear();
    cacheKey_.clear();
}

void UserSession::forgetDevice()
{
    logout();
    CacheKeyVault vault(location_.wrappedKeyFile(), location_.keychainAccount(), location_.associatedData(), keychain_,
                        argon2_);
    vault.forget();
    location_.erase();
}

} // namespace medinexus::client
