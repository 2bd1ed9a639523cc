#pragma once

#include "server/auth/login_throttle.h"
#include "server/auth/password_hasher.h"
#include "shared/security/secret_string.h"
#include "server/auth/session_tokens.h"
#include "shared/model/user.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>
#include <optional>
#include <variant>

namespace medinexus::server {

class Store;
struct UserAccount;

struct LoginSuccess {
    IssuedToken token;        // send token.token to the client once; it is not kept anywhere
    User user;                // the account (without its password hash, which stays in here)
    QDateTime absoluteExpiry; // the session ends then whatever the activity (UTC)
};
// Unknown username, wrong password and deactivated account alike: the response does
// not say which, and takes the same time (one Argon2id verification) in each case.
struct InvalidCredentials {};
struct LoginThrottled {
    std::chrono::seconds retryAfter;
};
using LoginOutcome = std::variant<LoginSuccess, InvalidCredentials, LoginThrottled>;

struct AuthenticatedUser {
    User user;               // as stored now (role and facility changes apply at once)
    QByteArray tokenHash;    // the session's key, e.g. for logout
};

// Logins, bearer-token sessions and their expiry, over the Store (sessions live there so
// that any server node can answer any request). Thread-safe when the Store and the clock
// are. Store failures propagate as StoreError.
class Authenticator {
public:
    using Clock = std::function<QDateTime()>;
    static QDateTime systemClock();  // QDateTime::currentDateTimeUtc()

    // `throttle` must work over the same `store`.
    Authenticator(Store &store, PasswordHasher hasher, LoginThrottle throttle, SessionPolicy policy = {},
                  Clock clock = &Authenticator::systemClock);

    // Throttle check, then one password verification (against a dummy hash when there is
    // no account for the name), then on success a new session in the store. A stored hash
    // below the current Argon2 policy is replaced on the way. Audit is the caller's: the
    // outcome says everything the audit row needs.
    LoginOutcome login(const QString &username, const SecretString &password, const QString &peerAddress);

    // The user behind a bearer token, or nullopt when the token is unknown, idle for longer
    // than the idle timeout or past its absolute expiry (the session is then deleted), or
    // its account is deactivated or gone (likewise). Refreshes lastSeenAt at most once per
    // SessionPolicy::touchInterval.
    std::optional<AuthenticatedUser> authenticate(QByteArrayView bearerToken);

    // Ends the token's session; nothing happens for an unknown token.
    void logout(QByteArrayView bearerToken);

    // Ends every session of the user at once (deactivation, password reset, role change
    // if desired). Returns how many there were.
    int endSessionsOf(const QUuid &userId);

    // Deletes sessions past their absolute expiry, for a periodic job. Idle ones are
    // refused on use and go at their absolute expiry at the latest.
    int purgeExpiredSessions();

    const PasswordHasher &hasher() const noexcept { return m_hasher; }
    const SessionPolicy &policy() const noexcept { return m_policy; }

private:
    void upgradeHash(const UserAccount &account, const SecretString &password);

    Store &m_store;
    PasswordHasher m_hasher;
    LoginThrottle m_throttle;
    SessionPolicy m_policy;
    Clock m_clock;
};

} // namespace medinexus::server
