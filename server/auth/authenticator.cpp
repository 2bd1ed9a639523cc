#include "server/auth/authenticator.h"

#include "server/storage/store.h"
#include "shared/validation/validator.h"

#include <stdexcept>
#include <utility>

namespace medinexus::server {

QDateTime Authenticator::systemClock()
{
    return QDateTime::currentDateTimeUtc();
}

Authenticator::Authenticator(Store &store, PasswordHasher hasher, LoginThrottle throttle, SessionPolicy policy,
                             Clock clock)
    : m_store(store), m_hasher(std::move(hasher)), m_throttle(std::move(throttle)), m_policy(policy),
      m_clock(std::move(clock))
{
    if (!m_clock)
        throw std::invalid_argument("Authenticator needs a clock");
    if (m_policy.idleTimeout <= std::chrono::seconds::zero() || m_policy.absoluteLifetime <= std::chrono::seconds::zero()
        || m_policy.touchInterval < std::chrono::seconds::zero())
        throw std::invalid_argument("invalid session policy");
}

LoginOutcome Authenticator::login(const QString &username, const SecretString &password, const QString &peerAddress)
{
    const QDateTime now = m_clock().toUTC();
    // A name that is no valid username cannot have an account; it is throttled under its
    // typed form all the same, so that nothing about it differs from a wrong password.
    const std::optional<QString> normalized = normalizedUsername(username);
    const QString throttleName = normalized.value_or(username);

    auto admission = m_throttle.beginAttempt(throttleName, peerAddress, now);
    if (const auto *wait = std::get_if<std::chrono::seconds>(&admission))
        return LoginThrottled{*wait};
    const auto attempt = std::get<LoginThrottle::Attempt>(std::move(admission));

    std::optional<UserAccount> account;
    if (normalized)
        account = m_store.findUserByUsername(*normalized);

    // Exactly one Argon2id verification on every path, the result used only at the end.
    const bool passwordMatches = account ? m_hasher.verifyPassword(password, account->passwordHash)
                                         : m_hasher.verifyAgainstDummy(password);
    if (!account || !passwordMatches || !account->user.active) {
        m_throttle.recordFailure(throttleName, peerAddress, now);
        return InvalidCredentials{};
    }

    m_throttle.recordSuccess(throttleName, peerAddress);
    if (m_hasher.needsRehash(account->passwordHash))
        upgradeHash(*account, password);

    IssuedToken token = issueToken();
    const QDateTime absoluteExpiry = now.addSecs(std::chrono::seconds(m_policy.absoluteLifetime).count());
    m_store.createSession(SessionRecord{token.tokenHash, account->user.id, now, now, absoluteExpiry});
    return LoginSuccess{std::move(token), std::move(account->user), absoluteExpiry};
}

void Authenticator::upgradeHash(const UserAccount &account, const SecretString &password)
{
    const QByteArray upgraded = m_hasher.hashPassword(password);
    const auto transaction = m_store.beginWrite();
    // Re-read inside the transaction: an administrator may have changed the account or
    // its password meanwhile, and neither change may be overwritten.
    const std::optional<UserAccount> current = transaction->findUser(account.user.id);
    if (!current || current->passwordHash != account.passwordHash)
        return;  // rolled back: the password changed meanwhile, its new hash stands
    transaction->putUser(current->user, upgraded);
    transaction->commit();
}

std::optional<AuthenticatedUser> Authenticator::authenticate(QByteArrayView bearerToken)
{
    if (!looksLikeSessionToken(bearerToken))
        return std::nullopt;
    QByteArray tokenHash = hashToken(bearerToken);
    const std::optional<SessionRecord> session = m_store.findSession(tokenHash);
    if (!session)
        return std::nullopt;

    const QDateTime now = m_clock().toUTC();
    const qint64 idleSeconds = std::chrono::seconds(m_policy.idleTimeout).count();
    if (now >= session->absoluteExpiry || now >= session->lastSeenAt.addSecs(idleSeconds)) {
        m_store.deleteSession(tokenHash);
        return std::nullopt;
    }

    std::optional<UserAccount> account = m_store.findUser(session->userId);
    if (!account || !account->user.active) {
        m_store.deleteSession(tokenHash);
        return std::nullopt;
    }

    if (session->lastSeenAt.secsTo(now) >= m_policy.touchInterval.count())
        m_store.touchSession(tokenHash, now);
    return AuthenticatedUser{std::move(account->user), std::move(tokenHash)};
}

void Authenticator::logout(QByteArrayView bearerToken)
{
    if (!looksLikeSessionToken(bearerToken))
        return;
    m_store.deleteSession(hashToken(bearerToken));
}

int Authenticator::endSessionsOf(const QUuid &userId)
{
    return m_store.deleteSessionsOfUser(userId);
}

int Authenticator::purgeExpiredSessions()
{
    return m_store.purgeExpiredSessions(m_clock().toUTC());
}

} // namespace medinexus::server
