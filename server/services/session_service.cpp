#include "server/services/session_service.h"

#include "shared/model/audit_vocabulary.h"

#include "server/services/service_error.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/uuid.h"

namespace medinexus::server {

SessionService::SessionService(Store &store, Authenticator &authenticator)
    : store_(store), authenticator_(authenticator)
{
}

void SessionService::audit(const QString &action, const std::optional<QUuid> &actorId, const QString &actorName,
                           const QString &peer, const QString &outcome)
{
    AuditEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.actorId = actorId;
    // A typed username can be anything (even a password typed in the wrong field): keep
    // it short and printable.
    event.actorName = safeForMessage(actorName.left(64));
    event.action = action;
    event.objectType = toToken(ObjectType::User);
    event.objectId = actorId ? uuidToString(*actorId) : QString();
    event.peer = peer;
    event.outcome = outcome;
    store_.appendAudit(event);
}

LoginResult SessionService::login(const QString &username, const SecretString &password, const QString &peer)
{
    LoginOutcome outcome = authenticator_.login(username, password, peer);
    if (auto *success = std::get_if<LoginSuccess>(&outcome)) {
        audit(toToken(AuditAction::Login), success->user.id, success->user.username, peer, toToken(AuditOutcome::Ok));
        return LoginResult{std::move(success->token.token), success->user, success->absoluteExpiry,
                           authenticator_.policy().idleTimeout};
    }
    if (const auto *throttled = std::get_if<LoginThrottled>(&outcome)) {
        audit(toToken(AuditAction::Login), std::nullopt, username, peer, toToken(AuditOutcome::Throttled));
        throw ServiceError(ServiceErrorKind::Throttled, QStringLiteral("throttled"),
                           QStringLiteral("Too many failed logins: wait before trying again."), {}, throttled->retryAfter);
    }
    audit(toToken(AuditAction::Login), std::nullopt, username, peer, toToken(AuditOutcome::Failed));
    throw ServiceError(ServiceErrorKind::Unauthenticated, QStringLiteral("invalid_credentials"),
                       QStringLiteral("Unknown username or wrong password."));
}

void SessionService::logout(const Principal &principal, QByteArrayView bearerToken)
{
    authenticator_.logout(bearerToken);
    audit(toToken(AuditAction::Logout), principal.user.id, principal.user.username, principal.peer, toToken(AuditOutcome::Ok));
}

} // namespace medinexus::server
